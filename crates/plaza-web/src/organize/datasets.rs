//! A challenge's datasets in the browser: organizers list them, upload a
//! CSV file as a new dataset (sniffed, converted to UTF-8 with commas,
//! columns and types prefilling the data dictionary) and replace a
//! dataset's file, keeping the old one downloadable as a numbered version
//! and telling the challenge's followers what changed.

use axum::extract::{FromRequest, FromRequestParts, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};
use plaza_core::dataset_edit::{self, check_change_note, columns_after_replace};
use plaza_core::{Challenge, Column, Dataset, OutgoingEmail};
use plaza_store::{NewDataset, Replacement};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::organize::dataset_form::{self, FormProblem};
use crate::organize::dataset_upload::{
    MAX_DATASET_BYTES, Prepared, announced_too_large, prepare, receive_dataset, too_large, upload_problem,
};
use crate::render::views::{ChallengeView, human_size, thousands};
use crate::state::AppState;

/// An organizer of the challenge in the path and its dataset `{dataset}`.
/// Roles are checked first, so nobody else learns which datasets exist.
pub(crate) struct OrganizerDataset {
    pub organizer: ChallengeOrganizer,
    pub dataset: Dataset,
}

impl FromRequestParts<AppState> for OrganizerDataset {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let organizer = ChallengeOrganizer::from_request_parts(parts, state).await?;
        let Path(params) = Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let slug = params.get("dataset").ok_or(AppError::NotFound)?;
        let dataset = state.store.dataset(organizer.challenge.id, slug).await?.ok_or(AppError::NotFound)?;
        Ok(OrganizerDataset { organizer, dataset })
    }
}

#[derive(Serialize)]
struct DatasetRow {
    title: String,
    file_name: String,
    size: String,
    rows: String,
    license: String,
    manage_url: String,
    guide_url: String,
}

#[derive(Serialize)]
struct DatasetsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    /// The steps of making the challenge, while it is a draft.
    steps: Vec<crate::organize::steps::StepView>,
    datasets: Vec<DatasetRow>,
    max_megabytes: u64,
    /// Why the file just sent was not added.
    error: Option<String>,
    /// A dataset was just removed.
    removed: bool,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct RemovedQuery {
    removed: Option<String>,
}

/// `GET /challenges/{slug}/manage/datasets`
pub(crate) async fn show_datasets(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<RemovedQuery>,
) -> Result<Response, AppError> {
    let mut page = datasets_page(&state, &organizer, None).await?;
    page.removed = query.removed.is_some();
    render(&state, &page, StatusCode::OK)
}

async fn datasets_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    error: Option<String>,
) -> Result<DatasetsPage, AppError> {
    let challenge = &organizer.challenge;
    let datasets = state
        .store
        .datasets(challenge.id)
        .await?
        .into_iter()
        .map(|d| DatasetRow {
            manage_url: format!("/challenges/{}/manage/datasets/{}", challenge.slug, d.slug),
            guide_url: format!("/challenges/{}/data/{}", challenge.slug, d.slug),
            title: d.title,
            file_name: d.file_name,
            size: human_size(d.blob.size),
            rows: thousands(d.row_count),
            license: d.license,
        })
        .collect();
    Ok(DatasetsPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-datasets-of", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, chrono::Utc::now()),
        steps: crate::organize::steps::manage_steps(challenge, crate::organize::steps::Step::Datasets),
        datasets,
        max_megabytes: MAX_DATASET_BYTES >> 20,
        error,
        removed: false,
    })
}

fn render(state: &AppState, page: &DatasetsPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/datasets.html", page)?)).into_response())
}

