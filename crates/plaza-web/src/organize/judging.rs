//! The organizers' side of judging an ideas track: the rubric (editable
//! until judging opens), opening judging with a balanced, conflict-free
//! assignment, coverage and progress per judge with reminders, results in
//! raw and normalized views with agreement, and picking winners.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::judging::{AggregateOptions, Review, ScoreView, aggregate};
use plaza_core::review::replay_reviews;
use plaza_core::{AssignmentStatus, ChallengeRole, JudgingStatus, Place, Track, UserId};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::EmptyForm;
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::judge::judging::recuse_and_replace;
use crate::organize::exports;
use crate::organize::panel::panel;
pub(crate) use crate::organize::rubric::update_rubric;
use crate::organize::rubric::{CriterionRow, criteria_rows};
use crate::render::notice::JudgingNotice;
use crate::render::views::ChallengeView;
use crate::state::AppState;

fn score(value: f64) -> String {
    format!("{value:.2}")
}

/// A place as the organizers' pages name it ("Winner", "Runner-up").
pub(crate) fn place_label(place: Place) -> String {
    match place {
        Place::Winner => plaza_i18n::tr("web-organize-judging-place-winner"),
        Place::RunnerUp => plaza_i18n::tr("web-organize-judging-place-runner-up"),
    }
}

#[derive(Serialize)]
struct JudgeRow {
    id: i64,
    name: String,
    assigned: usize,
    scored: usize,
    recused: usize,
    /// "Not yet", "None declared" or the names.
    declaration: String,
}

#[derive(Serialize)]
struct ResultRow {
    idea_id: i64,
    title: String,
    url: String,
    rank: String,
    mean: String,
    spread: String,
    range: String,
    reviews: usize,
    needed: u32,
    flagged: bool,
    criterion_means: Vec<String>,
    decision: String,
    reason: String,
    /// "2 of 3 reviews are of an earlier version", empty when none are.
    stale: String,
}

#[derive(Serialize)]
struct AgreementRow {
    criterion: String,
    alpha: String,
}

#[derive(Serialize)]
struct DashboardPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    track_slug: String,
    base_url: String,
    status: &'static str,
    status_label: String,
    notice: String,
    error: String,
    /// The section the error concerns: "steps", "rubric" or "winners".
    error_at: &'static str,
    /// Ideas with fewer judges than they need, each as "“title” has 2 of 3".
    short: Vec<String>,
    criteria: Vec<CriterionRow>,
    criterion_names: Vec<String>,
    min_reviews: u32,
    judges_per_entry: usize,
    entries: usize,
    judges: Vec<JudgeRow>,
    /// Judge invitations sent and not yet accepted.
    judges_invited: usize,
    results: Vec<ResultRow>,
    agreement: Vec<AgreementRow>,
    view: &'static str,
    audit_matches: bool,
    events: usize,
    results_published: bool,
    challenge_closed: bool,
    /// Look-alike names waiting for an organizer's decision, and those decided.
    near: Vec<crate::organize::conflicts::NearRow>,
    decided: Vec<crate::organize::conflicts::DecidedRow>,
    /// Reviews of an earlier version of their idea, on every idea of the track.
    stale_reviews: usize,
}

#[derive(Deserialize, Default)]
pub(crate) struct DashboardQuery {
    #[serde(default)]
    view: Option<String>,
    #[serde(default)]
    notice: Option<String>,
}

pub(crate) fn reviews_for_aggregate(records: &[plaza_core::ReviewRecord], criteria: usize) -> Vec<Review> {
    records
        .iter()
        .filter(|r| r.scores.len() == criteria)
        .map(|r| Review { judge: r.judge.0, entry: r.idea_id, scores: r.scores.clone() })
        .collect()
}

