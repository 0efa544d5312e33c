//! Signing in: by a one-time link sent by email, or through an outside
//! identity provider; signing up (a display name and the terms); signing out.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Duration;
use plaza_core::sign_in_code::{describe_device, format_code, normalize_code};
use plaza_core::{Email, User};
use plaza_store::{CodeProblem, LinkProblem, LinkedIdentity, NewLoginToken, UsedLink, new_secret};
use serde::{Deserialize, Serialize};

use crate::account::oauth::{self, OAuthError, Pending};
use crate::error::AppError;
use crate::extract::auth::{ClientKey, PageContext, Viewer, encode_component, safe_next};
use crate::extract::cookies::{self, CookieOptions};
use crate::extract::csrf::CsrfForm;
use crate::state::AppState;

/// How long an emailed sign-in link works.
pub const LINK_MINUTES: i64 = 15;
/// Sign-in emails per address per hour.
const PER_ADDRESS_PER_HOUR: u64 = 5;
/// Sign-in emails per client address per hour.
const PER_CLIENT_PER_HOUR: u64 = 30;

#[derive(Deserialize, Default)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

#[derive(Serialize)]
struct ProviderButton {
    label: String,
    url: String,
}

#[derive(Serialize)]
struct SignInPage {
    #[serde(flatten)]
    page: PageContext,
    next: String,
    email: String,
    error: String,
    providers: Vec<ProviderButton>,
}

fn sign_in_page(state: &AppState, viewer: &Viewer, next: &str, email: &str, error: &str) -> Result<String, AppError> {
    let providers = state
        .providers
        .list
        .iter()
        .map(|p| ProviderButton {
            label: p.label.clone(),
            url: format!("/auth/{}?next={}", p.slug, encode_component(next)),
        })
        .collect();
    let page = SignInPage {
        page: viewer.page(state, plaza_i18n::tr("title-sign-in")),
        next: next.to_owned(),
        email: email.to_owned(),
        error: error.to_owned(),
        providers,
    };
    Ok(state.templates.render("pages/account/sign_in.html", &page)?)
}

pub(crate) async fn show_sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<NextQuery>,
) -> Result<Html<String>, AppError> {
    let next = safe_next(query.next.as_deref());
    Ok(Html(sign_in_page(&state, &viewer, &next, "", "")?))
}

#[derive(Serialize)]
struct MessagePage<'a> {
    #[serde(flatten)]
    page: PageContext,
    message: &'a str,
    action_url: &'a str,
    action_label: &'a str,
}

/// A page with a title, one plain message and a way forward.
pub(crate) fn message_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    title: &str,
    message: &str,
    action: (&str, &str),
) -> Result<Response, AppError> {
    let page = MessagePage { page: viewer.page(state, title), message, action_url: action.0, action_label: action.1 };
    Ok((status, Html(state.templates.render("pages/message.html", &page)?)).into_response())
}

#[derive(Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    email: String,
    next: Option<String>,
}

fn cookie_options(state: &AppState, max_age_seconds: Option<i64>) -> CookieOptions {
    CookieOptions { secure: state.settings.secure_cookies, max_age_seconds, strict: false }
}

