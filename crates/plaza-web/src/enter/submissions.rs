//! Coding entries: a track's page with its upload form and quota, sending an
//! entry (the API sends through the same `accept_upload`), a page per entry,
//! and choosing final entries. Organizers' work on entries is in
//! `organize/entries.rs`.

use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::{Challenge, ChallengeStatus, Submission, SubmissionStatus, Team, Track, TrackSettings, User};
use plaza_store::QuotaReached;
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::{SubmissionId, TrackPath};
use crate::extract::upload::{ReceivedFile, check_program, receive_file};
use crate::render::content::track_in_language;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

/// Largest predictions file or program accepted.
pub const MAX_UPLOAD_BYTES: u64 = 100 * 1024 * 1024;

/// Why an upload was refused, each with its HTTP status.
#[derive(Debug)]
pub enum UploadProblem {
    NotOpen(String),
    NotScored,
    TermsNeeded,
    TooLarge,
    Empty,
    NoFile,
    Quota(QuotaReached),
    /// A program Plaza would refuse to compile (too large, too many functions, ...).
    BadProgram(String),
}

impl UploadProblem {
    pub fn status(&self) -> StatusCode {
        match self {
            UploadProblem::NotOpen(_) => StatusCode::CONFLICT,
            UploadProblem::NotScored => StatusCode::NOT_FOUND,
            UploadProblem::TermsNeeded => StatusCode::FORBIDDEN,
            UploadProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            UploadProblem::Empty | UploadProblem::NoFile => StatusCode::BAD_REQUEST,
            UploadProblem::Quota(_) => StatusCode::TOO_MANY_REQUESTS,
            UploadProblem::BadProgram(_) => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    pub fn message(&self) -> String {
        match self {
            UploadProblem::NotOpen(message) => message.clone(),
            UploadProblem::NotScored => plaza_i18n::tr("web-enter-submissions-not-scored"),
            UploadProblem::TermsNeeded => plaza_i18n::tr("web-enter-submissions-terms-needed"),
            UploadProblem::TooLarge => plaza_i18n::tr_with(
                "web-enter-submissions-too-large",
                &[("mb", (MAX_UPLOAD_BYTES / (1024 * 1024)).into())],
            ),
            UploadProblem::Empty => plaza_i18n::tr("web-enter-submissions-empty"),
            UploadProblem::BadProgram(reason) => {
                plaza_i18n::tr_with("web-enter-submissions-bad-program", &[("reason", reason.as_str().into())])
            }
            UploadProblem::NoFile => plaza_i18n::tr("web-enter-submissions-no-file"),
            UploadProblem::Quota(reached) if reached.refused => plaza_i18n::tr_with(
                "web-enter-submissions-quota-refused",
                &[("limit", reached.limit.into()), ("next", reached.zone.moment(reached.next_slot).into())],
            ),
            UploadProblem::Quota(reached) => plaza_i18n::tr_with(
                "web-enter-submissions-quota-used",
                &[("limit", reached.limit.into()), ("next", reached.zone.moment(reached.next_slot).into())],
            ),
        }
    }
}

fn daily_limit(track: &Track) -> Option<u32> {
    match &track.settings {
        TrackSettings::Predictions { daily_limit, .. } | TrackSettings::Code { daily_limit, .. } => Some(*daily_limit),
        TrackSettings::Ideas { .. } => None,
    }
}

/// The user's team in the challenge; a solo entrant gets a team of one.
pub(crate) async fn team_for(
    state: &AppState,
    challenge: &Challenge,
    user: &User,
) -> Result<Result<Team, UploadProblem>, AppError> {
    if let Some(team) = state.store.team_of(challenge.id, user.id).await? {
        return Ok(Ok(team));
    }
    if !user.terms_accepted {
        return Ok(Err(UploadProblem::TermsNeeded));
    }
    match state.store.create_solo_team(challenge.id, user.id, &user.display_name).await? {
        Ok(team) => Ok(Ok(team)),
        Err(problem) => Err(AppError::Conflict(problem.to_string())),
    }
}

/// Predictions tracks: unreadable files use no daily slot, up to a cap of
/// their own. Code tracks: every checked entry uses one.
fn refused_limit(track: &Track) -> Option<u32> {
    matches!(track.settings, TrackSettings::Predictions { .. }).then_some(plaza_core::submission::REFUSED_DAILY_LIMIT)
}

/// Checks, stores and queues an upload for `user`. Shared by the form and the
/// API. The file reaches the blob store only after every check has passed.
pub(crate) async fn accept_upload(
    state: &AppState,
    user: &User,
    challenge: &Challenge,
    track: &Track,
    received: Result<ReceivedFile, UploadProblem>,
) -> Result<Result<Submission, UploadProblem>, AppError> {
    let Some(limit) = daily_limit(track) else { return Ok(Err(UploadProblem::NotScored)) };
    if challenge.is_draft() {
        return Ok(Err(UploadProblem::NotOpen(plaza_core::challenge::draft_refusal())));
    }
    match challenge.timeline.status(Utc::now()) {
        ChallengeStatus::Open => {}
        ChallengeStatus::Upcoming => {
            return Ok(Err(UploadProblem::NotOpen(plaza_i18n::tr_with(
                "web-enter-submissions-opens-on",
                &[("opens", challenge.timeline.moment(challenge.timeline.opens_at).into())],
            ))));
        }
        _ => return Ok(Err(UploadProblem::NotOpen(plaza_i18n::tr("web-enter-submissions-closed")))),
    }
    let received = match received {
        Ok(file) => file,
        Err(problem) => return Ok(Err(problem)),
    };
    let team = match team_for(state, challenge, user).await? {
        Ok(team) => team,
        Err(problem) => return Ok(Err(problem)),
    };
    // A first look at the quota before storing anything; the insert below
    // checks it again inside its transaction.
    let quota =
        state.store.quota(team.id, track.id, limit, refused_limit(track).is_some(), challenge.timeline.zone).await?;
    if quota.left() == 0 {
        let next_slot = quota.next_slot;
        let zone = challenge.timeline.zone;
        return Ok(Err(UploadProblem::Quota(QuotaReached { limit, next_slot, refused: false, zone })));
    }
    if let Some(cap) = refused_limit(track)
        && quota.refused >= cap
    {
        let reached =
            QuotaReached { limit: cap, next_slot: quota.next_slot, refused: true, zone: challenge.timeline.zone };
        return Ok(Err(UploadProblem::Quota(reached)));
    }
    if matches!(track.settings, TrackSettings::Code { .. })
        && let Err(reason) = check_program(received.temp.path()).await?
    {
        return Ok(Err(UploadProblem::BadProgram(reason)));
    }
    let blob = state.blobs.put_file(received.temp.path()).await?;
    let new = plaza_store::NewSubmission {
        challenge_id: challenge.id,
        track_id: track.id,
        team_id: team.id,
        user_id: user.id,
        file_name: received.file_name,
        blob,
        daily_limit: limit,
        refused_limit: refused_limit(track),
        zone: challenge.timeline.zone,
    };
    // A refusal here (a race with another upload) leaves a blob no row
    // names: the blob sweep removes it.
    Ok(state.store.create_submission(new).await?.map_err(UploadProblem::Quota))
}

pub(crate) async fn create_submission(
    State(state): State<AppState>,
    current: CurrentUser,
    TrackPath { challenge, track }: TrackPath,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    // Not a multipart upload: it cannot carry the form's token either.
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let received = receive_file(multipart, Some(&current.csrf)).await?;
    match accept_upload(&state, &current.user, &challenge, &track, received).await? {
        Ok(submission) => Ok(Redirect::to(&format!("/submissions/{}", submission.id)).into_response()),
        Err(problem) => {
            render_track(&state, &current.viewer(), &challenge, &track, &problem.message(), problem.status()).await
        }
    }
}

#[derive(Serialize)]
pub(crate) struct EntryRow {
    id: i64,
    pub(crate) url: String,
    file_name: String,
    status: &'static str,
    pub(crate) status_label: String,
    pub(crate) public_score: String,
    pub(crate) submitted: String,
    selected: bool,
    selectable: bool,
    disqualified: String,
}

pub(crate) fn entry_row(s: &Submission, timeline: &plaza_core::Timeline) -> EntryRow {
    EntryRow {
        id: s.id,
        url: format!("/submissions/{}", s.id),
        file_name: s.file_name.clone(),
        status: s.status.name(),
        // A scored entry reads as its verdict ("Scored", "Invalid predictions", "Too slow").
        status_label: match (s.status, s.verdict) {
            (SubmissionStatus::Scored, Some(verdict)) => verdict.label(),
            (status, _) => status.label(),
        },
        public_score: s.public_score.map(format_score).unwrap_or_default(),
        submitted: timeline.moment(s.created_at),
        selected: s.selected,
        selectable: s.status == SubmissionStatus::Scored && s.verdict == Some(plaza_core::Verdict::Ok),
        disqualified: s.disqualified_reason.clone().unwrap_or_default(),
    }
}

pub(crate) fn format_score(score: f64) -> String {
    format!("{score:.6}")
}

#[derive(Serialize)]
struct TrackPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    is_scored: bool,
    signed_in: bool,
    is_open: bool,
    quota_left: u32,
    quota_limit: u32,
    final_selections: u32,
    /// Predictions tracks: unreadable files the team may still send today.
    refused_left: Option<u32>,
    next_slot: String,
    entries: Vec<EntryRow>,
    error: String,
    leaderboard_url: String,
    accept: &'static str,
    /// Predictions tracks: the sample file to start from.
    sample_url: String,
    /// The public files with the rows to predict.
    predict_from: Vec<crate::public::sample_file::PredictFrom>,
}

async fn render_track(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    track: &Track,
    error: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (challenge, track, content) = track_in_language(state, challenge, track).await?;
    let (challenge, track) = (&challenge, &track);
    let limit = daily_limit(track);
    let mut page = TrackPage {
        page: viewer.page(state, format!("{} – {}", track.title, challenge.title)),
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: TrackView::new(track),
        is_scored: limit.is_some(),
        signed_in: viewer.user.is_some(),
        is_open: !challenge.is_draft() && challenge.timeline.status(Utc::now()) == ChallengeStatus::Open,
        quota_left: limit.unwrap_or(0),
        quota_limit: limit.unwrap_or(0),
        final_selections: track.settings.final_selections().unwrap_or(0),
        refused_left: refused_limit(track),
        next_slot: String::new(),
        entries: Vec::new(),
        error: error.to_owned(),
        leaderboard_url: format!("/challenges/{}/tracks/{}/leaderboard", challenge.slug, track.slug),
        accept: if matches!(track.settings, TrackSettings::Code { .. }) {
            ".wasm,application/wasm"
        } else {
            ".csv,text/csv"
        },
        sample_url: if matches!(track.settings, TrackSettings::Predictions { .. }) {
            crate::public::sample_file::sample_url(challenge, track)
        } else {
            String::new()
        },
        predict_from: crate::public::sample_file::predict_from(state, challenge, track).await?,
    };
    if let (Some(user), Some(limit)) = (&viewer.user, limit)
        && let Some(team) = state.store.team_of(challenge.id, user.id).await?
    {
        let quota = state
            .store
            .quota(team.id, track.id, limit, refused_limit(track).is_some(), challenge.timeline.zone)
            .await?;
        page.quota_left = quota.left();
        page.refused_left = refused_limit(track).map(|cap| cap.saturating_sub(quota.refused));
        page.next_slot = challenge.timeline.moment(quota.next_slot);
        page.entries = state
            .store
            .team_submissions(team.id, track.id)
            .await?
            .iter()
            .map(|s| entry_row(s, &challenge.timeline))
            .collect();
    }
    content.note_on(&mut page.page);
    Ok((status, Html(state.templates.render("pages/public/track.html", &page)?)).into_response())
}

pub(crate) async fn show_track(
    State(state): State<AppState>,
    viewer: Viewer,
    TrackPath { challenge, track }: TrackPath,
) -> Result<Response, AppError> {
    if matches!(track.settings, TrackSettings::Ideas { .. }) {
        return crate::enter::ideas::render_ideas_track(&state, &viewer, &challenge, &track).await;
    }
    render_track(&state, &viewer, &challenge, &track, "", StatusCode::OK).await
}

/// Who may see an entry: its team, the challenge's organizers, site admins.
pub(crate) async fn may_see(state: &AppState, user: &User, submission: &Submission) -> Result<bool, AppError> {
    if let Some(team) = state.store.team_of(submission.challenge_id, user.id).await?
        && team.id == submission.team_id
    {
        return Ok(true);
    }
    crate::extract::auth::organizes(state, user, submission.challenge_id).await
}

#[derive(Serialize)]
struct CaseRow {
    case: usize,
    verdict_label: String,
    message: String,
    seconds: String,
}

#[derive(Serialize)]
struct SubmissionPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    track_url: String,
    entry: EntryRow,
    pending: bool,
    verdict_explanation: String,
    message: String,
    metric_label: String,
    cases: Vec<CaseRow>,
    /// The program's stderr, shown to organizers only.
    show_log: bool,
    organizer_log: String,
    /// Where the team stands on the current leaderboard, if it is on it.
    rank: Option<RankView>,
    leaderboard_url: String,
}

