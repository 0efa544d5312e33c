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

/// A role as a page names it ("Organizer", "Judge").
fn role_label(role: ChallengeRole) -> String {
    match role {
        ChallengeRole::Organizer => plaza_i18n::tr("web-organize-people-role-organizer"),
        ChallengeRole::Judge => plaza_i18n::tr("web-organize-people-role-judge"),
        ChallengeRole::Intermediary => plaza_i18n::tr("web-organize-people-role-intermediary"),
    }
}

#[derive(Serialize)]
struct PersonRow {
    user_id: i64,
    display_name: String,
    email: String,
    role: String,
    role_name: &'static str,
    is_you: bool,
    /// A partner organization's name.
    organization: String,
}

#[derive(Serialize)]
struct InvitationRow {
    id: i64,
    email: String,
    role: String,
    role_name: &'static str,
    expires: String,
    expired: bool,
    /// A partner organization's name and help text (sent again with it).
    organization: String,
    help: String,
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
    vote_url: String,
}

async fn render_people(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    notice: &str,
    error: &str,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let me = organizer.current.user.id;
    let partners: std::collections::HashMap<String, plaza_core::partner::Partner> = state
        .store
        .partners_by_email(challenge.id)
        .await?
        .into_iter()
        .map(|(email, partner)| (email.to_lowercase(), partner))
        .collect();
    let partner_of = |role: ChallengeRole, email: &str| {
        partners.get(&email.to_lowercase()).filter(|_| role == ChallengeRole::Intermediary).cloned()
    };
    let people = state
        .store
        .role_holders(challenge.id)
        .await?
        .into_iter()
        .map(|h| PersonRow {
            organization: partner_of(h.role, h.user.email.as_str()).map(|p| p.organization).unwrap_or_default(),
            user_id: h.user.id.0,
            display_name: h.user.display_name,
            email: h.user.email.to_string(),
            role: role_label(h.role),
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
            organization: partner_of(i.role, i.email.as_str()).map(|p| p.organization).unwrap_or_default(),
            help: partner_of(i.role, i.email.as_str()).map(|p| p.help).unwrap_or_default(),
            id: i.id,
            email: i.email.to_string(),
            role: role_label(i.role),
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
            vote_url: format!("/challenges/{}/manage/vote/{}", challenge.slug, t.slug),
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
    /// A partner organization's name and how residents reach it.
    #[serde(default)]
    organization: String,
    #[serde(default)]
    help: String,
}

pub(crate) async fn invite(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let Some(role) = ChallengeRole::parse(&form.role) else {
        let error = plaza_i18n::tr("web-organize-people-choose-role");
        return render_people(&state, &organizer, "", &error).await;
    };
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(err) => return render_people(&state, &organizer, "", &err.to_string()).await,
    };
    let partner = match role {
        ChallengeRole::Intermediary => match plaza_core::partner::check_partner(&form.organization, &form.help) {
            Ok(partner) => Some(partner),
            Err(problem) => return render_people(&state, &organizer, "", &problem).await,
        },
        _ => None,
    };
    let challenge = &organizer.challenge;
    let inviter = &organizer.current.user;
    if !state.store.rate_limit(&format!("role-invite:{}", inviter.id.0), chrono::Duration::hours(1), 50).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr("web-organize-people-too-many-invitations")));
    }
    let secret = plaza_store::new_secret();
    let link = state.settings.link(&format!("/invitations/{secret}"));
    // In the invitee's language when they have an account, else the site's.
    let invitee = state.store.user_by_email(&email).await?;
    let lang = plaza_i18n::preferred(invitee.and_then(|user| user.locale).as_deref());
    let (role_word, role_article, explanation) = match role {
        ChallengeRole::Organizer => (
            plaza_i18n::tr_in(lang, "web-organize-people-email-role-organizer", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-article-organizer", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-explanation-organizer", &[]),
        ),
        ChallengeRole::Judge => (
            plaza_i18n::tr_in(lang, "web-organize-people-email-role-judge", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-article-judge", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-explanation-judge", &[]),
        ),
        ChallengeRole::Intermediary => (
            plaza_i18n::tr_in(lang, "web-organize-people-email-role-intermediary", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-article-intermediary", &[]),
            plaza_i18n::tr_in(lang, "web-organize-people-email-explanation-intermediary", &[]),
        ),
    };
    let message = plaza_mail::emails::Invitation {
        inviter: &inviter.display_name,
        role: &role_word,
        role_article: &role_article,
        role_explanation: &explanation,
        challenge_title: &state.store.challenge_title_in(challenge, lang).await?,
        email: email.as_str(),
        link: &link,
        days: 14,
    };
    let mail = state.emails.render(lang, &email, &message, None).map_err(|e| AppError::Internal(e.to_string()))?;
    // The partner's name is saved before the invitation that could make it public.
    if let Some(partner) = &partner {
        state.store.save_partner(challenge.id, &email, partner).await?;
    }
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
        return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-people-unknown-role")));
    };
    let challenge = &organizer.challenge;
    let by_admin = organizer.current.user.is_admin;
    match state.store.revoke_role(challenge.id, UserId(form.user_id), role, by_admin).await? {
        plaza_store::RoleRemoval::Removed => Ok(back_to_people(&organizer, PeopleNotice::Removed)),
        plaza_store::RoleRemoval::NotHeld => Err(AppError::NotFound),
        // Only the last organizer's own removal gets here: any other organizer asking is one more.
        plaza_store::RoleRemoval::LastOrganizer => {
            let error = plaza_i18n::tr("web-organize-people-last-organizer");
            render_people(&state, &organizer, "", &error).await
        }
    }
}

