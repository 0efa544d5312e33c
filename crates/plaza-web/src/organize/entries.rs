//! What organizers do with a coding track's entries: list them (filtered by
//! status, verdict and team, a page at a time), download an entry's file,
//! rerun one or all (after the hidden answers change), cancel a queued one,
//! disqualify one with a reason.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::entry_list::{EntryFilter, Paging, StatusFilter};
use plaza_core::{Submission, Track, TrackKind, Verdict};
use serde::{Deserialize, Serialize};
use tokio_util::io::ReaderStream;

use crate::account::sign_in::EmptyForm;
use crate::enter::submissions::{EntryRow, entry_row, format_score};
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::SubmissionId;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

#[derive(Serialize)]
struct OrganizerEntryRow {
    #[serde(flatten)]
    entry: EntryRow,
    team: String,
    private_score: String,
    file_url: String,
}

/// A choice of a filter's `<select>`.
#[derive(Serialize)]
struct FilterOption {
    value: &'static str,
    label: String,
    selected: bool,
}

/// Another coding track of the challenge, for the track switcher.
#[derive(Serialize)]
struct TrackLink {
    title: String,
    url: String,
}

#[derive(Serialize)]
struct EntriesPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    entries: Vec<OrganizerEntryRow>,
    notice: String,
    /// Filter values or a page number that were not understood.
    problems: Vec<String>,
    status_options: Vec<FilterOption>,
    verdict_options: Vec<FilterOption>,
    team: String,
    filtered: bool,
    clear_url: String,
    /// "Showing 51–100 of 3,204 entries."
    showing: String,
    previous_url: String,
    next_url: String,
    /// Set when the page asked for lies past the last one.
    first_url: String,
    other_tracks: Vec<TrackLink>,
}

/// The entries list's query string: filters and page. Read as pairs, so
/// nothing in it can make the request fail before the page explains it.
#[derive(Debug, Default)]
pub(crate) struct EntriesQuery {
    status: String,
    verdict: String,
    team: String,
    page: String,
}

impl EntriesQuery {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut query = EntriesQuery::default();
        for (key, value) in pairs {
            match key.as_str() {
                "status" => query.status = value,
                "verdict" => query.verdict = value,
                "team" => query.team = value,
                "page" => query.page = value,
                _ => {}
            }
        }
        query
    }
}

/// "Showing 51–100 of 3,204 entries.", "Showing 1 entry.", "No entries."
fn showing(paging: Paging, total: u64, shown: u64) -> String {
    use crate::render::views::thousands;
    if total == 0 {
        return plaza_i18n::tr("web-organize-entries-showing-none");
    }
    if total == 1 && shown == 1 {
        return plaza_i18n::tr("web-organize-entries-showing-one");
    }
    if shown == 0 {
        return plaza_i18n::tr_with(
            "web-organize-entries-showing-past-end",
            &[
                ("page", paging.page.to_string().into()),
                ("total", thousands(total).into()),
                ("pages", thousands(paging.pages(total)).into()),
            ],
        );
    }
    let first = paging.offset() + 1;
    let last = paging.offset() + shown;
    plaza_i18n::tr_with(
        "web-organize-entries-showing-range",
        &[("first", thousands(first).into()), ("last", thousands(last).into()), ("total", thousands(total).into())],
    )
}

/// The entries list's address with these filters, on `page`.
fn list_url(base: &str, filter: &EntryFilter, page: u64) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(status) = filter.status {
        pairs.push(("status", status.name().to_owned()));
    }
    if let Some(verdict) = filter.verdict {
        pairs.push(("verdict", verdict.name().to_owned()));
    }
    if let Some(team) = &filter.team {
        pairs.push(("team", team.clone()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    match serde_urlencoded::to_string(&pairs) {
        Ok(query) if !query.is_empty() => format!("{base}?{query}"),
        _ => base.to_owned(),
    }
}

pub(crate) async fn show_entries(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, track_slug)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    render_entries(&state, &organizer, &track_slug, "", &EntriesQuery::from_pairs(pairs)).await
}

async fn render_entries(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track_slug: &str,
    notice: &str,
    query: &EntriesQuery,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let tracks = state.store.tracks(challenge.id).await?;
    let track = tracks.iter().find(|t| t.slug.as_str() == track_slug).cloned().ok_or(AppError::NotFound)?;
    let (filter, mut problems) = EntryFilter::parse(&query.status, &query.verdict, &query.team);
    let (paging, page_problem) = Paging::parse(&query.page);
    problems.extend(page_problem);
    let found = state.store.entries_page(track.id, &filter, paging.offset(), paging.per_page).await?;
    let entries: Vec<OrganizerEntryRow> = found
        .rows
        .iter()
        .map(|row| OrganizerEntryRow {
            private_score: row.submission.private_score.map(format_score).unwrap_or_default(),
            entry: entry_row(&row.submission, &challenge.timeline),
            team: row.team_name.clone(),
            file_url: format!("/challenges/{}/entries/{}/file", challenge.slug, row.submission.id),
        })
        .collect();
    let base = format!("/challenges/{}/tracks/{}/entries", challenge.slug, track.slug);
    let shown = entries.len() as u64;
    let page = EntriesPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-entries", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: TrackView::new(&track),
        entries,
        notice: notice.to_owned(),
        problems,
        status_options: StatusFilter::all()
            .into_iter()
            .map(|s| FilterOption { value: s.name(), label: s.label(), selected: filter.status == Some(s) })
            .collect(),
        verdict_options: Verdict::ALL
            .into_iter()
            .map(|v| FilterOption { value: v.name(), label: v.label(), selected: filter.verdict == Some(v) })
            .collect(),
        team: filter.team.clone().unwrap_or_default(),
        filtered: !filter.is_empty(),
        clear_url: base.clone(),
        showing: showing(paging, found.total, shown),
        previous_url: if paging.has_previous() && !paging.beyond_end(found.total) {
            list_url(&base, &filter, paging.page - 1)
        } else {
            String::new()
        },
        next_url: if paging.has_next(found.total) { list_url(&base, &filter, paging.page + 1) } else { String::new() },
        first_url: if paging.beyond_end(found.total) { list_url(&base, &filter, 1) } else { String::new() },
        other_tracks: tracks
            .iter()
            .filter(|t| t.id != track.id && t.kind() != TrackKind::Ideas)
            .map(|t| TrackLink {
                title: t.title.clone(),
                url: format!("/challenges/{}/tracks/{}/entries", challenge.slug, t.slug),
            })
            .collect(),
    };
    Ok(Html(state.templates.render("pages/organize/entries.html", &page)?).into_response())
}