/// The team's place on the leaderboard anyone can see now: the public one
/// during the challenge, the final one once the results are published.
#[derive(Serialize)]
struct RankView {
    rank: usize,
    teams: usize,
    /// Whether this entry is the one the board ranks (the team's best).
    is_this_entry: bool,
    /// The team's ranked entry, when it is another one.
    best_url: String,
    /// Whether the board is the final one (results published), not the public one.
    is_final: bool,
}

/// The team's row of the current board. It reads the same board as the
/// leaderboard page, so it never shows a private score or rank before the
/// results are published.
async fn rank_of(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    submission: &Submission,
) -> Result<Option<RankView>, AppError> {
    if track.settings.metric().is_none() {
        return Ok(None);
    }
    let board = crate::public::leaderboard::current_board(challenge);
    let found = state.store.board_row_of(track.id, board, submission.team_id.0).await?;
    let is_final = board == plaza_core::Board::Private;
    Ok(found.map(|(row, teams)| RankView {
        rank: row.rank,
        teams,
        is_this_entry: row.submission_id == submission.id,
        best_url: format!("/submissions/{}", row.submission_id),
        is_final,
    }))
}

/// The longest `/submissions/{id}/status?wait=` holds a request.
const STATUS_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

#[derive(serde::Deserialize)]
pub(crate) struct StatusQuery {
    /// Answer only once the status is no longer this one (or after 20 s).
    wait: Option<String>,
}

