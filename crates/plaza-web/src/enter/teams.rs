//! Teams: create one for a challenge, invite by links and emails (several
//! can be pending, each can be cancelled), join, leave, and choose how the
//! team appears on leaderboards.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use plaza_core::{Challenge, Email, Team};
use plaza_store::TeamProblem;
use serde::{Deserialize, Serialize};

use crate::account::sign_in::{EmptyForm, message_page};
use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::ChallengePath;
use crate::render::notice::{NoticeQuery, TeamNotice};
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct MemberRow {
    display_name: String,
    is_you: bool,
}

#[derive(Serialize)]
struct TeamView {
    name: String,
    alias: String,
    show_alias: bool,
    public_name: String,
    members: Vec<MemberRow>,
    is_full: bool,
}

#[derive(Serialize)]
struct InvitationRow {
    id: i64,
    /// "name@example.org" or "a link".
    sent_to: String,
    created_by: String,
    created_on: String,
    expires_on: String,
}

/// One track a team can work on next, with where to do it. The template
/// says what to do on each kind of track.
#[derive(Serialize)]
pub(crate) struct NextStep {
    track_title: String,
    /// "predictions", "code" or "ideas".
    kind: &'static str,
    url: String,
}

/// What a member of a team can do next on each track of the challenge: an
/// ideas track's form, a coding track's page.
pub(crate) fn next_steps(challenge: &Challenge, tracks: &[plaza_core::Track]) -> Vec<NextStep> {
    tracks
        .iter()
        .map(|track| {
            let track_url = format!("/challenges/{}/tracks/{}", challenge.slug, track.slug);
            let kind = track.kind();
            let url = if kind == plaza_core::TrackKind::Ideas { format!("{track_url}/ideas/new") } else { track_url };
            NextStep { track_title: track.title.clone(), kind: kind.name(), url }
        })
        .collect()
}

#[derive(Serialize)]
struct TeamPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    max_team_size: u32,
    team: Option<TeamView>,
    terms_accepted: bool,
    suggested_name: String,
    invite_link: String,
    invitations: Vec<InvitationRow>,
    invitation_days: i64,
    /// What the team can do next on each track (shown once in a team).
    next_steps: Vec<NextStep>,
    notice: String,
    error: String,
}

fn team_view(team: &Team, current: &CurrentUser, max: u32) -> TeamView {
    TeamView {
        name: team.name.clone(),
        alias: team.alias.clone(),
        show_alias: team.show_alias,
        public_name: team.public_name().to_owned(),
        members: team
            .members
            .iter()
            .map(|m| MemberRow { display_name: m.display_name.clone(), is_you: m.user_id == current.user.id })
            .collect(),
        is_full: team.members.len() as u32 >= max,
    }
}

fn invitation_row(invitation: plaza_store::TeamInvitation, timeline: &plaza_core::Timeline) -> InvitationRow {
    InvitationRow {
        id: invitation.id,
        sent_to: invitation.email.unwrap_or_else(|| plaza_i18n::tr("web-enter-teams-a-link-to-share")),
        created_by: invitation.created_by.unwrap_or_default(),
        created_on: timeline.moment(invitation.created_at),
        expires_on: timeline.moment(invitation.expires_at),
    }
}

async fn render_team(
    state: &AppState,
    current: &CurrentUser,
    challenge: &Challenge,
    notice: &str,
    error: &str,
    invite_link: &str,
) -> Result<Response, AppError> {
    let status = if error.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    render_team_with(state, current, challenge, (notice, error, invite_link), status).await
}