#[derive(Serialize)]
struct InvitationPage {
    #[serde(flatten)]
    page: PageContext,
    token: String,
    role: String,
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
            plaza_i18n::tr("web-organize-people-unknown-title"),
            plaza_i18n::tr("web-organize-people-unknown-text"),
        ),
        InvitationProblem::Expired => (
            StatusCode::GONE,
            plaza_i18n::tr("web-organize-people-expired-title"),
            plaza_i18n::tr("web-organize-people-expired-text"),
        ),
        InvitationProblem::AlreadyAccepted => (
            StatusCode::CONFLICT,
            plaza_i18n::tr("web-organize-people-already-accepted-title"),
            plaza_i18n::tr("web-organize-people-already-accepted-text"),
        ),
        InvitationProblem::OtherAccount { .. } => (
            StatusCode::FORBIDDEN,
            plaza_i18n::tr("web-organize-people-other-account-title"),
            plaza_i18n::tr_with(
                "web-organize-people-other-account-text",
                &[("email", current.user.email.to_string().into())],
            ),
        ),
    };
    let account = plaza_i18n::tr("web-organize-people-your-account");
    message_page(state, &current.viewer(), status, &title, &message, ("/account", &account))
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
        role: invitation.role.name().to_owned(),
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
            let name = challenge.title.to_string();
            let (next, label, text) = match invitation.role {
                ChallengeRole::Organizer => (
                    format!("/challenges/{}/manage", challenge.slug),
                    plaza_i18n::tr("web-organize-people-accepted-organizer-action"),
                    plaza_i18n::tr_with(
                        "web-organize-people-accepted-organizer",
                        &[("challenge", name.as_str().into())],
                    ),
                ),
                ChallengeRole::Judge => (
                    format!("/challenges/{}/judging", challenge.slug),
                    plaza_i18n::tr("web-organize-people-accepted-judge-action"),
                    plaza_i18n::tr_with("web-organize-people-accepted-judge", &[("challenge", name.as_str().into())]),
                ),
                ChallengeRole::Intermediary => (
                    format!("/challenges/{}/manage/reports", challenge.slug),
                    plaza_i18n::tr("web-organize-people-accepted-intermediary-action"),
                    plaza_i18n::tr_with(
                        "web-organize-people-accepted-intermediary",
                        &[("challenge", name.as_str().into())],
                    ),
                ),
            };
            message_page(
                &state,
                &current.viewer(),
                StatusCode::OK,
                &plaza_i18n::tr("web-organize-people-accepted-title"),
                &text,
                (&next, &label),
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
        Some("creator-added") => {
            plaza_i18n::tr_with("web-organize-people-creator-added", &[("who", who.as_str().into())])
        }
        Some("creator-removed") => {
            plaza_i18n::tr_with("web-organize-people-creator-removed", &[("who", who.as_str().into())])
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
            status: if c.is_draft() {
                plaza_i18n::tr("web-organize-people-admin-draft")
            } else {
                c.timeline.status(now).label()
            },
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