#[derive(Serialize)]
struct StatusJson {
    status: &'static str,
    label: String,
    /// Scoring has ended (scored, failed or cancelled).
    done: bool,
}

/// `GET /submissions/{id}/status[?wait=STATUS]`: the entry's status, for the
/// script on the entry page. With `wait`, the answer comes as soon as the
/// status differs from `wait` (a written result wakes it at once), or after
/// 20 seconds. Only the team and the organizers may ask, as for the page.
pub(crate) async fn submission_status(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(SubmissionId(id)): Path<SubmissionId>,
    axum::extract::Query(query): axum::extract::Query<StatusQuery>,
) -> Result<Response, AppError> {
    let mut submission = state.store.submission(id).await?.ok_or(AppError::NotFound)?;
    if !may_see(&state, &current.user, &submission).await? {
        return Err(AppError::NotFound);
    }
    let waiting_for = query.wait.as_deref().and_then(SubmissionStatus::parse);
    let deadline = tokio::time::Instant::now() + STATUS_WAIT;
    while waiting_for == Some(submission.status) {
        let written = state.store.result_written();
        tokio::pin!(written);
        written.as_mut().enable();
        // Read again once listening, so a result written in between is seen.
        submission = state.store.submission(id).await?.ok_or(AppError::NotFound)?;
        if waiting_for != Some(submission.status) || tokio::time::Instant::now() >= deadline {
            break;
        }
        // A result wakes this at once; the short poll sees "being scored"
        // and results written by a worker in another process on SQLite.
        let _ = tokio::time::timeout_at(
            deadline.min(tokio::time::Instant::now() + std::time::Duration::from_secs(1)),
            &mut written,
        )
        .await;
        submission = state.store.submission(id).await?.ok_or(AppError::NotFound)?;
        if tokio::time::Instant::now() >= deadline {
            break;
        }
    }
    let body = StatusJson {
        status: submission.status.name(),
        label: submission.status.label(),
        done: !submission.status.is_pending(),
    };
    Ok(([(axum::http::header::CACHE_CONTROL, "no-store")], axum::Json(body)).into_response())
}

