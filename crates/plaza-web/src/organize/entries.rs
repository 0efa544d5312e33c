//! What organizers do with a coding track's entries: list them with their
//! logs, rerun one or all (after the hidden answers change), cancel a queued
//! one, disqualify one with a reason.

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::{Submission, Track};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::EmptyForm;
use crate::enter::submissions::{EntryRow, entry_row, format_score};
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::SubmissionId;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

/// Largest predictions file or program accepted.
#[derive(Serialize)]
struct OrganizerEntryRow {
    #[serde(flatten)]
    entry: EntryRow,
    team: String,
    private_score: String,
}

#[derive(Serialize)]
struct EntriesPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    entries: Vec<OrganizerEntryRow>,
    notice: String,
}

pub(crate) async fn show_entries(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, track_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    render_entries(&state, &organizer, &track_slug, "").await
}

async fn render_entries(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track_slug: &str,
    notice: &str,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let track = crate::extract::paths::challenge_track(state, challenge, track_slug).await?;
    let submissions = state.store.track_submissions(track.id).await?;
    let team_ids: Vec<_> = submissions.iter().map(|s| s.team_id).collect();
    let teams = state.store.teams_by_ids(&team_ids).await?;
    let entries = submissions
        .iter()
        .map(|submission| OrganizerEntryRow {
            private_score: submission.private_score.map(format_score).unwrap_or_default(),
            entry: entry_row(submission, &organizer.challenge.timeline),
            team: teams.get(&submission.team_id).map(|t| t.name.clone()).unwrap_or_default(),
        })
        .collect();
    let page = EntriesPage {
        page: organizer.current.viewer().page(state, format!("Entries – {}", track.title)),
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: TrackView::new(&track),
        entries,
        notice: notice.to_owned(),
    };
    Ok(Html(state.templates.render("pages/organize/entries.html", &page)?).into_response())
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
        "The entry is queued to be scored again."
    } else {
        "Only scored or failed entries can be scored again."
    };
    render_entries(&state, &organizer, track.slug.as_str(), notice).await
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
    render_entries(&state, &organizer, &track_slug, &format!("{queued} entries are queued to be scored again.")).await
}

pub(crate) async fn cancel_entry(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, SubmissionId(id))): Path<(String, SubmissionId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (submission, track) = organizer_submission(&state, &organizer, id).await?;
    let notice = if state.store.cancel_submission(submission.id).await? {
        "The entry was cancelled; it no longer counts against the team's limit."
    } else {
        "Only entries still waiting or being scored can be cancelled."
    };
    render_entries(&state, &organizer, track.slug.as_str(), notice).await
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
    render_entries(&state, &organizer, track.slug.as_str(), "The entry was disqualified; the team sees your reason.")
        .await
}
