//! Organizers read every review of an ideas track before publishing: per
//! idea, each judge's scores, their feedback for the entrant and their
//! private note. A piece of feedback can be held back from the entrant, with
//! a reason kept in the audit log, and let go again until the results are
//! published.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::{Idea, Track, UserId};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::render::notice::{NoticeQuery, ReviewsNotice};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Longest reason for holding feedback back, in characters.
const MAX_REASON: usize = 1000;

#[derive(Serialize)]
struct ReviewView {
    /// "idea-judge", to place an error beside its form.
    key: String,
    judge_id: i64,
    judge_name: String,
    /// "Impact: 4", one per criterion.
    scores: Vec<String>,
    feedback: String,
    private_note: String,
    held: bool,
    held_reason: String,
}

#[derive(Serialize)]
struct IdeaReviews {
    idea_id: i64,
    title: String,
    url: String,
    reviews: Vec<ReviewView>,
}

#[derive(Serialize)]
struct ReviewsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    base_url: String,
    ideas: Vec<IdeaReviews>,
    published: bool,
    notice: String,
    error: String,
    /// Where the error belongs: "idea-judge".
    error_at: String,
}

fn published(organizer: &ChallengeOrganizer) -> bool {
    organizer.challenge.timeline.results_published(Utc::now())
}

async fn render(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    notice: &str,
    error: (&str, String),
    status: StatusCode,
) -> Result<Response, AppError> {
    let judging = state.store.track_judging(track).await?;
    let reviews = state.store.track_reviews(track.id).await?;
    let holds = state.store.feedback_holds(track.id).await?;
    let ideas: Vec<Idea> = state.store.track_ideas(track.id).await?.into_iter().filter(Idea::judgeable).collect();
    // The judges' names in one query; a judge whose role was since removed is read alone.
    let mut names: Vec<(UserId, String)> = state
        .store
        .role_holders(organizer.challenge.id)
        .await?
        .into_iter()
        .map(|holder| (holder.user.id, holder.user.display_name))
        .collect();
    let mut out = Vec::new();
    for idea in &ideas {
        let mut views = Vec::new();
        for review in reviews.iter().filter(|r| r.idea_id == idea.id) {
            let name = match names.iter().find(|(id, _)| *id == review.judge) {
                Some((_, name)) => name.clone(),
                None => {
                    let name = state.store.user_by_id(review.judge).await?.map_or_else(
                        || {
                            plaza_i18n::tr_with(
                                "web-organize-reviews-judge-number",
                                &[("id", review.judge.0.to_string().into())],
                            )
                        },
                        |u| u.display_name,
                    );
                    names.push((review.judge, name.clone()));
                    name
                }
            };
            let hold = holds.iter().find(|h| h.idea_id == idea.id && h.judge == review.judge);
            views.push(ReviewView {
                key: format!("{}-{}", idea.id, review.judge.0),
                judge_id: review.judge.0,
                judge_name: name,
                scores: judging
                    .criteria
                    .iter()
                    .zip(&review.scores)
                    .map(|(criterion, score)| format!("{}: {score}", criterion.name))
                    .collect(),
                feedback: review.feedback.clone(),
                private_note: review.private_note.clone(),
                held: hold.is_some(),
                held_reason: hold.map(|h| h.reason.clone()).unwrap_or_default(),
            });
        }
        out.push(IdeaReviews {
            idea_id: idea.id,
            title: idea.fields.title.clone(),
            url: format!("/ideas/{}", idea.id),
            reviews: views,
        });
    }
    let base_url = format!("/challenges/{}/manage/judging/{}", organizer.challenge.slug, track.slug);
    let page = ReviewsPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-reviews", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(&organizer.challenge, Utc::now()),
        track_title: track.title.clone(),
        base_url,
        ideas: out,
        published: published(organizer),
        notice: notice.to_string(),
        error_at: error.0.to_owned(),
        error: error.1,
    };
    Ok((status, Html(state.templates.render("pages/organize/reviews.html", &page)?)).into_response())
}

pub(crate) async fn show_reviews(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = ReviewsNotice::sentence_for(query.notice.as_deref());
    render(&state, &organizer, &track, &notice, ("", String::new()), StatusCode::OK).await
}

#[derive(Deserialize)]
pub(crate) struct HoldForm {
    idea: i64,
    judge: i64,
    #[serde(default)]
    reason: String,
}

/// The review a form names, on this track, or not found.
async fn review_of(
    state: &AppState,
    track: &Track,
    idea: i64,
    judge: i64,
) -> Result<plaza_core::ReviewRecord, AppError> {
    let idea = state.store.idea(idea).await?.filter(|i| i.track_id == track.id).ok_or(AppError::NotFound)?;
    state.store.review(idea.id, UserId(judge)).await?.ok_or(AppError::NotFound)
}

fn back(organizer: &ChallengeOrganizer, track: &Track, notice: ReviewsNotice, idea: i64) -> Response {
    Redirect::to(&format!(
        "/challenges/{}/manage/judging/{}/reviews?notice={}#idea-{idea}",
        organizer.challenge.slug,
        track.slug,
        notice.name()
    ))
    .into_response()
}

fn already_sent() -> String {
    plaza_i18n::tr("web-organize-reviews-already-sent")
}

/// Holds a judge's feedback back from the entrant; a reason is required.
pub(crate) async fn hold_feedback(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(form): CsrfForm<HoldForm>,
) -> Result<Response, AppError> {
    let review = review_of(&state, &track, form.idea, form.judge).await?;
    let at = format!("{}-{}", form.idea, form.judge);
    if published(&organizer) {
        return render(&state, &organizer, &track, "", (&at, already_sent()), StatusCode::CONFLICT).await;
    }
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON {
        let message = plaza_i18n::tr_with("web-organize-reviews-reason-needed", &[("max", MAX_REASON.into())]);
        return render(&state, &organizer, &track, "", (&at, message), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if review.feedback.trim().is_empty() {
        let message = plaza_i18n::tr("web-organize-reviews-no-feedback");
        return render(&state, &organizer, &track, "", (&at, message), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let actor = organizer.current.user.id;
    state.store.hold_feedback(organizer.challenge.id, track.id, review.idea_id, review.judge, reason, actor).await?;
    Ok(back(&organizer, &track, ReviewsNotice::Held, review.idea_id))
}

#[derive(Deserialize)]
pub(crate) struct ReleaseForm {
    idea: i64,
    judge: i64,
}

/// Lets held-back feedback go to the entrant after all.
pub(crate) async fn release_feedback(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(form): CsrfForm<ReleaseForm>,
) -> Result<Response, AppError> {
    let review = review_of(&state, &track, form.idea, form.judge).await?;
    if published(&organizer) {
        let at = format!("{}-{}", form.idea, form.judge);
        return render(&state, &organizer, &track, "", (&at, already_sent()), StatusCode::CONFLICT).await;
    }
    let actor = organizer.current.user.id;
    state.store.release_feedback(organizer.challenge.id, track.id, review.idea_id, review.judge, actor).await?;
    Ok(back(&organizer, &track, ReviewsNotice::Released, review.idea_id))
}