async fn render_team_with(
    state: &AppState,
    current: &CurrentUser,
    challenge: &Challenge,
    (notice, error, invite_link): (&str, &str, &str),
    status: StatusCode,
) -> Result<Response, AppError> {
    let team = state.store.team_of(challenge.id, current.user.id).await?;
    let invitations = match &team {
        Some(team) => state
            .store
            .pending_team_invitations(team.id)
            .await?
            .into_iter()
            .map(|i| invitation_row(i, &challenge.timeline))
            .collect(),
        None => Vec::new(),
    };
    let next_steps = match &team {
        Some(_) => next_steps(challenge, &state.store.tracks(challenge.id).await?),
        None => Vec::new(),
    };
    let page = TeamPage {
        page: current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-your-team", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, chrono::Utc::now()),
        max_team_size: challenge.max_team_size,
        team: team.as_ref().map(|t| team_view(t, current, challenge.max_team_size)),
        terms_accepted: current.user.terms_accepted,
        suggested_name: current.user.display_name.clone(),
        invite_link: invite_link.to_owned(),
        invitations,
        invitation_days: plaza_store::TEAM_INVITATION_DAYS,
        next_steps,
        notice: notice.to_owned(),
        error: error.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/enter/team.html", &page)?)).into_response())
}

pub(crate) async fn show_team(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = TeamNotice::sentence_for(query.notice.as_deref());
    render_team(&state, &current, &challenge, &notice, "", "").await
}

#[derive(Deserialize)]
pub(crate) struct CreateTeamForm {
    #[serde(default)]
    name: String,
}

/// Teams can form before a challenge opens and while it is open, not after,
/// and never in a draft.
fn closed_message(challenge: &Challenge) -> Option<String> {
    use plaza_core::ChallengeStatus;
    if challenge.is_draft() {
        return Some(plaza_core::challenge::draft_refusal());
    }
    match challenge.timeline.status(chrono::Utc::now()) {
        ChallengeStatus::Upcoming | ChallengeStatus::Open => None,
        ChallengeStatus::Closed | ChallengeStatus::ResultsPublished => Some(plaza_i18n::tr("web-enter-teams-closed")),
    }
}

fn terms_needed() -> String {
    plaza_i18n::tr("web-enter-teams-terms-needed")
}

pub(crate) async fn create_team(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<CreateTeamForm>,
) -> Result<Response, AppError> {
    if let Some(closed) = closed_message(&challenge) {
        return render_team(&state, &current, &challenge, "", &closed, "").await;
    }
    if !current.user.terms_accepted {
        return render_team(&state, &current, &challenge, "", &terms_needed(), "").await;
    }
    match state.store.create_team(challenge.id, current.user.id, &form.name).await {
        Ok(Ok(_)) => {
            Ok(Redirect::to(&format!("/challenges/{}/team?notice={}", challenge.slug, TeamNotice::Created.name()))
                .into_response())
        }
        Ok(Err(problem)) => render_team(&state, &current, &challenge, "", &problem.to_string(), "").await,
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Invalid(message))) => {
            render_team(&state, &current, &challenge, "", &message, "").await
        }
        Err(err) => Err(err.into()),
    }
}

async fn my_team(state: &AppState, current: &CurrentUser, challenge: &Challenge) -> Result<Team, AppError> {
    state
        .store
        .team_of(challenge.id, current.user.id)
        .await?
        .ok_or_else(|| AppError::BadRequest(plaza_i18n::tr("web-enter-teams-no-team-yet")))
}

#[derive(Deserialize)]
pub(crate) struct TeamSettingsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    alias: String,
    show_alias: Option<String>,
}

pub(crate) async fn update_team(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<TeamSettingsForm>,
) -> Result<Response, AppError> {
    let team = my_team(&state, &current, &challenge).await?;
    let show_alias = form.show_alias.as_deref() == Some("yes");
    match state.store.update_team(team.id, &form.name, &form.alias, show_alias).await {
        Ok(Ok(())) => {
            render_team(&state, &current, &challenge, &plaza_i18n::tr("web-enter-teams-settings-saved"), "", "").await
        }
        Ok(Err(problem)) => render_team(&state, &current, &challenge, "", &problem.to_string(), "").await,
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Invalid(message))) => {
            render_team(&state, &current, &challenge, "", &message, "").await
        }
        Err(err) => Err(err.into()),
    }
}

pub(crate) async fn new_team_link(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let team = my_team(&state, &current, &challenge).await?;
    let secret = state.store.new_team_link(team.id, Some(current.user.id)).await?;
    let link = state.settings.link(&format!("/teams/join/{secret}"));
    let notice = plaza_i18n::tr_with("web-enter-teams-new-link", &[("days", plaza_store::TEAM_INVITATION_DAYS.into())]);
    render_team(&state, &current, &challenge, &notice, "", &link).await
}

#[derive(Deserialize)]
pub(crate) struct InviteForm {
    #[serde(default)]
    email: String,
}

