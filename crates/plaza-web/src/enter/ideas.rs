//! Entering an idea: creating it as a draft or sending it, changing it
//! until the deadline, withdrawing it, the entrant's view of it (with the
//! judges' feedback once results are out), the confirmation email with a
//! copy, and the page of an ideas track.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::idea::{MAX_FILE_BYTES, MAX_FILES};
use plaza_core::{
    Challenge, ChallengeStatus, Dataset, Idea, IdeaFields, IdeaStatus, QuestionKind, Team, Track, TrackSettings, User,
};
use plaza_store::NewIdea;
use serde::Serialize;

use crate::account::sign_in::EmptyForm;
use crate::enter::idea_form::{
    FormContext, IdeaForm, QuestionField, form_of, question_fields, questions, read_form, render_form,
};
use crate::enter::submissions::{UploadProblem, team_for};
use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::{IdeaId, IdeasTrackPath};
use crate::render::content::track_in_language;
use crate::render::idea_view::{IdeaView, idea_view};
use crate::render::notice::IdeaNotice;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

/// Why the challenge takes no new or changed ideas now, if it does not.
pub(crate) fn closed_reason(challenge: &Challenge) -> Option<String> {
    if challenge.is_draft() {
        return Some(plaza_core::challenge::draft_refusal());
    }
    match challenge.timeline.status(Utc::now()) {
        ChallengeStatus::Open => None,
        _ => Some(plaza_i18n::tr_with(
            "web-enter-ideas-closed",
            &[("when", challenge.timeline.in_words(Utc::now()).into())],
        )),
    }
}

async fn entrant_team(state: &AppState, challenge: &Challenge, user: &User) -> Result<Team, AppError> {
    match team_for(state, challenge, user).await? {
        Ok(team) => Ok(team),
        Err(problem @ UploadProblem::TermsNeeded) => Err(AppError::Conflict(problem.message())),
        Err(problem) => Err(AppError::BadRequest(problem.message())),
    }
}

pub(crate) async fn new_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    IdeasTrackPath { challenge, track }: IdeasTrackPath,
) -> Result<Response, AppError> {
    let viewer = current.viewer();
    // Ask for the terms before the form, not after the resident has filled it in.
    if !current.user.terms_accepted && state.store.team_of(challenge.id, current.user.id).await?.is_none() {
        return crate::account::sign_in::message_page(
            &state,
            &viewer,
            StatusCode::CONFLICT,
            &plaza_i18n::tr("web-enter-ideas-terms-first-title"),
            &UploadProblem::TermsNeeded.message(),
            ("/account", &plaza_i18n::tr("web-enter-ideas-terms-first-action")),
        );
    }
    if let Some(reason) = closed_reason(&challenge) {
        return crate::account::sign_in::message_page(
            &state,
            &viewer,
            StatusCode::CONFLICT,
            &plaza_i18n::tr("web-enter-ideas-not-taking-title"),
            &reason,
            (
                &format!("/challenges/{}/tracks/{}", challenge.slug, track.slug),
                &plaza_i18n::tr("web-enter-ideas-back-to-track"),
            ),
        );
    }
    let form = IdeaForm { team_contact: current.user.display_name.clone(), ..IdeaForm::default() };
    let cx = FormContext::new_idea(&viewer, &challenge, &track);
    render_form(&state, &cx, form, &IdeaFields::default(), ("", ""), StatusCode::OK).await
}

pub(crate) fn dataset_slugs(datasets: &[Dataset]) -> Vec<String> {
    datasets.iter().map(|d| d.slug.to_string()).collect()
}

