//! An organizer's CSV file on its way to becoming a dataset: the multipart
//! form read within bounds (the token first, the file streamed to a
//! temporary file of at most 1 GiB), then sniffed (`plaza_core::sniff`) and
//! rewritten as UTF-8 with commas into a second temporary file, one record
//! at a time. Nothing reaches the blob store until every check has passed.

use std::io::{Read, Seek, SeekFrom};

use axum::extract::Multipart;
use axum::http::{HeaderMap, header};
use plaza_core::dataset_edit::MAX_CHANGE_NOTE;
use plaza_core::sniff::{self, ConvertError, Encoding, SNIFF_BYTES, Sniffed};
use plaza_core::{BlobRef, TrackSettings};

use crate::enter::submissions::UploadProblem;
use crate::error::AppError;
use crate::extract::upload::{MAX_TOKEN_FIELD, ReceivedFile, read_bounded, receive_to_temp};
use crate::routes::MAX_FORM_BYTES;
use crate::state::AppState;

/// The largest dataset file an organizer may upload (as a bundle's files).
pub const MAX_DATASET_BYTES: u64 = plaza_store::import::MAX_BUNDLE_FILE_BYTES;
/// Bytes at the end of a file looked at for a spreadsheet's entry names.
const TAIL_BYTES: u64 = 64 * 1024;

/// The form of an upload: the file and, for a replacement, the change note.
pub(crate) struct DatasetForm {
    pub file: Result<ReceivedFile, UploadProblem>,
    pub change_note: String,
}

/// Whether the request says it is larger than any dataset upload may be,
/// so it is refused before a byte of it is read.
pub(crate) fn announced_too_large(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|length| length > MAX_DATASET_BYTES + MAX_FORM_BYTES as u64)
}

/// Reads the upload form: its token (which must come first and match), a
/// change note within its bound, and the file into a temporary file within
/// [`MAX_DATASET_BYTES`].
pub(crate) async fn receive_dataset(mut multipart: Multipart, csrf: &str) -> Result<DatasetForm, AppError> {
    let mut token_seen = false;
    let mut change_note = String::new();
    let mut file = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-organize-dataset-upload-upload-unreadable",
            &[("error", e.to_string().into())],
        ))
    })? {
        match field.name() {
            Some("csrf_token") => {
                let value = read_bounded(&mut field, MAX_TOKEN_FIELD).await?.ok_or(AppError::CsrfRejected)?;
                if !crate::extract::csrf::same(&value, csrf.as_bytes()) {
                    return Err(AppError::CsrfRejected);
                }
                token_seen = true;
            }
            // The token comes first in the form: anything before it is refused unread.
            _ if !token_seen => return Err(AppError::CsrfRejected),
            Some("change_note") => {
                // Up to four bytes a character, and room for line ends.
                let bytes = read_bounded(&mut field, MAX_CHANGE_NOTE * 4 + 64).await?.ok_or_else(|| {
                    AppError::PayloadTooLarge(plaza_i18n::tr_with(
                        "web-organize-dataset-upload-change-note-too-long",
                        &[("max", MAX_CHANGE_NOTE.into())],
                    ))
                })?;
                change_note = String::from_utf8_lossy(&bytes).into_owned();
            }
            Some("file") if file.is_none() => {
                let file_name = field
                    .file_name()
                    .unwrap_or("data.csv")
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect::<String>();
                file = Some(receive_to_temp(&mut field, file_name, MAX_DATASET_BYTES).await?);
            }
            _ => {}
        }
    }
    if !token_seen {
        return Err(AppError::CsrfRejected);
    }
    Ok(DatasetForm { file: file.unwrap_or(Err(UploadProblem::NoFile)), change_note })
}

/// What the organizer is told when the file did not arrive.
pub(crate) fn upload_problem(problem: &UploadProblem) -> String {
    match problem {
        UploadProblem::TooLarge => too_large(),
        UploadProblem::Empty => plaza_i18n::tr("web-organize-dataset-upload-empty"),
        _ => plaza_i18n::tr("web-organize-dataset-upload-no-file"),
    }
}

pub(crate) fn too_large() -> String {
    plaza_i18n::tr_with("web-organize-dataset-upload-too-large", &[("mb", (MAX_DATASET_BYTES >> 20).into())])
}

/// A file that passed every check: rewritten as UTF-8 with commas.
pub(crate) struct Prepared {
    pub sniffed: Sniffed,
    pub rows: u64,
    pub converted: tempfile::NamedTempFile,
    pub blob: BlobRef,
}

