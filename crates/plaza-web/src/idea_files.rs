//! Files attached to an idea: PDFs and pictures, checked by their first
//! bytes, kept in the blob store and shown in the browser to those who may
//! see the idea.

use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use plaza_core::QuestionKind;
use plaza_core::idea::{MAX_FILE_BYTES, MAX_FILES, safe_file_name, sniff_attachment};

use crate::auth::CurrentUser;
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::idea_form::questions;
use crate::ideas::{editable_idea, load};
use crate::sign_in::EmptyForm;
use crate::state::AppState;

/// Receives one attachment: a PDF or an image, checked by its first bytes,
/// at most [`MAX_FILE_BYTES`], for a file question (`question`) or the entry in general.
pub(crate) async fn upload_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    // Not a multipart upload: it cannot carry the form's token either.
    let mut multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut csrf = String::new();
    let mut question = String::new();
    let mut received: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) =
        multipart.next_field().await.map_err(|e| AppError::BadRequest(format!("The upload could not be read: {e}")))?
    {
        match field.name() {
            Some("csrf_token") => csrf = field.text().await.unwrap_or_default().chars().take(100).collect(),
            Some("question") => question = field.text().await.unwrap_or_default().chars().take(100).collect(),
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let mut bytes = Vec::new();
                while let Some(chunk) =
                    field.chunk().await.map_err(|e| AppError::BadRequest(format!("The upload was interrupted: {e}")))?
                {
                    if bytes.len() + chunk.len() > MAX_FILE_BYTES {
                        return Err(AppError::PayloadTooLarge(format!(
                            "The file is larger than {} MB, the most we accept for an attachment.",
                            MAX_FILE_BYTES / (1024 * 1024)
                        )));
                    }
                    bytes.extend_from_slice(&chunk);
                }
                received = Some((name, bytes));
            }
            _ => {}
        }
    }
    if csrf.is_empty() || csrf != current.csrf {
        return Err(AppError::CsrfRejected);
    }
    let (idea, _, track) = editable_idea(&state, &current.user, id).await?;
    let Some((name, bytes)) = received.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::BadRequest("Choose a file to attach.".into()));
    };
    if !question.is_empty() && !questions(&track).iter().any(|q| q.key == question && q.kind == QuestionKind::File) {
        return Err(AppError::BadRequest("That question does not take a file.".into()));
    }
    let Some(content_type) = sniff_attachment(&bytes) else {
        return Err(AppError::BadRequest(
            "We accept PDF files and images (PNG, JPEG, GIF or WebP). This file is none of those, whatever its name says."
                .into(),
        ));
    };
    let blob = state.blobs.put_bytes(&bytes).await?;
    let name = safe_file_name(&name, content_type);
    match state.store.add_idea_file(idea.id, &question, &name, content_type, &blob, MAX_FILES).await? {
        Some(_) => Ok(Redirect::to(&format!("/ideas/{id}?notice=file")).into_response()),
        None => Err(AppError::Conflict(format!("An idea can carry at most {MAX_FILES} files. Remove one first."))),
    }
}

pub(crate) async fn remove_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((id, file)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, _, _) = editable_idea(&state, &current.user, id).await?;
    if !state.store.remove_idea_file(idea.id, file).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!("/ideas/{id}?notice=removed")).into_response())
}

/// Sends an attachment to be shown in the browser, with its checked type.
pub(crate) async fn file_response(state: &AppState, idea_id: i64, file_id: i64) -> Result<Response, AppError> {
    let file =
        state.store.idea_files(idea_id).await?.into_iter().find(|f| f.id == file_id).ok_or(AppError::NotFound)?;
    let bytes = state.blobs.read_head(&file.blob.sha256, MAX_FILE_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{}\"", file.file_name)),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub(crate) async fn show_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (idea, _, _, _) = load(&state, &current.user, id).await?;
    file_response(&state, idea.id, file).await
}
