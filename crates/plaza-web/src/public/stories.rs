//! Data stories in public: the form to tell one (with an optional picture,
//! cleaned of its metadata), the stories shown on the data guide once
//! moderated, a story's picture, and the dataset's documentation as one
//! Markdown file (data dictionary, corrections and stories) to keep with
//! the data.

use axum::extract::{FromRequest, Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::data_report::FieldProblem;
use plaza_core::story::{
    MAX_ALT, MAX_BODY, MAX_ORGANIZATION, MAX_PLACE, MAX_ROWS, MAX_TITLE, STORIES_PER_HOUR, Story, StoryDraft,
    StoryStatus, check_story,
};
use plaza_core::{Challenge, Dataset};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::paths::ChallengePath;
use crate::extract::picture_form::{self, clean_picture, read_picture_form};
use crate::public::data_reports::MAX_PHOTO_BYTES;
use crate::public::pages::guide_dataset;
use crate::render::views::{ChallengeView, DatasetView};
use crate::state::AppState;

/// A story as the data guide shows it.
#[derive(Serialize)]
pub(crate) struct StoryView {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub by: String,
    pub place: String,
    pub dates: String,
    pub rows: String,
    pub picture_url: String,
    pub picture_alt: String,
    pub edit_note: String,
    pub status: &'static str,
    pub status_label: String,
    pub reason: String,
    pub link: String,
}

impl StoryView {
    pub(crate) fn new(story: &Story, author: &str, challenge: &Challenge, dataset: &Dataset) -> Self {
        let guide = format!("/challenges/{}/data/{}", challenge.slug, dataset.slug);
        let text = &story.text;
        let by = if text.organization.is_empty() {
            author.to_owned()
        } else {
            plaza_i18n::tr_with(
                "story-by-for",
                &[("name", author.into()), ("organization", text.organization.as_str().into())],
            )
        };
        let dates = match (text.date_from, text.date_to) {
            (Some(from), Some(to)) if from == to => from.to_string(),
            (Some(from), Some(to)) => {
                plaza_i18n::tr_with("story-dates", &[("from", from.to_string().into()), ("to", to.to_string().into())])
            }
            (Some(day), None) | (None, Some(day)) => day.to_string(),
            (None, None) => String::new(),
        };
        StoryView {
            id: story.id,
            title: text.title.clone(),
            body: text.body.clone(),
            by,
            place: text.place.clone(),
            dates,
            rows: text.rows.clone(),
            picture_url: if story.picture.is_some() {
                format!("{guide}/stories/{}/picture", story.id)
            } else {
                String::new()
            },
            picture_alt: story.picture.as_ref().map(|p| p.2.clone()).unwrap_or_default(),
            edit_note: story.edit_note.clone(),
            status: story.status.name(),
            status_label: story.status.label(),
            reason: story.reason.clone(),
            link: format!("{guide}#story-{}", story.id),
        }
    }
}

/// The stories the data guide shows: published ones, and `viewer`'s own.
pub(crate) async fn guide_stories(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    dataset: &Dataset,
) -> Result<(Vec<StoryView>, Vec<StoryView>), AppError> {
    let all = state.store.dataset_stories(dataset.id).await?;
    let mut published = Vec::new();
    let mut yours = Vec::new();
    for story in &all {
        let mine = viewer.user.as_ref().is_some_and(|u| u.id == story.author);
        if story.status != StoryStatus::Published && !mine {
            continue;
        }
        let author = state.store.user_by_id(story.author).await?.map(|u| u.display_name).unwrap_or_default();
        let view = StoryView::new(story, &author, challenge, dataset);
        if story.status == StoryStatus::Published {
            published.push(view);
        } else {
            yours.push(view);
        }
    }
    Ok((published, yours))
}

#[derive(Serialize, Default)]
struct FormView {
    title: String,
    body: String,
    place: String,
    date_from: String,
    date_to: String,
    rows: String,
    organization: String,
    picture_alt: String,
}

#[derive(Serialize)]
struct StoryFormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    dataset: DatasetView,
    signed_in: bool,
    sign_in_url: String,
    form_url: String,
    form: FormView,
    problems: Vec<FieldProblem>,
    max_title: usize,
    max_body: usize,
    max_place: usize,
    max_rows: usize,
    max_organization: usize,
    max_alt: usize,
    picture_mb: usize,
}

