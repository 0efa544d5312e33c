//! A photo or scan of the paper form an idea was entered from by staff:
//! organizers attach it on the track's list of ideas and open it there.
//! It is for organizers only (it shows the resident's handwriting and
//! name): it lives apart from the idea's attachments, so judges, entrants
//! and exports never see it.
//!
//! The upload is read field by field with a byte bound, the form's token
//! first, before anything is kept; the file is checked by its first bytes.

use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use plaza_core::idea::{MAX_FILE_BYTES, safe_file_name, sniff_attachment};

use crate::error::AppError;
use crate::extract::auth::ChallengeOrganizer;
use crate::extract::paths::IdeaId;
use crate::extract::upload::read_bounded;
use crate::render::notice::IdeasListNotice;
use crate::state::AppState;

/// The longest form token we read.
const MAX_TOKEN_BYTES: usize = 200;

/// The staff-entered idea `id` of the organizer's challenge.
async fn assisted_idea(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    id: i64,
) -> Result<plaza_core::Idea, AppError> {
    let idea = state.store.idea(id).await?.ok_or(AppError::NotFound)?;
    if idea.challenge_id != organizer.challenge.id || idea.assisted.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(idea)
}

/// `POST /challenges/{slug}/ideas/{id}/scan`: keeps a PDF or picture of the
/// paper form (replacing an earlier one).
pub(crate) async fn upload_scan(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    let mut multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut token_checked = false;
    let mut received: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-organize-paper-scans-upload-unreadable",
            &[("error", e.to_string().into())],
        ))
    })? {
        match field.name() {
            Some("csrf_token") => {
                let token = read_bounded(&mut field, MAX_TOKEN_BYTES).await?.unwrap_or_default();
                if token.is_empty() || !crate::extract::csrf::same(&token, organizer.current.csrf.as_bytes()) {
                    return Err(AppError::CsrfRejected);
                }
                token_checked = true;
            }
            // Nothing else is read before the token: a forged upload is refused unread.
            Some(_) if !token_checked => return Err(AppError::CsrfRejected),
            Some("file") => {
                let name = field.file_name().unwrap_or_default().chars().take(300).collect::<String>();
                match read_bounded(&mut field, MAX_FILE_BYTES).await? {
                    Some(bytes) => received = Some((name, bytes)),
                    None => {
                        return Err(AppError::PayloadTooLarge(plaza_i18n::tr_with(
                            "web-organize-paper-scans-too-large",
                            &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
                        )));
                    }
                }
            }
            _ => {}
        }
    }
    if !token_checked {
        return Err(AppError::CsrfRejected);
    }
    let idea = assisted_idea(&state, &organizer, id).await?;
    let Some((name, bytes)) = received.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-paper-scans-choose-a-file")));
    };
    let Some(content_type) = sniff_attachment(&bytes) else {
        return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-paper-scans-wrong-kind")));
    };
    let blob = state.blobs.put_bytes(&bytes).await?;
    let name = safe_file_name(&name, content_type);
    state.store.set_paper_scan(idea.id, &name, content_type, &blob, organizer.current.user.id).await?;
    tracing::info!(idea = idea.id, user = organizer.current.user.id.0, "paper form scan attached");
    let tracks = state.store.tracks(organizer.challenge.id).await?;
    let track = tracks.iter().find(|t| t.id == idea.track_id).ok_or(AppError::NotFound)?;
    let back = format!(
        "/challenges/{}/tracks/{}/ideas?notice={}",
        organizer.challenge.slug,
        track.slug,
        IdeasListNotice::Scanned.name()
    );
    Ok(Redirect::to(&back).into_response())
}

/// `GET /challenges/{slug}/ideas/{id}/scan`: the scan, for organizers only.
pub(crate) async fn show_scan(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
) -> Result<Response, AppError> {
    let idea = assisted_idea(&state, &organizer, id).await?;
    let scan = state.store.paper_scan(idea.id).await?.ok_or(AppError::NotFound)?;
    let bytes = state.blobs.read_head(&scan.blob.sha256, MAX_FILE_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, scan.content_type.clone()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{}\"", scan.file_name)),
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