pub(crate) async fn create_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    IdeasTrackPath { challenge, track }: IdeasTrackPath,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if let Some(reason) = closed_reason(&challenge) {
        return Err(AppError::Conflict(reason));
    }
    let team = entrant_team(&state, &challenge, &current.user).await?;
    let (fields, declared, mut form, action) = read_form(&track, &pairs);
    let datasets = dataset_slugs(&state.store.datasets(challenge.id).await?);
    let sending = action == "submit";
    form.errors = fields.check(questions(&track), &datasets, &[], sending);
    let viewer = current.viewer();
    if !form.errors.is_empty() {
        let cx = FormContext::new_idea(&viewer, &challenge, &track);
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
    // Refused with a conflict when the team has entered the most ideas a track takes.
    let idea = state.store.create_idea(&new).await?;
    if sending {
        let email = received_email(&state, &challenge, &track, &idea, &current.user).await;
        let notices = sent_notices(&state, &challenge, &track, &idea, &current.user).await?;
        state.store.submit_idea(idea.id, email.as_ref(), Some(&notices)).await?;
        return Ok(Redirect::to(&format!("/ideas/{}?sent=1", idea.id)).into_response());
    }
    Ok(Redirect::to(&format!("/ideas/{}?saved=1", idea.id)).into_response())
}

/// The organizers' emails that `entrant` sent `idea`.
async fn sent_notices(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    idea: &Idea,
    entrant: &User,
) -> Result<plaza_store::OrganizerNotices, AppError> {
    // Organizers read their challenge as they wrote it, not in the entrant's language.
    let challenge = state.store.challenge_by_id(challenge.id).await?.ok_or(AppError::NotFound)?;
    let track = crate::extract::paths::track_by_id(state, challenge.id, track.id).await?;
    crate::organize::notices::idea_sent(
        state,
        &challenge,
        &track,
        &entrant.display_name,
        &idea.fields.title,
        None,
        entrant.id,
    )
    .await
}

/// An idea's text as emails copy it, with the titles of the data it uses.
pub(crate) async fn idea_copy(
    state: &AppState,
    challenge_id: i64,
    track: &Track,
    fields: &IdeaFields,
) -> plaza_mail::emails::IdeaCopy {
    let answers = questions(track)
        .iter()
        .filter_map(|q| {
            fields.answers.get(&q.key).map(|v| plaza_mail::emails::CopiedAnswer::new(&q.label, v.join(", ")))
        })
        .collect();
    let datasets = match state.store.datasets(challenge_id).await {
        Ok(all) => all
            .iter()
            .filter(|d| fields.datasets.iter().any(|slug| slug == d.slug.as_str()))
            .map(|d| d.title.clone())
            .collect::<Vec<_>>()
            .join(", "),
        Err(err) => {
            tracing::warn!(%err, "datasets for an idea email");
            String::new()
        }
    };
    plaza_mail::emails::IdeaCopy {
        title: fields.title.clone(),
        summary: fields.summary.clone(),
        problem: fields.problem.clone(),
        proposal: fields.proposal.clone(),
        beneficiaries: fields.beneficiaries.clone(),
        datasets,
        answers,
    }
}