async fn render_dashboard(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    view: ScoreView,
    notice: &str,
    problem: Problem<'_>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let judging = state.store.track_judging(track).await?;
    let panel = panel(state, &organizer.challenge, track).await?;
    let assignments = state.store.assignments(track.id).await?;
    let records = state.store.track_reviews(track.id).await?;
    let events = state.store.judging_events(track.id).await?;
    let declared = state.store.declarations(organizer.challenge.id).await?;
    let mut judges = Vec::new();
    for judge in &panel.judges {
        let mine: Vec<_> = assignments.iter().filter(|a| a.judge == judge.id).collect();
        judges.push(JudgeRow {
            id: judge.id.0,
            name: judge.display_name.clone(),
            assigned: mine.iter().filter(|a| a.status == AssignmentStatus::Active).count(),
            scored: records.iter().filter(|r| r.judge == judge.id).count(),
            recused: mine.iter().filter(|a| a.status == AssignmentStatus::Recused).count(),
            declaration: crate::organize::conflicts::declaration_summary(declared.get(&judge.id)),
        });
    }
    let entry_ids: Vec<i64> = panel.ideas.iter().map(|i| i.id).collect();
    let reviews = reviews_for_aggregate(
        &records.iter().filter(|r| entry_ids.contains(&r.idea_id)).cloned().collect::<Vec<_>>(),
        judging.criteria.len(),
    );
    let options = AggregateOptions { min_reviews: judging.min_reviews as usize, view };
    let decisions = state.store.decisions(track.id).await?;
    let versions = state.store.review_versions(&entry_ids).await?;
    let stale_of = |idea: &plaza_core::Idea| {
        let of_idea = versions.iter().filter(|v| v.idea_id == idea.id);
        (of_idea.clone().filter(|v| v.idea_version < idea.version).count(), of_idea.count())
    };
    let (results, agreement) = match aggregate(&entry_ids, &judging.criteria, &reviews, &options) {
        Ok(result) => {
            let rows = result
                .entries
                .iter()
                .filter_map(|e| {
                    let idea = panel.ideas.iter().find(|i| i.id == e.entry)?;
                    let summary = match view {
                        ScoreView::Raw => e.raw.as_ref(),
                        ScoreView::Normalized => e.normalized.as_ref(),
                    };
                    let decision = decisions.iter().find(|d| d.idea_id == idea.id);
                    Some(ResultRow {
                        idea_id: idea.id,
                        title: idea.fields.title.clone(),
                        url: format!("/ideas/{}", idea.id),
                        rank: e.rank.map_or_else(String::new, |r| r.to_string()),
                        mean: summary.map(|s| score(s.mean)).unwrap_or_default(),
                        spread: summary.and_then(|s| s.spread).map(score).unwrap_or_default(),
                        range: summary.map(|s| format!("{}–{}", score(s.min), score(s.max))).unwrap_or_default(),
                        reviews: e.reviews,
                        needed: judging.min_reviews,
                        flagged: e.too_few_reviews,
                        // One cell per criterion, empty ("–") before any review.
                        criterion_means: (0..judging.criteria.len())
                            .map(|i| e.criterion_means.get(i).map_or_else(|| "–".to_owned(), |m| score(*m)))
                            .collect(),
                        decision: decision.map(|d| place_label(d.place)).unwrap_or_default(),
                        reason: decision.map(|d| d.reason.clone()).unwrap_or_default(),
                        stale: match stale_of(idea) {
                            (0, _) => String::new(),
                            (stale, total) => plaza_i18n::tr_with(
                                "web-organize-judging-stale",
                                &[("stale", stale.into()), ("total", total.into())],
                            ),
                        },
                    })
                })
                .collect();
            let agreement = result
                .agreement
                .iter()
                .map(|a| AgreementRow {
                    criterion: a.criterion.clone(),
                    alpha: a.alpha.map_or_else(
                        || plaza_i18n::tr("web-organize-judging-not-enough-overlap"),
                        |v| format!("{v:.3}"),
                    ),
                })
                .collect();
            (rows, agreement)
        }
        Err(err) => {
            tracing::error!(%err, track = track.id, "judging results could not be computed");
            (Vec::new(), Vec::new())
        }
    };
    // The audit log must rebuild the stored reviews exactly.
    let mut replayed = replay_reviews(&events);
    let mut stored = records.clone();
    replayed.sort_by_key(|r| (r.idea_id, r.judge.0));
    stored.sort_by_key(|r| (r.idea_id, r.judge.0));
    let base_url = format!("/challenges/{}/manage/judging/{}", organizer.challenge.slug, track.slug);
    let (near, decided) =
        crate::organize::conflicts::near_rows(&panel, &state.store.conflict_decisions(organizer.challenge.id).await?);
    // Ideas left with fewer judges than they need (a judge stepped aside and
    // nobody was free to take over).
    let short: Vec<String> = if judging.status == JudgingStatus::Setup {
        Vec::new()
    } else {
        panel
            .ideas
            .iter()
            .filter_map(|idea| {
                let judges = panel.active.iter().filter(|(_, i)| *i == idea.id).count();
                (judges < panel.per_entry).then(|| {
                    plaza_i18n::tr_with(
                        "web-organize-judging-short",
                        &[
                            ("title", idea.fields.title.as_str().into()),
                            ("judges", judges.into()),
                            ("needed", panel.per_entry.into()),
                        ],
                    )
                })
            })
            .collect()
    };
    // A section the page does not show passes its message to the top.
    let error_at = match problem.at {
        Section::Rubric if judging.status != JudgingStatus::Setup => Section::Steps,
        Section::Winners if results.is_empty() || judging.status == JudgingStatus::Setup => Section::Steps,
        other => other,
    }
    .name();
    let page = DashboardPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-judging", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(&organizer.challenge, Utc::now()),
        track_title: track.title.clone(),
        track_slug: track.slug.to_string(),
        base_url,
        status: judging.status.name(),
        status_label: judging.status.local_label(),
        notice: notice.to_owned(),
        error: problem.message.to_owned(),
        error_at,
        short,
        criteria: criteria_rows(&judging),
        criterion_names: judging.criteria.iter().map(|c| c.name.clone()).collect(),
        min_reviews: judging.min_reviews,
        judges_per_entry: panel.per_entry,
        entries: panel.ideas.len(),
        judges,
        judges_invited: state
            .store
            .pending_invitations(organizer.challenge.id)
            .await?
            .iter()
            .filter(|i| i.role == ChallengeRole::Judge && i.expires_at > Utc::now())
            .count(),
        results,
        agreement,
        view: match view {
            ScoreView::Raw => "raw",
            ScoreView::Normalized => "normalized",
        },
        audit_matches: replayed == stored,
        events: events.len(),
        results_published: organizer.challenge.timeline.results_published(Utc::now()),
        challenge_closed: organizer.challenge.timeline.closes_at <= Utc::now(),
        near,
        decided,
        stale_reviews: panel.ideas.iter().map(|idea| stale_of(idea).0).sum(),
    };
    Ok((status, Html(state.templates.render("pages/organize/judging.html", &page)?)).into_response())
}

