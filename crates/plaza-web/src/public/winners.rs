//! The winners page of a challenge once its results are published, and
//! following a challenge to hear about them.

use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::{Challenge, TrackSettings};
use serde::Serialize;

use crate::account::sign_in::EmptyForm;
use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::ChallengePath;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize, Clone)]
pub(crate) struct WinnerView {
    pub place: String,
    /// The place itself, for emails written in their reader's language.
    #[serde(skip)]
    pub place_kind: plaza_core::review::Place,
    pub title: String,
    pub summary: String,
    pub reason: String,
}

#[derive(Serialize)]
pub(crate) struct TrackWinners {
    pub title: String,
    pub winners: Vec<WinnerView>,
}

pub(crate) async fn winners_of(state: &AppState, challenge: &Challenge) -> Result<Vec<TrackWinners>, AppError> {
    let mut out = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            continue;
        }
        let mut winners = Vec::new();
        for decision in state.store.decisions(track.id).await? {
            let Some(idea) = state.store.idea(decision.idea_id).await? else { continue };
            winners.push(WinnerView {
                place: decision.place.local_label(),
                place_kind: decision.place,
                title: idea.fields.title.clone(),
                summary: idea.fields.summary.clone(),
                reason: decision.reason.clone(),
            });
        }
        out.push(TrackWinners { title: track.title.clone(), winners });
    }
    Ok(out)
}

#[derive(Serialize)]
pub(crate) struct LeaderboardLink {
    pub title: String,
    pub url: String,
}

#[derive(Serialize)]
struct WinnersPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    published: bool,
    published_at: String,
    tracks: Vec<TrackWinners>,
    leaderboards: Vec<LeaderboardLink>,
    following: bool,
    signed_in: bool,
}

pub(crate) async fn show_winners(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(challenge): ChallengePath,
) -> Result<Response, AppError> {
    let published_at = challenge.timeline.published_at(Utc::now());
    let tracks = if published_at.is_some() { winners_of(&state, &challenge).await? } else { Vec::new() };
    let leaderboards = state
        .store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .filter(|t| !matches!(t.settings, TrackSettings::Ideas { .. }))
        .map(|t| LeaderboardLink {
            title: t.title.clone(),
            url: format!("/challenges/{}/tracks/{}/leaderboard", challenge.slug, t.slug),
        })
        .collect();
    let following = match &viewer.user {
        Some(user) => state.store.is_following(challenge.id, user.id).await?,
        None => false,
    };
    let page = WinnersPage {
        page: viewer
            .page(&state, plaza_i18n::tr_with("title-winners", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        published: published_at.is_some(),
        published_at: published_at.map(|at| challenge.timeline.moment(at)).unwrap_or_default(),
        tracks,
        leaderboards,
        following,
        signed_in: viewer.user.is_some(),
    };
    Ok(Html(state.templates.render("pages/public/winners.html", &page)?).into_response())
}

pub(crate) async fn follow_challenge(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    set_following(&state, &current, &challenge, true).await
}

pub(crate) async fn unfollow_challenge(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    set_following(&state, &current, &challenge, false).await
}

/// Follows the challenge or stops, then back to its winners page.
async fn set_following(
    state: &AppState,
    current: &CurrentUser,
    challenge: &Challenge,
    follow: bool,
) -> Result<Response, AppError> {
    if follow {
        state.store.follow_challenge(challenge.id, current.user.id).await?;
    } else {
        state.store.unfollow_challenge(challenge.id, current.user.id).await?;
    }
    Ok(Redirect::to(&format!("/challenges/{}/winners", challenge.slug)).into_response())
}