pub(crate) async fn send_sign_in_link(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientKey(client): ClientKey,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let next = safe_next(form.next.as_deref());
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(err) => {
            let html = sign_in_page(&state, &viewer, &next, form.email.trim(), &err.to_string())?;
            return Ok((StatusCode::BAD_REQUEST, Html(html)).into_response());
        }
    };
    let hour = Duration::hours(1);
    let allowed = state.store.rate_limit(&format!("sign-in:client:{client}"), hour, PER_CLIENT_PER_HOUR).await?
        && state.store.rate_limit(&format!("sign-in:email:{email}"), hour, PER_ADDRESS_PER_HOUR).await?;
    if !allowed {
        return Err(AppError::TooManyRequests(plaza_i18n::tr("web-account-sign-in-too-many-links")));
    }
    let browser = cookies::get(&headers, cookies::LOGIN_BROWSER).filter(|b| b.len() == 64).unwrap_or_else(new_secret);
    let secret = new_secret();
    let code = format!("{:08}", rand::random_range(0..100_000_000u32));
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let link = state.settings.link_for_host(host, &format!("/sign-in/link?token={secret}"));
    let mail = state
        .emails
        .render(
            plaza_i18n::current(),
            &email,
            &plaza_mail::emails::SignIn { link: &link, code: &format_code(&code), minutes: LINK_MINUTES },
            None,
        )
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let user_agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let token = NewLoginToken {
        purpose: "sign_in",
        email: &email,
        secret: &secret,
        browser_secret: &browser,
        next_path: &next,
        identity: None,
        valid_for: Duration::minutes(LINK_MINUTES),
        code: Some(&code),
        requested_from: &describe_device(user_agent),
    };
    state.store.create_login_token(token, Some(&mail)).await?;
    if state.settings.log_sign_in_links {
        tracing::info!(%email, %link, "sign-in link (email is written to the outbox folder, not sent)");
    }
    let mut response = render_check_email(&state, &viewer, &browser, "", StatusCode::OK).await?;
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::LOGIN_BROWSER, &browser, cookie_options(&state, Some(LINK_MINUTES * 60 * 2))),
    );
    Ok(response)
}

#[derive(Serialize)]
struct CheckEmailPage {
    #[serde(flatten)]
    page: PageContext,
    email: String,
    minutes: i64,
    /// The code to type where the link is opened, if not in this browser.
    device_code: String,
    error: String,
}

