//! Updates and answers back, for organizers: post a dated update on the
//! challenge or one of its projects (emailed to everyone who asked for
//! news, with a one-click unsubscribe link), then read residents' answers,
//! summarized per update, mark them read or answered, and publish a reply.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::attachment::strip_metadata;
use plaza_core::idea::{MAX_FILE_BYTES, sniff_attachment};
use plaza_core::implementation::{
    DEFAULT_QUESTION, Feedback, FeedbackState, FeedbackSummary, MAX_FEEDBACK, MAX_NAME, MAX_QUESTION, UpdateDraft,
    UpdateFields, check_update, summarize,
};
use plaza_core::implementation::{MAX_PICTURES, check_alt};
use plaza_core::{Challenge, OutgoingEmail};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::upload::read_bounded;
use crate::organize::details::ProblemView;
use crate::public::progress::{ProjectView, load_projects, project_title};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Room for an update: its pictures, its Markdown (up to 4 bytes a
/// character) and the other fields with their multipart headers.
pub const UPDATE_FORM_BYTES: usize = plaza_core::implementation::MAX_PICTURES * MAX_FILE_BYTES
    + plaza_core::implementation::MAX_UPDATE * 4
    + 4 * crate::MAX_FORM_BYTES;

#[derive(Serialize)]
struct FeedbackView {
    id: i64,
    rating: Option<u8>,
    text: String,
    state: &'static str,
    state_label: String,
    reply: String,
    received: String,
}

#[derive(Serialize)]
struct UpdateSummaryView {
    /// 0 for the standing "Tell us" channel.
    id: i64,
    title: String,
    published: String,
    question: String,
    project_title: String,
    summary: FeedbackSummary,
    feedback: Vec<FeedbackView>,
}

#[derive(Serialize)]
struct UpdatesPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    projects: Vec<ProjectView>,
    updates: Vec<UpdateSummaryView>,
    /// Answers to each project's own question.
    project_answers: Vec<UpdateSummaryView>,
    channel: UpdateSummaryView,
    results_published: bool,
    recipients: usize,
    notice: String,
    problems: Vec<ProblemView>,
    form: FormView,
    default_question: String,
    limits: Limits,
}

#[derive(Serialize)]
struct Limits {
    title: usize,
    question: usize,
    reply: usize,
}

#[derive(Serialize, Default)]
struct FormView {
    title: String,
    body_md: String,
    question: String,
    project_id: String,
}

fn feedback_view(challenge: &Challenge, f: &Feedback) -> FeedbackView {
    FeedbackView {
        id: f.id,
        rating: f.rating,
        text: f.text.clone(),
        state: f.state.name(),
        state_label: f.state.label(),
        reply: f.reply.clone(),
        received: challenge.timeline.zone.moment(f.created_at),
    }
}

