//! Entering an idea: the plain-language form (save as draft, send, edit
//! until the deadline, withdraw), files attached to it, the entrant's view
//! of their idea, and the confirmation email with a copy of it.

use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::idea::{FieldProblem, MAX_FILE_BYTES, MAX_FILES, safe_file_name, sniff_attachment};
use plaza_core::{
    Affiliations, Challenge, ChallengeRole, ChallengeStatus, Dataset, Idea, IdeaFields, IdeaFile, IdeaStatus, Question,
    QuestionKind, Team, Track, TrackSettings, User,
};
use plaza_store::NewIdea;
use serde::Serialize;

use crate::auth::{CurrentUser, PageContext, Viewer};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::sign_in::EmptyForm;
use crate::state::AppState;
use crate::submissions::{UploadProblem, challenge_and_track, team_for};
use crate::views::{ChallengeView, TrackView};

/// Most ideas one team may enter on a track.
const MAX_IDEAS_PER_TEAM: usize = 10;

/// The track's extra questions.
pub(crate) fn questions(track: &Track) -> &[Question] {
    match &track.settings {
        TrackSettings::Ideas { questions, .. } => questions,
        _ => &[],
    }
}

/// A form field as the template lays it out.
#[derive(Serialize)]
pub(crate) struct QuestionField {
    pub key: String,
    pub name: String,
    pub label: String,
    pub kind: &'static str,
    pub help: String,
    pub required: bool,
    pub options: Vec<OptionField>,
    pub value: String,
    pub error: String,
    /// For file questions: the attached file's name.
    pub file_name: String,
}

#[derive(Serialize)]
pub(crate) struct OptionField {
    pub value: String,
    pub checked: bool,
    pub id: String,
}

#[derive(Serialize)]
pub(crate) struct DatasetChoice {
    slug: String,
    title: String,
    checked: bool,
}

/// The form's values and problems.
#[derive(Serialize, Default)]
pub(crate) struct IdeaForm {
    title: String,
    summary: String,
    problem: String,
    proposal: String,
    beneficiaries: String,
    team_contact: String,
    organizations: String,
    neighbourhoods: String,
    pub errors: Vec<FieldProblem>,
}

