//! Attachments are cleaned before they are stored: the metadata that names
//! people (EXIF and XMP in pictures, the document information and XMP in
//! PDFs) is removed, so a judge who opens a file learns nothing about who
//! wrote the idea. A file that cannot be cleaned safely is refused with a
//! plain message, never stored as it came.

mod images;
mod pdf;
#[doc(hidden)]
pub mod samples;
#[cfg(test)]
mod tests;

/// Why a file could not be cleaned, in words for the person uploading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CleanError {
    /// The kind of file, as [`kind_label`] names it.
    Unreadable(&'static str),
    Encrypted,
    TooLargeAfterCleaning,
    UnknownType,
}

impl std::fmt::Display for CleanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = match self {
            CleanError::Unreadable(OTHER_KIND) => plaza_i18n::tr("core-attachment-unreadable-other"),
            CleanError::Unreadable(kind) => {
                plaza_i18n::tr_with("core-attachment-unreadable", &[("kind", (*kind).into())])
            }
            CleanError::Encrypted => plaza_i18n::tr("core-attachment-encrypted"),
            CleanError::TooLargeAfterCleaning => plaza_i18n::tr("core-attachment-too-large-after-cleaning"),
            CleanError::UnknownType => plaza_i18n::tr("core-attachment-unknown-type"),
        };
        f.write_str(&sentence)
    }
}

impl std::error::Error for CleanError {}

/// What [`kind_label`] says of a file that is none of the kinds it knows.
const OTHER_KIND: &str = "attached";

/// The name people know a kind of file by, for messages.
pub fn kind_label(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "image/gif" => "GIF",
        "image/webp" => "WebP",
        _ => OTHER_KIND,
    }
}

/// The file without its identifying metadata, for a `content_type` that
/// [`crate::idea::sniff_attachment`] gave. The result is at most `max_bytes`.
pub fn strip_metadata(content_type: &str, bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, CleanError> {
    let cleaned = match content_type {
        "application/pdf" => return pdf::pdf(bytes, max_bytes),
        "image/jpeg" => images::jpeg(bytes),
        "image/png" => images::png(bytes),
        "image/gif" => images::gif(bytes),
        "image/webp" => images::webp(bytes),
        _ => return Err(CleanError::UnknownType),
    };
    let cleaned = cleaned.ok_or(CleanError::Unreadable(kind_label(content_type)))?;
    if cleaned.len() > max_bytes {
        return Err(CleanError::TooLargeAfterCleaning);
    }
    Ok(cleaned)
}