/// `POST /challenges/{slug}/manage/datasets`: a CSV file becomes a new
/// dataset, or the page says why not (and nothing is stored).
pub(crate) async fn upload_dataset(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    if announced_too_large(request.headers()) {
        return refuse_upload(&state, &organizer, too_large(), StatusCode::PAYLOAD_TOO_LARGE).await;
    }
    // Not a multipart upload: it cannot carry the form's token either.
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let form = receive_dataset(multipart, &organizer.current.csrf).await?;
    let received = match form.file {
        Ok(received) => received,
        Err(problem) => return refuse_upload(&state, &organizer, upload_problem(&problem), status_of(&problem)).await,
    };
    let prepared = match prepare(&state, organizer.challenge.id, &received).await? {
        Ok(prepared) => prepared,
        Err(message) => return refuse_upload(&state, &organizer, message, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let blob = store_blob(&state, &prepared).await?;
    let new = NewDataset {
        slug: dataset_edit::slug_for_file(&received.file_name),
        title: dataset_edit::title_for_file(&received.file_name),
        file_name: dataset_edit::stored_file_name(&received.file_name),
        columns: prepared
            .sniffed
            .columns
            .iter()
            .map(|c| Column { name: c.name.clone(), column_type: c.column_type, description: String::new() })
            .collect(),
        blob,
        row_count: prepared.rows,
    };
    let challenge = &organizer.challenge;
    let dataset = state.store.add_dataset(challenge.id, &new, organizer.current.user.id).await?;
    tracing::info!(
        challenge = challenge.id,
        dataset = dataset.id,
        rows = prepared.rows,
        "dataset added in the browser"
    );
    let to =
        format!("/challenges/{}/manage/datasets/{}?notice=added&{}", challenge.slug, dataset.slug, prepared.query());
    Ok(Redirect::to(&to).into_response())
}

async fn refuse_upload(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    message: String,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page = datasets_page(state, organizer, Some(message)).await?;
    render(state, &page, status)
}

fn status_of(problem: &crate::enter::submissions::UploadProblem) -> StatusCode {
    match problem {
        crate::enter::submissions::UploadProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::BAD_REQUEST,
    }
}

/// Stores the converted file (blobs first: the row comes after).
async fn store_blob(state: &AppState, prepared: &Prepared) -> Result<plaza_core::BlobRef, AppError> {
    let blob = state.blobs.put_file(prepared.converted.path()).await?;
    if blob.sha256 != prepared.blob.sha256 {
        return Err(AppError::Internal("the converted dataset changed while it was stored".into()));
    }
    Ok(blob)
}

/// `POST /challenges/{slug}/manage/datasets/{dataset}/replace`: a new file
/// for the dataset, with a note of what changed.
pub(crate) async fn replace_dataset(
    State(state): State<AppState>,
    target: OrganizerDataset,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    if announced_too_large(request.headers()) {
        return dataset_form::render_with_problem(
            &state,
            &target,
            FormProblem::file(too_large()),
            String::new(),
            StatusCode::PAYLOAD_TOO_LARGE,
        )
        .await;
    }
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let form = receive_dataset(multipart, &target.organizer.current.csrf).await?;
    let note = match check_change_note(&form.change_note) {
        Ok(note) => note,
        Err(message) => {
            return dataset_form::render_with_problem(
                &state,
                &target,
                FormProblem::change_note(message),
                form.change_note,
                StatusCode::BAD_REQUEST,
            )
            .await;
        }
    };
    let received = match form.file {
        Ok(received) => received,
        Err(problem) => {
            return dataset_form::render_with_problem(
                &state,
                &target,
                FormProblem::file(upload_problem(&problem)),
                note,
                status_of(&problem),
            )
            .await;
        }
    };
    let challenge = &target.organizer.challenge;
    let prepared = match prepare(&state, challenge.id, &received).await? {
        Ok(prepared) => prepared,
        Err(message) => {
            return dataset_form::render_with_problem(
                &state,
                &target,
                FormProblem::file(message),
                note,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let blob = store_blob(&state, &prepared).await?;
    let dataset = &target.dataset;
    let (columns, removed) = columns_after_replace(&dataset.columns, &prepared.sniffed.columns);
    let emails = follower_emails(&state, challenge, dataset, &note, prepared.rows).await?;
    let replacement = Replacement {
        file_name: dataset_edit::stored_file_name(&received.file_name),
        columns,
        blob,
        row_count: prepared.rows,
        change_note: note,
    };
    let version = state
        .store
        .replace_dataset_file(
            challenge.id,
            dataset.slug.as_str(),
            &replacement,
            &emails,
            target.organizer.current.user.id,
        )
        .await?;
    tracing::info!(
        challenge = challenge.id,
        dataset = dataset.id,
        version,
        emails = emails.len(),
        "dataset file replaced"
    );
    let removed: String = removed.iter().take(20).map(|name| format!("&removed={}", encode(name))).collect();
    let to = format!(
        "/challenges/{}/manage/datasets/{}?notice=replaced&version={version}&{}{removed}",
        challenge.slug,
        dataset.slug,
        prepared.query()
    );
    Ok(Redirect::to(&to).into_response())
}

/// One email to each follower who wants news (with their unsubscribe link).
pub(crate) async fn follower_emails(
    state: &AppState,
    challenge: &Challenge,
    dataset: &Dataset,
    note: &str,
    rows: u64,
) -> Result<Vec<OutgoingEmail>, AppError> {
    let followers: Vec<plaza_core::User> =
        state.store.followers(challenge.id).await?.into_iter().filter(|user| user.notify_news).collect();
    let ids: Vec<plaza_core::UserId> = followers.iter().map(|user| user.id).collect();
    let tokens = state.store.unsubscribe_tokens(&ids).await?;
    let link = state.settings.link(&format!("/challenges/{}/data/{}", challenge.slug, dataset.slug));
    let offline = plaza_mail::emails::Offline::from(&state.store.outreach(challenge.id).await?);
    let mut emails = Vec::with_capacity(followers.len());
    for follower in &followers {
        let token =
            tokens.get(&follower.id).ok_or_else(|| AppError::Internal(format!("user {} has no row", follower.id.0)))?;
        let unsubscribe = state.settings.link(&format!("/unsubscribe?token={token}"));
        let lang = plaza_i18n::preferred(follower.locale.as_deref());
        let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
        let message = plaza_mail::emails::DatasetUpdated {
            name: &follower.display_name,
            challenge_title: &challenge_title,
            dataset_title: &dataset.title,
            change_note: note,
            rows,
            link: &link,
            offline: offline.clone(),
        };
        let mail = state.emails.render(lang, &follower.email, &message, Some(&unsubscribe));
        emails.push(mail.map_err(|e| AppError::Internal(e.to_string()))?);
    }
    Ok(emails)
}

/// Percent-encodes a value for a query string.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
