//! A challenge as a bundle in the browser: organizers download theirs as a
//! zip (the same bundle `plaza export` writes), and site admins upload a
//! bundle zip to create or update a challenge with the same checks as
//! `plaza import` (nothing is imported from a bundle with a problem).

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use plaza_store::bundle_zip::{ZipLimits, unpack_bundle_zip};
use plaza_store::import::{ImportOutcome, ImportReport};
use serde::Serialize;
use tokio_util::io::ReaderStream;

use crate::enter::submissions::UploadProblem;
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext, SiteAdmin};
use crate::extract::upload::{MAX_TOKEN_FIELD, ReceivedFile, read_bounded, receive_to_temp};
use crate::state::AppState;

/// Largest bundle zip a site admin may upload.
pub const MAX_BUNDLE_UPLOAD_BYTES: u64 = 1 << 30;

/// `GET /challenges/{slug}/manage/export.zip`: the challenge as a bundle,
/// hidden answers included (organizers only).
pub(crate) async fn export_zip(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let slug = organizer.challenge.slug.to_string();
    let exported = state.store.export_bundle(&*state.blobs, &slug).await?;
    let file = tempfile::tempfile().map_err(|e| AppError::Internal(format!("cannot make a temporary file: {e}")))?;
    let mut file = exported.write_zip(&*state.blobs, file).await?;
    let size = std::io::Seek::seek(&mut file, std::io::SeekFrom::End(0))
        .and_then(|size| std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(0)).map(|_| size))
        .map_err(|e| AppError::Internal(format!("cannot read the zip back: {e}")))?;
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-bundle.zip\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/zip")),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CONTENT_LENGTH, HeaderValue::from(size)),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        ],
        Body::from_stream(ReaderStream::new(tokio::fs::File::from_std(file))),
    )
        .into_response())
}

#[derive(Serialize)]
struct ImportPage {
    #[serde(flatten)]
    page: PageContext,
    max_megabytes: u64,
    /// What happened, in one sentence, after an upload.
    outcome: Option<String>,
    /// Where to go next after a successful import.
    challenge_url: Option<String>,
    /// Why nothing was imported.
    error: Option<String>,
    /// Every problem of the bundle, each naming its file, line and field.
    problems: Vec<String>,
}

/// `GET /admin/import`: the upload form.
pub(crate) async fn show_import(
    State(state): State<AppState>,
    SiteAdmin(current): SiteAdmin,
) -> Result<Response, AppError> {
    render(&state, &import_page(&state, &current), StatusCode::OK)
}

fn import_page(state: &AppState, current: &crate::extract::auth::CurrentUser) -> ImportPage {
    ImportPage {
        page: current.viewer().page(state, plaza_i18n::tr("title-import-a-challenge-bundle")),
        max_megabytes: MAX_BUNDLE_UPLOAD_BYTES >> 20,
        outcome: None,
        challenge_url: None,
        error: None,
        problems: Vec::new(),
    }
}

fn render(state: &AppState, page: &ImportPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/import.html", page)?)).into_response())
}

/// `POST /admin/import`: checks the uploaded bundle zip and, unless only a
/// check was asked for, creates or updates its challenge.
pub(crate) async fn import_zip(
    State(state): State<AppState>,
    SiteAdmin(current): SiteAdmin,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    // Not a multipart upload: it cannot carry the form's token either.
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let (received, check_only) = receive_bundle(multipart, &current.csrf).await?;
    let mut page = import_page(&state, &current);
    let received = match received {
        Ok(received) => received,
        Err(problem) => {
            page.error = Some(match problem {
                UploadProblem::TooLarge => {
                    plaza_i18n::tr_with("web-organize-bundles-too-large", &[("mb", page.max_megabytes.into())])
                }
                UploadProblem::Empty => plaza_i18n::tr("web-organize-bundles-empty"),
                _ => plaza_i18n::tr("web-organize-bundles-no-file"),
            });
            return render(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    match import_received(&state, &received, check_only).await {
        Ok(report) => {
            page.outcome = Some(plaza_i18n::tr_with(
                "web-organize-bundles-outcome",
                &[
                    ("slug", report.slug.as_str().into()),
                    ("outcome", outcome_words(report.outcome).into()),
                    ("datasets", report.datasets.into()),
                    ("tracks", report.tracks.into()),
                    ("files", report.files.into()),
                ],
            ));
            if !check_only {
                page.challenge_url = Some(format!("/challenges/{}", report.slug));
            }
            render(&state, &page, StatusCode::OK)
        }
        Err(plaza_store::Error::Bundle(problems)) => {
            page.error =
                Some(plaza_i18n::tr_with("web-organize-bundles-problems", &[("count", problems.len().into())]));
            page.problems = problems.iter().map(ToString::to_string).collect();
            render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            page.error =
                Some(plaza_i18n::tr_with("web-organize-bundles-refused", &[("reason", refusal.to_string().into())]));
            render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(fault) => Err(fault.into()),
    }
}

/// What an import did or would do, in words (`ImportOutcome::describe`
/// in the reader's language).
fn outcome_words(outcome: ImportOutcome) -> String {
    match outcome {
        ImportOutcome::Created => plaza_i18n::tr("web-organize-bundles-outcome-created"),
        ImportOutcome::Updated => plaza_i18n::tr("web-organize-bundles-outcome-updated"),
        ImportOutcome::Unchanged => plaza_i18n::tr("web-organize-bundles-outcome-unchanged"),
        ImportOutcome::WouldCreate => plaza_i18n::tr("web-organize-bundles-outcome-would-create"),
        ImportOutcome::WouldUpdate => plaza_i18n::tr("web-organize-bundles-outcome-would-update"),
    }
}

/// Unpacks the zip into a temporary folder (removed afterwards) and imports it.
async fn import_received(
    state: &AppState,
    received: &ReceivedFile,
    check_only: bool,
) -> Result<ImportReport, plaza_store::Error> {
    let folder = tempfile::tempdir()?;
    let zip = received.temp.path().to_path_buf();
    let into = folder.path().to_path_buf();
    let root = plaza_i18n::spawn_blocking(move || unpack_bundle_zip(&zip, &into, ZipLimits::BUNDLE))
        .await
        .map_err(|e| plaza_store::Error::Internal(format!("unpacking stopped: {e}")))??;
    let report = state.store.import_bundle(&*state.blobs, &root, check_only).await;
    drop(folder);
    report
}

/// Reads the upload form: its token (checked before anything else is
/// read), whether only a check was asked for, and the zip into a
/// temporary file within [`MAX_BUNDLE_UPLOAD_BYTES`].
async fn receive_bundle(
    mut multipart: Multipart,
    csrf: &str,
) -> Result<(Result<ReceivedFile, UploadProblem>, bool), AppError> {
    let mut token_seen = false;
    let mut check_only = false;
    let mut received = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-organize-bundles-upload-unreadable",
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
            Some("action") => {
                check_only = read_bounded(&mut field, 16).await?.is_some_and(|value| value == b"check");
            }
            // The token comes first in the form: a file before it is refused unread.
            Some("file") if !token_seen => return Err(AppError::CsrfRejected),
            Some("file") if received.is_none() => {
                received = Some(receive_to_temp(&mut field, "bundle.zip".to_owned(), MAX_BUNDLE_UPLOAD_BYTES).await?);
            }
            _ => {}
        }
    }
    if !token_seen {
        return Err(AppError::CsrfRejected);
    }
    Ok((received.unwrap_or(Err(UploadProblem::NoFile)), check_only))
}
