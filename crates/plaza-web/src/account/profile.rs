//! The account page: profile, teams and roles, email preferences, personal
//! API tokens, signing out everywhere; and unsubscribing from an email.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use plaza_core::{NoticeKind, NoticePrefs, TokenScope};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::{EmptyForm, message_page};
use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::cookies;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::TokenId;
use crate::state::AppState;

#[derive(Serialize)]
struct TokenRow {
    id: i64,
    name: String,
    scope: String,
    created: String,
    last_used: String,
}

#[derive(Serialize)]
struct TeamRow {
    challenge_title: String,
    team_url: String,
    name: String,
    members: usize,
}

#[derive(Serialize)]
struct RoleRow {
    challenge_title: String,
    role: String,
    manage_url: String,
    is_organizer: bool,
}

/// One kind of organizer email, as a checkbox.
#[derive(Serialize)]
struct NoticeChoice {
    name: &'static str,
    label: String,
    on: bool,
}

/// The section "Emails about challenges you organize": only for organizers.
#[derive(Serialize, Default)]
struct OrganizerEmails {
    shown: bool,
    kinds: Vec<NoticeChoice>,
    digest: bool,
}

#[derive(Serialize)]
struct LocaleChoice {
    code: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct AccountPage {
    #[serde(flatten)]
    page: PageContext,
    email: String,
    display_name: String,
    notify_results: bool,
    notify_news: bool,
    /// The zone the person reads times in, or empty for each challenge's own.
    time_zone: String,
    zones: &'static [&'static str],
    /// The language the person chose, or empty for their browser's.
    locale: String,
    /// Every language of the site, for the choice.
    locales: Vec<LocaleChoice>,
    organizer_emails: OrganizerEmails,
    terms_accepted: bool,
    teams: Vec<TeamRow>,
    roles: Vec<RoleRow>,
    #[serde(flatten)]
    activity: crate::account::activity::Activity,
    tokens: Vec<TokenRow>,
    new_token: String,
    new_token_name: String,
    notice: String,
    error: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct AccountQuery {
    saved: Option<String>,
    welcome: Option<String>,
}

async fn render_account(
    state: &AppState,
    current: &CurrentUser,
    notice: &str,
    error: &str,
    new_token: Option<(String, String)>,
) -> Result<Response, AppError> {
    let user = &current.user;
    let mut teams = Vec::new();
    for team in state.store.teams_of_user(user.id).await? {
        let challenge = state.store.challenge_by_id(team.challenge_id).await?;
        if let Some(mut challenge) = challenge {
            crate::render::content::Content::load(state, challenge.id).await?.heading(&mut challenge);
            teams.push(TeamRow {
                challenge_title: challenge.title.clone(),
                team_url: format!("/challenges/{}/team", challenge.slug),
                name: team.name.clone(),
                members: team.members.len(),
            });
        }
    }
    let mut challenges = state.store.list_challenges().await?;
    for challenge in &mut challenges {
        crate::render::content::Content::load(state, challenge.id).await?.heading(challenge);
    }
    let mut roles = Vec::new();
    for (challenge_id, role) in state.store.roles_of_user(user.id).await? {
        if let Some(challenge) = challenges.iter().find(|c| c.id == challenge_id) {
            roles.push(RoleRow {
                challenge_title: challenge.title.clone(),
                role: role.label(),
                manage_url: format!("/challenges/{}/manage", challenge.slug),
                is_organizer: role == plaza_core::ChallengeRole::Organizer,
            });
        }
    }
    let tokens = state
        .store
        .list_api_tokens(user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            scope: t.scope.label(),
            created: plaza_core::timeline::format_date(t.created_at),
            last_used: t
                .last_used_at
                .map_or_else(|| plaza_i18n::tr("web-account-profile-never"), plaza_core::timeline::format_date),
        })
        .collect();
    let organizer_emails = if state.store.organizes_any(user.id).await? {
        let prefs = state.store.notice_prefs(user.id).await?;
        OrganizerEmails {
            shown: true,
            kinds: NoticeKind::ALL
                .into_iter()
                .map(|kind| NoticeChoice { name: kind.name(), label: kind.local_label(), on: prefs.wants(kind) })
                .collect(),
            digest: prefs.digest,
        }
    } else {
        OrganizerEmails::default()
    };
    let (new_token, new_token_name) = new_token.unwrap_or_default();
    let page = AccountPage {
        page: current.viewer().page(state, plaza_i18n::tr("title-your-account")),
        email: user.email.to_string(),
        display_name: user.display_name.clone(),
        notify_results: user.notify_results,
        notify_news: user.notify_news,
        time_zone: user.time_zone.map(|zone| zone.name().to_owned()).unwrap_or_default(),
        zones: crate::organize::details::SUGGESTED_ZONES,
        locale: user.locale.as_deref().and_then(plaza_i18n::find).unwrap_or_default().to_owned(),
        locales: plaza_i18n::languages().map(|l| LocaleChoice { code: l.code, name: &l.name }).collect(),
        organizer_emails,
        terms_accepted: user.terms_accepted,
        teams,
        roles,
        activity: crate::account::activity::activity(state, user).await?,
        tokens,
        new_token,
        new_token_name,
        notice: notice.to_owned(),
        error: error.to_owned(),
    };
    let status = if error.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    Ok((status, Html(state.templates.render("pages/account/account.html", &page)?)).into_response())
}