fn form_page(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    dataset: &Dataset,
    form: FormView,
    problems: Vec<FieldProblem>,
) -> StoryFormPage {
    let dataset_view = DatasetView::new(challenge, dataset);
    let form_url = format!("{}/stories/new", dataset_view.guide_url);
    StoryFormPage {
        page: viewer.page(state, plaza_i18n::tr_with("story-form-title", &[("name", dataset.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        dataset: dataset_view,
        signed_in: viewer.user.is_some(),
        sign_in_url: format!("/sign-in?next={form_url}"),
        form_url,
        form,
        problems,
        max_title: MAX_TITLE,
        max_body: MAX_BODY,
        max_place: MAX_PLACE,
        max_rows: MAX_ROWS,
        max_organization: MAX_ORGANIZATION,
        max_alt: MAX_ALT,
        picture_mb: MAX_PHOTO_BYTES >> 20,
    }
}

/// `GET /challenges/{slug}/data/{dataset}/stories/new`
pub(crate) async fn show_story_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (dataset, _) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let page = form_page(&state, &viewer, &challenge, &dataset, FormView::default(), Vec::new());
    Ok(Html(state.templates.render("pages/public/story_form.html", &page)?).into_response())
}

/// `POST /challenges/{slug}/data/{dataset}/stories/new`: a signed-in
/// resident tells a story; it waits for moderation. The form is read field
/// by field within bounds, its token first.
pub(crate) async fn tell_story(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let form = read_picture_form(multipart, &current.csrf, "picture", MAX_BODY * 4 + 64).await?;
    let draft = StoryDraft {
        title: form.field("title"),
        body: form.field("body"),
        place: form.field("place"),
        date_from: form.field("date_from"),
        date_to: form.field("date_to"),
        rows: form.field("rows"),
        organization: form.field("organization"),
    };
    let alt = form.field("picture_alt");
    let mut problems: Vec<FieldProblem> = Vec::new();
    let picture = form.picture.unwrap_or_else(|| {
        problems.push(FieldProblem { field: "picture", message: picture_form::too_large() });
        Vec::new()
    });
    if challenge.is_draft() {
        return Err(AppError::Conflict(plaza_core::challenge::draft_refusal()));
    }
    let (dataset, _) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let text = match check_story(&draft, dataset.row_count) {
        Ok(text) => Some(text),
        Err(found) => {
            problems.extend(found);
            None
        }
    };
    let alt = alt.trim().to_owned();
    let mut cleaned = None;
    if !picture.is_empty() {
        if alt.is_empty() || alt.chars().count() > MAX_ALT {
            problems.push(FieldProblem { field: "picture_alt", message: plaza_i18n::tr("story-picture-alt") });
        }
        match clean_picture(picture).await? {
            Ok(cleaned_picture) => cleaned = Some(cleaned_picture),
            Err(message) => problems.push(FieldProblem { field: "picture", message }),
        }
    }
    let (Some(text), true) = (text, problems.is_empty()) else {
        if cleaned.is_some() {
            problems.push(FieldProblem { field: "picture", message: plaza_i18n::tr("data-report-photo-not-kept") });
        }
        let form = FormView {
            title: draft.title,
            body: draft.body,
            place: draft.place,
            date_from: draft.date_from.chars().take(20).collect(),
            date_to: draft.date_to.chars().take(20).collect(),
            rows: draft.rows,
            organization: draft.organization,
            picture_alt: alt,
        };
        let page = form_page(&state, &current.viewer(), &challenge, &dataset, form, problems);
        let html = state.templates.render("pages/public/story_form.html", &page)?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let bucket = format!("story:{}", current.user.id.0);
    if !state.store.rate_limit(&bucket, chrono::Duration::hours(1), u64::from(STORIES_PER_HOUR)).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr_with(
            "story-too-many",
            &[("count", STORIES_PER_HOUR.into())],
        )));
    }
    // The picture is stored before the row that points at it.
    let picture = match cleaned {
        Some((bytes, content_type)) => Some((state.blobs.put_bytes(&bytes).await?.sha256, content_type, alt)),
        None => None,
    };
    let story = state.store.tell_story(challenge.id, dataset.id, current.user.id, &text, picture).await?;
    tracing::info!(challenge = challenge.id, dataset = dataset.id, story = story.id, "data story sent");
    Ok(Redirect::to(&format!("/challenges/{}/data/{}?notice=story#story-{}", challenge.slug, dataset.slug, story.id))
        .into_response())
}

/// `GET /challenges/{slug}/data/{dataset}/stories/{story}/picture`: a
/// published story's picture, to anyone; a story not published yet shows
/// it only to its author and to the people who moderate stories.
pub(crate) async fn show_story_picture(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(challenge): ChallengePath,
    Path((_, dataset_slug, id)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let story = state.store.story(challenge.id, id).await?.ok_or(AppError::NotFound)?;
    let dataset = state.store.dataset(challenge.id, &dataset_slug).await?.ok_or(AppError::NotFound)?;
    if story.dataset_id != dataset.id {
        return Err(AppError::NotFound);
    }
    let allowed = story.status == StoryStatus::Published
        || match &viewer.user {
            Some(user) => {
                user.id == story.author || crate::organize::data_reports::triages(&state, user, challenge.id).await?
            }
            None => false,
        };
    let Some((sha256, content_type, _)) = story.picture.filter(|_| allowed) else {
        return Err(AppError::NotFound);
    };
    let bytes = state.blobs.read_head(&sha256, MAX_PHOTO_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, max-age=3600".to_owned()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /challenges/{slug}/data/{dataset}/documentation.md`: the dataset's
/// documentation in one Markdown file, to keep with the data.
pub(crate) async fn documentation(
    State(state): State<AppState>,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (dataset, _) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let md = documentation_markdown(&state, &challenge, &dataset).await?;
    let name = format!("{}-{}-documentation.md", challenge.slug, dataset.slug);
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/markdown; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        md,
    )
        .into_response())
}

/// A dataset's documentation as Markdown: what it is, its licence and
/// source, the data dictionary, its caveats, the corrections residents
/// reported and the published stories.
pub(crate) async fn documentation_markdown(
    state: &AppState,
    challenge: &Challenge,
    dataset: &Dataset,
) -> Result<String, AppError> {
    let reports = state.store.dataset_reports(dataset.id).await?;
    let mut stories = Vec::new();
    for story in
        state.store.dataset_stories(dataset.id).await?.into_iter().filter(|s| s.status == StoryStatus::Published)
    {
        let author = state.store.user_by_id(story.author).await?.map(|u| u.display_name).unwrap_or_default();
        stories.push(StoryView::new(&story, &author, challenge, dataset));
    }
    let changes = crate::public::data_reports::change_log(&reports);
    let tr = plaza_i18n::tr;
    let mut md = String::new();
    md.push_str(&format!("# {}\n\n", dataset.title));
    md.push_str(&format!(
        "{} — {}\n\n",
        challenge.title,
        state.settings.link(&format!("/challenges/{}", challenge.slug))
    ));
    if !dataset.description.is_empty() {
        md.push_str(&format!("{}\n\n", dataset.description));
    }
    md.push_str(&format!("- {}: `{}` ({} rows)\n", tr("story-doc-file"), dataset.file_name, dataset.row_count));
    md.push_str(&format!("- {}: {}\n", tr("public-dataset-licence"), dataset.license));
    md.push_str(&format!("- {}: {}\n", tr("public-dataset-source"), dataset.source));
    md.push_str(&format!("- SHA-256: `{}`\n\n", dataset.blob.sha256));
    md.push_str(&format!("## {}\n\n", tr("public-dataset-columns-heading")));
    md.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        tr("public-dataset-column"),
        tr("public-dataset-column-type"),
        tr("public-dataset-column-meaning")
    ));
    for column in &dataset.columns {
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        md.push_str(&format!(
            "| `{}` | {} | {} |\n",
            cell(&column.name),
            column.column_type.label(),
            cell(&column.description)
        ));
    }
    if !dataset.caveats.is_empty() {
        md.push_str(&format!("\n## {}\n\n{}\n", tr("public-dataset-caveats-heading"), dataset.caveats));
    }
    md.push_str(&format!("\n## {}\n\n", tr("data-reports-changes-heading")));
    if changes.is_empty() {
        md.push_str(&format!("{}\n", tr("data-reports-no-changes")));
    }
    for (version, corrected) in changes {
        md.push_str(&format!(
            "### {}\n\n",
            plaza_i18n::tr_with("data-reports-version", &[("version", (version + 1).into())])
        ));
        for r in corrected {
            let line = plaza_i18n::tr_with(
                "data-reports-correction",
                &[
                    ("place", r.place().into()),
                    ("before", r.before.clone().unwrap_or_default().into()),
                    ("after", r.correction.clone().unwrap_or_default().into()),
                ],
            );
            let thanks = if r.credit_name.is_empty() {
                String::new()
            } else {
                format!(" {}", plaza_i18n::tr_with("data-report-thanks", &[("name", r.credit_name.as_str().into())]))
            };
            md.push_str(&format!("- {line}{thanks}\n"));
        }
        md.push('\n');
    }
    md.push_str(&format!("\n## {}\n\n", tr("story-heading")));
    if stories.is_empty() {
        md.push_str(&format!("{}\n", tr("story-none")));
    }
    for story in &stories {
        md.push_str(&format!("### {}\n\n*{}*", story.title, story.by));
        for extra in [&story.place, &story.dates] {
            if !extra.is_empty() {
                md.push_str(&format!(" · {extra}"));
            }
        }
        if !story.rows.is_empty() {
            md.push_str(&format!(" · {}", plaza_i18n::tr_with("story-rows", &[("rows", story.rows.as_str().into())])));
        }
        md.push_str(&format!("\n\n{}\n\n", story.body));
        if !story.edit_note.is_empty() {
            md.push_str(&format!(
                "{}\n\n",
                plaza_i18n::tr_with("story-edited", &[("note", story.edit_note.as_str().into())])
            ));
        }
        md.push_str(&format!("{}\n\n", state.settings.link(&story.link)));
    }
    Ok(md)
}
