//! Publishing a challenge's results: the private leaderboards and the
//! winners page go public, every entrant of an ideas track gets the judges'
//! feedback on their idea, and followers hear who won. Also following a
//! challenge.

use std::collections::BTreeSet;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::{Challenge, Email, Idea, JudgingStatus, OutgoingEmail, TrackSettings, User};
use serde::Serialize;

use crate::auth::{ChallengeOrganizer, CurrentUser, PageContext, Viewer};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::sign_in::{EmptyForm, message_page};
use crate::state::AppState;
use crate::views::ChallengeView;

#[derive(Serialize, Clone)]
struct WinnerView {
    place: &'static str,
    title: String,
    summary: String,
    reason: String,
}

#[derive(Serialize)]
struct TrackWinners {
    title: String,
    winners: Vec<WinnerView>,
}

async fn winners_of(state: &AppState, challenge: &Challenge) -> Result<Vec<TrackWinners>, AppError> {
    let mut out = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            continue;
        }
        let mut winners = Vec::new();
        for decision in state.store.decisions(track.id).await? {
            let Some(idea) = state.store.idea(decision.idea_id).await? else { continue };
            winners.push(WinnerView {
                place: decision.place.label(),
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
struct LeaderboardLink {
    title: String,
    url: String,
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
    axum::extract::Path(slug): axum::extract::Path<String>,
) -> Result<Response, AppError> {
    let challenge = state.store.challenge_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    let published_at = challenge.timeline.results_published_at.filter(|at| *at <= Utc::now());
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
        page: viewer.page(&state, format!("Winners – {}", challenge.title)),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        published: published_at.is_some(),
        published_at: published_at.map(plaza_core::timeline::format_moment).unwrap_or_default(),
        tracks,
        leaderboards,
        following,
        signed_in: viewer.user.is_some(),
    };
    Ok(Html(state.templates.render("pages/winners.html", &page)?).into_response())
}

/// Why results cannot be published yet, if they cannot.
async fn not_ready(state: &AppState, challenge: &Challenge) -> Result<Option<String>, AppError> {
    if challenge.timeline.results_published_at.is_some() {
        return Ok(Some("The results are already published.".into()));
    }
    if challenge.timeline.closes_at > Utc::now() {
        return Ok(Some(format!(
            "Results can be published once the challenge closes ({}).",
            plaza_core::timeline::format_moment(challenge.timeline.closes_at)
        )));
    }
    for track in state.store.tracks(challenge.id).await? {
        if matches!(track.settings, TrackSettings::Ideas { .. })
            && state.store.track_judging(&track).await?.status == JudgingStatus::Open
        {
            return Ok(Some(format!("Close judging on “{}” before publishing the results.", track.title)));
        }
    }
    Ok(None)
}

#[derive(Serialize)]
struct FeedbackMail<'a> {
    name: &'a str,
    challenge_title: &'a str,
    title: &'a str,
    place: &'a str,
    reason: &'a str,
    feedback: Vec<String>,
    link: String,
}

async fn unsubscribe_url(state: &AppState, user: &User) -> Result<String, AppError> {
    let token = state.store.unsubscribe_token(user.id).await?;
    Ok(state.settings.link(&format!("/unsubscribe?token={token}")))
}

fn compose(
    state: &AppState,
    name: &str,
    to: &Email,
    context: &impl Serialize,
    unsubscribe: Option<&str>,
) -> Result<OutgoingEmail, AppError> {
    state.emails.compose(name, to, context, unsubscribe).map_err(|e| AppError::Internal(e.to_string()))
}

/// The emails that publishing sends: each entrant of a judged idea gets the
/// judges' feedback on it; each follower who did not enter gets the winners.
async fn result_emails(state: &AppState, challenge: &Challenge) -> Result<Vec<OutgoingEmail>, AppError> {
    let link = state.settings.link(&format!("/challenges/{}/winners", challenge.slug));
    let mut emails = Vec::new();
    let mut told: BTreeSet<String> = BTreeSet::new();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            continue;
        }
        let decisions = state.store.decisions(track.id).await?;
        let reviews = state.store.track_reviews(track.id).await?;
        let ideas: Vec<Idea> = state.store.track_ideas(track.id).await?.into_iter().filter(Idea::judgeable).collect();
        for idea in &ideas {
            let decision = decisions.iter().find(|d| d.idea_id == idea.id);
            let feedback: Vec<String> = reviews
                .iter()
                .filter(|r| r.idea_id == idea.id && !r.feedback.is_empty())
                .map(|r| r.feedback.clone())
                .collect();
            // Team members who want result emails, or the resident of an assisted entry.
            let mut recipients: Vec<(String, Email, Option<String>)> = Vec::new();
            if let Some(team) = idea.team_id
                && let Some(team) = state.store.team_by_id(team).await?
            {
                for member in &team.members {
                    if let Some(user) = state.store.user_by_id(member.user_id).await?
                        && user.notify_results
                    {
                        let unsubscribe = unsubscribe_url(state, &user).await?;
                        recipients.push((user.display_name.clone(), user.email.clone(), Some(unsubscribe)));
                    }
                }
            } else if let Ok(email) = Email::parse(&idea.contact_email) {
                recipients.push((idea.contact_name.clone(), email, None));
            }
            for (name, to, unsubscribe) in recipients {
                let context = FeedbackMail {
                    name: &name,
                    challenge_title: &challenge.title,
                    title: &idea.fields.title,
                    place: decision.map_or("", |d| d.place.label()),
                    reason: decision.map_or("", |d| d.reason.as_str()),
                    feedback: feedback.clone(),
                    link: link.clone(),
                };
                emails.push(compose(state, "results_entrant", &to, &context, unsubscribe.as_deref())?);
                told.insert(to.as_str().to_owned());
            }
        }
    }
    #[derive(Serialize)]
    struct FollowerMail<'a> {
        name: &'a str,
        challenge_title: &'a str,
        winners: Vec<WinnerView>,
        link: String,
    }
    let winners: Vec<WinnerView> =
        winners_of(state, challenge).await?.into_iter().flat_map(|t| t.winners.into_iter()).collect();
    for follower in state.store.followers(challenge.id).await? {
        if told.contains(follower.email.as_str()) {
            continue;
        }
        let unsubscribe = unsubscribe_url(state, &follower).await?;
        let context = FollowerMail {
            name: &follower.display_name,
            challenge_title: &challenge.title,
            winners: winners.clone(),
            link: link.clone(),
        };
        emails.push(compose(state, "results_follower", &follower.email, &context, Some(&unsubscribe))?);
    }
    Ok(emails)
}