fn error_for(errors: &[FieldProblem], field: &str) -> String {
    errors.iter().filter(|p| p.field == field).map(|p| p.message.as_str()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn question_fields(
    track: &Track,
    fields: &IdeaFields,
    files: &[IdeaFile],
    errors: &[FieldProblem],
) -> Vec<QuestionField> {
    questions(track)
        .iter()
        .map(|q| {
            let values = fields.answers.get(&q.key).cloned().unwrap_or_default();
            QuestionField {
                key: q.key.clone(),
                name: format!("q_{}", q.key),
                label: q.label.clone(),
                kind: q.kind.name(),
                help: q.help.clone(),
                required: q.required,
                options: q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| OptionField {
                        value: o.clone(),
                        checked: values.contains(o),
                        id: format!("q_{}_{i}", q.key),
                    })
                    .collect(),
                value: values.first().cloned().unwrap_or_default(),
                error: error_for(errors, &format!("q_{}", q.key)),
                file_name: files
                    .iter()
                    .find(|f| f.question_key == q.key)
                    .map(|f| f.file_name.clone())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Reads the posted form: standard fields, checked datasets, answers and the
/// entrant's declared ties; `action` is the button pressed.
pub(crate) fn read_form(track: &Track, pairs: &[(String, String)]) -> (IdeaFields, Affiliations, IdeaForm, String) {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut fields = IdeaFields {
        title: get("title"),
        summary: get("summary"),
        problem: get("problem"),
        proposal: get("proposal"),
        datasets: pairs.iter().filter(|(k, _)| k == "datasets").map(|(_, v)| v.clone()).collect(),
        beneficiaries: get("beneficiaries"),
        team_contact: get("team_contact"),
        answers: Default::default(),
    };
    for q in questions(track) {
        if q.kind == QuestionKind::File {
            continue;
        }
        let name = format!("q_{}", q.key);
        let values: Vec<String> = pairs.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.clone()).collect();
        fields.answers.insert(q.key.clone(), values);
    }
    // Answers to questions the track does not ask are kept so that the check names them.
    for (k, v) in pairs {
        if let Some(key) = k.strip_prefix("q_")
            && !questions(track).iter().any(|q| q.key == key)
        {
            fields.answers.entry(key.to_owned()).or_default().push(v.clone());
        }
    }
    let fields = fields.tidy();
    let declared = Affiliations {
        organizations: Affiliations::parse_list(&get("organizations")),
        people: Vec::new(),
        neighbourhoods: Affiliations::parse_list(&get("neighbourhoods")),
    };
    let form = IdeaForm {
        title: fields.title.clone(),
        summary: fields.summary.clone(),
        problem: fields.problem.clone(),
        proposal: fields.proposal.clone(),
        beneficiaries: fields.beneficiaries.clone(),
        team_contact: fields.team_contact.clone(),
        organizations: get("organizations"),
        neighbourhoods: get("neighbourhoods"),
        errors: Vec::new(),
    };
    (fields, declared, form, get("action"))
}

fn form_of(idea: &Idea) -> IdeaForm {
    IdeaForm {
        title: idea.fields.title.clone(),
        summary: idea.fields.summary.clone(),
        problem: idea.fields.problem.clone(),
        proposal: idea.fields.proposal.clone(),
        beneficiaries: idea.fields.beneficiaries.clone(),
        team_contact: idea.fields.team_contact.clone(),
        organizations: idea.declared.organizations.join("\n"),
        neighbourhoods: idea.declared.neighbourhoods.join("\n"),
        errors: Vec::new(),
    }
}

#[derive(Serialize)]
struct ChannelChoice {
    value: &'static str,
    label: &'static str,
    checked: bool,
}

#[derive(Serialize)]
struct FormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    form: IdeaForm,
    error_summary: Vec<FieldProblem>,
    errors: std::collections::BTreeMap<String, String>,
    datasets: Vec<DatasetChoice>,
    questions: Vec<QuestionField>,
    action_url: String,
    is_new: bool,
    is_draft: bool,
    assisted: bool,
    channels: Vec<ChannelChoice>,
    contact_name: String,
    contact_email: String,
}

pub(crate) struct FormContext<'a> {
    pub viewer: &'a Viewer,
    pub challenge: &'a Challenge,
    pub track: &'a Track,
    pub action_url: String,
    pub idea: Option<&'a Idea>,
    pub assisted: bool,
}

pub(crate) async fn render_form(
    state: &AppState,
    cx: &FormContext<'_>,
    form: IdeaForm,
    fields: &IdeaFields,
    contact: (&str, &str),
    status: StatusCode,
) -> Result<Response, AppError> {
    let datasets = state.store.datasets(cx.challenge.id).await?;
    let files = match cx.idea {
        Some(idea) => state.store.idea_files(idea.id).await?,
        None => Vec::new(),
    };
    // Every standard field has an entry, so the template never meets an undefined one.
    let mut errors_map: std::collections::BTreeMap<String, String> = [
        "title",
        "summary",
        "problem",
        "proposal",
        "datasets",
        "beneficiaries",
        "team_contact",
        "organizations",
        "neighbourhoods",
        "contact_name",
        "contact_email",
        "channel",
    ]
    .into_iter()
    .map(|f| (f.to_owned(), String::new()))
    .collect();
    for problem in &form.errors {
        let entry = errors_map.entry(problem.field.clone()).or_default();
        if !entry.is_empty() {
            entry.push(' ');
        }
        entry.push_str(&problem.message);
    }
    let title = match cx.idea {
        Some(idea) => format!("Edit “{}”", idea.fields.title),
        None if cx.assisted => "Enter an idea for a resident".to_owned(),
        None => "Enter an idea".to_owned(),
    };
    let page = FormPage {
        page: cx.viewer.page(state, format!("{title} – {}", cx.challenge.title)),
        challenge: ChallengeView::new(cx.challenge, Utc::now()),
        track: TrackView::new(cx.track),
        questions: question_fields(cx.track, fields, &files, &form.errors),
        error_summary: form.errors.clone(),
        errors: errors_map,
        datasets: datasets
            .iter()
            .map(|d: &Dataset| DatasetChoice {
                slug: d.slug.to_string(),
                title: d.title.clone(),
                checked: fields.datasets.contains(&d.slug.to_string()),
            })
            .collect(),
        form,
        action_url: cx.action_url.clone(),
        is_new: cx.idea.is_none(),
        is_draft: cx.idea.is_none_or(|i| i.status == IdeaStatus::Draft),
        assisted: cx.assisted,
        channels: plaza_core::AssistChannel::ALL
            .iter()
            .enumerate()
            .map(|(i, c)| ChannelChoice { value: c.name(), label: c.label(), checked: i == 0 })
            .collect(),
        contact_name: contact.0.to_owned(),
        contact_email: contact.1.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/idea_form.html", &page)?)).into_response())
}

/// Why the challenge takes no new or changed ideas now, if it does not.
pub(crate) fn closed_reason(challenge: &Challenge) -> Option<String> {
    match challenge.timeline.status(Utc::now()) {
        ChallengeStatus::Open => None,
        _ => Some(format!(
            "{} Ideas can be entered and changed only while the challenge is open.",
            challenge.timeline.in_words(Utc::now())
        )),
    }
}

async fn ideas_track(state: &AppState, slug: &str, track: &str) -> Result<(Challenge, Track), AppError> {
    let (challenge, track) = challenge_and_track(state, slug, track).await?;
    if !matches!(track.settings, TrackSettings::Ideas { .. }) {
        return Err(AppError::NotFound);
    }
    Ok((challenge, track))
}

async fn entrant_team(state: &AppState, challenge: &Challenge, user: &User) -> Result<Team, AppError> {
    match team_for(state, challenge, user).await? {
        Ok(team) => Ok(team),
        Err(UploadProblem::TermsNeeded) => Err(AppError::Forbidden),
        Err(problem) => Err(AppError::BadRequest(problem.message())),
    }
}

pub(crate) async fn new_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((slug, track_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (challenge, track) = ideas_track(&state, &slug, &track_slug).await?;
    let viewer = current.viewer();
    if let Some(reason) = closed_reason(&challenge) {
        return crate::sign_in::message_page(
            &state,
            &viewer,
            StatusCode::CONFLICT,
            "Not taking ideas now",
            &reason,
            (&format!("/challenges/{slug}/tracks/{track_slug}"), "Back to the track"),
        );
    }
    let form = IdeaForm { team_contact: current.user.display_name.clone(), ..IdeaForm::default() };
    let cx = FormContext {
        viewer: &viewer,
        challenge: &challenge,
        track: &track,
        action_url: format!("/challenges/{slug}/tracks/{track_slug}/ideas"),
        idea: None,
        assisted: false,
    };
    render_form(&state, &cx, form, &IdeaFields::default(), ("", ""), StatusCode::OK).await
}

pub(crate) fn dataset_slugs(datasets: &[Dataset]) -> Vec<String> {
    datasets.iter().map(|d| d.slug.to_string()).collect()
}

pub(crate) async fn create_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((slug, track_slug)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (challenge, track) = ideas_track(&state, &slug, &track_slug).await?;
    if let Some(reason) = closed_reason(&challenge) {
        return Err(AppError::Conflict(reason));
    }
    let team = entrant_team(&state, &challenge, &current.user).await?;
    if state.store.team_ideas(track.id, team.id).await?.iter().filter(|i| i.status != IdeaStatus::Withdrawn).count()
        >= MAX_IDEAS_PER_TEAM
    {
        return Err(AppError::Conflict(format!(
            "Your team has entered {MAX_IDEAS_PER_TEAM} ideas on this track, the most we accept. Withdraw one to enter another."
        )));
    }
    let (fields, declared, mut form, action) = read_form(&track, &pairs);
    let datasets = dataset_slugs(&state.store.datasets(challenge.id).await?);
    let sending = action == "submit";
    form.errors = fields.check(questions(&track), &datasets, &[], sending);
    let viewer = current.viewer();
    if !form.errors.is_empty() {
        let cx = FormContext {
            viewer: &viewer,
            challenge: &challenge,
            track: &track,
            action_url: format!("/challenges/{slug}/tracks/{track_slug}/ideas"),
            idea: None,
            assisted: false,
        };
        return render_form(&state, &cx, form, &fields, ("", ""), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let new = NewIdea {
        challenge_id: challenge.id,
        track_id: track.id,
        team_id: Some(team.id),
        author_id: Some(current.user.id),
        fields,
        declared,
        contact_name: current.user.display_name.clone(),
        contact_email: current.user.email.as_str().to_owned(),
    };
    let idea = state.store.create_idea(&new).await?;
    if sending {
        let email = received_email(&state, &challenge, &track, &idea, &current.user).await;
        state.store.submit_idea(idea.id, email.as_ref()).await?;
        return Ok(Redirect::to(&format!("/ideas/{}?sent=1", idea.id)).into_response());
    }
    Ok(Redirect::to(&format!("/ideas/{}?saved=1", idea.id)).into_response())
}

/// The email that confirms an idea was sent, with a copy of it.
async fn received_email(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    idea: &Idea,
    user: &User,
) -> Option<plaza_core::OutgoingEmail> {
    #[derive(Serialize)]
    struct Answer {
        label: String,
        value: String,
    }
    #[derive(Serialize)]
    struct Received<'a> {
        name: &'a str,
        challenge_title: &'a str,
        track_title: &'a str,
        deadline: String,
        link: String,
        title: &'a str,
        summary: &'a str,
        problem: &'a str,
        proposal: &'a str,
        beneficiaries: &'a str,
        answers: Vec<Answer>,
    }
    let answers = questions(track)
        .iter()
        .filter_map(|q| idea.fields.answers.get(&q.key).map(|v| Answer { label: q.label.clone(), value: v.join(", ") }))
        .collect();
    let context = Received {
        name: &user.display_name,
        challenge_title: &challenge.title,
        track_title: &track.title,
        deadline: plaza_core::timeline::format_moment(challenge.timeline.closes_at),
        link: state.settings.link(&format!("/ideas/{}", idea.id)),
        title: &idea.fields.title,
        summary: &idea.fields.summary,
        problem: &idea.fields.problem,
        proposal: &idea.fields.proposal,
        beneficiaries: &idea.fields.beneficiaries,
        answers,
    };
    match state.emails.compose("idea_received", &user.email, &context, None) {
        Ok(mail) => Some(mail),
        Err(err) => {
            tracing::error!(error = %err, "idea confirmation email not composed");
            None
        }
    }
}

/// What a person may do with an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IdeaAccess {
    /// A member of the team that entered it.
    Team,
    /// An organizer of its challenge, or a site admin.
    Organizer,
}

pub(crate) async fn idea_access(state: &AppState, user: &User, idea: &Idea) -> Result<Option<IdeaAccess>, AppError> {
    if let Some(team) = idea.team_id
        && let Some(mine) = state.store.team_of(idea.challenge_id, user.id).await?
        && mine.id == team
    {
        return Ok(Some(IdeaAccess::Team));
    }
    if user.is_admin || state.store.roles_for(idea.challenge_id, user.id).await?.contains(&ChallengeRole::Organizer) {
        return Ok(Some(IdeaAccess::Organizer));
    }
    Ok(None)
}

/// The idea, its challenge and track, for someone allowed to see it (others get 404).
async fn load(state: &AppState, user: &User, id: i64) -> Result<(Idea, Challenge, Track, IdeaAccess), AppError> {
    let idea = state.store.idea(id).await?.ok_or(AppError::NotFound)?;
    let access = idea_access(state, user, &idea).await?.ok_or(AppError::NotFound)?;
    let challenge = state.store.challenge_by_id(idea.challenge_id).await?.ok_or(AppError::NotFound)?;
    let track = state
        .store
        .tracks(challenge.id)
        .await?
        .into_iter()
        .find(|t| t.id == idea.track_id)
        .ok_or(AppError::NotFound)?;
    Ok((idea, challenge, track, access))
}

#[derive(Serialize)]
pub(crate) struct AnswerView {
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub(crate) struct FileView {
    pub id: i64,
    pub label: String,
    pub url: String,
    pub is_image: bool,
    pub size: String,
}

/// An idea as pages show it. Built without anything that names its
/// entrants unless `identity` is set, so a judge's page cannot leak them.
#[derive(Serialize)]
pub(crate) struct IdeaView {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub proposal: String,
    pub beneficiaries: String,
    pub datasets: Vec<String>,
    pub answers: Vec<AnswerView>,
    pub files: Vec<FileView>,
    pub assisted: bool,
    pub status_label: &'static str,
    /// Only for the team and organizers.
    pub team_contact: String,
    pub contact: String,
    pub declared: String,
}

pub(crate) async fn idea_view(
    state: &AppState,
    idea: &Idea,
    track: &Track,
    files_base: &str,
    identity: bool,
) -> Result<IdeaView, AppError> {
    let datasets = state.store.datasets(idea.challenge_id).await?;
    let files = state.store.idea_files(idea.id).await?;
    let label_of = |key: &str| questions(track).iter().find(|q| q.key == key).map(|q| q.label.clone());
    Ok(IdeaView {
        id: idea.id,
        title: idea.fields.title.clone(),
        summary: idea.fields.summary.clone(),
        problem: idea.fields.problem.clone(),
        proposal: idea.fields.proposal.clone(),
        beneficiaries: idea.fields.beneficiaries.clone(),
        datasets: idea
            .fields
            .datasets
            .iter()
            .map(|slug| datasets.iter().find(|d| d.slug.as_str() == slug).map_or(slug.clone(), |d| d.title.clone()))
            .collect(),
        answers: questions(track)
            .iter()
            .filter_map(|q| {
                idea.fields.answers.get(&q.key).map(|v| AnswerView { label: q.label.clone(), value: v.join(", ") })
            })
            .collect(),
        files: files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let kind = if f.content_type == "application/pdf" { "PDF" } else { "image" };
                let label = match label_of(&f.question_key) {
                    Some(question) if identity => format!("{question}: {} ({kind})", f.file_name),
                    Some(question) => format!("{question} ({kind})"),
                    None if identity => format!("{} ({kind})", f.file_name),
                    None => format!("Attachment {} ({kind})", i + 1),
                };
                FileView {
                    id: f.id,
                    label,
                    url: format!("{files_base}/{}", f.id),
                    is_image: f.content_type.starts_with("image/"),
                    size: crate::views::human_size(f.blob.size),
                }
            })
            .collect(),
        assisted: idea.assisted.is_some(),
        status_label: idea.status.label(),
        team_contact: if identity { idea.fields.team_contact.clone() } else { String::new() },
        contact: if identity { format!("{} <{}>", idea.contact_name, idea.contact_email) } else { String::new() },
        declared: if identity {
            [idea.declared.organizations.join(", "), idea.declared.neighbourhoods.join(", ")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            String::new()
        },
    })
}

#[derive(Serialize)]
struct IdeaPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    track_url: String,
    idea: IdeaView,
    notice: String,
    status: &'static str,
    editable: bool,
    is_team: bool,
    confirmation: &'static str,
    file_questions: Vec<QuestionField>,
    can_add_files: bool,
    max_file_mb: usize,
    /// Once results are published: the judges' feedback and the organizers' decision.
    results_published: bool,
    feedback: Vec<String>,
    place: String,
    reason: String,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct IdeaQuery {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    sent: Option<String>,
    #[serde(default)]
    notice: Option<String>,
}

async fn render_idea(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
    user: &User,
    notice: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (idea, challenge, track, access) = load(state, user, id).await?;
    let open = closed_reason(&challenge).is_none();
    let files = state.store.idea_files(idea.id).await?;
    let editable = access == IdeaAccess::Team && open && idea.status != IdeaStatus::Withdrawn;
    let results_published = challenge.timeline.results_published_at.is_some_and(|at| at <= Utc::now());
    let (mut feedback, mut place, mut reason) = (Vec::new(), String::new(), String::new());
    if results_published {
        feedback = state
            .store
            .track_reviews(track.id)
            .await?
            .into_iter()
            .filter(|r| r.idea_id == idea.id && !r.feedback.is_empty())
            .map(|r| r.feedback)
            .collect();
        if let Some(decision) = state.store.decisions(track.id).await?.into_iter().find(|d| d.idea_id == idea.id) {
            place = decision.place.label().to_owned();
            reason = decision.reason;
        }
    }
    let page = IdeaPage {
        page: viewer.page(state, format!("{} – {}", idea.fields.title, challenge.title)),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track_title: track.title.clone(),
        track_url: format!("/challenges/{}/tracks/{}", challenge.slug, track.slug),
        idea: idea_view(state, &idea, &track, &format!("/ideas/{}/files", idea.id), true).await?,
        notice: notice.to_owned(),
        status: idea.status.name(),
        editable,
        is_team: access == IdeaAccess::Team,
        confirmation: idea.confirmation.name(),
        file_questions: question_fields(&track, &idea.fields, &files, &[])
            .into_iter()
            .filter(|q| q.kind == QuestionKind::File.name())
            .collect(),
        can_add_files: editable && files.len() < MAX_FILES,
        max_file_mb: MAX_FILE_BYTES / (1024 * 1024),
        results_published,
        feedback,
        place,
        reason,
    };
    Ok((status, Html(state.templates.render("pages/idea.html", &page)?)).into_response())
}

pub(crate) async fn show_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<IdeaQuery>,
) -> Result<Response, AppError> {
    let notice = if query.sent.is_some() {
        "Your idea has been sent. We emailed you a copy. You can still change it until the challenge closes."
    } else if query.saved.is_some() {
        "Your draft is saved. It is not sent yet: the judges will not see it until you send it."
    } else {
        match query.notice.as_deref() {
            Some("file") => "The file is attached.",
            Some("removed") => "The file is removed.",
            Some("withdrawn") => "Your idea is withdrawn. It will not be judged.",
            Some("updated") => "Your changes are saved.",
            _ => "",
        }
    };
    render_idea(&state, &current.viewer(), id, &current.user, notice, StatusCode::OK).await
}

/// The idea for its team, while it may still change.
async fn editable_idea(state: &AppState, user: &User, id: i64) -> Result<(Idea, Challenge, Track), AppError> {
    let (idea, challenge, track, access) = load(state, user, id).await?;
    // Only its team changes an idea; to anyone else it is as good as missing.
    if access != IdeaAccess::Team {
        return Err(AppError::NotFound);
    }
    if let Some(reason) = closed_reason(&challenge) {
        return Err(AppError::Conflict(reason));
    }
    if idea.status == IdeaStatus::Withdrawn {
        return Err(AppError::Conflict("This idea was withdrawn; it can no longer change.".into()));
    }
    Ok((idea, challenge, track))
}

pub(crate) async fn edit_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (idea, challenge, track) = editable_idea(&state, &current.user, id).await?;
    let viewer = current.viewer();
    let cx = FormContext {
        viewer: &viewer,
        challenge: &challenge,
        track: &track,
        action_url: format!("/ideas/{id}"),
        idea: Some(&idea),
        assisted: false,
    };
    render_form(&state, &cx, form_of(&idea), &idea.fields, ("", ""), StatusCode::OK).await
}

pub(crate) async fn update_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (idea, challenge, track) = editable_idea(&state, &current.user, id).await?;
    let (fields, declared, mut form, action) = read_form(&track, &pairs);
    let datasets = dataset_slugs(&state.store.datasets(challenge.id).await?);
    let files: Vec<String> = state.store.idea_files(idea.id).await?.into_iter().map(|f| f.question_key).collect();
    let sending = action == "submit" || idea.status == IdeaStatus::Submitted;
    form.errors = fields.check(questions(&track), &datasets, &files, sending);
    if !form.errors.is_empty() {
        let viewer = current.viewer();
        let cx = FormContext {
            viewer: &viewer,
            challenge: &challenge,
            track: &track,
            action_url: format!("/ideas/{id}"),
            idea: Some(&idea),
            assisted: false,
        };
        return render_form(&state, &cx, form, &fields, ("", ""), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.store.update_idea(idea.id, &fields, &declared).await?;
    if action == "submit" && idea.status == IdeaStatus::Draft {
        let updated = state.store.idea(idea.id).await?.ok_or(AppError::NotFound)?;
        let email = received_email(&state, &challenge, &track, &updated, &current.user).await;
        state.store.submit_idea(idea.id, email.as_ref()).await?;
        return Ok(Redirect::to(&format!("/ideas/{id}?sent=1")).into_response());
    }
    Ok(Redirect::to(&format!("/ideas/{id}?notice=updated")).into_response())
}

pub(crate) async fn withdraw_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, _, _) = editable_idea(&state, &current.user, id).await?;
    state.store.withdraw_idea(idea.id).await?;
    Ok(Redirect::to(&format!("/ideas/{id}?notice=withdrawn")).into_response())
}

/// Receives one attachment: a PDF or an image, checked by its first bytes,
/// at most [`MAX_FILE_BYTES`], for a file question (`question`) or the entry in general.
pub(crate) async fn upload_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(id): Path<i64>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    use axum::extract::FromRequest;
    // Not a multipart upload: it cannot carry the form's token either.
    let mut multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut csrf = String::new();
    let mut question = String::new();
    let mut received: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) =
        multipart.next_field().await.map_err(|e| AppError::BadRequest(format!("The upload could not be read: {e}")))?
    {
        match field.name() {
            Some("csrf_token") => csrf = field.text().await.unwrap_or_default().chars().take(100).collect(),
            Some("question") => question = field.text().await.unwrap_or_default().chars().take(100).collect(),
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let mut bytes = Vec::new();
                while let Some(chunk) =
                    field.chunk().await.map_err(|e| AppError::BadRequest(format!("The upload was interrupted: {e}")))?
                {
                    if bytes.len() + chunk.len() > MAX_FILE_BYTES {
                        return Err(AppError::PayloadTooLarge(format!(
                            "The file is larger than {} MB, the most we accept for an attachment.",
                            MAX_FILE_BYTES / (1024 * 1024)
                        )));
                    }
                    bytes.extend_from_slice(&chunk);
                }
                received = Some((name, bytes));
            }
            _ => {}
        }
    }
    if csrf.is_empty() || csrf != current.csrf {
        return Err(AppError::CsrfRejected);
    }
    let (idea, _, track) = editable_idea(&state, &current.user, id).await?;
    let Some((name, bytes)) = received.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::BadRequest("Choose a file to attach.".into()));
    };
    if !question.is_empty() && !questions(&track).iter().any(|q| q.key == question && q.kind == QuestionKind::File) {
        return Err(AppError::BadRequest("That question does not take a file.".into()));
    }
    let Some(content_type) = sniff_attachment(&bytes) else {
        return Err(AppError::BadRequest(
            "We accept PDF files and images (PNG, JPEG, GIF or WebP). This file is none of those, whatever its name says."
                .into(),
        ));
    };
    let blob = state.blobs.put_bytes(&bytes).await?;
    let name = safe_file_name(&name, content_type);
    match state.store.add_idea_file(idea.id, &question, &name, content_type, &blob, MAX_FILES).await? {
        Some(_) => Ok(Redirect::to(&format!("/ideas/{id}?notice=file")).into_response()),
        None => Err(AppError::Conflict(format!("An idea can carry at most {MAX_FILES} files. Remove one first."))),
    }
}

