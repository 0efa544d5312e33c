//! A challenge's questions and answers, in public: what the organizers
//! published and answered, and for a signed-in person a form to ask and the
//! questions they asked (with why one was not published).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::qa::{MAX_QUESTION, QUESTIONS_PER_HOUR, Question, QuestionStatus, check_question};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::ChallengePath;
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// A published question, as pages show it.
#[derive(Serialize)]
pub(crate) struct AnsweredView {
    pub body: String,
    pub asked: String,
    pub answer: String,
    pub pinned: bool,
}

impl AnsweredView {
    pub(crate) fn new(question: &Question, timeline: &plaza_core::Timeline) -> Self {
        AnsweredView {
            body: question.body.clone(),
            asked: timeline.moment(question.created_at),
            answer: question.answer.clone(),
            pinned: question.pinned,
        }
    }
}

#[derive(Serialize)]
struct YourQuestion {
    body: String,
    status_label: String,
    declined_reason: String,
}

#[derive(Serialize)]
struct QuestionsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    questions: Vec<AnsweredView>,
    yours: Vec<YourQuestion>,
    signed_in: bool,
    sign_in_url: String,
    is_organizer: bool,
    asked: bool,
    error: String,
    draft: String,
    max: usize,
}

#[derive(Deserialize, Default)]
pub(crate) struct QuestionsQuery {
    notice: Option<String>,
}

async fn questions_page(
    state: &AppState,
    viewer: &Viewer,
    challenge: &plaza_core::Challenge,
) -> Result<QuestionsPage, AppError> {
    let questions = state
        .store
        .published_questions(challenge.id)
        .await?
        .iter()
        .map(|q| AnsweredView::new(q, &challenge.timeline))
        .collect();
    let (yours, is_organizer) = match &viewer.user {
        Some(user) => (
            state
                .store
                .questions_asked_by(challenge.id, user.id)
                .await?
                .into_iter()
                .filter(|q| q.status != QuestionStatus::Published)
                .map(|q| YourQuestion {
                    body: q.body,
                    status_label: q.status.label(),
                    declined_reason: q.decline_reason,
                })
                .collect(),
            crate::extract::auth::organizes(state, user, challenge.id).await?,
        ),
        None => (Vec::new(), false),
    };
    let url = format!("/challenges/{}/questions", challenge.slug);
    Ok(QuestionsPage {
        page: viewer.page(state, plaza_i18n::tr_with("qa-title", &[("name", challenge.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        questions,
        yours,
        signed_in: viewer.user.is_some(),
        sign_in_url: format!("/sign-in?next={url}"),
        is_organizer,
        asked: false,
        error: String::new(),
        draft: String::new(),
        max: MAX_QUESTION,
    })
}

/// `GET /challenges/{slug}/questions`
pub(crate) async fn show_questions(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(challenge): ChallengePath,
    Query(query): Query<QuestionsQuery>,
) -> Result<Response, AppError> {
    let mut page = questions_page(&state, &viewer, &challenge).await?;
    page.asked = query.notice.as_deref() == Some("asked");
    Ok(Html(state.templates.render("pages/public/questions.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct AskForm {
    #[serde(default)]
    question: String,
}

/// `POST /challenges/{slug}/questions`: a signed-in person asks; the
/// question waits for the organizers.
pub(crate) async fn ask_question(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<AskForm>,
) -> Result<Response, AppError> {
    if challenge.is_draft() {
        return Err(AppError::Conflict(plaza_core::challenge::draft_refusal()));
    }
    let viewer = current.viewer();
    let body = match check_question(&form.question) {
        Ok(body) => body,
        Err(problem) => {
            let mut page = questions_page(&state, &viewer, &challenge).await?;
            page.error = problem;
            page.draft = form.question.chars().take(MAX_QUESTION * 2).collect();
            let html = state.templates.render("pages/public/questions.html", &page)?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
    };
    let bucket = format!("question:{}", current.user.id.0);
    if !state.store.rate_limit(&bucket, chrono::Duration::hours(1), u64::from(QUESTIONS_PER_HOUR)).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr_with(
            "qa-too-many",
            &[("count", QUESTIONS_PER_HOUR.into())],
        )));
    }
    state.store.ask_question(challenge.id, current.user.id, &body).await?;
    tracing::info!(challenge = challenge.id, user = current.user.id.0, "question asked");
    Ok(Redirect::to(&format!("/challenges/{}/questions?notice=asked", challenge.slug)).into_response())
}
