//! After the winners, in the open: the challenge's implementation tracker
//! (each winning idea's project, its status and progress in plain words,
//! sub-projects and milestones), the organizers' updates, residents'
//! answers to them (no account needed), and the updates' Atom feed.
//!
//! Public once the results are published; before that only organizers see
//! the tracker, so they can prepare it.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::Challenge;
use plaza_core::implementation::{
    Feedback, FeedbackDraft, Milestone, Project, ProjectStatus, Update, UpdatePicture, check_feedback, day, in_words,
    next_milestone, rolled_up,
};
use serde::{Deserialize, Serialize};

use plaza_store::implementation::FeedbackOn;

use crate::error::AppError;
use crate::extract::auth::{ClientKey, PageContext, Viewer, organizes};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::ChallengePath;
use crate::render::markdown;
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Feedback one address may send to one challenge per hour.
const FEEDBACK_PER_HOUR: u64 = 20;

#[derive(Serialize, Clone)]
pub(crate) struct MilestoneView {
    pub id: i64,
    pub title: String,
    pub due: String,
    /// `YYYY-MM-DD`, for forms.
    pub due_on: String,
    pub done: String,
    pub is_done: bool,
}

impl MilestoneView {
    pub(crate) fn new(m: &Milestone) -> Self {
        MilestoneView {
            id: m.id,
            title: m.title.clone(),
            due: day(m.due_on),
            due_on: m.due_on.format("%Y-%m-%d").to_string(),
            done: m.done_on.map(day).unwrap_or_default(),
            is_done: m.done_on.is_some(),
        }
    }
}

#[derive(Serialize, Clone)]
pub(crate) struct ProjectView {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub summary: String,
    pub status: String,
    pub status_id: i64,
    /// As shown: rolled up from sub-projects when it has any.
    pub progress: u8,
    /// As set on the project itself.
    pub own_progress: u8,
    pub weight: u32,
    /// "In progress, 40% done. Next: ..."
    pub in_words: String,
    pub milestones: Vec<MilestoneView>,
    pub parts: Vec<ProjectView>,
    pub idea_id: Option<i64>,
    pub submission_id: Option<i64>,
    /// Its feedback form's question.
    pub question: String,
    /// Answers to it the organizers replied to in public (filled in by the progress page).
    pub replies: Vec<ReplyView>,
    /// The project this one is part of.
    pub parent_id: Option<i64>,
}

/// The challenge's projects as pages show them: top-level projects, each
/// with its sub-projects and milestones.
pub(crate) fn project_views(
    projects: &[Project],
    statuses: &[ProjectStatus],
    milestones: &[Milestone],
) -> Vec<ProjectView> {
    let no_status = plaza_i18n::tr("web-public-progress-no-status");
    let shown = rolled_up(projects);
    let status_names: HashMap<i64, &str> = statuses.iter().map(|s| (s.id, s.name.as_str())).collect();
    let view = |project: &Project| {
        let own: Vec<Milestone> = milestones.iter().filter(|m| m.project_id == project.id).cloned().collect();
        let progress = shown.get(&project.id).copied().unwrap_or(project.progress);
        let status = status_names.get(&project.status_id).copied().unwrap_or(no_status.as_str()).to_owned();
        ProjectView {
            id: project.id,
            title: project.title.clone(),
            owner: project.owner.clone(),
            summary: project.summary.clone(),
            in_words: in_words(&status, progress, next_milestone(&own)),
            status: plaza_core::implementation::status_in_words(&status),
            status_id: project.status_id,
            progress,
            own_progress: project.progress,
            weight: project.weight,
            milestones: own.iter().map(MilestoneView::new).collect(),
            parts: Vec::new(),
            idea_id: project.idea_id,
            submission_id: project.submission_id,
            question: plaza_core::implementation::question_in_words(&project.question),
            replies: Vec::new(),
            parent_id: project.parent_id,
        }
    };
    projects
        .iter()
        .filter(|p| p.parent_id.is_none())
        .map(|parent| {
            let mut top = view(parent);
            top.parts = projects.iter().filter(|p| p.parent_id == Some(parent.id)).map(view).collect();
            top
        })
        .collect()
}

/// The challenge's projects, from the store.
pub(crate) async fn load_projects(state: &AppState, challenge: &Challenge) -> Result<Vec<ProjectView>, AppError> {
    let projects = state.store.projects(challenge.id).await?;
    if projects.is_empty() {
        return Ok(Vec::new());
    }
    let statuses = state.store.stored_project_statuses(challenge.id).await?;
    let milestones = state.store.milestones(challenge.id).await?;
    Ok(project_views(&projects, &statuses, &milestones))
}

