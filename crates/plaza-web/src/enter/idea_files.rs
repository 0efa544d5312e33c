//! Files attached to an idea: PDFs and pictures, checked by their first
//! bytes, cleaned of the metadata that names people, kept in the blob
//! store and shown in the browser to those who may see the idea.
//!
//! The upload is read field by field, each with a byte bound before
//! anything is kept: the form's token comes first (it is the first input of
//! the form) and is checked before the file is read. A refused file is
//! shown beside the file field on the idea page, with the rest of the page.

use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use plaza_core::QuestionKind;
use plaza_core::attachment::{CleanError, kind_label, strip_metadata};
use plaza_core::idea::{MAX_FILE_BYTES, MAX_FILES, safe_file_name, sniff_attachment};

use crate::account::sign_in::EmptyForm;
use crate::enter::idea_form::questions;
use crate::enter::ideas::{IdeaAccess, RefusedFile, editable_idea, load, render_idea};
use crate::error::AppError;
use crate::extract::auth::CurrentUser;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::{FileId, IdeaId};
use crate::extract::upload::read_bounded;
use crate::render::notice::IdeaNotice;
use crate::state::AppState;

/// The longest form token we read.
const MAX_TOKEN_BYTES: usize = 200;
/// The longest question key we read.
const MAX_QUESTION_BYTES: usize = 200;

/// Receives one attachment: a PDF or an image, checked by its first bytes,
/// at most [`MAX_FILE_BYTES`], for a file question (`question`) or the
/// entry in general, and stores it without its identifying metadata.
pub(crate) async fn upload_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(IdeaId(id)): Path<IdeaId>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    // Not a multipart upload: it cannot carry the form's token either.
    let mut multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut token_checked = false;
    let mut question = String::new();
    let mut received: Option<(String, Vec<u8>)> = None;
    let mut problem: Option<(StatusCode, String)> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-enter-idea-files-upload-unreadable",
            &[("error", e.to_string().into())],
        ))
    })? {
        match field.name() {
            Some("csrf_token") => {
                let token = read_bounded(&mut field, MAX_TOKEN_BYTES).await?.unwrap_or_default();
                if token.is_empty() || !crate::extract::csrf::same(&token, current.csrf.as_bytes()) {
                    return Err(AppError::CsrfRejected);
                }
                token_checked = true;
            }
            // Nothing else is read before the token: a forged upload is refused unread.
            Some(_) if !token_checked => return Err(AppError::CsrfRejected),
            Some("question") => match read_bounded(&mut field, MAX_QUESTION_BYTES).await? {
                Some(bytes) => question = String::from_utf8_lossy(&bytes).into_owned(),
                None => {
                    let message = plaza_i18n::tr("web-enter-idea-files-question-too-long");
                    problem = Some((StatusCode::BAD_REQUEST, message));
                    break;
                }
            },
            Some("file") => {
                let name = field.file_name().unwrap_or_default().chars().take(300).collect::<String>();
                match read_bounded(&mut field, MAX_FILE_BYTES).await? {
                    Some(bytes) => received = Some((name, bytes)),
                    None => {
                        let message = plaza_i18n::tr_with(
                            "web-enter-idea-files-too-large",
                            &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
                        );
                        problem = Some((StatusCode::PAYLOAD_TOO_LARGE, message));
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    if !token_checked {
        return Err(AppError::CsrfRejected);
    }
    let (idea, _, track) = editable_idea(&state, &current.user, id).await?;
    let refuse = |status: StatusCode, message: String| refused(&state, &current, id, &question, status, message);
    if let Some((status, message)) = problem {
        return refuse(status, message).await;
    }
    if !question.is_empty() && !questions(&track).iter().any(|q| q.key == question && q.kind == QuestionKind::File) {
        return refuse(StatusCode::BAD_REQUEST, plaza_i18n::tr("web-enter-idea-files-not-a-file-question")).await;
    }
    let existing = state.store.idea_files(idea.id).await?;
    let replaces = !question.is_empty() && existing.iter().any(|f| f.question_key == question);
    if existing.len() >= MAX_FILES && !replaces {
        return refuse(StatusCode::CONFLICT, too_many()).await;
    }
    let Some((name, bytes)) = received.filter(|(_, b)| !b.is_empty()) else {
        return refuse(StatusCode::BAD_REQUEST, plaza_i18n::tr("web-enter-idea-files-choose-a-file")).await;
    };
    let Some(content_type) = sniff_attachment(&bytes) else {
        let message = plaza_i18n::tr("web-enter-idea-files-wrong-kind");
        return refuse(StatusCode::BAD_REQUEST, message).await;
    };
    // Cleaning a large PDF takes a moment of CPU: off the async workers.
    let cleaned = match plaza_i18n::spawn_blocking(move || strip_metadata(content_type, &bytes, MAX_FILE_BYTES)).await {
        Ok(cleaned) => cleaned,
        // A file that trips up the PDF reader is one we cannot clean, not a server fault.
        Err(err) => {
            tracing::warn!(idea = id, "cleaning an attachment stopped: {err}");
            Err(CleanError::Unreadable(kind_label(content_type)))
        }
    };
    let bytes = match cleaned {
        Ok(bytes) => bytes,
        Err(problem) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, problem.to_string()).await,
    };
    let blob = state.blobs.put_bytes(&bytes).await?;
    let name = safe_file_name(&name, content_type);
    match state.store.add_idea_file(idea.id, &question, &name, content_type, &blob, MAX_FILES).await? {
        Some(_) => Ok(Redirect::to(&format!("/ideas/{id}?notice={}", IdeaNotice::FileAttached.name())).into_response()),
        None => refuse(StatusCode::CONFLICT, too_many()).await,
    }
}

/// The idea page again, with `message` beside the file field and the
/// question that was chosen still chosen.
async fn refused(
    state: &AppState,
    current: &CurrentUser,
    id: i64,
    question: &str,
    status: StatusCode,
    message: String,
) -> Result<Response, AppError> {
    let problem = RefusedFile { message, question: question.to_owned() };
    render_idea(state, &current.viewer(), id, &current.user, "", Some(&problem), status).await
}

fn too_many() -> String {
    plaza_i18n::tr_with("web-enter-idea-files-too-many", &[("max", MAX_FILES.into())])
}

pub(crate) async fn remove_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((IdeaId(id), FileId(file))): Path<(IdeaId, FileId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, _, _) = editable_idea(&state, &current.user, id).await?;
    if !state.store.remove_idea_file(idea.id, file).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!("/ideas/{id}?notice={}", IdeaNotice::FileRemoved.name())).into_response())
}