/// "Check your email": where to type the emailed code, and the code this
/// browser shows for the link opened elsewhere. Without a sign-in waiting
/// in this browser, a page that says so.
async fn render_check_email(
    state: &AppState,
    viewer: &Viewer,
    browser: &str,
    error: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Some(pending) = state.store.pending_sign_in(browser).await? else {
        return message_page(
            state,
            viewer,
            status,
            &plaza_i18n::tr("web-account-sign-in-nothing-waiting-title"),
            &plaza_i18n::tr_with("web-account-sign-in-nothing-waiting-message", &[("minutes", LINK_MINUTES.into())]),
            ("/sign-in", plaza_i18n::tr("web-account-sign-in-ask-for-email").as_str()),
        );
    };
    let page = CheckEmailPage {
        page: viewer.page(state, plaza_i18n::tr("title-check-your-email")),
        email: pending.email.to_string(),
        minutes: LINK_MINUTES,
        device_code: format_code(&pending.device_code),
        error: error.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/account/check_email.html", &page)?)).into_response())
}

/// `GET /sign-in/check`: the page again, for a browser with a sign-in waiting.
pub(crate) async fn show_check_email(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let browser = cookies::get(&headers, cookies::LOGIN_BROWSER).unwrap_or_default();
    render_check_email(&state, &viewer, &browser, "", StatusCode::OK).await
}

#[derive(Deserialize)]
pub(crate) struct CodeForm {
    #[serde(default)]
    code: String,
}

/// What a code that is not 8 digits is told.
fn code_format() -> String {
    plaza_i18n::tr("web-account-sign-in-code-format")
}

fn code_problem_text(problem: CodeProblem) -> String {
    match problem {
        CodeProblem::NothingWaiting => plaza_i18n::tr("web-account-sign-in-code-nothing-waiting"),
        CodeProblem::Expired => {
            plaza_i18n::tr_with("web-account-sign-in-code-expired", &[("minutes", LINK_MINUTES.into())])
        }
        CodeProblem::AlreadyUsed => plaza_i18n::tr("web-account-sign-in-code-already-used"),
        CodeProblem::Wrong { left } => plaza_i18n::tr_with("web-account-sign-in-code-wrong", &[("left", left.into())]),
        CodeProblem::TooManyTries => plaza_i18n::tr("web-account-sign-in-code-too-many-tries"),
        CodeProblem::TooManyToday => plaza_i18n::tr("web-account-sign-in-code-too-many-today"),
    }
}

/// A code problem that ends the sign-in: only a new email helps.
fn ends_sign_in(problem: CodeProblem) -> bool {
    !matches!(problem, CodeProblem::Wrong { .. } | CodeProblem::TooManyToday)
}

/// `POST /sign-in/code`: the code from the email, typed into the browser that asked.
pub(crate) async fn sign_in_with_code(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    let browser = cookies::get(&headers, cookies::LOGIN_BROWSER).unwrap_or_default();
    let retry = Retry::CheckEmail { browser: &browser };
    let Some(code) = normalize_code(&form.code) else {
        return retry.page(&state, &viewer, &code_format()).await;
    };
    let tried = state.store.use_sign_in_code(&browser, &code).await?;
    after_code(&state, &viewer, &headers, tried, retry).await
}

/// Where a person tries a code again.
#[derive(Clone, Copy)]
enum Retry<'a> {
    /// "Check your email", in the browser that asked.
    CheckEmail { browser: &'a str },
    /// The link's page in another browser.
    Elsewhere { token: &'a str },
}

impl Retry<'_> {
    async fn page(self, state: &AppState, viewer: &Viewer, error: &str) -> Result<Response, AppError> {
        match self {
            Retry::CheckEmail { browser } => {
                render_check_email(state, viewer, browser, error, StatusCode::BAD_REQUEST).await
            }
            Retry::Elsewhere { token } => render_elsewhere(state, viewer, token, error, StatusCode::BAD_REQUEST).await,
        }
    }
}

/// What a tried code leads to: signed in, the same page to try again, or,
/// when only a new email helps, a page that says so.
async fn after_code(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    tried: Result<UsedLink, CodeProblem>,
    retry: Retry<'_>,
) -> Result<Response, AppError> {
    match tried {
        Ok(link) => finish_sign_in(state, headers, link).await,
        Err(problem) if ends_sign_in(problem) => message_page(
            state,
            viewer,
            StatusCode::BAD_REQUEST,
            &plaza_i18n::tr("web-account-sign-in-no-longer-works"),
            &code_problem_text(problem),
            ("/sign-in", plaza_i18n::tr("web-account-sign-in-ask-for-new-email").as_str()),
        ),
        Err(problem) => retry.page(state, viewer, &code_problem_text(problem)).await,
    }
}

/// Signs in the person a used link or code was for, or begins their sign-up.
async fn finish_sign_in(state: &AppState, headers: &HeaderMap, link: UsedLink) -> Result<Response, AppError> {
    match state.store.user_by_email(&link.email).await? {
        Some(user) => start_session(state, headers, &user, &link.next_path).await,
        None => begin_sign_up(state, &link.email, &link.next_path, None).await,
    }
}

#[derive(Serialize)]
struct ElsewherePage {
    #[serde(flatten)]
    page: PageContext,
    token: String,
    requested_from: String,
    requested_at: String,
    requested_ago: String,
    error: String,
}

/// The link opened in another browser than the one that asked: where and
/// when it was asked for, and the code that browser shows to type here.
async fn render_elsewhere(
    state: &AppState,
    viewer: &Viewer,
    token: &str,
    error: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let link = match state.store.sign_in_link_elsewhere(token).await? {
        Ok(link) => link,
        Err(problem) => return link_problem_page(state, viewer, problem),
    };
    let minutes = (chrono::Utc::now() - link.requested_at).num_minutes().max(0);
    let page = ElsewherePage {
        page: viewer.page(state, plaza_i18n::tr("title-sign-in-on-this-device")),
        token: token.to_owned(),
        requested_from: link.requested_from.clone(),
        requested_at: plaza_core::timeline::format_moment(link.requested_at),
        requested_ago: match minutes {
            0 => plaza_i18n::tr("web-account-sign-in-just-now"),
            n => plaza_i18n::tr_with("web-account-sign-in-minutes-ago", &[("minutes", n.into())]),
        },
        error: error.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/account/sign_in_elsewhere.html", &page)?)).into_response())
}

fn link_problem_page(state: &AppState, viewer: &Viewer, problem: LinkProblem) -> Result<Response, AppError> {
    let (title, message) = link_problem_text(problem);
    let action = plaza_i18n::tr("web-account-sign-in-ask-for-new-link");
    message_page(state, viewer, StatusCode::BAD_REQUEST, &title, &message, ("/sign-in", action.as_str()))
}

#[derive(Deserialize)]
pub(crate) struct ElsewhereForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    code: String,
}

/// `POST /sign-in/link`: signs in where the link was opened, with the code
/// the browser that asked shows.
pub(crate) async fn sign_in_elsewhere(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<ElsewhereForm>,
) -> Result<Response, AppError> {
    let retry = Retry::Elsewhere { token: &form.token };
    let Some(code) = normalize_code(&form.code) else {
        return retry.page(&state, &viewer, &code_format()).await;
    };
    let tried = state.store.use_sign_in_link_elsewhere(&form.token, &code).await?;
    after_code(&state, &viewer, &headers, tried, retry).await
}

#[derive(Deserialize)]
pub(crate) struct TokenQuery {
    #[serde(default)]
    token: String,
}

fn link_problem_text(problem: LinkProblem) -> (String, String) {
    let (title, message) = match problem {
        LinkProblem::Expired => ("web-account-sign-in-link-expired-title", "web-account-sign-in-link-expired-message"),
        LinkProblem::AlreadyUsed => {
            ("web-account-sign-in-link-already-used-title", "web-account-sign-in-link-already-used-message")
        }
        LinkProblem::OtherBrowser => {
            ("web-account-sign-in-link-other-browser-title", "web-account-sign-in-link-other-browser-message")
        }
        LinkProblem::Unknown => ("web-account-sign-in-link-unknown-title", "web-account-sign-in-link-unknown-message"),
    };
    (plaza_i18n::tr(title), plaza_i18n::tr(message))
}

const SIGN_UP_MINUTES: i64 = 30;

/// Starts a session: ends the browser's old one, sets a new session cookie
/// and a new CSRF secret (so nothing from before sign-in carries over).
async fn start_session(state: &AppState, headers: &HeaderMap, user: &User, next: &str) -> Result<Response, AppError> {
    if let Some(old) = cookies::get(headers, cookies::SESSION) {
        state.store.end_session(&old).await?;
    }
    let secret = state.store.create_session(user.id).await?;
    let mut response = Redirect::to(&safe_next(Some(next))).into_response();
    let jar = response.headers_mut();
    let days = plaza_store::sessions_idle_days();
    jar.append(header::SET_COOKIE, cookies::set(cookies::SESSION, &secret, cookie_options(state, Some(days * 86_400))));
    jar.append(header::SET_COOKIE, cookies::set(cookies::CSRF, &new_secret(), cookie_options(state, None)));
    jar.append(header::SET_COOKIE, cookies::clear(cookies::LOGIN_BROWSER, state.settings.secure_cookies));
    jar.append(header::SET_COOKIE, cookies::clear(cookies::SIGN_UP, state.settings.secure_cookies));
    tracing::info!(user = user.id.0, "signed in");
    Ok(response)
}

/// Sends a newly verified address to the sign-up form, remembering where
/// to go next and, when it came from a sign-in provider, the account there.
async fn begin_sign_up(
    state: &AppState,
    email: &Email,
    next: &str,
    identity: Option<&LinkedIdentity>,
) -> Result<Response, AppError> {
    let secret = new_secret();
    let token = NewLoginToken {
        purpose: "sign_up",
        email,
        secret: &secret,
        browser_secret: &secret,
        next_path: next,
        identity,
        valid_for: Duration::minutes(SIGN_UP_MINUTES),
        code: None,
        requested_from: "",
    };
    state.store.create_login_token(token, None).await?;
    let mut response = Redirect::to("/sign-up").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::SIGN_UP, &secret, cookie_options(state, Some(SIGN_UP_MINUTES * 60))),
    );
    Ok(response)
}

