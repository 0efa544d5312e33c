//! Residents' questions, for the organizers: publish, answer (which
//! publishes and emails the answer to the person who asked and to the
//! challenge's followers), decline with a reason, pin under the brief.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::qa::{MAX_ANSWER, MAX_REASON, Question, check_answer, check_reason};
use plaza_core::{OutgoingEmail, User};
use plaza_store::Moderation;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct QuestionRow {
    id: i64,
    body: String,
    asked_by: String,
    status: &'static str,
    status_label: String,
    answer: String,
    decline_reason: String,
    pinned: bool,
    action_url: String,
}

#[derive(Serialize)]
struct ManagePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    questions: Vec<QuestionRow>,
    notice: String,
    /// A refused action: which question, and why.
    error_for: i64,
    error: String,
    max_answer: usize,
    max_reason: usize,
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
    emails: Option<usize>,
}

async fn manage_page(state: &AppState, organizer: &ChallengeOrganizer) -> Result<ManagePage, AppError> {
    let challenge = &organizer.challenge;
    let questions = state.store.challenge_questions(challenge.id).await?;
    let mut names: BTreeMap<i64, String> = BTreeMap::new();
    let mut rows = Vec::with_capacity(questions.len());
    for q in questions {
        if let std::collections::btree_map::Entry::Vacant(slot) = names.entry(q.asker.0) {
            slot.insert(state.store.user_by_id(q.asker).await?.map(|u| u.display_name).unwrap_or_default());
        }
        rows.push(QuestionRow {
            id: q.id,
            asked_by: plaza_i18n::tr_with(
                "qa-manage-asked-by",
                &[
                    ("name", names.get(&q.asker.0).cloned().unwrap_or_default().into()),
                    ("date", challenge.timeline.moment(q.created_at).into()),
                ],
            ),
            status: q.status.name(),
            status_label: q.status.label(),
            body: q.body,
            answer: q.answer,
            decline_reason: q.decline_reason,
            pinned: q.pinned,
            action_url: format!("/challenges/{}/manage/questions/{}", challenge.slug, q.id),
        });
    }
    Ok(ManagePage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("qa-manage-title", &[("name", challenge.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        questions: rows,
        notice: String::new(),
        error_for: 0,
        error: String::new(),
        max_answer: MAX_ANSWER,
        max_reason: MAX_REASON,
    })
}

/// `GET /challenges/{slug}/manage/questions`
pub(crate) async fn show_questions(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut page = manage_page(&state, &organizer).await?;
    page.notice = match query.notice.as_deref() {
        Some("published") => plaza_i18n::tr("qa-manage-notice-published"),
        Some("answered") => {
            plaza_i18n::tr_with("qa-manage-notice-answered", &[("emails", query.emails.unwrap_or(0).into())])
        }
        Some("declined") => plaza_i18n::tr("qa-manage-notice-declined"),
        Some("pinned") => plaza_i18n::tr("qa-manage-notice-pinned"),
        Some("unpinned") => plaza_i18n::tr("qa-manage-notice-unpinned"),
        _ => String::new(),
    };
    Ok(Html(state.templates.render("pages/organize/questions.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct ModerateForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

/// `POST /challenges/{slug}/manage/questions/{question}`
pub(crate) async fn moderate_question(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ModerateForm, { crate::organize::details::DETAILS_FORM_BYTES }>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let question = state.store.challenge_question(challenge.id, id).await?.ok_or(AppError::NotFound)?;
    let checked = match form.action.as_str() {
        "publish" => Ok((Moderation::Publish, "published")),
        "answer" => check_answer(&form.answer).map(|answer| (Moderation::Answer { answer }, "answered")),
        "decline" => check_reason(&form.reason).map(|reason| (Moderation::Decline { reason }, "declined")),
        "pin" => Ok((Moderation::Pin(true), "pinned")),
        "unpin" => Ok((Moderation::Pin(false), "unpinned")),
        _ => Err(plaza_i18n::tr("qa-manage-unknown-action")),
    };
    let (moderation, notice) = match checked {
        Ok(checked) => checked,
        Err(problem) => {
            let mut page = manage_page(&state, &organizer).await?;
            page.error_for = id;
            page.error = problem;
            let html = state.templates.render("pages/organize/questions.html", &page)?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
    };
    let emails = match &moderation {
        Moderation::Answer { answer } => answer_emails(&state, challenge, &question, answer).await?,
        _ => Vec::new(),
    };
    let by = organizer.current.user.id;
    match state.store.moderate_question(challenge.id, id, &moderation, by, &emails).await {
        Ok(_) => {}
        Err(plaza_store::Error::Refused(refusal)) => {
            let mut page = manage_page(&state, &organizer).await?;
            page.error_for = id;
            page.error = refusal.to_string();
            let html = state.templates.render("pages/organize/questions.html", &page)?;
            return Ok((StatusCode::CONFLICT, Html(html)).into_response());
        }
        Err(fault) => return Err(fault.into()),
    }
    tracing::info!(challenge = challenge.id, question = id, action = notice, "question moderated");
    let emails_sent = if notice == "answered" { format!("&emails={}", emails.len()) } else { String::new() };
    Ok(Redirect::to(&format!(
        "/challenges/{}/manage/questions?notice={notice}{emails_sent}#question-{id}",
        challenge.slug
    ))
    .into_response())
}

/// The answer, to the person who asked and to the challenge's followers who
/// want its news (with an account or by email alone), each in their language.
async fn answer_emails(
    state: &AppState,
    challenge: &plaza_core::Challenge,
    question: &Question,
    answer: &str,
) -> Result<Vec<OutgoingEmail>, AppError> {
    let mut to: Vec<User> = Vec::new();
    if let Some(asker) = state.store.user_by_id(question.asker).await? {
        to.push(asker);
    }
    for follower in state.store.followers(challenge.id).await? {
        if follower.notify_news && !to.iter().any(|u| u.id == follower.id) {
            to.push(follower);
        }
    }
    let ids: Vec<plaza_core::UserId> = to.iter().map(|u| u.id).collect();
    let tokens = state.store.unsubscribe_tokens(&ids).await?;
    // Each reader with their own stop link: accounts by their unsubscribe
    // token, residents who follow by email alone by theirs (unless an
    // account of the same address already gets it).
    let mut readers: Vec<(String, plaza_core::Email, Option<String>, bool, &'static str)> = to
        .iter()
        .map(|user| {
            let stop = tokens.get(&user.id).map(|t| format!("/unsubscribe?token={t}"));
            let lang = plaza_i18n::preferred(user.locale.as_deref());
            (user.display_name.clone(), user.email.clone(), stop, user.id == question.asker, lang)
        })
        .collect();
    for follower in state.store.email_followers(challenge.id).await? {
        if !to.iter().any(|user| user.email == follower.email) {
            let lang = plaza_i18n::preferred(follower.locale.as_deref());
            let name = plaza_i18n::tr_in(lang, "email-name-of-a-follower", &[]);
            let stop = Some(format!("/follow/stop?token={}", follower.stop_token));
            readers.push((name, follower.email, stop, false, lang));
        }
    }
    let link = state.settings.link(&format!("/challenges/{}/questions", challenge.slug));
    let mut emails = Vec::with_capacity(readers.len());
    for (name, email, stop, asked_by_reader, lang) in &readers {
        let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
        let message = plaza_mail::emails::QuestionAnswered {
            name,
            challenge_title: &challenge_title,
            question: &question.body,
            answer,
            asked_by_reader: *asked_by_reader,
            link: &link,
        };
        let unsubscribe = stop.as_ref().map(|path| state.settings.link(path));
        let mail = state.emails.render(lang, email, &message, unsubscribe.as_deref());
        emails.push(mail.map_err(|e| AppError::Internal(e.to_string()))?);
    }
    Ok(emails)
}
