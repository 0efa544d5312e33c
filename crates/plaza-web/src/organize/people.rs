//! Organizer and admin pages: who runs and judges a challenge, invitations
//! to those roles, and accepting an invitation.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use plaza_core::{ChallengeRole, Email, UserId};
use plaza_store::InvitationProblem;
use serde::{Deserialize, Serialize};

use crate::account::sign_in::message_page;
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, CurrentUser, PageContext, SiteAdmin};
use crate::extract::csrf::CsrfForm;
use crate::render::notice::{NoticeQuery, PeopleNotice};
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct PersonRow {
    user_id: i64,
    display_name: String,
    email: String,
    role: &'static str,
    role_name: &'static str,
    is_you: bool,
}

#[derive(Serialize)]
struct InvitationRow {
    id: i64,
    email: String,
    role: &'static str,
    role_name: &'static str,
    expires: String,
    expired: bool,
}

#[derive(Serialize)]
struct PeoplePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    people: Vec<PersonRow>,
    invitations: Vec<InvitationRow>,
    notice: String,
    error: String,
    results_published: bool,
    challenge_closed: bool,
    idea_tracks: Vec<IdeaTrackLink>,
    steps: Vec<crate::organize::steps::StepView>,
}

#[derive(Serialize)]
struct IdeaTrackLink {
    title: String,
    ideas_url: String,
    judging_url: String,
}

async fn render_people(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    notice: &str,
    error: &str,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let me = organizer.current.user.id;
    let people = state
        .store
        .role_holders(challenge.id)
        .await?
        .into_iter()
        .map(|h| PersonRow {
            user_id: h.user.id.0,
            display_name: h.user.display_name,
            email: h.user.email.to_string(),
            role: h.role.label(),
            role_name: h.role.name(),
            is_you: h.user.id == me,
        })
        .collect();
    let now = chrono::Utc::now();
    let invitations = state
        .store
        .pending_invitations(challenge.id)
        .await?
        .into_iter()
        .map(|i| InvitationRow {
            id: i.id,
            email: i.email.to_string(),
            role: i.role.label(),
            role_name: i.role.name(),
            expires: plaza_core::timeline::format_date(i.expires_at),
            expired: i.expires_at <= now,
        })
        .collect();
    let idea_tracks = state
        .store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .filter(|t| matches!(t.settings, plaza_core::TrackSettings::Ideas { .. }))
        .map(|t| IdeaTrackLink {
            title: t.title.clone(),
            ideas_url: format!("/challenges/{}/tracks/{}/ideas", challenge.slug, t.slug),
            judging_url: format!("/challenges/{}/manage/judging/{}", challenge.slug, t.slug),
        })
        .collect();
    let page = PeoplePage {
        steps: crate::organize::steps::manage_steps(challenge, crate::organize::steps::Step::People),
        idea_tracks,
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-people", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, now),
        people,
        invitations,
        results_published: challenge.timeline.results_published(chrono::Utc::now()),
        challenge_closed: challenge.timeline.closes_at <= now,
        notice: notice.to_owned(),
        error: error.to_owned(),
    };
    let status = if error.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, Html(state.templates.render("pages/organize/people.html", &page)?)).into_response())
}

pub(crate) async fn show_people(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = PeopleNotice::sentence_for(query.notice.as_deref());
    render_people(&state, &organizer, &notice, "").await
}

/// Back to the people page with a notice, so that reloading it sends nothing again.
fn back_to_people(organizer: &ChallengeOrganizer, notice: PeopleNotice) -> Response {
    Redirect::to(&format!("/challenges/{}/manage?notice={}", organizer.challenge.slug, notice.name())).into_response()
}

#[derive(Deserialize)]
pub(crate) struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub(crate) async fn invite(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let Some(role) = ChallengeRole::parse(&form.role) else {
        return render_people(&state, &organizer, "", "Choose whether to invite an organizer or a judge.").await;
    };
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(err) => return render_people(&state, &organizer, "", &err.to_string()).await,
    };
    let challenge = &organizer.challenge;
    let inviter = &organizer.current.user;
    if !state.store.rate_limit(&format!("role-invite:{}", inviter.id.0), chrono::Duration::hours(1), 50).await? {
        return Err(AppError::TooManyRequests(
            "You sent many invitations in the last hour. Please try again later.".into(),
        ));
    }
    let secret = plaza_store::new_secret();
    let link = state.settings.link(&format!("/invitations/{secret}"));
    let explanation = match role {
        ChallengeRole::Organizer => "Organizers run the challenge: they manage its data, timeline, judges and results.",
        ChallengeRole::Judge => {
            "Judges read the ideas sent to the challenge and score them with its rubric; they do not see who wrote them."
        }
    };
    let message = plaza_mail::emails::Invitation {
        inviter: &inviter.display_name,
        role: &role.label().to_lowercase(),
        role_article: if role == ChallengeRole::Organizer { "an" } else { "a" },
        role_explanation: explanation,
        challenge_title: &challenge.title,
        email: email.as_str(),
        link: &link,
        days: 14,
    };
    let mail = state
        .emails
        .render(plaza_i18n::default_language(), &email, &message, None)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    state.store.create_invitation(challenge.id, &email, role, inviter.id, &secret, &mail).await?;
    Ok(back_to_people(&organizer, PeopleNotice::Invited))
}

