//! Following a challenge's news by email alone, for residents without an
//! account: they give an address, confirm from the email (double opt-in,
//! with a button so that a mail scanner opening the link confirms
//! nothing), and stop with one click from any news email.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use plaza_core::Email;
use plaza_store::FollowRequest;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ClientKey, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::ChallengePath;
use crate::state::AppState;

/// Requests one connection may make an hour, and one address.
const PER_CLIENT_PER_HOUR: u64 = 10;
const PER_ADDRESS_PER_HOUR: u64 = 3;

#[derive(Serialize)]
struct FollowPage {
    #[serde(flatten)]
    page: PageContext,
    /// `check`, `confirm`, `confirmed`, `stop`, `stopped`, `invalid`, `refused`.
    state: &'static str,
    challenge_title: String,
    challenge_url: String,
    email: String,
    token: String,
    message: String,
}

fn render(state: &AppState, page: &FollowPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/public/follow_email.html", page)?)).into_response())
}

fn page(
    state: &AppState,
    viewer: &Viewer,
    which: &'static str,
    title: &str,
    challenge: Option<&plaza_core::Challenge>,
) -> FollowPage {
    FollowPage {
        page: viewer.page(state, title),
        state: which,
        challenge_title: challenge.map(|c| c.title.clone()).unwrap_or_default(),
        challenge_url: challenge.map(|c| format!("/challenges/{}", c.slug)).unwrap_or_default(),
        email: String::new(),
        token: String::new(),
        message: String::new(),
    }
}

#[derive(Deserialize)]
pub(crate) struct FollowForm {
    #[serde(default)]
    email: String,
}

/// `POST /challenges/{slug}/follow-by-email`
pub(crate) async fn request_follow(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientKey(client): ClientKey,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<FollowForm>,
) -> Result<Response, AppError> {
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(err) => {
            let title = plaza_i18n::tr("web-public-follow-email-title-get-news");
            let mut shown = page(&state, &viewer, "refused", &title, Some(&challenge));
            shown.message =
                plaza_i18n::tr_with("web-public-follow-email-bad-address", &[("problem", err.to_string().into())]);
            shown.email = form.email.trim().chars().take(200).collect();
            return render(&state, &shown, StatusCode::BAD_REQUEST);
        }
    };
    let hour = chrono::Duration::hours(1);
    let allowed = state.store.rate_limit(&format!("follow:client:{client}"), hour, PER_CLIENT_PER_HOUR).await?
        && state.store.rate_limit(&format!("follow:email:{email}"), hour, PER_ADDRESS_PER_HOUR).await?;
    if !allowed {
        let title = plaza_i18n::tr("web-public-follow-email-title-get-news");
        let mut shown = page(&state, &viewer, "refused", &title, Some(&challenge));
        shown.message = plaza_i18n::tr("web-public-follow-email-too-many");
        return render(&state, &shown, StatusCode::TOO_MANY_REQUESTS);
    }
    if let FollowRequest::Confirm { secret } =
        state.store.request_email_follow(challenge.id, &email, plaza_i18n::current()).await?
    {
        let link = state.settings.link(&format!("/follow/confirm?token={secret}"));
        let message = plaza_mail::emails::FollowConfirm { challenge_title: &challenge.title, link: &link };
        let mail = state
            .emails
            .render(plaza_i18n::current(), &email, &message, None)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        state.store.enqueue_email(&mail).await?;
    }
    // The same page whether or not the address already follows: nobody learns who follows what.
    let title = plaza_i18n::tr("web-public-follow-email-title-check");
    let mut shown = page(&state, &viewer, "check", &title, Some(&challenge));
    shown.email = email.to_string();
    render(&state, &shown, StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// `GET /follow/confirm?token=`: a button to confirm.
pub(crate) async fn show_confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let Some((challenge_id, email, _)) = state.store.email_follow_by_confirm_secret(&query.token).await? else {
        return render(
            &state,
            &page(&state, &viewer, "invalid", &plaza_i18n::tr("web-public-follow-email-title-invalid"), None),
            StatusCode::NOT_FOUND,
        );
    };
    let mut challenge = state.store.challenge_by_id(challenge_id).await?;
    if let Some(challenge) = challenge.as_mut() {
        crate::render::content::Content::load(&state, challenge.id).await?.heading(challenge);
    }
    let title = plaza_i18n::tr("web-public-follow-email-title-confirm");
    let mut shown = page(&state, &viewer, "confirm", &title, challenge.as_ref());
    shown.email = email.to_string();
    shown.token = query.token;
    render(&state, &shown, StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    token: String,
}

/// `POST /follow/confirm`
pub(crate) async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    let Some(challenge_id) = state.store.confirm_email_follow(&form.token).await? else {
        return render(
            &state,
            &page(&state, &viewer, "invalid", &plaza_i18n::tr("web-public-follow-email-title-invalid"), None),
            StatusCode::NOT_FOUND,
        );
    };
    let mut challenge = state.store.challenge_by_id(challenge_id).await?;
    if let Some(challenge) = challenge.as_mut() {
        crate::render::content::Content::load(&state, challenge.id).await?.heading(challenge);
    }
    let title = plaza_i18n::tr("web-public-follow-email-title-confirmed");
    render(&state, &page(&state, &viewer, "confirmed", &title, challenge.as_ref()), StatusCode::OK)
}

/// `GET /follow/stop?token=`: a button to stop (the link in every news email).
pub(crate) async fn show_stop(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if query.token.len() != 64 {
        return render(
            &state,
            &page(&state, &viewer, "invalid", &plaza_i18n::tr("web-public-follow-email-title-invalid"), None),
            StatusCode::NOT_FOUND,
        );
    }
    let title = plaza_i18n::tr("web-public-follow-email-title-stop");
    let mut shown = page(&state, &viewer, "stop", &title, None);
    shown.token = query.token;
    render(&state, &shown, StatusCode::OK)
}

/// `POST /follow/stop?token=`: one-click stop (RFC 8058): the secret in the
/// link is the authorization, so mail programs may post without a form token.
pub(crate) async fn stop(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    match state.store.stop_email_follow(&query.token).await? {
        Some(email) => {
            let title = plaza_i18n::tr("web-public-follow-email-title-stopped");
            let mut shown = page(&state, &viewer, "stopped", &title, None);
            shown.email = email.to_string();
            render(&state, &shown, StatusCode::OK)
        }
        None => {
            let title = plaza_i18n::tr("web-public-follow-email-title-invalid");
            render(&state, &page(&state, &viewer, "invalid", &title, None), StatusCode::NOT_FOUND)
        }
    }
}
