//! Data stories, for the people who moderate them (organizers and partner
//! organizations): publish a story, fix a typo with a note the public
//! reads, or decline it with a reason its author reads.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::story::{MAX_BODY, MAX_NOTE, MAX_TITLE, StoryDraft, StoryStatus, check_note, check_story};
use plaza_store::stories::StoryModeration;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::PageContext;
use crate::extract::csrf::CsrfForm;
use crate::organize::data_reports::ChallengeTriager;
use crate::public::stories::StoryView;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct StoryRow {
    #[serde(flatten)]
    story: StoryView,
    dataset: String,
    action_url: String,
}

#[derive(Serialize)]
struct ModeratePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    organizer: bool,
    stories: Vec<StoryRow>,
    waiting: usize,
    notice: String,
    error_for: i64,
    error: String,
    max_title: usize,
    max_body: usize,
    max_note: usize,
}

async fn moderate_page(state: &AppState, triager: &ChallengeTriager) -> Result<ModeratePage, AppError> {
    let challenge = &triager.challenge;
    let datasets = state.store.datasets(challenge.id).await?;
    let mut stories = state.store.challenge_stories(challenge.id).await?;
    // Waiting stories first, then the newest.
    stories.sort_by_key(|s| (s.status != StoryStatus::Waiting, std::cmp::Reverse(s.id)));
    let mut rows = Vec::with_capacity(stories.len());
    for story in &stories {
        let Some(dataset) = datasets.iter().find(|d| d.id == story.dataset_id) else { continue };
        let author = state.store.user_by_id(story.author).await?.map(|u| u.display_name).unwrap_or_default();
        rows.push(StoryRow {
            story: StoryView::new(story, &author, challenge, dataset),
            dataset: dataset.title.clone(),
            action_url: format!("/challenges/{}/manage/stories/{}", challenge.slug, story.id),
        });
    }
    Ok(ModeratePage {
        page: triager
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("story-manage-title", &[("name", challenge.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        organizer: triager.organizer,
        waiting: stories.iter().filter(|s| s.status == StoryStatus::Waiting).count(),
        stories: rows,
        notice: String::new(),
        error_for: 0,
        error: String::new(),
        max_title: MAX_TITLE,
        max_body: MAX_BODY,
        max_note: MAX_NOTE,
    })
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
}

/// `GET /challenges/{slug}/manage/stories`
pub(crate) async fn show_stories(
    State(state): State<AppState>,
    triager: ChallengeTriager,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut page = moderate_page(&state, &triager).await?;
    page.notice = match query.notice.as_deref() {
        Some("published") => plaza_i18n::tr("story-manage-notice-published"),
        Some("edited") => plaza_i18n::tr("story-manage-notice-edited"),
        Some("declined") => plaza_i18n::tr("story-manage-notice-declined"),
        _ => String::new(),
    };
    Ok(Html(state.templates.render("pages/organize/stories.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct ModerateForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reason: String,
}

/// `POST /challenges/{slug}/manage/stories/{story}`
pub(crate) async fn moderate_story(
    State(state): State<AppState>,
    triager: ChallengeTriager,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ModerateForm, { crate::organize::details::DETAILS_FORM_BYTES }>,
) -> Result<Response, AppError> {
    let challenge = &triager.challenge;
    let story = state.store.story(challenge.id, id).await?.ok_or(AppError::NotFound)?;
    let checked = match form.action.as_str() {
        "publish" => Ok((StoryModeration::Publish, "published")),
        "edit" => {
            let dataset = state.store.datasets(challenge.id).await?.into_iter().find(|d| d.id == story.dataset_id);
            let rows = dataset.map_or(0, |d| d.row_count);
            let text = &story.text;
            let draft = StoryDraft {
                title: form.title.clone(),
                body: form.body.clone(),
                place: text.place.clone(),
                date_from: text.date_from.map(|d| d.to_string()).unwrap_or_default(),
                date_to: text.date_to.map(|d| d.to_string()).unwrap_or_default(),
                rows: text.rows.clone(),
                organization: text.organization.clone(),
            };
            match (check_story(&draft, rows), check_note(&form.note, "story-note-empty")) {
                (Ok(text), Ok(note)) => Ok((StoryModeration::Edit { text, note }, "edited")),
                (Err(problems), _) => Err(problems.into_iter().map(|p| p.message).collect::<Vec<_>>().join(" ")),
                (_, Err(problem)) => Err(problem),
            }
        }
        "decline" => check_note(&form.reason, "story-reason-empty")
            .map(|reason| (StoryModeration::Decline { reason }, "declined")),
        _ => Err(plaza_i18n::tr("story-manage-unknown-action")),
    };
    let (moderation, notice) = match checked {
        Ok(checked) => checked,
        Err(problem) => {
            let mut page = moderate_page(&state, &triager).await?;
            page.error_for = id;
            page.error = problem;
            let html = state.templates.render("pages/organize/stories.html", &page)?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
    };
    state.store.moderate_story(challenge.id, id, &moderation, triager.current.user.id).await?;
    tracing::info!(challenge = challenge.id, story = id, action = notice, "data story moderated");
    Ok(Redirect::to(&format!("/challenges/{}/manage/stories?notice={notice}#story-{id}", challenge.slug))
        .into_response())
}
