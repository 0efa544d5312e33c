//! The last step of a draft, `/challenges/{slug}/manage/review`: the checks
//! of `plaza import` run on the challenge as it would be exported, with the
//! few that matter for publishing (a track, a closing date to come), every
//! problem linked to the page and field that fixes it; then publishing.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::publish_check::{PublishProblem, publish_problems};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::organize::steps::{Step, StepView, manage_steps};
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct ReviewPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    steps: Vec<StepView>,
    /// When it was published, in the challenge's time zone; empty for a draft.
    published_on: String,
    problems: Vec<PublishProblem>,
    /// A publish was asked for and refused.
    refused: bool,
}

/// Every problem that stops the organizer's challenge from being published.
async fn problems(state: &AppState, organizer: &ChallengeOrganizer) -> Result<Vec<PublishProblem>, AppError> {
    let challenge = &organizer.challenge;
    let exported = state.store.export_bundle(state.blobs.as_ref(), challenge.slug.as_str()).await?;
    let found = plaza_store::drafts::check_exported(state.blobs.as_ref(), &exported).await?;
    Ok(publish_problems(challenge.slug.as_str(), &exported.manifest, &found, Utc::now()))
}

/// `GET /challenges/{slug}/manage/review`
pub(crate) async fn show_review(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let problems = if organizer.challenge.is_draft() { problems(&state, &organizer).await? } else { Vec::new() };
    render(&state, &organizer, problems, false, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/review`: publishes, when the checks pass
/// in this same request.
pub(crate) async fn publish_challenge(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(_): CsrfForm<crate::account::sign_in::EmptyForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    if !challenge.is_draft() {
        return render(&state, &organizer, Vec::new(), false, StatusCode::CONFLICT);
    }
    let problems = problems(&state, &organizer).await?;
    if !problems.is_empty() {
        return render(&state, &organizer, problems, true, StatusCode::BAD_REQUEST);
    }
    match state.store.publish_challenge(challenge.id, organizer.current.user.id).await {
        Ok(_) => {}
        // Someone published it a moment ago: the page says so.
        Err(plaza_store::Error::Refused(_)) => {
            return Ok(Redirect::to(&format!("/challenges/{}/manage/review", challenge.slug)).into_response());
        }
        Err(fault) => return Err(fault.into()),
    }
    tracing::info!(challenge = challenge.id, user = organizer.current.user.id.0, "challenge published");
    Ok(Redirect::to(&format!("/challenges/{}?notice=published", challenge.slug)).into_response())
}

fn render(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    problems: Vec<PublishProblem>,
    refused: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let page = ReviewPage {
        page: organizer.current.viewer().page(
            state,
            plaza_i18n::tr_with("title-review-and-publish", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        steps: manage_steps(challenge, Step::Review),
        published_on: challenge.published_at.map(|at| challenge.timeline.moment(at)).unwrap_or_default(),
        problems,
        refused,
    };
    Ok((status, Html(state.templates.render("pages/organize/review.html", &page)?)).into_response())
}
