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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CleanError {
    #[error(
        "We could not read this {0} file: it looks damaged or unfinished. Open it and save it again (or export it anew), then attach it again."
    )]
    Unreadable(&'static str),
    #[error(
        "This PDF is protected with a password or encryption, so we cannot check it. Save or print it as an ordinary PDF without protection, then attach it again."
    )]
    Encrypted,
    #[error(
        "This file grows past the size limit once we remove its hidden details. Make the file smaller (for example by reducing its pictures), then attach it again."
    )]
    TooLargeAfterCleaning,
    #[error("We accept PDF files and images (PNG, JPEG, GIF or WebP). This file is none of those.")]
    UnknownType,
}

/// The name people know a kind of file by, for messages.
pub fn kind_label(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "image/gif" => "GIF",
        "image/webp" => "WebP",
        _ => "attached",
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
