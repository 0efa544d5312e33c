//! The public site: home, challenge pages, data guides and downloads.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::{Challenge, ChallengeStatus, Dataset};
use serde::{Deserialize, Serialize};
use tokio_util::io::ReaderStream;

use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer};
use crate::extract::paths::ChallengePath;
use crate::render::content::Content;
use crate::render::templates::{ENTRY_STATUS_SCRIPT, STYLESHEET, UPLOAD_SCRIPT};
use crate::render::views::{ChallengeCard, ChallengeView, DatasetView, TrackView, human_size, thousands};
use crate::state::AppState;

/// Rows shown in a data guide's preview.
const PREVIEW_ROWS: usize = 10;
/// Bytes read from the start of a file for its preview.
const PREVIEW_BYTES: usize = 256 * 1024;

#[derive(Serialize)]
struct HomePage {
    #[serde(flatten)]
    page: PageContext,
    open: Vec<ChallengeCard>,
    upcoming: Vec<ChallengeCard>,
    past: Vec<ChallengeCard>,
}

pub(crate) async fn list_challenges(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let now = Utc::now();
    let mut page = HomePage {
        page: viewer.page(&state, plaza_i18n::tr("title-civic-data-challenges")),
        open: Vec::new(),
        upcoming: Vec::new(),
        past: Vec::new(),
    };
    let mut challenges = state.store.list_challenges().await?;
    // Past challenges: most recently closed first.
    challenges.sort_by_key(|c| c.timeline.closes_at);
    // Drafts are seen on their organizers' pages only.
    for challenge in challenges.iter_mut().filter(|c| !c.is_draft()) {
        let mut content = Content::load(&state, challenge.id).await?;
        content.heading(challenge);
        content.note_on(&mut page.page);
        let card = ChallengeCard::new(challenge, now);
        match challenge.timeline.status(now) {
            ChallengeStatus::Open => page.open.push(card),
            ChallengeStatus::Upcoming => page.upcoming.push(card),
            ChallengeStatus::Closed | ChallengeStatus::ResultsPublished => page.past.insert(0, card),
        }
    }
    Ok(Html(state.templates.render("pages/public/home.html", &page)?))
}

#[derive(Serialize)]
struct ChallengePage {
    #[serde(flatten)]
    page: PageContext,
    is_organizer: bool,
    is_judge: bool,
    results_published: bool,
    challenge: ChallengeView,
    tracks: Vec<TrackView>,
    datasets: Vec<DatasetView>,
    /// Where the main "take part" button leads (its words are in the template).
    take_part_url: String,
    /// Its organizer has just published it.
    just_published: bool,
    /// Ways to take part without a computer.
    offline: crate::public::poster::OfflineView,
    /// Once the results are published: where each winning idea stands.
    projects: Vec<crate::public::progress::ProjectView>,
    /// Answers the organizers pinned under the brief.
    pinned: Vec<crate::public::questions::AnsweredView>,
    /// Partner organizations where residents get help.
    partners: Vec<plaza_core::partner::Partner>,
    /// Whether the viewer is one of them (they check the reports).
    is_partner: bool,
    /// People's choice votes of the ideas tracks: open ones and results.
    votes: Vec<VoteLink>,
}