#[derive(Deserialize)]
pub(crate) struct CancelForm {
    invitation: i64,
}

pub(crate) async fn cancel_invitation(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<CancelForm>,
) -> Result<Response, AppError> {
    if state.store.cancel_invitation(organizer.challenge.id, form.invitation).await? {
        Ok(back_to_people(&organizer, PeopleNotice::Cancelled))
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Deserialize)]
pub(crate) struct RemoveForm {
    user_id: i64,
    #[serde(default)]
    role: String,
}

pub(crate) async fn remove_role(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<RemoveForm>,
) -> Result<Response, AppError> {
    let Some(role) = ChallengeRole::parse(&form.role) else {
        return Err(AppError::BadRequest("Unknown role.".into()));
    };
    let challenge = &organizer.challenge;
    let by_admin = organizer.current.user.is_admin;
    match state.store.revoke_role(challenge.id, UserId(form.user_id), role, by_admin).await? {
        plaza_store::RoleRemoval::Removed => Ok(back_to_people(&organizer, PeopleNotice::Removed)),
        plaza_store::RoleRemoval::NotHeld => Err(AppError::NotFound),
        // Only the last organizer's own removal gets here: any other organizer asking is one more.
        plaza_store::RoleRemoval::LastOrganizer => {
            render_people(
                &state,
                &organizer,
                "",
                "You are the only organizer. Invite another organizer before you step down.",
            )
            .await
        }
    }
}

#[derive(Serialize)]
struct InvitationPage {
    #[serde(flatten)]
    page: PageContext,
    token: String,
    role: &'static str,
    role_article: &'static str,
    challenge_title: String,
    invited_email: String,
}

async fn invitation_problem(
    state: &AppState,
    current: &CurrentUser,
    problem: InvitationProblem,
) -> Result<Response, AppError> {
    let (status, title, message) = match problem {
        InvitationProblem::Unknown => (
            StatusCode::NOT_FOUND,
            "This invitation link does not work",
            "It may have been cancelled or replaced by a newer invitation, or the link is incomplete. Use the link in the newest email, copying the whole address, or ask the organizers to send it again.".to_owned(),
        ),
        InvitationProblem::Expired => (
            StatusCode::GONE,
            "This invitation has expired",
            "Invitations are valid for 14 days. Ask the organizer to invite you again.".to_owned(),
        ),
        InvitationProblem::AlreadyAccepted => (
            StatusCode::CONFLICT,
            "This invitation was already accepted",
            "It can be used once. If that was not you, tell the organizer.".to_owned(),
        ),
        InvitationProblem::OtherAccount { .. } => (
            StatusCode::FORBIDDEN,
            "This invitation is for another email address",
            format!(
                "You are signed in as {}, but the invitation was sent to another address. Sign out, then sign in with the address that received the invitation to accept it.",
                current.user.email
            ),
        ),
    };
    message_page(state, &current.viewer(), status, title, &message, ("/account", "Your account"))
}

pub(crate) async fn show_invitation(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(invitation) = state.store.invitation_by_secret(&token).await? else {
        return invitation_problem(&state, &current, InvitationProblem::Unknown).await;
    };
    if invitation.accepted_at.is_some() {
        return invitation_problem(&state, &current, InvitationProblem::AlreadyAccepted).await;
    }
    // Only the invited person sees what the invitation is for.
    if invitation.email != current.user.email {
        return invitation_problem(&state, &current, InvitationProblem::OtherAccount { invited: invitation.email })
            .await;
    }
    let challenge = state.store.challenge_by_id(invitation.challenge_id).await?.ok_or(AppError::NotFound)?;
    let page = InvitationPage {
        page: current.viewer().page(&state, plaza_i18n::tr("title-your-invitation")),
        token,
        role: invitation.role.label(),
        role_article: if invitation.role == ChallengeRole::Organizer { "an" } else { "a" },
        challenge_title: challenge.title,
        invited_email: invitation.email.to_string(),
    };
    Ok(Html(state.templates.render("pages/organize/invitation.html", &page)?).into_response())
}