pub(crate) async fn follow_sign_in_link(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let browser = cookies::get(&headers, cookies::LOGIN_BROWSER);
    match state.store.use_login_token("sign_in", &query.token, browser.as_deref()).await? {
        // Opened elsewhere: offer to sign in here with the code the browser that asked shows.
        Err(LinkProblem::OtherBrowser) => render_elsewhere(&state, &viewer, &query.token, "", StatusCode::OK).await,
        Err(problem) => link_problem_page(&state, &viewer, problem),
        Ok(link) => finish_sign_in(&state, &headers, link).await,
    }
}

#[derive(Serialize)]
struct SignUpPage {
    #[serde(flatten)]
    page: PageContext,
    email: String,
    display_name: String,
    error: String,
}

fn sign_up_page(
    state: &AppState,
    viewer: &Viewer,
    email: &Email,
    display_name: &str,
    error: &str,
) -> Result<String, AppError> {
    let page = SignUpPage {
        page: viewer.page(state, plaza_i18n::tr("title-create-your-account")),
        email: email.to_string(),
        display_name: display_name.to_owned(),
        error: error.to_owned(),
    };
    Ok(state.templates.render("pages/account/sign_up.html", &page)?)
}

fn sign_up_expired(state: &AppState, viewer: &Viewer) -> Result<Response, AppError> {
    message_page(
        state,
        viewer,
        StatusCode::BAD_REQUEST,
        &plaza_i18n::tr("web-account-sign-in-sign-up-expired-title"),
        &plaza_i18n::tr("web-account-sign-in-sign-up-expired-message"),
        ("/sign-in", plaza_i18n::tr("web-account-sign-in-sign-in").as_str()),
    )
}

