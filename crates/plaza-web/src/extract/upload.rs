//! Reading an uploaded entry: every field of the multipart form within its
//! bound, the file into a temporary file (removed when dropped) and, for a
//! program, the sandbox's bounds checked before anything is stored.

use axum::extract::Multipart;
use axum::extract::multipart::Field;
use tokio::io::AsyncWriteExt;

use crate::enter::submissions::{MAX_UPLOAD_BYTES, UploadProblem};
use crate::error::AppError;

/// An uploaded file, held in a temporary file (removed when dropped) until
/// every check has passed: nothing reaches the blob store before that.
pub(crate) struct ReceivedFile {
    pub(crate) file_name: String,
    pub(crate) temp: tempfile::NamedTempFile,
}

/// Bytes of one multipart field, never more than `max`: the buffer grows
/// (doubling, capped at `max`) only while the total stays within it.
#[derive(Default)]
pub(crate) struct Bounded {
    pub bytes: Vec<u8>,
}

impl Bounded {
    /// Adds `chunk`; false (and nothing added) when it would pass `max`.
    pub(crate) fn push(&mut self, chunk: &[u8], max: usize) -> bool {
        let needed = self.bytes.len() + chunk.len();
        if needed > max {
            return false;
        }
        if needed > self.bytes.capacity() {
            let target = (self.bytes.capacity() * 2).max(needed).min(max);
            self.bytes.reserve_exact(target - self.bytes.len());
        }
        self.bytes.extend_from_slice(chunk);
        true
    }
}

/// Reads `field` whole if it has at most `max` bytes; `None` if it has more
/// (reading stops there).
pub(crate) async fn read_bounded(field: &mut Field<'_>, max: usize) -> Result<Option<Vec<u8>>, AppError> {
    let mut out = Bounded::default();
    while let Some(chunk) = field.chunk().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with("web-upload-interrupted", &[("error", e.to_string().into())]))
    })? {
        if !out.push(&chunk, max) {
            return Ok(None);
        }
    }
    Ok(Some(out.bytes))
}

/// Longest CSRF token field read from a multipart form.
pub(crate) const MAX_TOKEN_FIELD: usize = 128;

/// Reads a multipart upload within bounds: the `file` field goes to a
/// temporary file, at most [`MAX_UPLOAD_BYTES`]. With `csrf` (a browser
/// form), the form's token must match: a wrong one ends reading at once,
/// and a missing one refuses the upload once the body is read.
pub(crate) async fn receive_file(
    mut multipart: Multipart,
    csrf: Option<&str>,
) -> Result<Result<ReceivedFile, UploadProblem>, AppError> {
    let mut token_seen = false;
    let mut received: Option<Result<ReceivedFile, UploadProblem>> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with("web-upload-unreadable", &[("error", e.to_string().into())]))
    })? {
        match field.name() {
            Some("csrf_token") => {
                let value = read_bounded(&mut field, MAX_TOKEN_FIELD).await?.ok_or(AppError::CsrfRejected)?;
                if let Some(expected) = csrf
                    && !crate::extract::csrf::same(&value, expected.as_bytes())
                {
                    return Err(AppError::CsrfRejected);
                }
                token_seen = true;
            }
            Some("file") if received.is_none() => {
                let file_name = field
                    .file_name()
                    .unwrap_or("entry")
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect::<String>();
                received = Some(receive_to_temp(&mut field, file_name, MAX_UPLOAD_BYTES).await?);
            }
            // Other fields (and a second file) are not read into memory.
            _ => {}
        }
    }
    if csrf.is_some() && !token_seen {
        return Err(AppError::CsrfRejected);
    }
    Ok(received.unwrap_or(Err(UploadProblem::NoFile)))
}

/// Streams `field` into a temporary file, at most `max` bytes.
pub(crate) async fn receive_to_temp(
    field: &mut axum::extract::multipart::Field<'_>,
    file_name: String,
    max: u64,
) -> Result<Result<ReceivedFile, UploadProblem>, AppError> {
    let temp = tempfile::NamedTempFile::new().map_err(|e| AppError::Internal(e.to_string()))?;
    let mut out = tokio::fs::File::create(temp.path()).await.map_err(|e| AppError::Internal(e.to_string()))?;
    let mut size = 0u64;
    while let Some(chunk) = field.chunk().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with("web-upload-interrupted", &[("error", e.to_string().into())]))
    })? {
        size += chunk.len() as u64;
        if size > max {
            return Ok(Err(UploadProblem::TooLarge));
        }
        out.write_all(&chunk).await.map_err(|e| AppError::Internal(e.to_string()))?;
    }
    out.flush().await.map_err(|e| AppError::Internal(e.to_string()))?;
    if size == 0 {
        return Ok(Err(UploadProblem::Empty));
    }
    Ok(Ok(ReceivedFile { file_name, temp }))
}

/// What the sandbox would refuse before compiling a program, checked at
/// upload so that a module bomb never reaches a worker.
pub(crate) async fn check_program(path: &std::path::Path) -> Result<Result<(), String>, AppError> {
    let size = tokio::fs::metadata(path).await.map_err(|e| AppError::Internal(e.to_string()))?.len();
    if size > plaza_sandbox::bounds::MAX_MODULE_BYTES as u64 {
        return Ok(Err(plaza_i18n::tr_with(
            "web-upload-program-too-large",
            &[
                ("size", size.div_ceil(1024 * 1024).into()),
                ("max", (plaza_sandbox::bounds::MAX_MODULE_BYTES / (1024 * 1024)).into()),
            ],
        )));
    }
    let wasm = tokio::fs::read(path).await.map_err(|e| AppError::Internal(e.to_string()))?;
    // A file that is not a core module at all gets its verdict from the
    // worker, with the same explanation as every other compile error.
    if !wasm.starts_with(b"\0asm\x01\0\0\0") {
        return Ok(Ok(()));
    }
    let checked = plaza_i18n::spawn_blocking(move || plaza_sandbox::check_module_bounds(&wasm).map(|_| ()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(checked.map_err(|e| e.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_longer_than_its_bound_is_refused_without_holding_more_than_the_bound() {
        let max = 64 * 1024;
        let chunk = vec![b'x'; 8 * 1024];
        let mut field = Bounded::default();
        let mut accepted = 0;
        // Ten megabytes offered in chunks, as a multipart text field arrives.
        for _ in 0..(10 * 1024 * 1024 / chunk.len()) {
            if !field.push(&chunk, max) {
                break;
            }
            accepted += chunk.len();
            assert!(field.bytes.capacity() <= max, "never more memory than the bound");
        }
        assert_eq!(accepted, max, "reading stops at the bound");
        assert!(field.bytes.capacity() <= max);
        assert!(!field.push(b"x", max));
    }
}