/// The name a file is sent under: its own (cleaned) name for the idea's
/// team and organizers, a neutral one ("attachment-2.pdf") for anyone else.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileNames {
    Original,
    Neutral,
}

/// A name that says nothing about who sent the file: its place among the
/// idea's files and its kind.
fn neutral_name(position: usize, content_type: &str) -> String {
    format!("attachment-{}.{}", position + 1, plaza_core::idea::attachment_extension(content_type))
}

/// Sends an attachment to be shown in the browser, with its checked type.
pub(crate) async fn file_response(
    state: &AppState,
    idea_id: i64,
    file_id: i64,
    names: FileNames,
) -> Result<Response, AppError> {
    let files = state.store.idea_files(idea_id).await?;
    let (position, file) = files.iter().enumerate().find(|(_, f)| f.id == file_id).ok_or(AppError::NotFound)?;
    let bytes = state.blobs.read_head(&file.blob.sha256, MAX_FILE_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    let name = match names {
        FileNames::Original => file.file_name.clone(),
        FileNames::Neutral => neutral_name(position, &file.content_type),
    };
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}\"")),
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
    Path((IdeaId(id), FileId(file))): Path<(IdeaId, FileId)>,
) -> Result<Response, AppError> {
    let (idea, _, _, access) = load(&state, &current.user, id).await?;
    let names = match access {
        IdeaAccess::Team | IdeaAccess::Organizer => FileNames::Original,
    };
    file_response(&state, idea.id, file, names).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_names_say_only_the_place_and_the_kind() {
        assert_eq!(neutral_name(0, "application/pdf"), "attachment-1.pdf");
        assert_eq!(neutral_name(2, "image/jpeg"), "attachment-3.jpg");
    }
}
