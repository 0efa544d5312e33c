//! The implementation tracker, for organizers: a project for each winning
//! idea (or any other piece of work the challenge led to), its status from
//! the challenge's own list, its progress, owner, sub-projects and dated
//! milestones. Residents see it on `/challenges/{slug}/progress` once the
//! results are published.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::implementation::{
    MAX_NAME, MilestoneDraft, ProjectDraft, ProjectStatus, check_milestone, check_project,
};
use plaza_core::{Board, TrackSettings};
use plaza_store::implementation::ProjectFor;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::organize::details::ProblemView;
use crate::public::progress::{ProjectView, load_projects};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// A winning idea, or the winning entry of a coding track (first on its
/// final leaderboard once the results are published), with its project if
/// it has one.
#[derive(Serialize)]
struct WinnerRow {
    /// `idea:<id>` or `entry:<id>`: the form's value.
    key: String,
    title: String,
    place: String,
    track: String,
    project_id: Option<i64>,
}

impl WinnerRow {
    fn target(&self) -> Option<ProjectFor> {
        let (kind, id) = self.key.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "idea" => Some(ProjectFor::Idea(id)),
            "entry" => Some(ProjectFor::Entry(id)),
            _ => None,
        }
    }
}

#[derive(Serialize)]
struct ProjectsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    winners: Vec<WinnerRow>,
    projects: Vec<ProjectView>,
    statuses: Vec<ProjectStatus>,
    results_published: bool,
    notice: String,
    problems: Vec<ProblemView>,
    /// The form a refusal belongs to (`new`, `statuses`).
    problem_form: String,
    form: NewProjectForm,
    max_name: usize,
}

#[derive(Serialize, Deserialize, Default, Clone)]
pub(crate) struct NewProjectForm {
    /// A [`WinnerRow::key`], or empty for other work.
    #[serde(default)]
    winner: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    status_id: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
}

fn notice_text(code: Option<&str>) -> String {
    match code {
        Some("created") => plaza_i18n::tr("web-organize-projects-created"),
        Some("statuses") => plaza_i18n::tr("web-organize-projects-statuses-saved"),
        _ => String::new(),
    }
}

async fn projects_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    notice: String,
    problem_form: &str,
    problems: Vec<ProblemView>,
    form: NewProjectForm,
) -> Result<ProjectsPage, AppError> {
    let challenge = &organizer.challenge;
    let statuses = state.store.project_statuses(challenge.id).await?;
    let projects = load_projects(state, challenge).await?;
    let results_published = challenge.timeline.results_published(Utc::now());
    let mut winners = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            // A coding track's winners: first on its final board, once it is public.
            if results_published {
                let board = state.store.board_page(track.id, Board::Private, 0, 5, None).await?;
                for row in board.rows.into_iter().filter(|row| row.rank == 1) {
                    winners.push(WinnerRow {
                        key: format!("entry:{}", row.submission_id),
                        title: plaza_i18n::tr_with(
                            "web-organize-projects-entry-of",
                            &[("track", track.title.as_str().into()), ("team", row.team_name.as_str().into())],
                        ),
                        place: plaza_i18n::tr("web-organize-projects-first"),
                        track: track.title.clone(),
                        project_id: projects.iter().find(|p| p.submission_id == Some(row.submission_id)).map(|p| p.id),
                    });
                }
            }
            continue;
        }
        for decision in state.store.decisions(track.id).await? {
            let Some(idea) = state.store.idea(decision.idea_id).await? else { continue };
            winners.push(WinnerRow {
                key: format!("idea:{}", idea.id),
                title: idea.fields.title.clone(),
                place: crate::organize::judging::place_label(decision.place),
                track: track.title.clone(),
                project_id: projects.iter().find(|p| p.idea_id == Some(idea.id)).map(|p| p.id),
            });
        }
    }
    Ok(ProjectsPage {
        page: organizer.current.viewer().page(
            state,
            plaza_i18n::tr_with(
                "title-carrying-out-the-winning-ideas",
                &[("name", challenge.title.to_string().into())],
            ),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        winners,
        projects,
        statuses,
        results_published,
        notice,
        problems,
        problem_form: problem_form.to_owned(),
        form,
        max_name: MAX_NAME,
    })
}

fn render_projects(state: &AppState, page: &ProjectsPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/projects.html", page)?)).into_response())
}

