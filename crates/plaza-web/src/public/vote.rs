//! People's choice, in public: the ideas on a track's ballot, a vote for
//! one of them (one per account, changeable until the vote closes), and
//! the count once it has closed, apart from the judges' ranking.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::vote::{Ballot, VOTES_PER_HOUR, tally};
use plaza_store::votes::Cast;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ClientKey, CurrentUser, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::TrackPath;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct BallotIdea {
    id: i64,
    title: String,
    summary: String,
    proposal: String,
    chosen: bool,
    /// Once the vote closed: its count and place.
    votes: usize,
    place: usize,
}

#[derive(Serialize)]
struct VotePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    track_url: String,
    vote_url: String,
    ideas: Vec<BallotIdea>,
    open: bool,
    closes: String,
    closed: String,
    /// Votes counted, once closed.
    counted: usize,
    signed_in: bool,
    sign_in_url: String,
    voted: bool,
    set_aside: String,
    notice: String,
    error: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct VoteQuery {
    notice: Option<String>,
}

async fn ballot_of(state: &AppState, track: &plaza_core::Track) -> Result<Ballot, AppError> {
    state.store.ballot(track.id).await?.ok_or(AppError::NotFound)
}

async fn vote_page(
    state: &AppState,
    viewer: &Viewer,
    challenge: &plaza_core::Challenge,
    track: &plaza_core::Track,
    ballot: &Ballot,
) -> Result<VotePage, AppError> {
    let now = Utc::now();
    let votes = state.store.votes(track.id).await?;
    let mine = viewer.user.as_ref().and_then(|u| votes.iter().find(|v| v.voter == u.id));
    let ideas = state.store.track_ideas(track.id).await?;
    let closed = ballot.closed(now);
    let counts = if closed.is_some() { tally(&votes, ballot) } else { Vec::new() };
    let order: Vec<i64> =
        if closed.is_some() { counts.iter().map(|(id, _)| *id).collect() } else { ballot.ideas.clone() };
    let mut shown = Vec::with_capacity(order.len());
    for (index, id) in order.iter().enumerate() {
        let Some(idea) = ideas.iter().find(|i| i.id == *id) else { continue };
        let votes = counts.iter().find(|(i, _)| i == id).map_or(0, |(_, n)| *n);
        // Equal counts share a place.
        let place = counts.iter().position(|(_, n)| *n == votes).map_or(index + 1, |p| p + 1);
        shown.push(BallotIdea {
            id: idea.id,
            title: idea.fields.title.clone(),
            summary: idea.fields.summary.clone(),
            proposal: idea.fields.proposal.clone(),
            chosen: mine.is_some_and(|v| v.idea_id == idea.id),
            votes,
            place,
        });
    }
    let track_url = format!("/challenges/{}/tracks/{}", challenge.slug, track.slug);
    let vote_url = format!("{track_url}/vote");
    Ok(VotePage {
        page: viewer.page(state, plaza_i18n::tr_with("vote-title", &[("track", track.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, now),
        track_title: track.title.clone(),
        ideas: shown,
        open: ballot.is_open(now),
        closes: challenge.timeline.moment(ballot.closes_at),
        closed: closed.map(|at| challenge.timeline.moment(at)).unwrap_or_default(),
        counted: counts.iter().map(|(_, n)| n).sum(),
        signed_in: viewer.user.is_some(),
        sign_in_url: format!("/sign-in?next={vote_url}"),
        voted: mine.is_some_and(|v| v.void_reason.is_none()),
        set_aside: mine.and_then(|v| v.void_reason.clone()).unwrap_or_default(),
        track_url,
        vote_url,
        notice: String::new(),
        error: String::new(),
    })
}

/// `GET /challenges/{slug}/tracks/{track}/vote`
pub(crate) async fn show_vote(
    State(state): State<AppState>,
    viewer: Viewer,
    TrackPath { challenge, track }: TrackPath,
    axum::extract::Query(query): axum::extract::Query<VoteQuery>,
) -> Result<Response, AppError> {
    let ballot = ballot_of(&state, &track).await?;
    let mut page = vote_page(&state, &viewer, &challenge, &track, &ballot).await?;
    if query.notice.as_deref() == Some("voted") {
        page.notice = plaza_i18n::tr("vote-notice-voted");
    }
    Ok(Html(state.templates.render("pages/public/vote.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct VoteForm {
    #[serde(default)]
    idea: String,
}

/// `POST /challenges/{slug}/tracks/{track}/vote`: a signed-in person votes,
/// or changes their vote, while the vote is open.
pub(crate) async fn cast_vote(
    State(state): State<AppState>,
    current: CurrentUser,
    ClientKey(address): ClientKey,
    TrackPath { challenge, track }: TrackPath,
    CsrfForm(form): CsrfForm<VoteForm>,
) -> Result<Response, AppError> {
    let ballot = ballot_of(&state, &track).await?;
    let refuse = |message: String, status: StatusCode| {
        let state = state.clone();
        let viewer = current.viewer();
        let (challenge, track, ballot) = (challenge.clone(), track.clone(), ballot.clone());
        async move {
            let mut page = vote_page(&state, &viewer, &challenge, &track, &ballot).await?;
            page.error = message;
            let html = state.templates.render("pages/public/vote.html", &page)?;
            Ok::<Response, AppError>((status, Html(html)).into_response())
        }
    };
    let Ok(idea) = form.idea.trim().parse::<i64>() else {
        return refuse(plaza_i18n::tr("vote-choose-an-idea"), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let bucket = format!("vote:{}", current.user.id.0);
    if !state.store.rate_limit(&bucket, chrono::Duration::hours(1), u64::from(VOTES_PER_HOUR)).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr("vote-too-many")));
    }
    match state.store.cast_vote(track.id, idea, current.user.id, &address).await? {
        Cast::Counted => {}
        Cast::Closed => return refuse(plaza_i18n::tr("vote-closed"), StatusCode::CONFLICT).await,
        Cast::NotOnBallot => {
            return refuse(plaza_i18n::tr("vote-choose-an-idea"), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Cast::SetAside(reason) => {
            let message = plaza_i18n::tr_with("vote-set-aside", &[("reason", reason.into())]);
            return refuse(message, StatusCode::CONFLICT).await;
        }
    }
    tracing::info!(challenge = challenge.id, track = track.id, "vote counted");
    Ok(Redirect::to(&format!("/challenges/{}/tracks/{}/vote?notice=voted", challenge.slug, track.slug)).into_response())
}
