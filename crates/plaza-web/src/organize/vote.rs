//! People's choice, for organizers: open a public vote on the ideas of a
//! track that passed their screening, watch the votes with simple signs of
//! fraud (but not the count, which nobody sees before the vote closes), set
//! a vote aside with a reason (kept in the audit), and close it early.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::vote::{MAX_VOID_REASON, check_ballot, check_void_reason, signals, tally};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::PageContext;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct Choice {
    id: i64,
    title: String,
}

#[derive(Serialize)]
struct VoteRow {
    id: i64,
    voter: String,
    voted: String,
    signals: Vec<String>,
    set_aside: String,
    void_url: String,
}

#[derive(Serialize)]
struct Count {
    title: String,
    votes: usize,
}

#[derive(Serialize)]
struct ManageVotePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    action_url: String,
    public_url: String,
    opened: bool,
    open: bool,
    closes: String,
    closed: String,
    /// Before opening: the ideas that may be on the ballot.
    eligible: Vec<Choice>,
    closes_input: String,
    on_ballot: Vec<Choice>,
    votes: Vec<VoteRow>,
    flagged: usize,
    counts: Vec<Count>,
    notice: String,
    error: String,
    max_reason: usize,
}

async fn manage_page(state: &AppState, target: &OrganizerTrack) -> Result<ManageVotePage, AppError> {
    let (challenge, track) = (&target.organizer.challenge, &target.track);
    let now = Utc::now();
    let ideas = state.store.track_ideas(track.id).await?;
    let titles: HashMap<i64, String> = ideas.iter().map(|i| (i.id, i.fields.title.clone())).collect();
    let ballot = state.store.ballot(track.id).await?;
    let action_url = format!("/challenges/{}/manage/vote/{}", challenge.slug, track.slug);
    let mut page = ManageVotePage {
        page: target
            .organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("vote-manage-title", &[("track", track.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, now),
        track_title: track.title.clone(),
        public_url: format!("/challenges/{}/tracks/{}/vote", challenge.slug, track.slug),
        opened: ballot.is_some(),
        open: false,
        closes: String::new(),
        closed: String::new(),
        eligible: ideas
            .iter()
            .filter(|i| i.judgeable())
            .map(|i| Choice { id: i.id, title: i.fields.title.clone() })
            .collect(),
        closes_input: challenge.timeline.zone.local_input(now + chrono::Duration::days(14)),
        on_ballot: Vec::new(),
        votes: Vec::new(),
        flagged: 0,
        counts: Vec::new(),
        notice: String::new(),
        error: String::new(),
        max_reason: MAX_VOID_REASON,
        action_url,
    };
    let Some(ballot) = ballot else { return Ok(page) };
    let votes = state.store.votes(track.id).await?;
    let signs = signals(&votes, &ballot);
    let voters: Vec<plaza_core::UserId> = votes.iter().map(|v| v.voter).collect();
    let names: BTreeMap<i64, String> = state
        .store
        .users_by_ids(&voters)
        .await?
        .into_iter()
        .map(|(id, u)| (id.0, format!("{} <{}>", u.display_name, u.email)))
        .collect();
    page.open = ballot.is_open(now);
    page.closes = challenge.timeline.moment(ballot.closes_at);
    page.closed = ballot.closed(now).map(|at| challenge.timeline.moment(at)).unwrap_or_default();
    page.on_ballot =
        ballot.ideas.iter().map(|id| Choice { id: *id, title: titles.get(id).cloned().unwrap_or_default() }).collect();
    page.flagged = signs.len();
    page.votes = votes
        .iter()
        .map(|v| VoteRow {
            id: v.id,
            voter: names.get(&v.voter.0).cloned().unwrap_or_default(),
            voted: challenge.timeline.moment(v.voted_at),
            signals: signs.get(&v.id).into_iter().flatten().map(|s| s.sentence()).collect(),
            set_aside: v.void_reason.clone().unwrap_or_default(),
            void_url: format!("{}/votes/{}", page.action_url, v.id),
        })
        .collect();
    // Flagged votes first, so organizers see them.
    page.votes.sort_by_key(|row| row.signals.is_empty());
    if ballot.closed(now).is_some() {
        page.counts = tally(&votes, &ballot)
            .into_iter()
            .map(|(id, votes)| Count { title: titles.get(&id).cloned().unwrap_or_default(), votes })
            .collect();
    }
    Ok(page)
}

fn render(state: &AppState, page: &ManageVotePage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/vote.html", page)?)).into_response())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
}

/// `GET /challenges/{slug}/manage/vote/{track}`
pub(crate) async fn show_vote(
    State(state): State<AppState>,
    target: OrganizerTrack,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut page = manage_page(&state, &target).await?;
    page.notice = match query.notice.as_deref() {
        Some("opened") => plaza_i18n::tr("vote-manage-notice-opened"),
        Some("closed") => plaza_i18n::tr("vote-manage-notice-closed"),
        Some("void") => plaza_i18n::tr("vote-manage-notice-void"),
        _ => String::new(),
    };
    render(&state, &page, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/vote/{track}`: opens the vote (with
/// the ideas chosen and when it closes) or closes it now.
pub(crate) async fn change_vote(
    State(state): State<AppState>,
    target: OrganizerTrack,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (challenge, track) = (&target.organizer.challenge, &target.track);
    let by = target.organizer.current.user.id;
    let value = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or_default();
    let back = |notice: &str| {
        Redirect::to(&format!("/challenges/{}/manage/vote/{}?notice={notice}", challenge.slug, track.slug))
            .into_response()
    };
    let (state, target) = (&state, &target);
    let refuse = |error: String, status: StatusCode| async move {
        let mut page = manage_page(state, target).await?;
        page.error = error;
        render(state, &page, status)
    };
    match value("action") {
        "open" => {
            let eligible: Vec<i64> =
                state.store.track_ideas(track.id).await?.iter().filter(|i| i.judgeable()).map(|i| i.id).collect();
            let chosen: Vec<i64> =
                pairs.iter().filter(|(k, _)| k == "idea").filter_map(|(_, v)| v.trim().parse().ok()).collect();
            let ideas = match check_ballot(&chosen, &eligible) {
                Ok(ideas) => ideas,
                Err(problem) => return refuse(problem, StatusCode::UNPROCESSABLE_ENTITY).await,
            };
            let closes_at = match challenge.timeline.zone.from_local_input(value("closes_at")) {
                Ok(at) if at > Utc::now() => at,
                Ok(_) => return refuse(plaza_i18n::tr("vote-closes-in-past"), StatusCode::UNPROCESSABLE_ENTITY).await,
                Err(problem) => return refuse(problem, StatusCode::UNPROCESSABLE_ENTITY).await,
            };
            match state.store.open_vote(challenge.id, track.id, &ideas, closes_at, by).await {
                Ok(()) => {}
                Err(plaza_store::Error::Refused(refusal)) => {
                    return refuse(refusal.to_string(), StatusCode::CONFLICT).await;
                }
                Err(fault) => return Err(fault.into()),
            }
            tracing::info!(challenge = challenge.id, track = track.id, ideas = ideas.len(), "vote opened");
            Ok(back("opened"))
        }
        "close" => {
            state.store.close_vote(challenge.id, track.id, by).await?;
            tracing::info!(challenge = challenge.id, track = track.id, "vote closed");
            Ok(back("closed"))
        }
        _ => refuse(plaza_i18n::tr("vote-manage-unknown-action"), StatusCode::UNPROCESSABLE_ENTITY).await,
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct VoidForm {
    #[serde(default)]
    reason: String,
}

/// `POST /challenges/{slug}/manage/vote/{track}/votes/{vote}`: sets a vote
/// aside, with the reason kept in the challenge's audit.
pub(crate) async fn void_vote(
    State(state): State<AppState>,
    target: OrganizerTrack,
    Path((_, _, vote)): Path<(String, String, i64)>,
    CsrfForm(form): CsrfForm<VoidForm>,
) -> Result<Response, AppError> {
    let (challenge, track) = (&target.organizer.challenge, &target.track);
    let reason = match check_void_reason(&form.reason) {
        Ok(reason) => reason,
        Err(problem) => {
            let mut page = manage_page(&state, &target).await?;
            page.error = problem;
            return render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    match state.store.void_vote(challenge.id, track.id, vote, &reason, target.organizer.current.user.id).await {
        Ok(()) => {}
        Err(plaza_store::Error::Refused(refusal)) => {
            let mut page = manage_page(&state, &target).await?;
            page.error = refusal.to_string();
            return render(&state, &page, StatusCode::CONFLICT);
        }
        Err(fault) => return Err(fault.into()),
    }
    tracing::info!(challenge = challenge.id, track = track.id, vote, "vote set aside");
    Ok(Redirect::to(&format!("/challenges/{}/manage/vote/{}?notice=void", challenge.slug, track.slug)).into_response())
}
