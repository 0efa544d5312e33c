//! Publishing a challenge's results: a confirmation page says exactly who
//! is emailed what, then the private leaderboards and the winners page go
//! public, every entrant of an ideas track gets the judges' feedback on
//! their idea (except what organizers held back), and followers hear who
//! won (`plaza_core::publish` decides who hears what).

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::publish::{IdeaMail, followers_to_tell};
use plaza_core::{Challenge, Idea, JudgingStatus, OutgoingEmail, TrackSettings, User, UserId};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::message_page;
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::public::winners::{LeaderboardLink, TrackWinners, winners_of};
use crate::render::views::ChallengeView;
use crate::state::AppState;

async fn not_ready(state: &AppState, challenge: &Challenge) -> Result<Option<String>, AppError> {
    if challenge.timeline.results_published(Utc::now()) {
        return Ok(Some(plaza_i18n::tr("web-organize-publish-already-published")));
    }
    if challenge.timeline.closes_at > Utc::now() {
        return Ok(Some(plaza_i18n::tr_with(
            "web-organize-publish-not-closed",
            &[("closes", challenge.timeline.moment(challenge.timeline.closes_at).into())],
        )));
    }
    for track in state.store.tracks(challenge.id).await? {
        if matches!(track.settings, TrackSettings::Ideas { .. })
            && state.store.track_judging(&track).await?.status == JudgingStatus::Open
        {
            return Ok(Some(plaza_i18n::tr_with(
                "web-organize-publish-judging-open",
                &[("track", track.title.to_string().into())],
            )));
        }
    }
    Ok(None)
}

/// The one-click unsubscribe link of each account a plan emails, read at once.
async fn unsubscribe_urls(state: &AppState, plan: &PublishPlan) -> Result<HashMap<UserId, String>, AppError> {
    let users: Vec<UserId> = plan
        .ideas
        .iter()
        .flat_map(|idea| idea.recipients.iter().filter_map(|r| r.user.as_ref().map(|u| u.id)))
        .chain(plan.followers.iter().map(|f| f.id))
        .collect();
    let tokens = state.store.unsubscribe_tokens(&users).await?;
    Ok(tokens
        .into_iter()
        .map(|(id, token)| (id, state.settings.link(&format!("/unsubscribe?token={token}"))))
        .collect())
}

/// The link for `user`; every account of a plan has one.
fn unsubscribe_of<'a>(urls: &'a HashMap<UserId, String>, user: &User) -> Result<&'a str, AppError> {
    urls.get(&user.id).map(String::as_str).ok_or_else(|| AppError::Internal(format!("user {} has no row", user.id.0)))
}

/// Exactly what publishing sends: each entrant of a judged idea gets the
/// judges' feedback on it (without what organizers held back); each
/// follower who did not enter gets the winners.
struct PublishPlan {
    ideas: Vec<IdeaMail>,
    followers: Vec<User>,
    winners: Vec<TrackWinners>,
}

async fn publish_plan(state: &AppState, challenge: &Challenge) -> Result<PublishPlan, AppError> {
    let mut ideas_out = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            continue;
        }
        let decisions = state.store.decisions(track.id).await?;
        let reviews = state.store.track_reviews(track.id).await?;
        let holds = state.store.feedback_holds(track.id).await?;
        let ideas: Vec<Idea> = state.store.track_ideas(track.id).await?.into_iter().filter(Idea::judgeable).collect();
        let team_ids: Vec<plaza_core::TeamId> = ideas.iter().filter_map(|idea| idea.team_id).collect();
        let team_users = state.store.team_users(&team_ids).await?;
        for idea in &ideas {
            let decision = decisions.iter().find(|d| d.idea_id == idea.id);
            let team = idea.team_id.and_then(|team| team_users.get(&team)).map_or(&[][..], Vec::as_slice);
            ideas_out.push(IdeaMail::new(&track.title, idea, decision, &reviews, &holds, team));
        }
    }
    let followers = followers_to_tell(state.store.followers(challenge.id).await?, &ideas_out);
    Ok(PublishPlan { ideas: ideas_out, followers, winners: winners_of(state, challenge).await? })
}