/// The title of the project `id` (of an update about one), or nothing.
pub(crate) fn project_title(projects: &[ProjectView], id: Option<i64>) -> String {
    id.and_then(|id| projects.iter().find(|p| p.id == id).map(|p| p.title.clone())).unwrap_or_default()
}

#[derive(Serialize, Clone)]
pub(crate) struct ReplyView {
    pub text: String,
    pub reply: String,
    pub rating: Option<u8>,
}

#[derive(Serialize)]
pub(crate) struct UpdateView {
    pub id: i64,
    pub title: String,
    pub body_html: String,
    pub published: String,
    pub question: String,
    pub project_title: String,
    /// Answers the organizers replied to in public.
    pub replies: Vec<ReplyView>,
    pub pictures: Vec<PictureView>,
}

#[derive(Serialize)]
pub(crate) struct PictureView {
    pub url: String,
    pub alt: String,
}

pub(crate) fn update_views(
    challenge: &Challenge,
    updates: &[Update],
    projects: &[ProjectView],
    feedback: &[Feedback],
    pictures: &[UpdatePicture],
) -> Vec<UpdateView> {
    updates
        .iter()
        .map(|u| UpdateView {
            id: u.id,
            title: u.title.clone(),
            body_html: markdown::render_brief(&u.body_md),
            published: challenge.timeline.zone.moment(u.published_at),
            question: plaza_core::implementation::question_in_words(&u.question),
            project_title: project_title(projects, u.project_id),
            replies: feedback
                .iter()
                .filter(|f| f.update_id == Some(u.id) && !f.reply.is_empty())
                .map(|f| ReplyView { text: f.text.clone(), reply: f.reply.clone(), rating: f.rating })
                .collect(),
            pictures: pictures
                .iter()
                .filter(|p| p.update_id == u.id)
                .map(|p| PictureView { url: picture_url(challenge, p), alt: p.alt.clone() })
                .collect(),
        })
        .collect()
}

fn picture_url(challenge: &Challenge, picture: &UpdatePicture) -> String {
    format!("/challenges/{}/updates/{}/pictures/{}", challenge.slug, picture.update_id, picture.position)
}

/// `GET /challenges/{slug}/updates/{update}/pictures/{n}`: a picture of an
/// update, to whoever may see the tracker.
pub(crate) async fn show_update_picture(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(challenge): ChallengePath,
    axum::extract::Path((_, update, n)): axum::extract::Path<(String, i64, String)>,
) -> Result<Response, AppError> {
    let n: u32 = n.parse().map_err(|_| AppError::NotFound)?;
    let (allowed, _) = may_see(&state, &viewer, &challenge).await?;
    if !allowed {
        return Err(AppError::NotFound);
    }
    let pictures = state.store.update_pictures(challenge.id).await?;
    let picture = pictures.iter().find(|p| p.update_id == update && p.position == n).ok_or(AppError::NotFound)?;
    let bytes = state
        .blobs
        .read_head(&picture.blob.sha256, plaza_core::idea::MAX_FILE_BYTES + 1)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, picture.content_type.clone()),
            (header::CACHE_CONTROL, "public, max-age=3600".to_owned()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Serialize)]
struct ProgressPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    projects: Vec<ProjectView>,
    updates: Vec<UpdateView>,
    /// Replies to the standing "Tell us" channel.
    channel_replies: Vec<ReplyView>,
    results_published: bool,
    is_organizer: bool,
    /// Which form was just sent (`update-3`, `channel`), for the thank-you note.
    sent: String,
    /// A refused form: which one, and why.
    problem_form: String,
    problems: Vec<String>,
    rating_choices: Vec<RatingChoice>,
}

#[derive(Serialize, Clone)]
struct RatingChoice {
    value: u8,
    label: String,
}

/// The answers to "how well": each value and the message naming it.
const RATINGS: [(u8, &str); 5] = [
    (1, "web-public-progress-rating-1"),
    (2, "web-public-progress-rating-2"),
    (3, "web-public-progress-rating-3"),
    (4, "web-public-progress-rating-4"),
    (5, "web-public-progress-rating-5"),
];

/// The rating choices, in the reader's language.
fn rating_choices() -> Vec<RatingChoice> {
    RATINGS.iter().map(|&(value, id)| RatingChoice { value, label: plaza_i18n::tr(id) }).collect()
}