pub(crate) async fn show_sign_up(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let secret = cookies::get(&headers, cookies::SIGN_UP).unwrap_or_default();
    match state.store.peek_login_token("sign_up", &secret).await? {
        Some(link) => {
            let suggested = link.email.as_str().split('@').next().unwrap_or_default().to_owned();
            Ok(Html(sign_up_page(&state, &viewer, &link.email, &suggested, "")?).into_response())
        }
        None => sign_up_expired(&state, &viewer),
    }
}

#[derive(Deserialize)]
pub(crate) struct SignUpForm {
    #[serde(default)]
    display_name: String,
    terms: Option<String>,
}

pub(crate) async fn create_account(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SignUpForm>,
) -> Result<Response, AppError> {
    let secret = cookies::get(&headers, cookies::SIGN_UP).unwrap_or_default();
    let Some(pending) = state.store.peek_login_token("sign_up", &secret).await? else {
        return sign_up_expired(&state, &viewer);
    };
    let name = plaza_core::user::parse_display_name(&form.display_name);
    let problem = match (&name, form.terms.as_deref()) {
        (Err(err), _) => Some(capitalize(&err.to_string())),
        (Ok(_), Some("yes")) => None,
        (Ok(_), _) => Some(plaza_i18n::tr("web-account-sign-in-tick-terms")),
    };
    if let Some(problem) = problem {
        let html = sign_up_page(&state, &viewer, &pending.email, &form.display_name, &problem)?;
        return Ok((StatusCode::BAD_REQUEST, Html(html)).into_response());
    }
    let Ok(link) = state.store.use_login_token("sign_up", &secret, Some(&secret)).await? else {
        return sign_up_expired(&state, &viewer);
    };
    let user = match state.store.sign_up_user(&link.email, name.as_deref().unwrap_or_default()).await {
        Ok(user) => user,
        // Signed up meanwhile in another tab: sign that account in.
        Err(plaza_store::Error::Refused(plaza_store::Refusal::Conflict(_))) => state
            .store
            .user_by_email(&link.email)
            .await?
            .ok_or_else(|| AppError::Internal("account vanished during sign-up".into()))?,
        Err(err) => return Err(err.into()),
    };
    if let Some(identity) = &link.identity {
        state.store.link_identity(user.id, &identity.provider, &identity.subject, &user.email).await?;
    }
    // Stored as it was checked; checked again in case it predates that.
    let next = safe_next(Some(&link.next_path));
    let next = if next == "/" { "/account?welcome=1".to_owned() } else { next };
    start_session(&state, &headers, &user, &next).await
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str().trim_end_matches('.')),
        None => String::new(),
    }
}