pub(crate) async fn show_account(
    State(state): State<AppState>,
    current: CurrentUser,
    Query(query): Query<AccountQuery>,
) -> Result<Response, AppError> {
    let notice = match (query.saved.as_deref(), query.welcome.is_some()) {
        (_, true) => plaza_i18n::tr("web-account-profile-welcome"),
        (Some("profile"), _) => plaza_i18n::tr("web-account-profile-name-saved"),
        (Some("notifications"), _) => plaza_i18n::tr("web-account-profile-notifications-saved"),
        (Some("time-zone"), _) => plaza_i18n::tr("web-account-profile-time-zone-saved"),
        (Some("language"), _) => plaza_i18n::tr("web-account-profile-language-saved"),
        (Some("organizer-emails"), _) => plaza_i18n::tr("web-account-profile-organizer-emails-saved"),
        (Some("terms"), _) => plaza_i18n::tr("web-account-profile-terms-accepted"),
        (Some("revoked"), _) => plaza_i18n::tr("web-account-profile-token-revoked"),
        _ => String::new(),
    };
    render_account(&state, &current, &notice, "", None).await
}

#[derive(Deserialize)]
pub(crate) struct ProfileForm {
    #[serde(default)]
    display_name: String,
}

pub(crate) async fn update_profile(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Result<Response, AppError> {
    match state.store.update_display_name(current.user.id, &form.display_name).await {
        Ok(()) => Ok(Redirect::to("/account?saved=profile").into_response()),
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Invalid(message))) => {
            render_account(&state, &current, "", &message, None).await
        }
        Err(err) => Err(err.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct TimeZoneForm {
    #[serde(default)]
    time_zone: String,
}

/// Saves the time zone the person reads times in (empty: each challenge's
/// own). Pages then show every challenge time in both.
pub(crate) async fn update_time_zone(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<TimeZoneForm>,
) -> Result<Response, AppError> {
    let typed = form.time_zone.trim();
    let zone = if typed.is_empty() {
        None
    } else {
        match plaza_core::Zone::parse(typed) {
            Ok(zone) => Some(zone),
            Err(message) => {
                let message =
                    plaza_i18n::tr_with("web-account-profile-time-zone-problem", &[("problem", message.into())]);
                return render_account(&state, &current, "", &message, None).await;
            }
        }
    };
    state.store.update_time_zone(current.user.id, zone).await?;
    Ok(Redirect::to("/account?saved=time-zone").into_response())
}

#[derive(Deserialize)]
pub(crate) struct LanguageForm {
    #[serde(default)]
    locale: String,
}

/// Saves the language the person reads Plaza in, pages and emails (empty:
/// their browser's). This browser switches to it at once.
pub(crate) async fn update_language(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, AppError> {
    let typed = form.locale.trim();
    let locale = if typed.is_empty() {
        None
    } else {
        match plaza_i18n::find(typed) {
            Some(code) => Some(code),
            None => {
                let known: Vec<&str> = plaza_i18n::languages().map(|l| l.name.as_str()).collect();
                let message = plaza_i18n::tr_with(
                    "web-account-profile-unknown-language",
                    &[("typed", typed.into()), ("languages", known.join(", ").into())],
                );
                return render_account(&state, &current, "", &message, None).await;
            }
        }
    };
    state.store.update_locale(current.user.id, locale).await?;
    let mut response = Redirect::to("/account?saved=language").into_response();
    let cookie = match locale {
        Some(code) => crate::extract::language::remember(code, state.settings.secure_cookies),
        None => crate::extract::cookies::clear(crate::extract::cookies::LANGUAGE, state.settings.secure_cookies),
    };
    response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
    Ok(response)
}

#[derive(Deserialize)]
pub(crate) struct NotificationsForm {
    notify_results: Option<String>,
    notify_news: Option<String>,
}

pub(crate) async fn update_notifications(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<NotificationsForm>,
) -> Result<Response, AppError> {
    state
        .store
        .update_notifications(current.user.id, form.notify_results.is_some(), form.notify_news.is_some())
        .await?;
    Ok(Redirect::to("/account?saved=notifications").into_response())
}

/// Saves which emails an organizer gets about their challenges, and how:
/// the form sends a `kind` for each ticked box and `delivery` of `each` or
/// `digest`.
pub(crate) async fn update_organizer_emails(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if !state.store.organizes_any(current.user.id).await? {
        return render_account(&state, &current, "", &plaza_i18n::tr("web-account-profile-not-an-organizer"), None)
            .await;
    }
    let mut prefs = NoticePrefs::NONE;
    for (key, value) in &pairs {
        if key == "kind" {
            let Some(kind) = NoticeKind::parse(value) else {
                return render_account(
                    &state,
                    &current,
                    "",
                    &plaza_i18n::tr("web-account-profile-unknown-email-kind"),
                    None,
                )
                .await;
            };
            prefs.set(kind, true);
        }
    }
    prefs.digest = match pairs.iter().find(|(k, _)| k == "delivery").map(|(_, v)| v.as_str()) {
        Some("digest") => true,
        Some("each") | None => false,
        Some(_) => {
            let message = plaza_i18n::tr("web-account-profile-choose-delivery");
            return render_account(&state, &current, "", &message, None).await;
        }
    };
    state.store.save_notice_prefs(current.user.id, &prefs).await?;
    Ok(Redirect::to("/account?saved=organizer-emails").into_response())
}

#[derive(Deserialize)]
pub(crate) struct TermsForm {
    terms: Option<String>,
}

pub(crate) async fn accept_terms(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<TermsForm>,
) -> Result<Response, AppError> {
    if form.terms.as_deref() != Some("yes") {
        let message = plaza_i18n::tr("web-account-profile-tick-terms");
        return render_account(&state, &current, "", &message, None).await;
    }
    state.store.accept_terms(current.user.id).await?;
    Ok(Redirect::to("/account?saved=terms").into_response())
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
}

pub(crate) async fn create_token(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    let Some(scope) = TokenScope::parse(&form.scope) else {
        let message = plaza_i18n::tr("web-account-profile-choose-token-scope");
        return render_account(&state, &current, "", &message, None).await;
    };
    match state.store.create_scoped_api_token(current.user.id, &form.name, scope).await {
        Ok(token) => {
            // Shown once, on this response only; never stored in the clear.
            let mut response = render_account(&state, &current, "", "", Some((token.secret, token.name))).await?;
            response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
            Ok(response)
        }
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Invalid(message))) => {
            render_account(&state, &current, "", &message, None).await
        }
        Err(err) => Err(err.into()),
    }
}

pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(TokenId(id)): Path<TokenId>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    if state.store.revoke_api_token(current.user.id, id).await? {
        Ok(Redirect::to("/account?saved=revoked").into_response())
    } else {
        Err(AppError::NotFound)
    }
}

