//! Creating a challenge in the browser (`/manage/new`): site admins and the
//! people an admin allowed fill in its details and web address; it starts
//! as a private draft organized by its creator. On `/admin`, admins allow
//! people to create challenges, or stop allowing them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::challenge_edit::{DetailsDraft, check_new_details};
use plaza_core::{Email, Slug};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::message_page;
use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, SiteAdmin, encode_component};
use crate::extract::csrf::CsrfForm;
use crate::organize::details::{DETAILS_FORM_BYTES, FormView, ProblemView, SUGGESTED_ZONES};
use crate::state::AppState;

/// The web address field's name (and the id its error links to).
const SLUG_FIELD: &str = "slug";

#[derive(Serialize)]
struct NewChallengePage {
    #[serde(flatten)]
    page: PageContext,
    form: FormView,
    slug: String,
    zones: &'static [&'static str],
    problems: Vec<ProblemView>,
    preview_html: String,
    previewing: bool,
    opened: bool,
    published: bool,
}

/// The form, empty but for a time zone and team size to start from.
fn blank() -> DetailsDraft {
    DetailsDraft {
        time_zone: "UTC".into(),
        max_team_size: plaza_core::bundle::DEFAULT_MAX_TEAM_SIZE.to_string(),
        ..DetailsDraft::default()
    }
}

/// Refuses people who may not create challenges, saying whom to ask.
async fn may_create(state: &AppState, current: &CurrentUser) -> Result<Option<Response>, AppError> {
    if state.store.can_create_challenges(&current.user).await? {
        return Ok(None);
    }
    message_page(
        state,
        &current.viewer(),
        StatusCode::FORBIDDEN,
        &plaza_i18n::tr("web-organize-create-not-allowed-title"),
        &plaza_i18n::tr("web-organize-create-not-allowed-message"),
        ("/manage", &plaza_i18n::tr("web-organize-create-back-to-manage")),
    )
    .map(Some)
}

/// `GET /manage/new`
pub(crate) async fn new_challenge(State(state): State<AppState>, current: CurrentUser) -> Result<Response, AppError> {
    if let Some(refusal) = may_create(&state, &current).await? {
        return Ok(refusal);
    }
    render(&state, page(&state, &current, &blank(), String::new(), Vec::new()), StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct NewChallengeForm {
    #[serde(default)]
    slug: String,
    /// The details' fields, as the form sends them.
    #[serde(flatten)]
    details: DetailsDraft,
    #[serde(default)]
    action: String,
}

/// `POST /manage/new`: a preview of the brief, or the new draft challenge.
pub(crate) async fn create_challenge(
    State(state): State<AppState>,
    current: CurrentUser,
    CsrfForm(form): CsrfForm<NewChallengeForm, DETAILS_FORM_BYTES>,
) -> Result<Response, AppError> {
    if let Some(refusal) = may_create(&state, &current).await? {
        return Ok(refusal);
    }
    let draft = form.details;
    // Left empty, the web address is made from the title.
    let typed = form.slug.trim();
    let slug_text = if typed.is_empty() { Slug::suggest(&draft.title) } else { typed.to_owned() };
    if form.action == "preview" {
        let preview = crate::render::markdown::render_brief(&draft.description_md);
        let mut page = page(&state, &current, &draft, slug_text, Vec::new());
        page.preview_html = preview;
        page.previewing = true;
        return render(&state, page, StatusCode::OK);
    }
    let mut problems = Vec::new();
    let slug = match Slug::parse(&slug_text) {
        Ok(slug) => Some(slug),
        Err(_) if slug_text.is_empty() => {
            problems
                .push(ProblemView { field: SLUG_FIELD, message: plaza_i18n::tr("web-organize-create-slug-missing") });
            None
        }
        Err(reason) => {
            problems.push(ProblemView {
                field: SLUG_FIELD,
                message: plaza_i18n::tr_with(
                    "web-organize-create-slug-invalid",
                    &[("reason", reason.to_string().into())],
                ),
            });
            None
        }
    };
    let details = match check_new_details(&draft, Utc::now()) {
        Ok(details) => Some(details),
        Err(found) => {
            problems.extend(
                found.into_iter().map(|problem| ProblemView { field: problem.field.name(), message: problem.message }),
            );
            None
        }
    };
    let (Some(slug), Some(details)) = (slug, details) else {
        return render(&state, page(&state, &current, &draft, slug_text, problems), StatusCode::BAD_REQUEST);
    };
    match state.store.create_challenge(&slug, &details, current.user.id).await {
        Ok(challenge) => {
            tracing::info!(challenge = challenge.id, user = current.user.id.0, "draft challenge created");
            Ok(Redirect::to(&format!("/challenges/{}/manage/datasets", challenge.slug)).into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            let problems = vec![ProblemView { field: SLUG_FIELD, message: refusal.to_string() }];
            render(&state, page(&state, &current, &draft, slug_text, problems), StatusCode::CONFLICT)
        }
        Err(fault) => Err(fault.into()),
    }
}

fn page(
    state: &AppState,
    current: &CurrentUser,
    draft: &DetailsDraft,
    slug: String,
    problems: Vec<ProblemView>,
) -> NewChallengePage {
    NewChallengePage {
        page: current.viewer().page(state, plaza_i18n::tr("title-create-a-challenge")),
        form: FormView::from(draft),
        slug,
        zones: SUGGESTED_ZONES,
        problems,
        preview_html: String::new(),
        previewing: false,
        opened: false,
        published: false,
    }
}

fn render(state: &AppState, page: NewChallengePage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/new_challenge.html", &page)?)).into_response())
}

#[derive(Deserialize)]
pub(crate) struct CreatorForm {
    #[serde(default)]
    email: String,
}

/// `POST /admin/creators`: lets a person with an account create challenges.
pub(crate) async fn allow_creator(
    State(state): State<AppState>,
    SiteAdmin(current): SiteAdmin,
    CsrfForm(form): CsrfForm<CreatorForm>,
) -> Result<Response, AppError> {
    set_creator(&state, &current, &form.email, true).await
}

/// `POST /admin/creators/remove`: stops letting a person create challenges.
pub(crate) async fn stop_creator(
    State(state): State<AppState>,
    SiteAdmin(current): SiteAdmin,
    CsrfForm(form): CsrfForm<CreatorForm>,
) -> Result<Response, AppError> {
    set_creator(&state, &current, &form.email, false).await
}

async fn set_creator(
    state: &AppState,
    current: &CurrentUser,
    email: &str,
    allowed: bool,
) -> Result<Response, AppError> {
    use crate::organize::people::admin_refusal;
    let typed = email;
    let email = match Email::parse(typed.trim()) {
        Ok(email) => email,
        Err(_) => {
            let message = plaza_i18n::tr("web-organize-create-email-invalid");
            return admin_refusal(state, current, message, typed).await;
        }
    };
    match state.store.allow_creating_challenges(&email, allowed).await {
        Ok(user) => {
            tracing::info!(
                admin = current.user.id.0,
                user = user.id.0,
                allowed,
                "challenge creation permission changed"
            );
            let notice = if allowed { "creator-added" } else { "creator-removed" };
            Ok(Redirect::to(&format!("/admin?notice={notice}&who={}#creators", encode_component(email.as_str())))
                .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => admin_refusal(state, current, refusal.to_string(), typed).await,
        Err(fault) => Err(fault.into()),
    }
}