#[derive(Deserialize)]
pub(crate) struct EmptyForm {}

pub(crate) async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    if let Some(secret) = cookies::get(&headers, cookies::SESSION) {
        state.store.end_session(&secret).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().append(header::SET_COOKIE, cookies::clear(cookies::SESSION, state.settings.secure_cookies));
    Ok(response)
}

/// `<provider>.<state>.<nonce>.<verifier>.<next>`: all parts are URL-safe.
fn encode_pending(provider: &str, pending: &Pending, next: &str) -> String {
    format!(
        "{provider}.{}.{}.{}.{}",
        pending.state,
        pending.nonce,
        pending.verifier,
        encode_component(next).replace('.', "%2E")
    )
}

fn decode_pending(value: &str) -> Option<(String, Pending, String)> {
    let mut parts = value.splitn(5, '.');
    let provider = parts.next()?.to_owned();
    let pending = Pending {
        state: parts.next()?.to_owned(),
        nonce: parts.next()?.to_owned(),
        verifier: parts.next()?.to_owned(),
    };
    let next = decode_component(parts.next()?);
    Some((provider, pending, next))
}

fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&value[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) async fn start_oauth(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(provider): Path<String>,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    let config = state.providers.get(&provider).ok_or(AppError::NotFound)?;
    let next = safe_next(query.next.as_deref());
    let redirect = state.settings.link(&format!("/auth/{}/callback", config.slug));
    match oauth::start(config, &redirect).await {
        Ok((url, pending)) => {
            let mut response = Redirect::to(&url).into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(
                    cookies::OAUTH,
                    &encode_pending(&config.slug, &pending, &next),
                    cookie_options(&state, Some(600)),
                ),
            );
            Ok(response)
        }
        Err(err) => oauth_problem(&state, &viewer, &config.label, err),
    }
}

fn oauth_problem(state: &AppState, viewer: &Viewer, label: &str, err: OAuthError) -> Result<Response, AppError> {
    let (status, title, message) = match &err {
        OAuthError::ExpiredCode => (
            StatusCode::BAD_REQUEST,
            "web-account-sign-in-oauth-expired-title",
            "web-account-sign-in-oauth-expired-message",
        ),
        OAuthError::NoVerifiedEmail => (
            StatusCode::BAD_REQUEST,
            "web-account-sign-in-oauth-no-email-title",
            "web-account-sign-in-oauth-no-email-message",
        ),
        OAuthError::BadNonce | OAuthError::InvalidToken(_) => (
            StatusCode::BAD_REQUEST,
            "web-account-sign-in-oauth-not-verified-title",
            "web-account-sign-in-oauth-not-verified-message",
        ),
        OAuthError::Provider(_) => (
            StatusCode::BAD_GATEWAY,
            "web-account-sign-in-oauth-no-answer-title",
            "web-account-sign-in-oauth-no-answer-message",
        ),
        OAuthError::Config(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "web-account-sign-in-oauth-not-set-up-title",
            "web-account-sign-in-oauth-not-set-up-message",
        ),
    };
    let title = plaza_i18n::tr(title);
    let message = plaza_i18n::tr_with(message, &[("provider", label.into())]);
    tracing::warn!(provider = label, error = ?err, "sign-in through a provider failed");
    let back = plaza_i18n::tr("web-account-sign-in-back-to-sign-in");
    message_page(state, viewer, status, &title, &message, ("/sign-in", back.as_str()))
}