/// The dashboard again, with what went wrong.
pub(crate) async fn refuse(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    at: Section,
    message: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    render_dashboard(state, organizer, track, ScoreView::Raw, "", Problem { message, at }, status).await
}

/// A section of the judging dashboard with a form of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// The steps at the top: opening, assigning, closing.
    Steps,
    Conflicts,
    Winners,
    Rubric,
}

impl Section {
    /// Its name in the template.
    fn name(self) -> &'static str {
        match self {
            Section::Steps => "steps",
            Section::Conflicts => "conflicts",
            Section::Winners => "winners",
            Section::Rubric => "rubric",
        }
    }
}

/// What went wrong, and the section of the dashboard whose form it
/// concerns: the message is shown there, where the form posted back to.
#[derive(Clone, Copy)]
struct Problem<'a> {
    message: &'a str,
    at: Section,
}

impl Problem<'_> {
    const NONE: Problem<'static> = Problem { message: "", at: Section::Steps };
}

pub(crate) async fn show_judging(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, AppError> {
    let view = if query.view.as_deref() == Some("normalized") { ScoreView::Normalized } else { ScoreView::Raw };
    let notice = JudgingNotice::sentence_for(query.notice.as_deref());
    render_dashboard(&state, &organizer, &track, view, &notice, Problem::NONE, StatusCode::OK).await
}

pub(crate) fn back(organizer: &ChallengeOrganizer, track: &Track, notice: JudgingNotice) -> Response {
    Redirect::to(&format!(
        "/challenges/{}/manage/judging/{}?notice={}",
        organizer.challenge.slug,
        track.slug,
        notice.name()
    ))
    .into_response()
}

/// Opens judging (or reopens it, or assigns ideas sent since): every
/// judgeable idea gets its judges, or nothing changes and the page says why.
pub(crate) async fn open_judging(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let judging = state.store.track_judging(&track).await?;
    let mut panel = panel(&state, &organizer.challenge, &track).await?;
    if !panel.near.is_empty() {
        let message = plaza_i18n::tr_with("web-organize-judging-check-near", &[("count", panel.near.len().into())]);
        return refuse(&state, &organizer, &track, Section::Conflicts, &message, StatusCode::CONFLICT).await;
    }
    if judging.status == JudgingStatus::Open {
        // A judge who has since joined an entrant's team, say, gives the idea up first.
        let stale: Vec<(i64, i64)> = panel.active.iter().copied().filter(|p| panel.conflicts.contains(p)).collect();
        for (judge, idea) in &stale {
            let reason = plaza_i18n::tr_in(plaza_i18n::default_language(), "web-organize-reason-now-tied", &[]);
            recuse_and_replace(&state, &organizer.challenge, &track, *idea, UserId(*judge), &reason).await?;
        }
        if !stale.is_empty() {
            panel = crate::organize::panel::panel(&state, &organizer.challenge, &track).await?;
        }
    }
    let pairs = match panel.plan() {
        Ok(pairs) => pairs,
        Err(reason) => {
            let id = if judging.status == JudgingStatus::Setup && panel.per_entry > 1 {
                "web-organize-judging-not-assigned-or-lower"
            } else {
                "web-organize-judging-not-assigned"
            };
            let message = plaza_i18n::tr_with(id, &[("reason", reason.to_string().into())]);
            return refuse(&state, &organizer, &track, Section::Steps, &message, StatusCode::CONFLICT).await;
        }
    };
    let actor = organizer.current.user.id;
    match judging.status {
        JudgingStatus::Open => state.store.add_assignments(organizer.challenge.id, track.id, &pairs, actor).await?,
        _ => state.store.open_judging(organizer.challenge.id, &track, &pairs, actor).await?,
    }
    // Tell each judge with new ideas.
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for (judge, _) in &pairs {
        *counts.entry(judge.0).or_default() += 1;
    }
    for judge in panel.judges.iter().filter(|j| counts.contains_key(&j.id.0)) {
        remind(&state, &organizer, &track, judge).await?;
    }
    let notice = match judging.status {
        JudgingStatus::Open if pairs.is_empty() => JudgingNotice::NothingNew,
        JudgingStatus::Open => JudgingNotice::Assigned,
        JudgingStatus::Closed => JudgingNotice::Reopened,
        JudgingStatus::Setup => JudgingNotice::Opened,
    };
    Ok(back(&organizer, &track, notice))
}

pub(crate) async fn close_judging(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    state.store.close_judging(organizer.challenge.id, &track, organizer.current.user.id).await?;
    Ok(back(&organizer, &track, JudgingNotice::Closed))
}

/// Queues the "ideas are waiting" email to one judge.
async fn remind(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    judge: &plaza_core::User,
) -> Result<(), AppError> {
    let total = state
        .store
        .assignments(track.id)
        .await?
        .iter()
        .filter(|a| a.judge == judge.id && a.status == AssignmentStatus::Active)
        .count();
    let done = state.store.track_reviews(track.id).await?.iter().filter(|r| r.judge == judge.id).count();
    let link = state.settings.link(&format!("/challenges/{}/judging", organizer.challenge.slug));
    let message = plaza_mail::emails::JudgeReminder {
        name: &judge.display_name,
        challenge_title: &organizer.challenge.title,
        done,
        total,
        left: total.saturating_sub(done),
        link: &link,
    };
    let mail = state
        .emails
        .render(plaza_i18n::preferred(judge.locale.as_deref()), &judge.email, &message, None)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    state.store.enqueue_email(&mail).await?;
    Ok(())
}

#[derive(Deserialize)]
pub(crate) struct RemindForm {
    judge: i64,
}

pub(crate) async fn remind_judge(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(form): CsrfForm<RemindForm>,
) -> Result<Response, AppError> {
    let panel = panel(&state, &organizer.challenge, &track).await?;
    let judge = panel.judges.iter().find(|j| j.id.0 == form.judge).ok_or(AppError::NotFound)?;
    remind(&state, &organizer, &track, judge).await?;
    Ok(back(&organizer, &track, JudgingNotice::Reminded))
}

#[derive(Deserialize)]
pub(crate) struct DecisionForm {
    idea: i64,
    #[serde(default)]
    place: String,
    #[serde(default)]
    reason: String,
}

pub(crate) async fn decide(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let idea = state
        .store
        .idea(form.idea)
        .await?
        .filter(|i| i.track_id == track.id && i.judgeable())
        .ok_or(AppError::NotFound)?;
    let actor = organizer.current.user.id;
    if form.place == "none" {
        state.store.undecide(organizer.challenge.id, track.id, idea.id, actor).await?;
        return Ok(back(&organizer, &track, JudgingNotice::Undecided));
    }
    let place = Place::parse(&form.place)
        .ok_or_else(|| AppError::BadRequest(plaza_i18n::tr("web-organize-judging-choose-place")))?;
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > 2000 {
        let message =
            plaza_i18n::tr_with("web-organize-judging-reason-needed", &[("title", idea.fields.title.as_str().into())]);
        return refuse(&state, &organizer, &track, Section::Winners, &message, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.store.decide(organizer.challenge.id, track.id, idea.id, place, reason, actor).await?;
    Ok(back(&organizer, &track, JudgingNotice::Decided))
}

/// The audit log as CSV: every score, edit, undo, recusal and decision,
/// with names beside the ids.
pub(crate) async fn export_audit(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
) -> Result<Response, AppError> {
    let bytes = exports::audit_csv(&state, &track).await?;
    Ok(exports::csv_download(bytes, &format!("{}-{}-judging-log.csv", organizer.challenge.slug, track.slug)))
}

/// The results as CSV, for the organizers' records (see `exports::results_csv`).
pub(crate) async fn export_results(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
) -> Result<Response, AppError> {
    let bytes = exports::results_csv(&state, &organizer.challenge, &track).await?;
    Ok(exports::csv_download(bytes, &format!("{}-{}-results.csv", organizer.challenge.slug, track.slug)))
}
