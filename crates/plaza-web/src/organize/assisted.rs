//! Ideas entered by organizers for residents who filled in a paper form or
//! called in: the form, the resident's confirmation by emailed link (or the
//! organizer's word that they read it back), and the organizers' list of
//! every idea of a track.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::idea::FieldProblem;
use plaza_core::{AssistChannel, Confirmation, Email, Idea, IdeaStatus};
use plaza_store::{AssistedIdea, NewIdea};
use serde::Serialize;

use crate::account::sign_in::{EmptyForm, message_page};
use crate::enter::idea_form::{FormContext, questions, read_form, render_form};
use crate::enter::ideas::{closed_reason, dataset_slugs};
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::{HelperTrack, IdeaId, OrganizerTrack};
use crate::render::notice::{IdeasListNotice, NoticeQuery};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// How an idea reached staff ("on a paper form"), in `lang` (an email's
/// recipient's language, or the page's).
pub(crate) fn channel_label_in(lang: &str, channel: AssistChannel) -> String {
    let id = match channel {
        AssistChannel::PaperForm => "web-organize-assisted-channel-paper-form",
        AssistChannel::Phone => "web-organize-assisted-channel-phone",
        AssistChannel::InPerson => "web-organize-assisted-channel-in-person",
    };
    plaza_i18n::tr_in(lang, id, &[])
}

fn get(pairs: &[(String, String)], name: &str) -> String {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
}

/// The resident's part of the staff form: who they are, how to reach them,
/// how the idea came in, each with its problem.
struct ContactInput {
    name: String,
    email_text: String,
    email: Option<Email>,
    attested: bool,
    channel: Option<AssistChannel>,
    /// The language of the resident's emails.
    language: &'static str,
    problems: Vec<FieldProblem>,
}