pub(crate) async fn remove_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((id, file)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, _, _) = editable_idea(&state, &current.user, id).await?;
    if !state.store.remove_idea_file(idea.id, file).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!("/ideas/{id}?notice=removed")).into_response())
}

/// Sends an attachment to be shown in the browser, with its checked type.
pub(crate) async fn file_response(state: &AppState, idea_id: i64, file_id: i64) -> Result<Response, AppError> {
    let file =
        state.store.idea_files(idea_id).await?.into_iter().find(|f| f.id == file_id).ok_or(AppError::NotFound)?;
    let bytes = state.blobs.read_head(&file.blob.sha256, MAX_FILE_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{}\"", file.file_name)),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub(crate) async fn show_idea_file(
    State(state): State<AppState>,
    current: CurrentUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (idea, _, _, _) = load(&state, &current.user, id).await?;
    file_response(&state, idea.id, file).await
}

#[derive(Serialize)]
struct IdeaRow {
    id: i64,
    title: String,
    status_label: &'static str,
    updated: String,
    url: String,
}

#[derive(Serialize)]
struct IdeasTrackPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    signed_in: bool,
    is_open: bool,
    ideas: Vec<IdeaRow>,
    is_organizer: bool,
    results_published: bool,
}

/// A track as pages show it; an ideas track shows the rubric in force
/// (organizers may have edited the bundle's before judging opened).
pub(crate) async fn track_view(state: &AppState, track: &Track) -> Result<TrackView, AppError> {
    if !matches!(track.settings, TrackSettings::Ideas { .. }) {
        return Ok(TrackView::new(track));
    }
    let judging = state.store.track_judging(track).await?;
    let mut shown = track.clone();
    if let TrackSettings::Ideas { criteria, .. } = &mut shown.settings {
        *criteria = judging.criteria;
    }
    Ok(TrackView::new(&shown))
}