/// The emails of a plan, composed.
async fn result_emails(
    state: &AppState,
    challenge: &Challenge,
    plan: &PublishPlan,
) -> Result<Vec<OutgoingEmail>, AppError> {
    let link = state.settings.link(&format!("/challenges/{}/winners", challenge.slug));
    let offline = plaza_mail::emails::Offline::from(&state.store.outreach(challenge.id).await?);
    let mut emails = Vec::new();
    let urls = unsubscribe_urls(state, plan).await?;
    for idea in &plan.ideas {
        for recipient in &idea.recipients {
            let unsubscribe = match &recipient.user {
                Some(user) => Some(unsubscribe_of(&urls, user)?),
                None => None,
            };
            let lang = plaza_i18n::preferred(recipient.locale.as_deref());
            let place = idea.place.map(|p| plaza_i18n::in_language(lang, || p.local_label())).unwrap_or_default();
            let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
            let message = plaza_mail::emails::ResultsEntrant {
                name: &recipient.name,
                challenge_title: &challenge_title,
                title: &idea.title,
                place: &place,
                reason: &idea.reason,
                feedback: &idea.feedback,
                link: &link,
                offline: offline.clone(),
            };
            let mail = state.emails.render(lang, &recipient.email, &message, unsubscribe);
            emails.push(mail.map_err(|e| AppError::Internal(e.to_string()))?);
        }
    }
    for follower in &plan.followers {
        let unsubscribe = unsubscribe_of(&urls, follower)?;
        let lang = plaza_i18n::preferred(follower.locale.as_deref());
        let places: Vec<String> = plan
            .winners
            .iter()
            .flat_map(|t| t.winners.iter())
            .map(|w| plaza_i18n::in_language(lang, || w.place_kind.local_label()))
            .collect();
        let winners: Vec<plaza_mail::emails::Winner> = plan
            .winners
            .iter()
            .flat_map(|t| t.winners.iter())
            .zip(&places)
            .map(|(w, place)| plaza_mail::emails::Winner { place, title: &w.title, reason: &w.reason })
            .collect();
        let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
        let message = plaza_mail::emails::ResultsFollower {
            name: &follower.display_name,
            challenge_title: &challenge_title,
            winners: &winners,
            link: &link,
            offline: offline.clone(),
        };
        let mail = state.emails.render(lang, &follower.email, &message, Some(unsubscribe));
        emails.push(mail.map_err(|e| AppError::Internal(e.to_string()))?);
    }
    Ok(emails)
}

#[derive(Serialize)]
struct PlannedIdea {
    track_title: String,
    title: String,
    place: String,
    feedback: usize,
    held: usize,
    /// "Name <address>" of each recipient.
    recipients: Vec<String>,
}

#[derive(Serialize)]
struct ConfirmPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    problem: String,
    ideas: Vec<PlannedIdea>,
    entrant_emails: usize,
    total_emails: usize,
    ideas_without_recipients: usize,
    followers: usize,
    tracks: Vec<TrackWinners>,
    judging_urls: Vec<LeaderboardLink>,
}

/// What publishing will send, to whom, with the button that does it.
pub(crate) async fn confirm_publish(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let problem = not_ready(&state, challenge).await?.unwrap_or_default();
    let plan = publish_plan(&state, challenge).await?;
    let judging_urls = state
        .store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .filter(|t| matches!(t.settings, TrackSettings::Ideas { .. }))
        .map(|t| LeaderboardLink {
            title: t.title.clone(),
            url: format!("/challenges/{}/manage/judging/{}/reviews", challenge.slug, t.slug),
        })
        .collect();
    let entrant_emails: usize = plan.ideas.iter().map(|i| i.recipients.len()).sum();
    let page = ConfirmPage {
        page: organizer.current.viewer().page(
            &state,
            plaza_i18n::tr_with("title-publish-the-results", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        problem,
        entrant_emails,
        total_emails: entrant_emails + plan.followers.len(),
        ideas_without_recipients: plan.ideas.iter().filter(|i| i.recipients.is_empty()).count(),
        ideas: plan
            .ideas
            .iter()
            .map(|i| PlannedIdea {
                track_title: i.track_title.clone(),
                title: i.title.clone(),
                place: i.place.map(|p| p.local_label()).unwrap_or_default(),
                feedback: i.feedback.len(),
                held: i.held,
                recipients: i.recipients.iter().map(|r| format!("{} <{}>", r.name, r.email.as_str())).collect(),
            })
            .collect(),
        followers: plan.followers.len(),
        tracks: plan.winners,
        judging_urls,
    };
    Ok(Html(state.templates.render("pages/organize/publish.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct PublishForm {
    #[serde(default)]
    confirm: String,
}

/// Publishes the results, only from the confirmation page: a form without
/// `confirm=yes` leads there and publishes nothing.
pub(crate) async fn publish_results(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    if form.confirm != "yes" {
        return Ok(Redirect::to(&format!("/challenges/{}/manage/publish", challenge.slug)).into_response());
    }
    let viewer = organizer.current.viewer();
    if let Some(reason) = not_ready(&state, challenge).await? {
        return message_page(
            &state,
            &viewer,
            StatusCode::CONFLICT,
            &plaza_i18n::tr("web-organize-publish-not-published-title"),
            &reason,
            (&format!("/challenges/{}/winners", challenge.slug), &plaza_i18n::tr("web-organize-publish-back")),
        );
    }
    let plan = publish_plan(&state, challenge).await?;
    let emails = result_emails(&state, challenge, &plan).await?;
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