/// Where the main "take part" button leads. Signed in: the team page, which
/// lists what to do on each track. Signed out: sign-in, then straight to the
/// one thing there is to do (an ideas track's form, a coding track's page);
/// with several tracks, to the list of tracks, each with its own sign-in link.
fn take_part(challenge: &plaza_core::Challenge, tracks: &[plaza_core::Track], signed_in: bool) -> String {
    let base = format!("/challenges/{}", challenge.slug);
    if signed_in {
        return format!("{base}/team");
    }
    match tracks {
        [track] if track.kind() == plaza_core::TrackKind::Ideas => {
            format!("/sign-in?next={base}/tracks/{}/ideas/new", track.slug)
        }
        [track] => format!("/sign-in?next={base}/tracks/{}", track.slug),
        _ => "#tracks".to_owned(),
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct ChallengeQuery {
    notice: Option<String>,
}

pub(crate) async fn show_challenge(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(mut challenge): ChallengePath,
    Query(query): Query<ChallengeQuery>,
) -> Result<Html<String>, AppError> {
    let mut content = Content::load(&state, challenge.id).await?;
    content.challenge(&mut challenge);
    let mut tracks = state.store.tracks(challenge.id).await?;
    tracks.iter_mut().for_each(|t| content.track(t));
    let mut datasets = state.store.datasets(challenge.id).await?;
    datasets.iter_mut().for_each(|d| content.dataset(d));
    let roles = match &viewer.user {
        Some(user) => state.store.roles_for(challenge.id, user.id).await?,
        None => Vec::new(),
    };
    let is_organizer = viewer.user.as_ref().is_some_and(|u| u.organizes(&roles));
    let mut track_views = Vec::with_capacity(tracks.len());
    for track in &tracks {
        track_views.push(crate::enter::ideas::track_view(&state, challenge.id, track).await?);
    }
    let take_part_url = take_part(&challenge, &tracks, viewer.user.is_some());
    let mut context = viewer.page(&state, challenge.title.clone());
    content.note_on(&mut context);
    let page = ChallengePage {
        page: context,
        is_organizer,
        is_judge: roles.contains(&plaza_core::ChallengeRole::Judge),
        results_published: challenge.timeline.results_published(Utc::now()),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        tracks: track_views,
        datasets: datasets.iter().map(|d| DatasetView::new(&challenge, d)).collect(),
        take_part_url,
        just_published: query.notice.as_deref() == Some("published") && !challenge.is_draft(),
        offline: crate::public::poster::OfflineView::new(&state.store.outreach(challenge.id).await?),
        projects: if challenge.timeline.results_published(Utc::now()) {
            crate::public::progress::load_projects(&state, &challenge).await?
        } else {
            Vec::new()
        },
        pinned: state
            .store
            .published_questions(challenge.id)
            .await?
            .iter()
            .filter(|q| q.pinned && !q.answer.is_empty())
            .map(|q| crate::public::questions::AnsweredView::new(q, &challenge.timeline))
            .collect(),
        partners: state.store.challenge_partners(challenge.id).await?,
        votes: vote_links(&state, &challenge, &tracks).await?,
        is_partner: roles.contains(&plaza_core::ChallengeRole::Intermediary),
    };
    Ok(Html(state.templates.render("pages/public/challenge.html", &page)?))
}

/// A track's people's choice vote, as the challenge page links to it.
#[derive(Serialize)]
struct VoteLink {
    track: String,
    url: String,
    open: bool,
}

async fn vote_links(
    state: &AppState,
    challenge: &plaza_core::Challenge,
    tracks: &[plaza_core::Track],
) -> Result<Vec<VoteLink>, AppError> {
    let mut links = Vec::new();
    for track in tracks.iter().filter(|t| matches!(t.settings, plaza_core::TrackSettings::Ideas { .. })) {
        if let Some(ballot) = state.store.ballot(track.id).await? {
            links.push(VoteLink {
                track: track.title.clone(),
                url: format!("/challenges/{}/tracks/{}/vote", challenge.slug, track.slug),
                open: ballot.is_open(Utc::now()),
            });
        }
    }
    Ok(links)
}

#[derive(Serialize)]
pub(crate) struct Preview {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// An earlier file of a dataset, as the data guide lists it.
#[derive(Serialize)]
struct VersionView {
    version: u32,
    file_name: String,
    size: String,
    rows: String,
    replaced: String,
    change_note: String,
    download_url: String,
}

#[derive(Serialize)]
struct DatasetPage {
    #[serde(flatten)]
    page: PageContext,
    /// Columns of the file the organizer did not describe.
    undescribed: Vec<String>,
    challenge: ChallengeView,
    dataset: DatasetView,
    preview: Option<Preview>,
    /// Earlier files, newest first.
    versions: Vec<VersionView>,
    /// Residents' reports about the file: the form, the list, how many.
    report_url: String,
    reports_url: String,
    reports: usize,
    reports_waiting: usize,
    corrections: usize,
    /// Residents' stories behind the data: published ones, the viewer's own.
    stories: Vec<crate::public::stories::StoryView>,
    your_stories: Vec<crate::public::stories::StoryView>,
    story_url: String,
    documentation_url: String,
    story_sent: bool,
}

/// A challenge's dataset by its slug, with the challenge's heading and the
/// dataset in the reader's language: every page about one dataset starts here.
pub(crate) async fn guide_dataset(
    state: &AppState,
    challenge: &mut Challenge,
    dataset_slug: &str,
) -> Result<(Dataset, Content), AppError> {
    let mut dataset = state.store.dataset(challenge.id, dataset_slug).await?.ok_or(AppError::NotFound)?;
    let mut content = Content::load(state, challenge.id).await?;
    content.heading(challenge);
    content.dataset(&mut dataset);
    Ok((dataset, content))
}

pub(crate) async fn show_dataset(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
    Query(query): Query<ChallengeQuery>,
) -> Result<Html<String>, AppError> {
    let (dataset, content) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let preview = preview(&state, &dataset).await?;
    let undescribed = preview.as_ref().map_or_else(Vec::new, |p| {
        p.headers.iter().filter(|h| !dataset.columns.iter().any(|c| &c.name == *h)).cloned().collect()
    });
    let dataset_view = DatasetView::new(&challenge, &dataset);
    let versions = state
        .store
        .dataset_versions(dataset.id)
        .await?
        .into_iter()
        .map(|v| VersionView {
            download_url: format!("{}/versions/{}/download", dataset_view.guide_url, v.version),
            version: v.version,
            size: human_size(v.blob.size),
            rows: thousands(v.row_count),
            file_name: v.file_name,
            replaced: challenge.timeline.moment(v.replaced_at),
            change_note: v.change_note,
        })
        .collect();
    let mut context =
        viewer.page(&state, plaza_i18n::tr_with("title-data-guide", &[("name", dataset.title.to_string().into())]));
    content.note_on(&mut context);
    let reports = state.store.dataset_reports(dataset.id).await?;
    let (stories, your_stories) = crate::public::stories::guide_stories(&state, &viewer, &challenge, &dataset).await?;
    let page = DatasetPage {
        stories,
        your_stories,
        story_url: format!("{}/stories/new", dataset_view.guide_url),
        documentation_url: format!("{}/documentation.md", dataset_view.guide_url),
        story_sent: query.notice.as_deref() == Some("story"),
        page: context,
        undescribed,
        challenge: ChallengeView::new(&challenge, Utc::now()),
        report_url: format!("{}/report", dataset_view.guide_url),
        reports_url: format!("{}/reports", dataset_view.guide_url),
        reports: reports.len(),
        reports_waiting: reports.iter().filter(|r| r.status == plaza_core::data_report::ReportStatus::Waiting).count(),
        corrections: reports.iter().filter(|r| r.corrected_in.is_some()).count(),
        dataset: dataset_view,
        preview,
        versions,
    };
    Ok(Html(state.templates.render("pages/public/dataset.html", &page)?))
}

/// The header and first rows of a public dataset.
pub(crate) async fn preview(state: &AppState, dataset: &Dataset) -> Result<Option<Preview>, AppError> {
    let Some(head) = state.blobs.read_head(&dataset.blob.sha256, PREVIEW_BYTES).await? else {
        return Ok(None);
    };
    // Only whole lines: the head may end in the middle of a row.
    let complete = if (head.len() as u64) < dataset.blob.size {
        head.iter().rposition(|b| *b == b'\n').map_or(&head[..0], |end| &head[..=end])
    } else {
        &head[..]
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(complete);
    let Ok(headers) = reader.headers().map(|h| h.iter().map(str::to_owned).collect::<Vec<_>>()) else {
        return Ok(None);
    };
    let rows = reader
        .records()
        .take(PREVIEW_ROWS)
        .filter_map(Result::ok)
        .map(|record| record.iter().map(str::to_owned).collect())
        .collect();
    Ok(Some(Preview { headers, rows }))
}

pub(crate) async fn download_dataset(
    State(state): State<AppState>,
    ChallengePath(challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let dataset = state.store.dataset(challenge.id, &dataset_slug).await?.ok_or(AppError::NotFound)?;
    let name = format!("{}-{}", challenge.slug, safe_file_name(&dataset.file_name));
    csv_download(&state, &dataset.blob, &name, dataset.id).await
}

/// `GET /challenges/{slug}/data/{dataset}/versions/{n}/download`: an
/// earlier file of a dataset, with the same headers as the current one.
pub(crate) async fn download_dataset_version(
    State(state): State<AppState>,
    ChallengePath(challenge): ChallengePath,
    Path((_, dataset_slug, version)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let version: u32 = version.parse().map_err(|_| AppError::NotFound)?;
    let dataset = state.store.dataset(challenge.id, &dataset_slug).await?.ok_or(AppError::NotFound)?;
    let earlier = state.store.dataset_version(dataset.id, version).await?.ok_or(AppError::NotFound)?;
    let name = format!("{}-v{version}-{}", challenge.slug, safe_file_name(&earlier.file_name));
    csv_download(&state, &earlier.blob, &name, dataset.id).await
}

/// A public CSV file, streamed from the blob store.
async fn csv_download(
    state: &AppState,
    blob: &plaza_core::BlobRef,
    file_name: &str,
    dataset_id: i64,
) -> Result<Response, AppError> {
    let reader = state
        .blobs
        .open(&blob.sha256)
        .await?
        .ok_or_else(|| AppError::Internal(format!("blob {} of dataset {dataset_id} is missing", blob.sha256)))?;
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CONTENT_LENGTH, HeaderValue::from(blob.size)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300")),
            (
                header::ETAG,
                HeaderValue::from_str(&format!("\"{}\"", blob.sha256))
                    .map_err(|e| AppError::Internal(e.to_string()))?,
            ),
        ],
        Body::from_stream(ReaderStream::new(reader)),
    )
        .into_response())
}

/// A file name that is safe inside a Content-Disposition header.
fn safe_file_name(name: &str) -> String {
    let cleaned: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    if cleaned.is_empty() { "data.csv".into() } else { cleaned }
}

pub(crate) async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

/// The small script that shows a progress bar while a large file uploads
/// (the site's Content-Security-Policy allows same-origin scripts; forms
/// work the same without it).
pub(crate) async fn upload_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        UPLOAD_SCRIPT,
    )
}

pub(crate) async fn entry_status_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        ENTRY_STATUS_SCRIPT,
    )
}

pub(crate) async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, axum::Json(serde_json::json!({"status": "ok"}))).into_response(),
        Err(err) => {
            tracing::error!(%err, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, axum::Json(serde_json::json!({"status": "unavailable"}))).into_response()
        }
    }
}

#[derive(Serialize)]
struct TermsPage {
    #[serde(flatten)]
    page: PageContext,
}

pub(crate) async fn show_terms(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let page = TermsPage { page: viewer.page(&state, plaza_i18n::tr("title-terms-of-use")) };
    Ok(Html(state.templates.render("pages/public/terms.html", &page)?))
}

/// Anything no route matches: a 404 page, or JSON under /api/.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        crate::error::ApiError(AppError::NotFound).into_response()
    } else {
        AppError::NotFound.into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_are_header_safe() {
        assert_eq!(safe_file_name("train.csv"), "train.csv");
        assert_eq!(safe_file_name("a\"b\r\n.csv"), "a_b__.csv");
    }
}