/// The page of an ideas track: what to send, the rubric, and the team's ideas.
pub(crate) async fn render_ideas_track(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    track: &Track,
) -> Result<Response, AppError> {
    let mut ideas = Vec::new();
    let mut is_organizer = false;
    if let Some(user) = &viewer.user {
        if let Some(team) = state.store.team_of(challenge.id, user.id).await? {
            ideas = state
                .store
                .team_ideas(track.id, team.id)
                .await?
                .into_iter()
                .map(|i| IdeaRow {
                    id: i.id,
                    title: i.fields.title.clone(),
                    status_label: i.status.label(),
                    updated: plaza_core::timeline::format_moment(i.updated_at),
                    url: format!("/ideas/{}", i.id),
                })
                .collect();
        }
        is_organizer =
            user.is_admin || state.store.roles_for(challenge.id, user.id).await?.contains(&ChallengeRole::Organizer);
    }
    let page = IdeasTrackPage {
        page: viewer.page(state, format!("{} – {}", track.title, challenge.title)),
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: track_view(state, track).await?,
        signed_in: viewer.user.is_some(),
        is_open: closed_reason(challenge).is_none(),
        ideas,
        is_organizer,
        results_published: challenge.timeline.results_published_at.is_some(),
    };
    Ok(Html(state.templates.render("pages/ideas_track.html", &page)?).into_response())
}