/// The email that confirms an idea was sent, with a copy of it.
async fn received_email(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    idea: &Idea,
    user: &User,
) -> Option<plaza_core::OutgoingEmail> {
    let deadline = challenge.timeline.moment(challenge.timeline.closes_at);
    let link = state.settings.link(&format!("/ideas/{}", idea.id));
    let offline =
        state.store.outreach(challenge.id).await.map(|o| plaza_mail::emails::Offline::from(&o)).unwrap_or_default();
    let message = plaza_mail::emails::IdeaReceived {
        name: &user.display_name,
        challenge_title: &challenge.title,
        track_title: &track.title,
        deadline: &deadline,
        link: &link,
        copy: idea_copy(state, challenge.id, track, &idea.fields).await,
        offline,
    };
    match state.emails.render(plaza_i18n::current(), &user.email, &message, None) {
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
    if idea.organizers_may_read() && crate::extract::auth::organizes(state, user, idea.challenge_id).await? {
        return Ok(Some(IdeaAccess::Organizer));
    }
    Ok(None)
}

/// The idea, its challenge and track, for someone allowed to see it (others get 404).
pub(crate) async fn load(
    state: &AppState,
    user: &User,
    id: i64,
) -> Result<(Idea, Challenge, Track, IdeaAccess), AppError> {
    let idea = state.store.idea(id).await?.ok_or(AppError::NotFound)?;
    let access = idea_access(state, user, &idea).await?.ok_or(AppError::NotFound)?;
    let (challenge, track) =
        crate::extract::paths::row_challenge_and_track(state, idea.challenge_id, idea.track_id, Some(user)).await?;
    Ok((idea, challenge, track, access))
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
    /// A refused attachment's message, shown beside the file field.
    upload_error: String,
    upload_question: String,
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

/// A refused attachment: the message shown beside the file field, and the
/// question the file was for (still chosen in the form).
#[derive(Serialize, Default)]
pub(crate) struct RefusedFile {
    pub message: String,
    pub question: String,
}

pub(crate) async fn render_idea(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
    user: &User,
    notice: &str,
    upload: Option<&RefusedFile>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (idea, challenge, track, access) = load(state, user, id).await?;
    let open = closed_reason(&challenge).is_none();
    let files = state.store.idea_files(idea.id).await?;
    let editable = access == IdeaAccess::Team && open && idea.status != IdeaStatus::Withdrawn;
    let results_published = challenge.timeline.results_published(Utc::now());
    let (mut feedback, mut place, mut reason) = (Vec::new(), String::new(), String::new());
    if results_published {
        // Without the feedback organizers held back.
        let reviews = state.store.track_reviews(track.id).await?;
        let holds = state.store.feedback_holds(track.id).await?;
        feedback = plaza_core::review::entrant_feedback(&reviews, &holds, idea.id);
        if let Some(decision) = state.store.decisions(track.id).await?.into_iter().find(|d| d.idea_id == idea.id) {
            place = decision.place.local_label();
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
        file_questions: question_fields(&track, &idea.fields, &files, &[], None)
            .into_iter()
            .filter(|q| q.kind == QuestionKind::File.name())
            .collect(),
        can_add_files: editable && files.len() < MAX_FILES,
        max_file_mb: MAX_FILE_BYTES / (1024 * 1024),
        results_published,
        feedback,
        place,
        reason,
        upload_error: upload.map(|u| u.message.clone()).unwrap_or_default(),
        upload_question: upload.map(|u| u.question.clone()).unwrap_or_default(),
    };
    Ok((status, Html(state.templates.render("pages/enter/idea.html", &page)?)).into_response())
}

pub(crate) async fn show_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(IdeaId(id)): Path<IdeaId>,
    axum::extract::Query(query): axum::extract::Query<IdeaQuery>,
) -> Result<Response, AppError> {
    let notice = if query.sent.is_some() {
        plaza_i18n::tr("web-enter-ideas-notice-sent")
    } else if query.saved.is_some() {
        plaza_i18n::tr("web-enter-ideas-notice-saved")
    } else {
        IdeaNotice::sentence_for(query.notice.as_deref()).to_owned()
    };
    render_idea(&state, &current.viewer(), id, &current.user, &notice, None, StatusCode::OK).await
}

/// The idea for its team, while it may still change.
pub(crate) async fn editable_idea(
    state: &AppState,
    user: &User,
    id: i64,
) -> Result<(Idea, Challenge, Track), AppError> {
    let (idea, challenge, track, access) = load(state, user, id).await?;
    // Only its team changes an idea; to anyone else it is as good as missing.
    if access != IdeaAccess::Team {
        return Err(AppError::NotFound);
    }
    if let Some(reason) = closed_reason(&challenge) {
        return Err(AppError::Conflict(reason));
    }
    if idea.status == IdeaStatus::Withdrawn {
        return Err(AppError::Conflict(plaza_i18n::tr("web-enter-ideas-withdrawn")));
    }
    Ok((idea, challenge, track))
}

pub(crate) async fn edit_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(IdeaId(id)): Path<IdeaId>,
) -> Result<Response, AppError> {
    let (idea, challenge, track) = editable_idea(&state, &current.user, id).await?;
    let viewer = current.viewer();
    let cx = FormContext::edit(&viewer, &challenge, &track, &idea);
    render_form(&state, &cx, form_of(&idea), &idea.fields, ("", ""), StatusCode::OK).await
}

pub(crate) async fn update_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(IdeaId(id)): Path<IdeaId>,
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
        let cx = FormContext::edit(&viewer, &challenge, &track, &idea);
        return render_form(&state, &cx, form, &fields, ("", ""), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.store.update_idea(idea.id, &fields, &declared).await?;
    if action == "submit" && idea.status == IdeaStatus::Draft {
        let updated = state.store.idea(idea.id).await?.ok_or(AppError::NotFound)?;
        let email = received_email(&state, &challenge, &track, &updated, &current.user).await;
        let notices = sent_notices(&state, &challenge, &track, &updated, &current.user).await?;
        state.store.submit_idea(idea.id, email.as_ref(), Some(&notices)).await?;
        return Ok(Redirect::to(&format!("/ideas/{id}?sent=1")).into_response());
    }
    // Judges who scored it are told what changed (a new version was kept).
    let versioned = state.store.idea(idea.id).await?.is_some_and(|i| i.version > idea.version);
    let notice = if versioned { IdeaNotice::NewVersion } else { IdeaNotice::Updated };
    Ok(Redirect::to(&format!("/ideas/{id}?notice={}", notice.name())).into_response())
}

pub(crate) async fn withdraw_idea(
    State(state): State<AppState>,
    current: CurrentUser,
    Path(IdeaId(id)): Path<IdeaId>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, _, _) = editable_idea(&state, &current.user, id).await?;
    state.store.withdraw_idea(idea.id).await?;
    Ok(Redirect::to(&format!("/ideas/{id}?notice={}", IdeaNotice::Withdrawn.name())).into_response())
}