#[derive(Deserialize, Default)]
pub(crate) struct ProgressQuery {
    sent: Option<String>,
}

/// Whether `viewer` may see the tracker yet: everyone once the results are
/// published, organizers always.
async fn may_see(state: &AppState, viewer: &Viewer, challenge: &Challenge) -> Result<(bool, bool), AppError> {
    let is_organizer = match &viewer.user {
        Some(user) => organizes(state, user, challenge.id).await?,
        None => false,
    };
    let published = challenge.timeline.results_published(Utc::now());
    Ok((published || is_organizer, is_organizer))
}

/// `GET /challenges/{slug}/progress`
pub(crate) async fn show_progress(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(challenge): ChallengePath,
    Query(query): Query<ProgressQuery>,
) -> Result<Response, AppError> {
    let page =
        progress_page(&state, &viewer, &challenge, query.sent.unwrap_or_default(), String::new(), Vec::new()).await?;
    Ok(Html(state.templates.render("pages/public/progress.html", &page)?).into_response())
}

async fn progress_page(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    sent: String,
    problem_form: String,
    problems: Vec<String>,
) -> Result<ProgressPage, AppError> {
    let (allowed, is_organizer) = may_see(state, viewer, challenge).await?;
    if !allowed {
        return Err(AppError::NotFound);
    }
    let mut projects = load_projects(state, challenge).await?;
    let feedback = state.store.feedback(challenge.id).await?;
    for project in &mut projects {
        project.replies = feedback
            .iter()
            .filter(|f| f.project_id == Some(project.id) && !f.reply.is_empty())
            .map(|f| ReplyView { text: f.text.clone(), reply: f.reply.clone(), rating: f.rating })
            .collect();
    }
    let pictures = state.store.update_pictures(challenge.id).await?;
    let updates = update_views(challenge, &state.store.updates(challenge.id).await?, &projects, &feedback, &pictures);
    let channel_replies = feedback
        .iter()
        .filter(|f| f.update_id.is_none() && f.project_id.is_none() && !f.reply.is_empty())
        .map(|f| ReplyView { text: f.text.clone(), reply: f.reply.clone(), rating: f.rating })
        .collect();
    let numbered = |prefix: &str| sent.strip_prefix(prefix).is_some_and(|id| id.parse::<i64>().is_ok());
    let sent = if sent == "channel" || numbered("update-") || numbered("project-") { sent } else { String::new() };
    Ok(ProgressPage {
        page: viewer.page(
            state,
            plaza_i18n::tr_with("title-what-happened-next", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        projects,
        updates,
        channel_replies,
        results_published: challenge.timeline.results_published(Utc::now()),
        is_organizer,
        sent,
        problem_form,
        problems,
        rating_choices: rating_choices(),
    })
}

#[derive(Deserialize)]
pub(crate) struct FeedbackForm {
    #[serde(flatten)]
    answer: FeedbackDraft,
    /// The update answered; empty for a project or the standing "Tell us" channel.
    #[serde(default)]
    update_id: String,
    /// The project answered; empty for an update or the channel.
    #[serde(default)]
    project_id: String,
}

/// `POST /challenges/{slug}/feedback`: a resident answers an update, or
/// tells the organizers something. No account needed; each address may
/// send [`FEEDBACK_PER_HOUR`] an hour.
pub(crate) async fn send_feedback(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientKey(client): ClientKey,
    ChallengePath(challenge): ChallengePath,
    CsrfForm(form): CsrfForm<FeedbackForm>,
) -> Result<Response, AppError> {
    let (allowed, _) = may_see(&state, &viewer, &challenge).await?;
    if !allowed {
        return Err(AppError::NotFound);
    }
    let id = |text: &str| match text.trim() {
        "" => Ok(None),
        id => id.parse::<i64>().map(Some).map_err(|_| AppError::NotFound),
    };
    let on = match (id(&form.update_id)?, id(&form.project_id)?) {
        (Some(update), _) => FeedbackOn::Update(update),
        (None, Some(project)) => FeedbackOn::Project(project),
        (None, None) => FeedbackOn::Challenge,
    };
    let form_name = match on {
        FeedbackOn::Update(id) => format!("update-{id}"),
        FeedbackOn::Project(id) => format!("project-{id}"),
        FeedbackOn::Challenge => "channel".to_owned(),
    };
    let refuse = |problems: Vec<String>, status: StatusCode| {
        let state = state.clone();
        let form_name = form_name.clone();
        let challenge = challenge.clone();
        let viewer = &viewer;
        async move {
            let page = progress_page(&state, viewer, &challenge, String::new(), form_name, problems).await?;
            Ok::<Response, AppError>(
                (status, Html(state.templates.render("pages/public/progress.html", &page)?)).into_response(),
            )
        }
    };
    let (rating, text) = match check_feedback(&form.answer) {
        Ok(checked) => checked,
        Err(problems) => {
            return refuse(problems.into_iter().map(|p| p.message).collect(), StatusCode::BAD_REQUEST).await;
        }
    };
    let bucket = format!("feedback:{}:{client}", challenge.id);
    if !state.store.rate_limit(&bucket, chrono::Duration::hours(1), FEEDBACK_PER_HOUR).await? {
        let message = plaza_i18n::tr_with("web-public-progress-too-many", &[("count", FEEDBACK_PER_HOUR.into())]);
        return refuse(vec![message], StatusCode::TOO_MANY_REQUESTS).await;
    }
    match state.store.add_feedback(challenge.id, on, rating, &text).await {
        Ok(_) => {}
        Err(plaza_store::Error::Refused(_)) => return Err(AppError::NotFound),
        Err(fault) => return Err(fault.into()),
    }
    tracing::info!(challenge = challenge.id, on = ?on, "feedback received");
    let anchor = if on == FeedbackOn::Challenge { "tell-us".to_owned() } else { form_name.clone() };
    Ok(Redirect::to(&format!("/challenges/{}/progress?sent={form_name}#{anchor}", challenge.slug)).into_response())
}

/// `GET /challenges/{slug}/updates.atom`: the updates as an Atom feed
/// (RFC 4287), newest first. Public once the results are published.
pub(crate) async fn updates_feed(
    State(state): State<AppState>,
    ChallengePath(challenge): ChallengePath,
) -> Result<Response, AppError> {
    if challenge.is_draft() || !challenge.timeline.results_published(Utc::now()) {
        return Err(AppError::NotFound);
    }
    let projects = load_projects(&state, &challenge).await?;
    let updates = state.store.updates(challenge.id).await?;
    let pictures = state.store.update_pictures(challenge.id).await?;
    let page_url = state.settings.link(&format!("/challenges/{}/progress", challenge.slug));
    let feed_url = state.settings.link(&format!("/challenges/{}/updates.atom", challenge.slug));
    let updated = updates.first().map_or_else(
        || challenge.timeline.results_published_at.unwrap_or(challenge.timeline.closes_at),
        |u| u.published_at,
    );
    let mut xml =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let feed_title =
        plaza_i18n::tr_with("web-public-progress-feed-title", &[("title", challenge.title.to_string().into())]);
    xml.push_str(&format!("  <title>{}</title>\n", escape(&feed_title)));
    xml.push_str(&format!("  <subtitle>{}</subtitle>\n", escape(&challenge.summary)));
    xml.push_str(&format!("  <id>{}</id>\n", escape(&feed_url)));
    xml.push_str(&format!("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", escape(&feed_url)));
    xml.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&page_url)));
    xml.push_str(&format!("  <updated>{}</updated>\n", rfc3339(updated)));
    xml.push_str(&format!("  <author><name>{}</name></author>\n", escape(&challenge.host)));
    for update in &updates {
        let link = format!("{page_url}#update-{}", update.id);
        let project = update.project_id.and_then(|id| projects.iter().find(|p| p.id == id));
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape(&update.title)));
        xml.push_str(&format!("    <id>{}</id>\n", escape(&link)));
        xml.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&link)));
        xml.push_str(&format!("    <published>{}</published>\n", rfc3339(update.published_at)));
        xml.push_str(&format!("    <updated>{}</updated>\n", rfc3339(update.published_at)));
        if let Some(project) = project {
            xml.push_str(&format!(
                "    <category term=\"project-{}\" label=\"{}\"/>\n",
                project.id,
                escape(&project.title)
            ));
        }
        let mut html = markdown::render_brief(&update.body_md);
        for picture in pictures.iter().filter(|p| p.update_id == update.id) {
            html.push_str(&format!(
                "<p><img src=\"{}\" alt=\"{}\"></p>",
                escape(&state.settings.link(&picture_url(&challenge, picture))),
                escape(&picture.alt)
            ));
        }
        xml.push_str(&format!("    <content type=\"html\">{}</content>\n", escape(&html)));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response())
}

fn rfc3339(at: chrono::DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Escapes text for XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(escape("a<b & \"c\" 'd'\u{1}e"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;e");
    }
}