impl Prepared {
    /// The notes shown after the upload: the encoding, the delimiter, the rows.
    pub(crate) fn query(&self) -> String {
        let encoding = match self.sniffed.encoding {
            Encoding::Utf8 => "utf8",
            Encoding::Utf8Bom => "bom",
            Encoding::Windows1252 => "latin1",
        };
        format!("encoding={encoding}&delimiter={}&rows={}", delimiter_key(self.sniffed.delimiter), self.rows)
    }
}

fn delimiter_key(delimiter: u8) -> &'static str {
    match delimiter {
        b',' => "comma",
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "bar",
    }
}

/// Sniffs and converts `received`; `Ok(Err(message))` when the file is refused.
pub(crate) async fn prepare(
    state: &AppState,
    challenge_id: i64,
    received: &ReceivedFile,
) -> Result<Result<Prepared, String>, AppError> {
    let path = received.temp.path().to_path_buf();
    let prepared = plaza_i18n::spawn_blocking(move || convert_file(&path))
        .await
        .map_err(|e| AppError::Internal(format!("dataset conversion stopped: {e}")))??;
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(message) => return Ok(Err(message)),
    };
    if hidden_hashes(state, challenge_id).await?.contains(&prepared.blob.sha256) {
        return Ok(Err(plaza_i18n::tr("web-organize-dataset-upload-hidden-file")));
    }
    Ok(Ok(prepared))
}

/// The hashes of every hidden file of the challenge: answers and case files.
async fn hidden_hashes(state: &AppState, challenge_id: i64) -> Result<Vec<String>, AppError> {
    let mut hashes: Vec<String> = state
        .store
        .challenge_files(challenge_id)
        .await?
        .into_iter()
        .filter(|file| file.hidden)
        .map(|file| file.blob.sha256)
        .collect();
    for track in state.store.tracks(challenge_id).await? {
        match track.settings {
            TrackSettings::Predictions { answers, .. } => hashes.push(answers.sha256),
            TrackSettings::Code { cases, .. } => {
                hashes.extend(cases.into_iter().flat_map(|case| [case.input.sha256, case.answers.sha256]));
            }
            TrackSettings::Ideas { .. } => {}
        }
    }
    Ok(hashes)
}

fn internal(err: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("dataset conversion: {err}"))
}

/// Reads the head (and tail) of the file, sniffs it and rewrites it.
fn convert_file(path: &std::path::Path) -> Result<Result<Prepared, String>, AppError> {
    let mut file = std::fs::File::open(path).map_err(internal)?;
    let size = file.metadata().map_err(internal)?.len();
    let mut head = Vec::with_capacity(SNIFF_BYTES.min(size as usize));
    (&mut file).take(SNIFF_BYTES as u64).read_to_end(&mut head).map_err(internal)?;
    let mut tail = Vec::new();
    if size > head.len() as u64 {
        file.seek(SeekFrom::Start(size.saturating_sub(TAIL_BYTES).max(head.len() as u64))).map_err(internal)?;
        file.read_to_end(&mut tail).map_err(internal)?;
    }
    let mut ends = head.clone();
    ends.extend_from_slice(&tail);
    if plaza_core::scoring::spreadsheet_kind(&ends).is_some() {
        return Ok(Err(sniff::spreadsheet_message()));
    }
    let whole = size <= head.len() as u64;
    let sniffed = match sniff::sniff(&head, whole) {
        Ok(sniffed) => sniffed,
        Err(message) => return Ok(Err(message)),
    };
    let mut encoding = sniffed.encoding;
    loop {
        file.seek(SeekFrom::Start(0)).map_err(internal)?;
        let converted = tempfile::NamedTempFile::new().map_err(internal)?;
        let out = converted.reopen().map_err(internal)?;
        match sniff::convert(std::io::BufReader::new(&file), &sniffed, encoding, out) {
            Ok(rows) => {
                let blob = plaza_store::blobs::hash_file(converted.path()).map_err(internal)?;
                let sniffed = Sniffed { encoding, ..sniffed };
                return Ok(Ok(Prepared { sniffed, rows, converted, blob }));
            }
            // Plain ASCII at the start and Latin-1 letters further on: the
            // whole file is Latin-1 (ASCII reads the same in both).
            Err(ConvertError::NotUtf8 { .. }) if encoding == Encoding::Utf8 && head.is_ascii() => {
                encoding = Encoding::Windows1252;
            }
            Err(ConvertError::Io(message)) => return Err(AppError::Internal(message)),
            Err(refused) => return Ok(Err(refused.message())),
        }
    }
}