pub(crate) async fn accept_invitation(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<crate::account::sign_in::EmptyForm>,
) -> Result<Response, AppError> {
    match state.store.accept_invitation(&token, &current.user).await? {
        Ok(invitation) => {
            let challenge = state.store.challenge_by_id(invitation.challenge_id).await?.ok_or(AppError::NotFound)?;
            let (next, label) = match invitation.role {
                ChallengeRole::Organizer => (format!("/challenges/{}/manage", challenge.slug), "Manage the challenge"),
                ChallengeRole::Judge => {
                    (format!("/challenges/{}/judging", challenge.slug), "Declare your conflicts and see your ideas")
                }
            };
            message_page(
                &state,
                &current.viewer(),
                StatusCode::OK,
                "Invitation accepted",
                &format!(
                    "You are now {} {} of “{}”.",
                    if invitation.role == ChallengeRole::Organizer { "an" } else { "a" },
                    invitation.role.label().to_lowercase(),
                    challenge.title
                ),
                (&next, label),
            )
        }
        Err(problem) => invitation_problem(&state, &current, problem).await,
    }
}

#[derive(Serialize)]
struct AdminUserRow {
    display_name: String,
    email: String,
    is_admin: bool,
    joined: String,
}

#[derive(Serialize)]
struct AdminChallengeRow {
    title: String,
    manage_url: String,
    status: String,
}

#[derive(Serialize)]
struct CreatorRow {
    display_name: String,
    email: String,
}

#[derive(Serialize)]
struct AdminPage {
    #[serde(flatten)]
    page: PageContext,
    users: Vec<AdminUserRow>,
    challenges: Vec<AdminChallengeRow>,
    creators: Vec<CreatorRow>,
    notice: String,
    problem: String,
    email: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct AdminQuery {
    notice: Option<String>,
    who: Option<String>,
}

/// `GET /admin`
pub(crate) async fn show_admin(
    State(state): State<AppState>,
    SiteAdmin(current): SiteAdmin,
    axum::extract::Query(query): axum::extract::Query<AdminQuery>,
) -> Result<Response, AppError> {
    let who = query.who.unwrap_or_default().chars().take(320).collect::<String>();
    let notice = match query.notice.as_deref() {
        Some("creator-added") => format!("{who} can now create challenges."),
        Some("creator-removed") => {
            format!("{who} can no longer create challenges. The challenges they made stay theirs.")
        }
        _ => String::new(),
    };
    let page = admin_page(&state, &current, notice, String::new(), String::new()).await?;
    Ok(Html(state.templates.render("pages/organize/admin.html", &page)?).into_response())
}

/// The admin page with a refusal at its top, the typed address kept.
pub(crate) async fn admin_refusal(
    state: &AppState,
    current: &CurrentUser,
    message: String,
    email: &str,
) -> Result<Response, AppError> {
    let email = email.chars().take(320).collect();
    let page = admin_page(state, current, String::new(), message, email).await?;
    Ok((StatusCode::BAD_REQUEST, Html(state.templates.render("pages/organize/admin.html", &page)?)).into_response())
}

async fn admin_page(
    state: &AppState,
    current: &CurrentUser,
    notice: String,
    problem: String,
    email: String,
) -> Result<AdminPage, AppError> {
    let now = chrono::Utc::now();
    let users = state
        .store
        .list_users()
        .await?
        .into_iter()
        .map(|u| AdminUserRow {
            display_name: u.display_name,
            email: u.email.to_string(),
            is_admin: u.is_admin,
            joined: plaza_core::timeline::format_date(u.created_at),
        })
        .collect();
    let challenges = state
        .store
        .list_challenges()
        .await?
        .into_iter()
        .map(|c| AdminChallengeRow {
            manage_url: format!("/challenges/{}/manage", c.slug),
            status: if c.is_draft() { "Draft: not published yet".to_owned() } else { c.timeline.status(now).label() },
            title: c.title,
        })
        .collect();
    let creators = state
        .store
        .challenge_creators()
        .await?
        .into_iter()
        .map(|u| CreatorRow { display_name: u.display_name, email: u.email.to_string() })
        .collect();
    Ok(AdminPage {
        page: current.viewer().page(state, plaza_i18n::tr("title-site-administration")),
        users,
        challenges,
        creators,
        notice,
        problem,
        email,
    })
}