/// `GET /challenges/{slug}/manage/projects`
pub(crate) async fn show_projects(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let notice = notice_text(query.notice.as_deref());
    let page = projects_page(&state, &organizer, notice, "", Vec::new(), NewProjectForm::default()).await?;
    render_projects(&state, &page, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/projects`: a new project, for a winning
/// idea or for other work.
pub(crate) async fn create_project(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<NewProjectForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let statuses = state.store.project_statuses(challenge.id).await?;
    // The title defaults to the winner's.
    let mut draft = ProjectDraft {
        title: form.title.clone(),
        owner: form.owner.clone(),
        status_id: form.status_id.clone(),
        ..ProjectDraft::default()
    };
    let target = match form.winner.trim() {
        "" => ProjectFor::Other,
        key => {
            let winner = projects_page(&state, &organizer, String::new(), "", Vec::new(), NewProjectForm::default())
                .await?
                .winners
                .into_iter()
                .find(|w| w.key == key);
            let Some((winner, target)) = winner.and_then(|w| w.target().map(|t| (w, t))) else {
                return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-projects-not-a-winner")));
            };
            if draft.title.trim().is_empty() {
                draft.title = winner.title;
            }
            target
        }
    };
    let fields = match check_project(&draft, &statuses) {
        Ok(fields) => fields,
        Err(problems) => {
            let problems = problems.into_iter().map(|p| ProblemView { field: p.field, message: p.message }).collect();
            let page = projects_page(&state, &organizer, String::new(), "new", problems, form).await?;
            return render_projects(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    match state.store.create_project(challenge.id, None, target, &fields).await {
        Ok(id) => {
            tracing::info!(challenge = challenge.id, project = id, "project created");
            Ok(Redirect::to(&format!("/challenges/{}/manage/projects/{id}?notice=created", challenge.slug))
                .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            let problems = vec![ProblemView { field: "title", message: refusal.message().to_owned() }];
            let page = projects_page(&state, &organizer, String::new(), "new", problems, form).await?;
            render_projects(&state, &page, StatusCode::BAD_REQUEST)
        }
        Err(fault) => Err(fault.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct StatusesForm {
    /// `name_<id>` and `progress_<id>` for each status, and `new_name` /
    /// `new_progress` for one more.
    #[serde(flatten)]
    fields: std::collections::HashMap<String, String>,
}

/// `POST /challenges/{slug}/manage/statuses`: renames statuses, changes
/// their default progress, and adds one.
pub(crate) async fn update_statuses(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<StatusesForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let statuses = state.store.project_statuses(challenge.id).await?;
    let mut problems = Vec::new();
    let mut changed = Vec::new();
    let progress_of = |text: &str, label: &str, problems: &mut Vec<ProblemView>| -> Option<u8> {
        match text.trim().trim_end_matches('%').trim().parse::<u8>() {
            Ok(value) if value <= 100 => Some(value),
            _ => {
                problems.push(ProblemView {
                    field: "statuses",
                    message: plaza_i18n::tr_with("web-organize-projects-progress-number", &[("status", label.into())]),
                });
                None
            }
        }
    };
    for status in &statuses {
        let name = form.fields.get(&format!("name_{}", status.id)).map_or(status.name.as_str(), String::as_str).trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            problems.push(ProblemView {
                field: "statuses",
                message: plaza_i18n::tr_with(
                    "web-organize-projects-status-name-needed",
                    &[("max", MAX_NAME.into()), ("status", status.name.as_str().into())],
                ),
            });
            continue;
        }
        let progress = match form.fields.get(&format!("progress_{}", status.id)) {
            Some(text) => progress_of(text, name, &mut problems),
            None => Some(status.progress),
        };
        if let Some(progress) = progress
            && (name != status.name || progress != status.progress)
        {
            changed.push(ProjectStatus { id: status.id, name: name.to_owned(), progress });
        }
    }
    let new_name = form.fields.get("new_name").map_or("", |n| n.trim()).to_owned();
    let new_progress = if new_name.is_empty() {
        None
    } else if new_name.chars().count() > MAX_NAME {
        problems.push(ProblemView {
            field: "statuses",
            message: plaza_i18n::tr_with("web-organize-projects-status-name-too-long", &[("max", MAX_NAME.into())]),
        });
        None
    } else {
        progress_of(form.fields.get("new_progress").map_or("0", String::as_str), &new_name, &mut problems)
    };
    if problems.is_empty() {
        let mut names: Vec<String> = statuses
            .iter()
            .map(|s| changed.iter().find(|c| c.id == s.id).map_or(&s.name, |c| &c.name).to_lowercase())
            .collect();
        names.sort();
        if names.windows(2).any(|w| w[0] == w[1]) {
            problems.push(ProblemView {
                field: "statuses",
                message: plaza_i18n::tr("web-organize-projects-same-status-names"),
            });
        }
    }
    if problems.is_empty() {
        for status in &changed {
            state.store.update_project_status(challenge.id, status).await?;
        }
        if let Some(progress) = new_progress {
            match state.store.add_project_status(challenge.id, &new_name, progress).await {
                Ok(()) => {}
                Err(plaza_store::Error::Refused(refusal)) => {
                    problems.push(ProblemView { field: "statuses", message: refusal.message().to_owned() })
                }
                Err(fault) => return Err(fault.into()),
            }
        }
    }
    if problems.is_empty() {
        return Ok(Redirect::to(&format!("/challenges/{}/manage/projects?notice=statuses#statuses", challenge.slug))
            .into_response());
    }
    let page =
        projects_page(&state, &organizer, String::new(), "statuses", problems, NewProjectForm::default()).await?;
    render_projects(&state, &page, StatusCode::BAD_REQUEST)
}

#[derive(Serialize)]
struct ProjectPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    project: ProjectView,
    statuses: Vec<ProjectStatus>,
    notice: String,
    problems: Vec<ProblemView>,
    problem_form: String,
    form: ProjectFormView,
    milestone: MilestoneFormView,
    today: String,
    max_name: usize,
}

#[derive(Serialize, Default)]
struct ProjectFormView {
    title: String,
    owner: String,
    summary: String,
    question: String,
    status_id: String,
    progress: String,
}

#[derive(Serialize, Default, Deserialize, Clone)]
struct MilestoneFormView {
    title: String,
    due_on: String,
    done_on: String,
}

/// The project `id` of the organizer's challenge, as pages show it (a
/// sub-project is shown within its parent's page).
async fn find_project(state: &AppState, organizer: &ChallengeOrganizer, id: i64) -> Result<ProjectView, AppError> {
    let projects = load_projects(state, &organizer.challenge).await?;
    projects
        .into_iter()
        .flat_map(|mut p| {
            let parts = std::mem::take(&mut p.parts);
            let found = if p.id == id { Some(p) } else { None };
            found.into_iter().chain(parts.into_iter().filter(move |part| part.id == id))
        })
        .next()
        .ok_or(AppError::NotFound)
}

/// What a project page says above its forms: a notice, or the problems of
/// the form (`project`, `part`, `milestone`) that was refused.
struct Said {
    notice: String,
    problem_form: &'static str,
    problems: Vec<ProblemView>,
}

impl Said {
    fn notice(notice: String) -> Self {
        Said { notice, problem_form: "", problems: Vec::new() }
    }

    fn problems(form: &'static str, problems: Vec<ProblemView>) -> Self {
        Said { notice: String::new(), problem_form: form, problems }
    }
}

async fn project_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    project: ProjectView,
    said: Said,
    form: Option<ProjectFormView>,
    milestone: MilestoneFormView,
) -> Result<ProjectPage, AppError> {
    let Said { notice, problem_form, problems } = said;
    let challenge = &organizer.challenge;
    let form = form.unwrap_or_else(|| ProjectFormView {
        title: project.title.clone(),
        owner: project.owner.clone(),
        summary: project.summary.clone(),
        question: project.question.clone(),
        status_id: project.status_id.to_string(),
        progress: project.own_progress.to_string(),
    });
    Ok(ProjectPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-project", &[("name", project.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        statuses: state.store.project_statuses(challenge.id).await?,
        project,
        notice,
        problems,
        problem_form: problem_form.to_owned(),
        form,
        milestone,
        today: challenge.timeline.zone.today(Utc::now()).format("%Y-%m-%d").to_string(),
        max_name: MAX_NAME,
    })
}

fn render_project(state: &AppState, page: &ProjectPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/project.html", page)?)).into_response())
}

fn project_notice(code: Option<&str>) -> String {
    match code {
        Some("created") => plaza_i18n::tr("web-organize-projects-project-created"),
        Some("saved") => plaza_i18n::tr("web-organize-projects-project-saved"),
        Some("part") => plaza_i18n::tr("web-organize-projects-part-added"),
        Some("milestone") => plaza_i18n::tr("web-organize-projects-milestone-added"),
        Some("done") => plaza_i18n::tr("web-organize-projects-milestone-done"),
        Some("ahead") => plaza_i18n::tr("web-organize-projects-milestone-ahead"),
        _ => String::new(),
    }
}

/// `GET /challenges/{slug}/manage/projects/{project}`
pub(crate) async fn show_project(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let project = find_project(&state, &organizer, id).await?;
    let notice = project_notice(query.notice.as_deref());
    let page =
        project_page(&state, &organizer, project, Said::notice(notice), None, MilestoneFormView::default()).await?;
    render_project(&state, &page, StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct ProjectForm {
    #[serde(flatten)]
    draft: ProjectDraft,
    /// `part`: add a sub-project with these fields instead of saving.
    #[serde(default)]
    action: String,
}

/// `POST /challenges/{slug}/manage/projects/{project}`: saves the project,
/// or (with `action=part`) adds a sub-project to it.
pub(crate) async fn update_project(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ProjectForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let project = find_project(&state, &organizer, id).await?;
    let statuses = state.store.project_statuses(challenge.id).await?;
    let adding_part = form.action == "part";
    let form_name = if adding_part { "part" } else { "project" };
    let outcome = match check_project(&form.draft, &statuses) {
        Ok(fields) if adding_part => {
            state.store.create_project(challenge.id, Some(id), ProjectFor::Other, &fields).await.map(|_| "part")
        }
        Ok(fields) => state.store.update_project(challenge.id, id, &fields).await.map(|()| "saved"),
        Err(problems) => {
            let problems = problems.into_iter().map(|p| ProblemView { field: p.field, message: p.message }).collect();
            let shown = (!adding_part).then(|| form_view(&form.draft));
            let said = Said::problems(form_name, problems);
            let page = project_page(&state, &organizer, project, said, shown, MilestoneFormView::default()).await?;
            return render_project(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    match outcome {
        Ok(notice) => Ok(Redirect::to(&format!("/challenges/{}/manage/projects/{id}?notice={notice}", challenge.slug))
            .into_response()),
        Err(plaza_store::Error::Refused(refusal)) => {
            let problems = vec![ProblemView { field: "title", message: refusal.message().to_owned() }];
            let said = Said::problems(form_name, problems);
            let page = project_page(&state, &organizer, project, said, None, MilestoneFormView::default()).await?;
            render_project(&state, &page, StatusCode::BAD_REQUEST)
        }
        Err(fault) => Err(fault.into()),
    }
}

fn form_view(draft: &ProjectDraft) -> ProjectFormView {
    ProjectFormView {
        title: draft.title.clone(),
        owner: draft.owner.clone(),
        summary: draft.summary.clone(),
        question: draft.question.clone(),
        status_id: draft.status_id.clone(),
        progress: draft.progress.clone(),
    }
}

/// `POST /challenges/{slug}/manage/projects/{project}/milestones`
pub(crate) async fn add_milestone(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(draft): CsrfForm<MilestoneDraft>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let project = find_project(&state, &organizer, id).await?;
    let refused = |problems: Vec<ProblemView>| {
        let state = state.clone();
        let draft = MilestoneFormView {
            title: draft.title.clone(),
            due_on: draft.due_on.clone(),
            done_on: draft.done_on.clone(),
        };
        let organizer = &organizer;
        async move {
            let page =
                project_page(&state, organizer, project, Said::problems("milestone", problems), None, draft).await?;
            render_project(&state, &page, StatusCode::BAD_REQUEST)
        }
    };
    let (title, due_on, done_on) = match check_milestone(&draft) {
        Ok(checked) => checked,
        Err(problems) => {
            return refused(problems.into_iter().map(|p| ProblemView { field: p.field, message: p.message }).collect())
                .await;
        }
    };
    match state.store.add_milestone(challenge.id, id, &title, due_on, done_on).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/challenges/{}/manage/projects/{id}?notice=milestone#milestones",
            challenge.slug
        ))
        .into_response()),
        Err(plaza_store::Error::Refused(refusal)) => {
            refused(vec![ProblemView { field: "milestone_title", message: refusal.message().to_owned() }]).await
        }
        Err(fault) => Err(fault.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct MilestoneStateForm {
    /// `done` (reached today, or on `done_on`) or `ahead`.
    #[serde(default)]
    action: String,
    #[serde(default)]
    done_on: String,
    /// The project page to come back to.
    #[serde(default)]
    project_id: String,
}

/// `POST /challenges/{slug}/manage/milestones/{milestone}`: marks a
/// milestone reached, or still ahead.
pub(crate) async fn mark_milestone(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<MilestoneStateForm>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let done_on = match form.action.as_str() {
        "ahead" => None,
        "done" => Some(match form.done_on.trim() {
            "" => challenge.timeline.zone.today(Utc::now()),
            text => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
                AppError::BadRequest(plaza_i18n::tr_with(
                    "web-organize-projects-not-a-date",
                    &[("text", text.chars().take(20).collect::<String>().into())],
                ))
            })?,
        }),
        _ => {
            return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-projects-choose-milestone-state")));
        }
    };
    match state.store.set_milestone_done(challenge.id, id, done_on).await {
        Ok(()) => {}
        Err(plaza_store::Error::Refused(_)) => return Err(AppError::NotFound),
        Err(fault) => return Err(fault.into()),
    }
    let notice = if done_on.is_some() { "done" } else { "ahead" };
    let back = match form.project_id.trim().parse::<i64>() {
        Ok(project) => format!("/challenges/{}/manage/projects/{project}?notice={notice}#milestones", challenge.slug),
        Err(_) => format!("/challenges/{}/manage/projects", challenge.slug),
    };
    Ok(Redirect::to(&back).into_response())
}