pub(crate) async fn show_submission(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(SubmissionId(id)): Path<SubmissionId>,
) -> Result<Response, AppError> {
    let submission = state.store.submission(id).await?.ok_or(AppError::NotFound)?;
    // Someone else's entry is as good as missing: nothing to learn from a 403.
    if !may_see(&state, &current.user, &submission).await? {
        return Err(AppError::NotFound);
    }
    let (challenge, track) = crate::extract::paths::row_challenge_and_track(
        &state,
        submission.challenge_id,
        submission.track_id,
        Some(&current.user),
    )
    .await?;
    let is_organizer = crate::extract::auth::organizes(&state, &current.user, challenge.id).await?;
    let organizer_log = if is_organizer { state.store.submission_stderr(submission.id).await? } else { String::new() };
    let page = SubmissionPage {
        page: current
            .viewer()
            .page(&state, plaza_i18n::tr_with("title-entry", &[("name", submission.id.to_string().into())])),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track_title: track.title.clone(),
        track_url: format!("/challenges/{}/tracks/{}", challenge.slug, track.slug),
        entry: entry_row(&submission, &challenge.timeline),
        pending: submission.status.is_pending(),
        verdict_explanation: submission.verdict.map(|v| v.explanation().to_owned()).unwrap_or_default(),
        message: submission.message.clone(),
        metric_label: track.settings.metric().map(|m| m.label().to_owned()).unwrap_or_default(),
        cases: submission
            .cases
            .iter()
            .map(|c| CaseRow {
                case: c.case,
                verdict_label: c.verdict.label(),
                message: c.message.clone(),
                seconds: format!("{:.2}", c.elapsed_ms as f64 / 1000.0),
            })
            .collect(),
        show_log: is_organizer && track.kind() == plaza_core::TrackKind::Code,
        organizer_log,
        rank: rank_of(&state, &challenge, &track, &submission).await?,
        leaderboard_url: format!("/challenges/{}/tracks/{}/leaderboard", challenge.slug, track.slug),
    };
    Ok(Html(state.templates.render("pages/enter/submission.html", &page)?).into_response())
}