pub(crate) async fn invite_to_team(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let team = my_team(&state, &current, &challenge).await?;
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(err) => return render_team(&state, &current, &challenge, "", &err.to_string(), "").await,
    };
    if !state.store.rate_limit(&format!("team-invite:{}", current.user.id.0), chrono::Duration::hours(1), 20).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr("web-enter-teams-too-many-invitations")));
    }
    let outreach = state.store.outreach(challenge.id).await?;
    let sent = state
        .store
        .invite_to_team_by_email(team.id, current.user.id, &email, |secret| {
            let link = state.settings.link(&format!("/teams/join/{secret}"));
            let offline = plaza_mail::emails::Offline::from(&outreach);
            let message = plaza_mail::emails::TeamInvitation {
                inviter: &current.user.display_name,
                team_name: &team.name,
                challenge_title: &challenge.title,
                link: &link,
                offline,
            };
            state.emails.render(plaza_i18n::current(), &email, &message, None).map_err(|e| e.to_string())
        })
        .await;
    match sent {
        Ok(()) => {
            let notice = plaza_i18n::tr_with(
                "web-enter-teams-invitation-sent",
                &[("email", email.to_string().into()), ("days", plaza_store::TEAM_INVITATION_DAYS.into())],
            );
            render_team(&state, &current, &challenge, &notice, "", "").await
        }
        Err(plaza_store::Error::Refused(plaza_store::Refusal::TooMany(message))) => {
            render_team_with(&state, &current, &challenge, ("", &message, ""), StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(err) => Err(err.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct CancelInvitationForm {
    #[serde(default)]
    invitation: i64,
}

pub(crate) async fn revoke_invitation(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<CancelInvitationForm>,
) -> Result<Response, AppError> {
    let team = my_team(&state, &current, &challenge).await?;
    if state.store.revoke_team_invitation(team.id, form.invitation).await? {
        let notice = plaza_i18n::tr("web-enter-teams-invitation-cancelled");
        render_team(&state, &current, &challenge, &notice, "", "").await
    } else {
        render_team(&state, &current, &challenge, "", &plaza_i18n::tr("web-enter-teams-invitation-not-pending"), "")
            .await
    }
}

pub(crate) async fn leave_team(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let team = my_team(&state, &current, &challenge).await?;
    match state.store.leave_team(team.id, current.user.id).await? {
        Ok(()) => render_team(&state, &current, &challenge, &plaza_i18n::tr("web-enter-teams-left"), "", "").await,
        Err(problem) => render_team(&state, &current, &challenge, "", &problem.to_string(), "").await,
    }
}

#[derive(Serialize)]
struct JoinPage {
    #[serde(flatten)]
    page: PageContext,
    team_name: String,
    challenge_title: String,
    members: usize,
    token: String,
}

async fn team_for_link(
    state: &AppState,
    current: &CurrentUser,
    token: &str,
) -> Result<Result<(Team, Challenge), Response>, AppError> {
    let team = match state.store.team_for_invitation(token).await? {
        Ok(team) => team,
        Err(problem) => {
            let status = match problem {
                TeamProblem::LinkRevoked | TeamProblem::LinkExpired | TeamProblem::LinkUsed => StatusCode::GONE,
                _ => StatusCode::NOT_FOUND,
            };
            let page = message_page(
                state,
                &current.viewer(),
                status,
                &plaza_i18n::tr("web-enter-teams-invitation-does-not-work"),
                &problem.to_string(),
                ("/", &plaza_i18n::tr("web-enter-teams-see-the-challenges")),
            )?;
            return Ok(Err(page));
        }
    };
    let mut challenge = state.store.challenge_by_id(team.challenge_id).await?.ok_or(AppError::NotFound)?;
    crate::render::content::Content::load(state, challenge.id).await?.challenge(&mut challenge);
    Ok(Ok((team, challenge)))
}

pub(crate) async fn show_join(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (team, challenge) = match team_for_link(&state, &current, &token).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let page = JoinPage {
        page: current
            .viewer()
            .page(&state, plaza_i18n::tr_with("title-join", &[("name", team.name.to_string().into())])),
        team_name: team.name.clone(),
        challenge_title: challenge.title.clone(),
        members: team.members.len(),
        token,
    };
    Ok(Html(state.templates.render("pages/enter/join_team.html", &page)?).into_response())
}

pub(crate) async fn join_team(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (_, challenge) = match team_for_link(&state, &current, &token).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    if let Some(closed) = closed_message(&challenge) {
        return message_page(
            &state,
            &current.viewer(),
            StatusCode::CONFLICT,
            &plaza_i18n::tr("web-enter-teams-closed-title"),
            &closed,
            ("/", &plaza_i18n::tr("web-enter-teams-see-the-challenges")),
        );
    }
    if !current.user.terms_accepted {
        return message_page(
            &state,
            &current.viewer(),
            StatusCode::BAD_REQUEST,
            &plaza_i18n::tr("web-enter-teams-one-more-step"),
            &terms_needed(),
            ("/account", &plaza_i18n::tr("web-enter-teams-your-account")),
        );
    }
    match state.store.join_team(&token, current.user.id).await? {
        Ok(_) => Ok(Redirect::to(&format!("/challenges/{}/team?notice={}", challenge.slug, TeamNotice::Joined.name()))
            .into_response()),
        Err(problem) => message_page(
            &state,
            &current.viewer(),
            match problem {
                TeamProblem::LinkRevoked | TeamProblem::LinkExpired | TeamProblem::LinkUsed => StatusCode::GONE,
                _ => StatusCode::CONFLICT,
            },
            &plaza_i18n::tr("web-enter-teams-could-not-join"),
            &problem.to_string(),
            (&format!("/challenges/{}/team", challenge.slug), &plaza_i18n::tr("web-enter-teams-your-team-page")),
        ),
    }
}