impl ContactInput {
    fn read(pairs: &[(String, String)]) -> Self {
        let name = get(pairs, "contact_name");
        let email_text = get(pairs, "contact_email");
        let attested = get(pairs, "attested") == "yes";
        let channel = AssistChannel::parse(&get(pairs, "channel"));
        let mut problems = Vec::new();
        let asked = get(pairs, "contact_language");
        let language = if asked.is_empty() {
            plaza_i18n::current()
        } else {
            match plaza_i18n::find(&asked) {
                Some(code) if code == asked => code,
                _ => {
                    problems.push(FieldProblem {
                        field: "contact_language".into(),
                        message: plaza_i18n::tr("web-organize-assisted-language-unknown"),
                    });
                    plaza_i18n::current()
                }
            }
        };
        if name.is_empty() || name.chars().count() > 200 {
            problems.push(FieldProblem {
                field: "contact_name".into(),
                message: plaza_i18n::tr("web-organize-assisted-name-needed"),
            });
        }
        let email = if email_text.is_empty() {
            None
        } else {
            match Email::parse(&email_text) {
                Ok(email) => Some(email),
                Err(_) => {
                    problems.push(FieldProblem {
                        field: "contact_email".into(),
                        message: plaza_i18n::tr_with(
                            "web-organize-assisted-not-an-email",
                            &[("email", email_text.as_str().into())],
                        ),
                    });
                    None
                }
            }
        };
        if email_text.is_empty() && !attested {
            problems.push(FieldProblem {
                field: "contact_email".into(),
                message: plaza_i18n::tr("web-organize-assisted-email-or-read-back"),
            });
        }
        if channel.is_none() {
            problems.push(FieldProblem {
                field: "channel".into(),
                message: plaza_i18n::tr("web-organize-assisted-channel-needed"),
            });
        }
        Self { name, email_text, email, attested, channel, language, problems }
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct EnteredQuery {
    entered: Option<String>,
}

/// `GET /challenges/{slug}/tracks/{track}/ideas/assisted`: the form staff
/// (organizers and partner organizations) fill in for a resident.
pub(crate) async fn new_assisted_idea(
    State(state): State<AppState>,
    HelperTrack { organizer, track }: HelperTrack,
    axum::extract::Query(query): axum::extract::Query<EnteredQuery>,
) -> Result<Response, AppError> {
    let viewer = organizer.current.viewer();
    let form_url = format!("/challenges/{}/tracks/{}/ideas/assisted", organizer.challenge.slug, track.slug);
    if let Some(confirmation) = query.entered.as_deref() {
        // A partner organization's idea is entered: it does not see the organizers' list.
        let text = if confirmation == "pending" {
            plaza_i18n::tr("web-organize-assisted-entered-confirm")
        } else {
            plaza_i18n::tr("web-organize-assisted-entered-attested")
        };
        let title = plaza_i18n::tr("web-organize-assisted-entered-title");
        let another = plaza_i18n::tr("web-organize-assisted-enter-another");
        return message_page(&state, &viewer, StatusCode::OK, &title, &text, (&form_url, &another));
    }
    if let Some(reason) = closed_reason(&organizer.challenge) {
        let title = plaza_i18n::tr("web-organize-assisted-not-taking-title");
        return message_page(&state, &viewer, StatusCode::CONFLICT, &title, &reason, ("", ""));
    }
    let cx = FormContext {
        viewer: &viewer,
        challenge: &organizer.challenge,
        track: &track,
        action_url: format!("/challenges/{}/tracks/{}/ideas/assisted", organizer.challenge.slug, track.slug),
        idea: None,
        assisted: true,
        contact_language: plaza_i18n::current(),
    };
    render_form(&state, &cx, Default::default(), &Default::default(), ("", ""), StatusCode::OK).await
}

pub(crate) async fn create_assisted_idea(
    State(state): State<AppState>,
    HelperTrack { organizer, track }: HelperTrack,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    if let Some(reason) = closed_reason(challenge) {
        return Err(AppError::Conflict(reason));
    }
    let (fields, declared, mut form, _) = read_form(&track, &pairs);
    let datasets = dataset_slugs(&state.store.datasets(challenge.id).await?);
    form.errors = fields.check(questions(&track), &datasets, &[], true);
    let contact = ContactInput::read(&pairs);
    let language = contact.language;
    let (contact_name, contact_email, email, attested, channel, mut problems) =
        (contact.name, contact.email_text, contact.email, contact.attested, contact.channel, contact.problems);
    problems.append(&mut form.errors);
    form.errors = problems;
    let viewer = organizer.current.viewer();
    let (Some(channel), true) = (channel, form.errors.is_empty()) else {
        let cx = FormContext {
            viewer: &viewer,
            challenge,
            track: &track,
            action_url: format!("/challenges/{}/tracks/{}/ideas/assisted", challenge.slug, track.slug),
            idea: None,
            assisted: true,
            contact_language: language,
        };
        return render_form(
            &state,
            &cx,
            form,
            &fields,
            (&contact_name, &contact_email),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let secret = plaza_store::new_secret();
    let assisted = AssistedIdea {
        idea: NewIdea {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: None,
            author_id: None,
            fields,
            declared,
            contact_name: contact_name.clone(),
            contact_email: email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
        },
        by: organizer.current.user.id,
        channel,
        attested,
        locale: Some(language.to_owned()),
        confirm_secret: secret.clone(),
    };
    let mail = match (&email, attested) {
        (Some(to), false) => Some(confirmation_email(&state, challenge, &track, &assisted, to, &secret).await?),
        _ => None,
    };
    let staff = &organizer.current.user;
    let by = crate::organize::notices::EnteredBy { staff, channel };
    let notices = crate::organize::notices::idea_sent(
        &state,
        challenge,
        &track,
        &contact_name,
        &assisted.idea.fields.title,
        Some(by),
        staff.id,
    )
    .await?;
    let idea = state.store.create_assisted_idea_notifying(&assisted, mail.as_ref(), Some(&notices)).await?;
    let pending = idea.confirmation == Confirmation::Pending;
    if !organizer.organizer {
        let confirmation = if pending { "pending" } else { "attested" };
        let to = format!("/challenges/{}/tracks/{}/ideas/assisted?entered={confirmation}", challenge.slug, track.slug);
        return Ok(Redirect::to(&to).into_response());
    }
    let notice = if pending { IdeasListNotice::Confirm } else { IdeasListNotice::Attested };
    Ok(back_to_ideas(challenge.slug.as_str(), track.slug.as_str(), notice))
}

async fn confirmation_email(
    state: &AppState,
    challenge: &plaza_core::Challenge,
    track: &plaza_core::Track,
    assisted: &AssistedIdea,
    to: &Email,
    secret: &str,
) -> Result<plaza_core::OutgoingEmail, AppError> {
    let link = state.settings.link(&format!("/ideas/confirm/{secret}"));
    let offline = plaza_mail::emails::Offline::from(&state.store.outreach(challenge.id).await?);
    // The resident has no account: the email is in the language staff chose.
    let lang = plaza_i18n::preferred(assisted.locale.as_deref());
    let staff_role = plaza_i18n::tr_in(lang, "web-organize-assisted-staff-role", &[]);
    let channel = channel_label_in(lang, assisted.channel);
    let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
    let message = plaza_mail::emails::IdeaConfirm {
        name: &assisted.idea.contact_name,
        staff_role: &staff_role,
        challenge_title: &challenge_title,
        channel: &channel,
        link: &link,
        copy: crate::enter::ideas::idea_copy(state, challenge.id, track, &assisted.idea.fields).await,
        offline,
    };
    state.emails.render(lang, to, &message, None).map_err(|e| AppError::Internal(e.to_string()))
}

pub(crate) async fn attest_idea(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let idea =
        state.store.idea(id).await?.filter(|i| i.challenge_id == organizer.challenge.id).ok_or(AppError::NotFound)?;
    state.store.attest_idea(idea.id).await?;
    let track = crate::extract::paths::track_by_id(&state, organizer.challenge.id, idea.track_id).await?;
    Ok(back_to_ideas(organizer.challenge.slug.as_str(), track.slug.as_str(), IdeasListNotice::Attested))
}

#[derive(Serialize)]
struct ListRow {
    id: i64,
    title: String,
    status_label: String,
    entered_by: String,
    pending: bool,
    assisted: bool,
    has_email: bool,
    /// A scan of the paper form is kept (organizers only).
    has_scan: bool,
    /// What became of the resident's confirmation, for assisted entries.
    confirmation: String,
    submitted: String,
    url: String,
}

#[derive(Serialize)]
struct ListPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    track_slug: String,
    notice: String,
    rows: Vec<ListRow>,
    counts: String,
}

/// Back to the track's list of ideas with a notice, so that reloading it sends nothing again.
fn back_to_ideas(challenge: &str, track: &str, notice: IdeasListNotice) -> Response {
    Redirect::to(&format!("/challenges/{challenge}/tracks/{track}/ideas?notice={}", notice.name())).into_response()
}

pub(crate) async fn list_ideas(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let ideas = state.store.track_ideas(track.id).await?;
    let team_ids: Vec<plaza_core::TeamId> = ideas.iter().filter_map(|idea| idea.team_id).collect();
    let teams = state.store.teams_by_ids(&team_ids).await?;
    let mut rows = Vec::new();
    let ids: Vec<i64> = ideas.iter().map(|idea| idea.id).collect();
    let scanned = state.store.ideas_with_paper_scans(&ids).await?;
    // Drafts never sent are their teams' alone: counted, not listed.
    for idea in ideas.iter().filter(|i| i.organizers_may_read()) {
        let entered_by = match (&idea.assisted, idea.team_id) {
            (Some(assist), _) => plaza_i18n::tr_with(
                "web-organize-assisted-entered-by-staff",
                &[
                    ("name", idea.contact_name.as_str().into()),
                    ("channel", channel_label_in(plaza_i18n::current(), assist.channel).into()),
                ],
            ),
            (None, Some(team)) => teams.get(&team).map(|t| t.name.clone()).unwrap_or_default(),
            (None, None) => idea.contact_name.clone(),
        };
        rows.push(ListRow {
            id: idea.id,
            title: idea.fields.title.clone(),
            status_label: idea.status.label(),
            entered_by,
            pending: idea.confirmation == Confirmation::Pending,
            assisted: idea.assisted.is_some(),
            has_email: !idea.contact_email.is_empty(),
            has_scan: scanned.contains(&idea.id),
            confirmation: match idea.confirmation {
                Confirmation::NotNeeded | Confirmation::Pending => String::new(),
                Confirmation::Confirmed => plaza_i18n::tr("web-organize-assisted-confirmed"),
                Confirmation::Attested => plaza_i18n::tr("web-organize-assisted-read-back"),
            },
            submitted: idea.submitted_at.map(|at| organizer.challenge.timeline.moment(at)).unwrap_or_default(),
            url: format!("/ideas/{}", idea.id),
        });
    }
    let sent = ideas.iter().filter(|i| i.status == IdeaStatus::Submitted).count();
    let drafts = ideas.iter().filter(|i| i.status == IdeaStatus::Draft).count();
    let page = ListPage {
        page: organizer
            .current
            .viewer()
            .page(&state, plaza_i18n::tr_with("title-ideas", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(&organizer.challenge, Utc::now()),
        track_title: track.title.clone(),
        track_slug: track.slug.to_string(),
        notice: IdeasListNotice::sentence_for(query.notice.as_deref()),
        rows,
        counts: plaza_i18n::tr_with(
            "web-organize-assisted-counts",
            &[("sent", sent.into()), ("drafts", drafts.into())],
        ),
    };
    Ok(Html(state.templates.render("pages/organize/ideas.html", &page)?).into_response())
}

/// A pending assisted entry of this organizer's challenge, with its track.
async fn pending_assisted(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    id: i64,
) -> Result<(Idea, plaza_core::Track), AppError> {
    let idea = state
        .store
        .idea(id)
        .await?
        .filter(|i| i.challenge_id == organizer.challenge.id && i.assisted.is_some())
        .ok_or(AppError::NotFound)?;
    if idea.confirmation != Confirmation::Pending {
        return Err(AppError::Conflict(plaza_i18n::tr("web-organize-assisted-already-confirmed")));
    }
    let track = crate::extract::paths::track_by_id(state, organizer.challenge.id, idea.track_id).await?;
    Ok((idea, track))
}

fn correction_url(organizer: &ChallengeOrganizer, id: i64) -> String {
    format!("/challenges/{}/ideas/{id}/correct", organizer.challenge.slug)
}

/// The staff form again, filled in, for a resident who asked for a change
/// before confirming.
pub(crate) async fn show_correction(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
) -> Result<Response, AppError> {
    let (idea, track) = pending_assisted(&state, &organizer, id).await?;
    let viewer = organizer.current.viewer();
    let cx = FormContext {
        viewer: &viewer,
        challenge: &organizer.challenge,
        track: &track,
        action_url: correction_url(&organizer, id),
        idea: Some(&idea),
        assisted: true,
        contact_language: plaza_i18n::preferred(idea.assisted.as_ref().and_then(|a| a.locale.as_deref())),
    };
    let form = crate::enter::idea_form::form_of(&idea);
    render_form(&state, &cx, form, &idea.fields, (&idea.contact_name, &idea.contact_email), StatusCode::OK).await
}

/// Saves a correction: the old confirmation link stops working, and the
/// resident gets a new one (or staff say they read it back).
pub(crate) async fn correct_idea(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (idea, track) = pending_assisted(&state, &organizer, id).await?;
    let challenge = &organizer.challenge;
    let (fields, declared, mut form, _) = read_form(&track, &pairs);
    let datasets = dataset_slugs(&state.store.datasets(challenge.id).await?);
    let files: Vec<String> = state.store.idea_files(idea.id).await?.into_iter().map(|f| f.question_key).collect();
    let contact = ContactInput::read(&pairs);
    let mut problems = contact.problems;
    problems.append(&mut fields.check(questions(&track), &datasets, &files, true));
    form.errors = problems;
    let viewer = organizer.current.viewer();
    let (Some(channel), true) = (contact.channel, form.errors.is_empty()) else {
        let cx = FormContext {
            viewer: &viewer,
            challenge,
            track: &track,
            action_url: correction_url(&organizer, id),
            idea: Some(&idea),
            assisted: true,
            contact_language: contact.language,
        };
        let contact = (contact.name.as_str(), contact.email_text.as_str());
        return render_form(&state, &cx, form, &fields, contact, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let secret = plaza_store::new_secret();
    let corrected = AssistedIdea {
        idea: NewIdea {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: idea.team_id,
            author_id: idea.author_id,
            fields,
            declared,
            contact_name: contact.name.clone(),
            contact_email: contact.email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
        },
        by: organizer.current.user.id,
        channel,
        attested: contact.attested,
        locale: Some(contact.language.to_owned()),
        confirm_secret: secret.clone(),
    };
    let mail = match &contact.email {
        Some(to) if !contact.attested => {
            Some(confirmation_email(&state, challenge, &track, &corrected, to, &secret).await?)
        }
        _ => None,
    };
    if !state.store.correct_assisted_idea(idea.id, &corrected, mail.as_ref()).await? {
        return Err(AppError::Conflict(plaza_i18n::tr("web-organize-assisted-confirmed-while-correcting")));
    }
    if contact.attested {
        state.store.attest_idea(idea.id).await?;
    }
    let notice = if contact.attested {
        IdeasListNotice::Attested
    } else if mail.is_some() {
        IdeasListNotice::Corrected
    } else {
        IdeasListNotice::CorrectedPhone
    };
    Ok(back_to_ideas(challenge.slug.as_str(), track.slug.as_str(), notice))
}

/// Sends the resident a new confirmation link (the old one stops working).
pub(crate) async fn resend_confirmation(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (idea, track) = pending_assisted(&state, &organizer, id).await?;
    let Ok(to) = Email::parse(&idea.contact_email) else {
        return Err(AppError::Conflict(plaza_i18n::tr("web-organize-assisted-no-email")));
    };
    let Some(assist) = &idea.assisted else { return Err(AppError::NotFound) };
    let secret = plaza_store::new_secret();
    let again = AssistedIdea {
        idea: NewIdea {
            challenge_id: idea.challenge_id,
            track_id: idea.track_id,
            team_id: idea.team_id,
            author_id: idea.author_id,
            fields: idea.fields.clone(),
            declared: idea.declared.clone(),
            contact_name: idea.contact_name.clone(),
            contact_email: idea.contact_email.clone(),
        },
        by: organizer.current.user.id,
        channel: assist.channel,
        attested: false,
        locale: assist.locale.clone(),
        confirm_secret: secret.clone(),
    };
    let mail = confirmation_email(&state, &organizer.challenge, &track, &again, &to, &secret).await?;
    if !state.store.renew_confirmation(idea.id, &secret, &mail).await? {
        return Err(AppError::Conflict(plaza_i18n::tr("web-organize-assisted-confirmed-meanwhile")));
    }
    Ok(back_to_ideas(organizer.challenge.slug.as_str(), track.slug.as_str(), IdeasListNotice::Resent))
}