pub(crate) async fn sign_out_everywhere(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let ended = state.store.end_all_sessions(current.user.id).await?;
    tracing::info!(user = current.user.id.0, sessions = ended, "signed out everywhere");
    let mut response = message_page(
        &state,
        &Viewer { user: None, csrf: current.csrf.clone(), manages: false },
        StatusCode::OK,
        &plaza_i18n::tr("web-account-profile-signed-out-title"),
        &plaza_i18n::tr("web-account-profile-signed-out-message"),
        ("/sign-in", plaza_i18n::tr("web-account-profile-sign-in-again").as_str()),
    )?;
    response.headers_mut().append(header::SET_COOKIE, cookies::clear(cookies::SESSION, state.settings.secure_cookies));
    Ok(response)
}

#[derive(Deserialize)]
pub(crate) struct UnsubscribeQuery {
    #[serde(default)]
    token: String,
}

#[derive(Serialize)]
struct UnsubscribePage {
    #[serde(flatten)]
    page: PageContext,
    token: String,
    email: String,
    /// Whether the person organizes a challenge (and so gets organizer emails).
    organizer: bool,
}

pub(crate) async fn show_unsubscribe(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<UnsubscribeQuery>,
) -> Result<Response, AppError> {
    let Some(user) = state.store.user_by_unsubscribe_token(&query.token).await? else {
        return message_page(
            &state,
            &viewer,
            StatusCode::NOT_FOUND,
            &plaza_i18n::tr("web-account-profile-invalid-link-title"),
            &plaza_i18n::tr("web-account-profile-invalid-link-message"),
            ("/account", plaza_i18n::tr("web-account-profile-your-account").as_str()),
        );
    };
    let page = UnsubscribePage {
        page: viewer.page(&state, plaza_i18n::tr("title-stop-emails")),
        token: query.token,
        email: user.email.to_string(),
        organizer: state.store.organizes_any(user.id).await?,
    };
    Ok(Html(state.templates.render("pages/account/unsubscribe.html", &page)?).into_response())
}

/// One-click unsubscribe (RFC 8058): the secret in the link is the
/// authorization, so mail programs may post here without a form token.
pub(crate) async fn unsubscribe(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<UnsubscribeQuery>,
) -> Result<Response, AppError> {
    let Some(user) = state.store.user_by_unsubscribe_token(&query.token).await? else {
        return Err(AppError::NotFound);
    };
    state.store.unsubscribe_all(user.id).await?;
    message_page(
        &state,
        &viewer,
        StatusCode::OK,
        &plaza_i18n::tr("web-account-profile-unsubscribed-title"),
        &plaza_i18n::tr_with("web-account-profile-unsubscribed-message", &[("email", user.email.to_string().into())]),
        ("/account", plaza_i18n::tr("web-account-profile-your-account").as_str()),
    )
}