#[derive(Deserialize)]
pub(crate) struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub(crate) async fn finish_oauth(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(provider): Path<String>,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, AppError> {
    let config = state.providers.get(&provider).ok_or(AppError::NotFound)?;
    let mut response = finish_oauth_inner(&state, &viewer, &headers, config, query).await?;
    response.headers_mut().append(header::SET_COOKIE, cookies::clear(cookies::OAUTH, state.settings.secure_cookies));
    Ok(response)
}

async fn finish_oauth_inner(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    config: &oauth::ProviderConfig,
    query: CallbackQuery,
) -> Result<Response, AppError> {
    let label = config.label.as_str();
    if let Some(error) = query.error {
        let (title, message) = if error == "access_denied" {
            (
                plaza_i18n::tr("web-account-sign-in-oauth-cancelled-title"),
                plaza_i18n::tr_with("web-account-sign-in-oauth-cancelled-message", &[("provider", label.into())]),
            )
        } else {
            (
                plaza_i18n::tr("web-account-sign-in-oauth-error-title"),
                plaza_i18n::tr_with(
                    "web-account-sign-in-oauth-error-message",
                    &[("provider", label.into()), ("error", error.chars().take(60).collect::<String>().into())],
                ),
            )
        };
        let back = plaza_i18n::tr("web-account-sign-in-back-to-sign-in");
        return message_page(state, viewer, StatusCode::BAD_REQUEST, &title, &message, ("/sign-in", back.as_str()));
    }
    let expired = || {
        message_page(
            state,
            viewer,
            StatusCode::BAD_REQUEST,
            &plaza_i18n::tr("web-account-sign-in-oauth-attempt-expired-title"),
            &plaza_i18n::tr_with("web-account-sign-in-oauth-attempt-expired-message", &[("provider", label.into())]),
            ("/sign-in", plaza_i18n::tr("web-account-sign-in-back-to-sign-in").as_str()),
        )
    };
    let Some((slug, pending, next)) = cookies::get(headers, cookies::OAUTH).as_deref().and_then(decode_pending) else {
        return expired();
    };
    if slug != config.slug || query.state.as_deref() != Some(pending.state.as_str()) {
        return expired();
    }
    let Some(code) = query.code.filter(|c| !c.is_empty() && c.len() < 2048) else {
        return Err(AppError::BadRequest(plaza_i18n::tr_with(
            "web-account-sign-in-oauth-no-code",
            &[("provider", label.into())],
        )));
    };
    let redirect = state.settings.link(&format!("/auth/{}/callback", config.slug));
    let identity = match oauth::finish(config, &redirect, &code, &pending).await {
        Ok(identity) => identity,
        Err(err) => return oauth_problem(state, viewer, label, err),
    };
    let Ok(email) = Email::parse(&identity.email) else {
        return oauth_problem(state, viewer, label, OAuthError::NoVerifiedEmail);
    };
    if let Some(user) = state.store.user_by_identity(&config.slug, &identity.subject).await? {
        return start_session(state, headers, &user, &next).await;
    }
    // Identities are linked to one account by verified email.
    if let Some(user) = state.store.user_by_email(&email).await? {
        state.store.link_identity(user.id, &config.slug, &identity.subject, &email).await?;
        return start_session(state, headers, &user, &next).await;
    }
    let identity = LinkedIdentity { provider: config.slug.clone(), subject: identity.subject };
    begin_sign_up(state, &email, &next, Some(&identity)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_oauth_state_round_trips_through_the_cookie() {
        let pending = Pending { state: "s-1_x".into(), nonce: "n-2".into(), verifier: "v_3".into() };
        let value = encode_pending("city-login", &pending, "/challenges/x?y=1.5");
        assert!(!value.contains([';', ',', ' ']), "{value}");
        let (provider, back, next) = decode_pending(&value).expect("decodes");
        assert_eq!(provider, "city-login");
        assert_eq!((back.state, back.nonce, back.verifier), (pending.state, pending.nonce, pending.verifier));
        assert_eq!(next, "/challenges/x?y=1.5");
    }
}