pub(crate) async fn publish_results(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let viewer = organizer.current.viewer();
    if let Some(reason) = not_ready(&state, challenge).await? {
        return message_page(
            &state,
            &viewer,
            StatusCode::CONFLICT,
            "Results not published",
            &reason,
            (&format!("/challenges/{}/winners", challenge.slug), "Back"),
        );
    }
    let emails = result_emails(&state, challenge).await?;
    let ideas_tracks: Vec<i64> = state
        .store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .filter(|t| matches!(t.settings, TrackSettings::Ideas { .. }))
        .map(|t| t.id)
        .collect();
    state.store.publish_results(challenge.id, &ideas_tracks, &emails, organizer.current.user.id).await?;
    Ok(Redirect::to(&format!("/challenges/{}/winners", challenge.slug)).into_response())
}

pub(crate) async fn follow_challenge(
    State(state): State<AppState>,
    current: CurrentUser,
    axum::extract::Path(slug): axum::extract::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let challenge = state.store.challenge_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    state.store.follow_challenge(challenge.id, current.user.id).await?;
    Ok(Redirect::to(&format!("/challenges/{slug}/winners")).into_response())
}

pub(crate) async fn unfollow_challenge(
    State(state): State<AppState>,
    current: CurrentUser,
    axum::extract::Path(slug): axum::extract::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let challenge = state.store.challenge_by_slug(&slug).await?.ok_or(AppError::NotFound)?;
    state.store.unfollow_challenge(challenge.id, current.user.id).await?;
    Ok(Redirect::to(&format!("/challenges/{slug}/winners")).into_response())
}