async fn updates_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    notice: String,
    problems: Vec<ProblemView>,
    form: FormView,
) -> Result<UpdatesPage, AppError> {
    let challenge = &organizer.challenge;
    let projects = load_projects(state, challenge).await?;
    let feedback = state.store.feedback(challenge.id).await?;
    let of = |update: Option<i64>| -> Vec<&Feedback> {
        feedback.iter().filter(|f| f.update_id == update && (update.is_some() || f.project_id.is_none())).collect()
    };
    let project_answers = projects
        .iter()
        .map(|p| {
            let answers: Vec<&Feedback> = feedback.iter().filter(|f| f.project_id == Some(p.id)).collect();
            UpdateSummaryView {
                id: p.id,
                title: p.title.clone(),
                published: String::new(),
                question: plaza_core::implementation::question_in_words(&p.question),
                project_title: p.title.clone(),
                summary: summarize(answers.iter().copied()),
                feedback: answers.iter().map(|f| feedback_view(challenge, f)).collect(),
            }
        })
        .collect();
    let updates = state
        .store
        .updates(challenge.id)
        .await?
        .into_iter()
        .map(|u| {
            let answers = of(Some(u.id));
            UpdateSummaryView {
                id: u.id,
                title: u.title.clone(),
                published: challenge.timeline.zone.moment(u.published_at),
                question: plaza_core::implementation::question_in_words(&u.question),
                project_title: project_title(&projects, u.project_id),
                summary: summarize(answers.iter().copied()),
                feedback: answers.iter().map(|f| feedback_view(challenge, f)).collect(),
            }
        })
        .collect();
    let channel_answers = of(None);
    let channel = UpdateSummaryView {
        id: 0,
        title: plaza_i18n::tr("web-organize-updates-tell-us"),
        published: String::new(),
        question: String::new(),
        project_title: String::new(),
        summary: summarize(channel_answers.iter().copied()),
        feedback: channel_answers.iter().map(|f| feedback_view(challenge, f)).collect(),
    };
    Ok(UpdatesPage {
        page: organizer.current.viewer().page(
            state,
            plaza_i18n::tr_with("title-updates-and-answers", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        projects,
        updates,
        project_answers,
        channel,
        results_published: challenge.timeline.results_published(Utc::now()),
        recipients: state.store.news_recipients(challenge.id).await?.len()
            + state.store.email_follower_count(challenge.id).await?,
        notice,
        problems,
        form,
        default_question: plaza_core::implementation::question_in_words(DEFAULT_QUESTION),
        limits: Limits { title: MAX_NAME, question: MAX_QUESTION, reply: MAX_FEEDBACK },
    })
}

fn render(state: &AppState, page: &UpdatesPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/updates.html", page)?)).into_response())
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
    sent: Option<usize>,
}

/// `GET /challenges/{slug}/manage/updates`
pub(crate) async fn show_updates(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = match query.notice.as_deref() {
        Some("posted") => match query.sent.unwrap_or(0) {
            0 => plaza_i18n::tr("web-organize-updates-posted-nobody"),
            n => plaza_i18n::tr_with("web-organize-updates-posted", &[("count", n.into())]),
        },
        Some("marked") => plaza_i18n::tr("web-organize-updates-saved"),
        Some("replied") => plaza_i18n::tr("web-organize-updates-replied"),
        _ => String::new(),
    };
    let page = updates_page(&state, &organizer, notice, Vec::new(), FormView::default()).await?;
    render(&state, &page, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/updates`: publishes an update, with up
/// to [`MAX_PICTURES`] pictures, and emails it. The upload is read field by
/// field with a byte bound each, the form's token first.
pub(crate) async fn post_update(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    let challenge = &organizer.challenge;
    let mut multipart =
        axum::extract::Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut token_checked = false;
    let mut draft = UpdateDraft::default();
    let mut pictures: Vec<(Vec<u8>, String)> = vec![(Vec::new(), String::new()); MAX_PICTURES];
    let mut problems: Vec<ProblemView> = Vec::new();
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-organize-updates-upload-unreadable",
            &[("error", e.to_string().into())],
        ))
    })? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "csrf_token" {
            let token = read_bounded(&mut field, 200).await?.unwrap_or_default();
            if token.is_empty() || !crate::extract::csrf::same(&token, organizer.current.csrf.as_bytes()) {
                return Err(AppError::CsrfRejected);
            }
            token_checked = true;
            continue;
        }
        // Nothing else is read before the token: a forged upload is refused unread.
        if !token_checked {
            return Err(AppError::CsrfRejected);
        }
        let picture = |prefix: &str| {
            name.strip_prefix(prefix).and_then(|n| n.parse::<usize>().ok()).filter(|n| (1..=MAX_PICTURES).contains(n))
        };
        if let Some(n) = picture("picture_") {
            match read_bounded(&mut field, MAX_FILE_BYTES).await? {
                Some(bytes) => pictures[n - 1].0 = bytes,
                None => problems.push(ProblemView {
                    field: "pictures",
                    message: plaza_i18n::tr_with(
                        "web-organize-updates-picture-too-large",
                        &[("n", n.into()), ("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
                    ),
                }),
            }
            continue;
        }
        let text_max = match name.as_str() {
            "body_md" => plaza_core::implementation::MAX_UPDATE * 4 + 64,
            _ => 4 * 1024,
        };
        let Some(bytes) = read_bounded(&mut field, text_max).await? else {
            return Err(AppError::PayloadTooLarge(plaza_i18n::tr_with(
                "web-organize-updates-field-too-long",
                &[("field", name.as_str().into())],
            )));
        };
        let value = String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            "title" => draft.title = value,
            "body_md" => draft.body_md = value,
            "question" => draft.question = value,
            "project_id" => draft.project_id = value,
            _ => {
                if let Some(n) = picture("alt_") {
                    pictures[n - 1].1 = value;
                }
            }
        }
    }
    if !token_checked {
        return Err(AppError::CsrfRejected);
    }
    if !challenge.timeline.results_published(Utc::now()) {
        let problems =
            vec![ProblemView { field: "title", message: plaza_i18n::tr("web-organize-updates-results-first") }];
        let page = updates_page(&state, &organizer, String::new(), problems, form_view(&draft)).await?;
        return render(&state, &page, StatusCode::CONFLICT);
    }
    let projects: Vec<i64> = state.store.projects(challenge.id).await?.iter().map(|p| p.id).collect();
    let fields = match check_update(&draft, &projects) {
        Ok(fields) => Some(fields),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| ProblemView { field: p.field, message: p.message }));
            None
        }
    };
    // Each picture: an image by its first bytes, described, and cleaned of its metadata.
    let mut kept = Vec::new();
    for (index, (bytes, alt)) in pictures.into_iter().enumerate() {
        let n = index + 1;
        if bytes.is_empty() {
            continue;
        }
        let Some(content_type) = sniff_attachment(&bytes).filter(|t| t.starts_with("image/")) else {
            problems.push(ProblemView {
                field: "pictures",
                message: plaza_i18n::tr_with("web-organize-updates-picture-wrong-kind", &[("n", n.into())]),
            });
            continue;
        };
        let alt = match check_alt(n, &alt) {
            Ok(alt) => alt,
            Err(problem) => {
                problems.push(ProblemView { field: problem.field, message: problem.message });
                continue;
            }
        };
        let cleaned = plaza_i18n::spawn_blocking(move || strip_metadata(content_type, &bytes, MAX_FILE_BYTES))
            .await
            .map_err(|e| AppError::Internal(format!("cleaning a picture stopped: {e}")))?;
        match cleaned {
            Ok(bytes) => kept.push((bytes, content_type.to_owned(), alt)),
            Err(problem) => problems.push(ProblemView {
                field: "pictures",
                message: plaza_i18n::tr_with(
                    "web-organize-updates-picture-problem",
                    &[("n", n.into()), ("problem", problem.to_string().into())],
                ),
            }),
        }
    }
    let (Some(fields), true) = (fields, problems.is_empty()) else {
        if !kept.is_empty() || problems.iter().any(|p| p.field == "pictures") {
            problems.push(ProblemView {
                field: "pictures",
                message: plaza_i18n::tr("web-organize-updates-pictures-not-kept"),
            });
        }
        let page = updates_page(&state, &organizer, String::new(), problems, form_view(&draft)).await?;
        return render(&state, &page, StatusCode::BAD_REQUEST);
    };
    let mut stored = Vec::with_capacity(kept.len());
    for (bytes, content_type, alt) in kept {
        stored.push((state.blobs.put_bytes(&bytes).await?, content_type, alt));
    }
    let emails = update_emails(&state, challenge, &fields).await?;
    let id =
        state.store.post_update(challenge.id, &fields, organizer.current.user.id, Utc::now(), &stored, &emails).await?;
    tracing::info!(
        challenge = challenge.id,
        update = id,
        pictures = stored.len(),
        emails = emails.len(),
        "update published"
    );
    Ok(Redirect::to(&format!("/challenges/{}/manage/updates?notice=posted&sent={}", challenge.slug, emails.len()))
        .into_response())
}

fn form_view(draft: &UpdateDraft) -> FormView {
    FormView {
        title: draft.title.clone(),
        body_md: draft.body_md.clone(),
        question: draft.question.clone(),
        project_id: draft.project_id.clone(),
    }
}

/// One email to each person who asked for news, with their unsubscribe link.
async fn update_emails(
    state: &AppState,
    challenge: &Challenge,
    fields: &UpdateFields,
) -> Result<Vec<OutgoingEmail>, AppError> {
    let recipients = state.store.news_recipients(challenge.id).await?;
    let ids: Vec<plaza_core::UserId> = recipients.iter().map(|user| user.id).collect();
    let tokens = state.store.unsubscribe_tokens(&ids).await?;
    let link = state.settings.link(&format!("/challenges/{}/progress", challenge.slug));
    let outreach = state.store.outreach(challenge.id).await?;
    // Each person who asked for news, with their own stop link: accounts
    // by their unsubscribe token, residents who follow by email alone by
    // theirs (unless an account of the same address already gets it).
    let mut to: Vec<(String, plaza_core::Email, String, &'static str)> = Vec::with_capacity(recipients.len());
    for person in &recipients {
        let token =
            tokens.get(&person.id).ok_or_else(|| AppError::Internal(format!("user {} has no row", person.id.0)))?;
        to.push((
            person.display_name.clone(),
            person.email.clone(),
            format!("/unsubscribe?token={token}"),
            plaza_i18n::preferred(person.locale.as_deref()),
        ));
    }
    for follower in state.store.email_followers(challenge.id).await? {
        if !recipients.iter().any(|person| person.email == follower.email) {
            let lang = plaza_i18n::preferred(follower.locale.as_deref());
            let name = plaza_i18n::tr_in(lang, "email-name-of-a-follower", &[]);
            to.push((name, follower.email, format!("/follow/stop?token={}", follower.stop_token), lang));
        }
    }
    let mut emails = Vec::with_capacity(to.len());
    for (name, email, stop, lang) in to {
        let question =
            plaza_i18n::in_language(lang, || plaza_core::implementation::question_in_words(&fields.question));
        let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
        let message = plaza_mail::emails::ChallengeUpdate {
            name: &name,
            challenge_title: &challenge_title,
            title: &fields.title,
            body: &fields.body_md,
            question: &question,
            link: &link,
            offline: (&outreach).into(),
        };
        let mail = state.emails.render(lang, &email, &message, Some(&state.settings.link(&stop)));
        emails.push(mail.map_err(|e| AppError::Internal(e.to_string()))?);
    }
    Ok(emails)
}

#[derive(Deserialize)]
pub(crate) struct AnswerForm {
    /// `read`, `answered`, `new`, or `reply` (publish `reply`).
    #[serde(default)]
    action: String,
    #[serde(default)]
    reply: String,
}

/// `POST /challenges/{slug}/manage/feedback/{feedback}`: marks a message
/// read, answered or not read, or publishes a reply to it.
pub(crate) async fn answer_feedback(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let (state_to, reply, notice) = match form.action.as_str() {
        "reply" => {
            let reply = form.reply.trim();
            let length = reply.chars().count();
            let problem = if reply.is_empty() {
                Some(plaza_i18n::tr("web-organize-updates-reply-empty"))
            } else if length > MAX_FEEDBACK {
                Some(plaza_i18n::tr_with(
                    "web-organize-updates-reply-too-long",
                    &[("length", length.into()), ("max", MAX_FEEDBACK.into())],
                ))
            } else {
                None
            };
            if let Some(message) = problem {
                let page = updates_page(
                    &state,
                    &organizer,
                    String::new(),
                    vec![ProblemView { field: "reply", message }],
                    FormView::default(),
                )
                .await?;
                return render(&state, &page, StatusCode::BAD_REQUEST);
            }
            (FeedbackState::Answered, Some(reply.to_owned()), "replied")
        }
        other => match FeedbackState::parse(other) {
            Some(to) => (to, None, "marked"),
            None => return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-updates-choose-state"))),
        },
    };
    match state.store.mark_feedback(challenge.id, id, state_to, reply.as_deref()).await {
        Ok(()) => {}
        Err(plaza_store::Error::Refused(_)) => return Err(AppError::NotFound),
        Err(fault) => return Err(fault.into()),
    }
    Ok(Redirect::to(&format!("/challenges/{}/manage/updates?notice={notice}#feedback-{id}", challenge.slug))
        .into_response())
}