#[derive(Serialize)]
struct IdeaRow {
    id: i64,
    title: String,
    status_label: String,
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

/// A track as pages show it; an ideas track shows the rubric and the number
/// of judges in force (organizers may have edited the bundle's before judging
/// opened).
pub(crate) async fn track_view(state: &AppState, challenge_id: i64, track: &Track) -> Result<TrackView, AppError> {
    if !matches!(track.settings, TrackSettings::Ideas { .. }) {
        return Ok(TrackView::new(track));
    }
    let judging = state.store.track_judging(track).await?;
    let mut shown = track.clone();
    if let TrackSettings::Ideas { criteria, judges_per_entry, .. } = &mut shown.settings {
        *criteria = judging.criteria;
        *judges_per_entry = judging.judges_per_entry;
    }
    // The rubric in force, in the reader's language where translated.
    crate::render::content::Content::load(state, challenge_id).await?.track(&mut shown);
    Ok(TrackView::new(&shown))
}

/// The page of an ideas track: what to send, the rubric, and the team's ideas.
pub(crate) async fn render_ideas_track(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    track: &Track,
) -> Result<Response, AppError> {
    let (challenge, track, content) = track_in_language(state, challenge, track).await?;
    let (challenge, track) = (&challenge, &track);
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
                    updated: challenge.timeline.moment(i.updated_at),
                    url: format!("/ideas/{}", i.id),
                })
                .collect();
        }
        is_organizer = crate::extract::auth::organizes(state, user, challenge.id).await?;
    }
    let mut context = viewer.page(state, format!("{} – {}", track.title, challenge.title));
    content.note_on(&mut context);
    let page = IdeasTrackPage {
        page: context,
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: track_view(state, challenge.id, track).await?,
        signed_in: viewer.user.is_some(),
        is_open: closed_reason(challenge).is_none(),
        ideas,
        is_organizer,
        results_published: challenge.timeline.results_published(Utc::now()),
    };
    Ok(Html(state.templates.render("pages/enter/ideas_track.html", &page)?).into_response())
}