pub(crate) async fn select_submissions(
    State(state): State<AppState>,
    current: CurrentUser,
    TrackPath { challenge, track }: TrackPath,
    // Checkbox lists repeat the field name, which serde_urlencoded cannot
    // read into a struct with a Vec: the form arrives as pairs.
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let selected: Vec<i64> =
        pairs.iter().filter(|(k, _)| k == "selected").filter_map(|(_, v)| v.parse().ok()).collect();
    let team = state
        .store
        .team_of(challenge.id, current.user.id)
        .await?
        .ok_or_else(|| AppError::BadRequest(plaza_i18n::tr("web-enter-submissions-no-team")))?;
    let Some(max) = track.settings.final_selections() else { return Err(AppError::NotFound) };
    if !state.store.select_submissions(team.id, track.id, &selected, max).await? {
        let chosen = selected.iter().collect::<std::collections::BTreeSet<_>>().len();
        let message = plaza_i18n::tr_with(
            "web-enter-submissions-too-many-selected",
            &[("count", chosen.into()), ("max", max.into())],
        );
        return render_track(&state, &current.viewer(), &challenge, &track, &message, StatusCode::BAD_REQUEST).await;
    }
    Ok(Redirect::to(&format!("/challenges/{}/tracks/{}", challenge.slug, track.slug)).into_response())
}