/// The file an entrant uploaded (predictions CSV or program), for
/// organizers, under a name made from its id: what the entrant called it
/// never reaches a header.
pub(crate) async fn download_entry_file(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, SubmissionId(id))): Path<(String, SubmissionId)>,
) -> Result<Response, AppError> {
    let (submission, track) = organizer_submission(&state, &organizer, id).await?;
    let (extension, content_type) = match track.kind() {
        TrackKind::Code => ("wasm", "application/wasm"),
        TrackKind::Predictions | TrackKind::Ideas => ("csv", "text/csv; charset=utf-8"),
    };
    let reader = state.blobs.open(&submission.blob.sha256).await?.ok_or_else(|| {
        AppError::Internal(format!("blob {} of entry {} is missing", submission.blob.sha256, submission.id))
    })?;
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"entry-{}.{extension}\"", submission.id))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CONTENT_LENGTH, HeaderValue::from(submission.blob.size)),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        Body::from_stream(ReaderStream::new(reader)),
    )
        .into_response())
}

async fn organizer_submission(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    id: i64,
) -> Result<(Submission, Track), AppError> {
    let submission = state
        .store
        .submission(id)
        .await?
        .filter(|s| s.challenge_id == organizer.challenge.id)
        .ok_or(AppError::NotFound)?;
    let track = crate::extract::paths::track_by_id(state, organizer.challenge.id, submission.track_id).await?;
    Ok((submission, track))
}

pub(crate) async fn rerun_entry(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, SubmissionId(id))): Path<(String, SubmissionId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (submission, track) = organizer_submission(&state, &organizer, id).await?;
    let queued = state.store.rerun_submissions(&[submission.id]).await?;
    let notice = if queued == 1 {
        plaza_i18n::tr("web-organize-entries-rerun-queued")
    } else {
        plaza_i18n::tr("web-organize-entries-rerun-refused")
    };
    render_entries(&state, &organizer, track.slug.as_str(), &notice, &EntriesQuery::default()).await
}

pub(crate) async fn rerun_track(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, track_slug)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let track = crate::extract::paths::challenge_track(&state, &organizer.challenge, &track_slug).await?;
    let ids: Vec<i64> = state.store.track_submissions(track.id).await?.iter().map(|s| s.id).collect();
    let queued = state.store.rerun_submissions(&ids).await?;
    let notice = plaza_i18n::tr_with("web-organize-entries-rerun-all-queued", &[("count", queued.into())]);
    render_entries(&state, &organizer, &track_slug, &notice, &EntriesQuery::default()).await
}

pub(crate) async fn cancel_entry(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, SubmissionId(id))): Path<(String, SubmissionId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (submission, track) = organizer_submission(&state, &organizer, id).await?;
    let notice = if state.store.cancel_submission(submission.id).await? {
        plaza_i18n::tr("web-organize-entries-cancelled")
    } else {
        plaza_i18n::tr("web-organize-entries-cancel-refused")
    };
    render_entries(&state, &organizer, track.slug.as_str(), &notice, &EntriesQuery::default()).await
}

#[derive(Deserialize)]
pub(crate) struct DisqualifyForm {
    #[serde(default)]
    reason: String,
}

pub(crate) async fn disqualify_entry(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, SubmissionId(id))): Path<(String, SubmissionId)>,
    CsrfForm(form): CsrfForm<DisqualifyForm>,
) -> Result<Response, AppError> {
    let (submission, track) = organizer_submission(&state, &organizer, id).await?;
    state.store.disqualify_submission(submission.id, &form.reason).await?;
    let notice = plaza_i18n::tr("web-organize-entries-disqualified");
    render_entries(&state, &organizer, track.slug.as_str(), &notice, &EntriesQuery::default()).await
}
