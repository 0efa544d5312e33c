//! A challenge's details in the browser: organizers change its title,
//! summary, host, brief (with a preview), time zone, dates and team size,
//! under the same limits as a bundle and the rules of
//! `plaza_core::challenge_edit`; every change is kept with who made it.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::challenge_edit::{DetailsDraft, DetailsField, EditContext, changes, check_details};
use plaza_store::details_of;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::organize::steps::{Step, StepView, manage_steps};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// The most bytes the details form is read up to: the longest brief
/// allowed even when every character is URL-encoded from four UTF-8 bytes
/// (12 bytes each), and the other fields.
pub const DETAILS_FORM_BYTES: usize = plaza_core::challenge_edit::MAX_BRIEF * 12 + crate::MAX_FORM_BYTES;

/// Common IANA names offered while typing the time zone (any name works).
pub(crate) const SUGGESTED_ZONES: &[&str] = &[
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Berlin",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
];

#[derive(Serialize)]
pub(crate) struct ProblemView {
    pub(crate) field: &'static str,
    pub(crate) message: String,
}

/// One row of a change list (details, a dataset, a track): when, who, the
/// field as the page names it, and its value before and after, shortened.
#[derive(Serialize)]
pub(crate) struct EditView {
    when: String,
    who: String,
    field: String,
    before: String,
    after: String,
}

impl EditView {
    pub(crate) fn new(edit: plaza_store::ChallengeEdit, zone: plaza_core::Zone, field: String) -> Self {
        EditView {
            when: zone.moment(edit.at),
            who: edit.actor_name,
            field,
            before: shorten(&edit.before),
            after: shorten(&edit.after),
        }
    }
}

#[derive(Serialize)]
struct DetailsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    form: FormView,
    seen: String,
    zones: &'static [&'static str],
    problems: Vec<ProblemView>,
    preview_html: String,
    previewing: bool,
    saved: bool,
    opened: bool,
    published: bool,
    edits: Vec<EditView>,
    steps: Vec<StepView>,
}

#[derive(Serialize)]
pub(crate) struct FormView {
    title: String,
    summary: String,
    host: String,
    contact: String,
    description_md: String,
    time_zone: String,
    opens_at: String,
    closes_at: String,
    max_team_size: String,
}

impl From<&DetailsDraft> for FormView {
    fn from(draft: &DetailsDraft) -> Self {
        FormView {
            title: draft.title.clone(),
            summary: draft.summary.clone(),
            host: draft.host.clone(),
            contact: draft.contact.clone(),
            description_md: draft.description_md.clone(),
            time_zone: draft.time_zone.clone(),
            opens_at: draft.opens_at.clone(),
            closes_at: draft.closes_at.clone(),
            max_team_size: draft.max_team_size.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct SavedQuery {
    pub(crate) saved: Option<String>,
}

/// `GET /challenges/{slug}/manage/details`
pub(crate) async fn show_details(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let draft = details_of(&organizer.challenge).draft();
    let mut page = details_page(&state, &organizer, &draft, Vec::new(), String::new()).await?;
    page.saved = query.saved.is_some();
    render(&state, &page, StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct DetailsForm {
    /// The details' fields, as the form sends them.
    #[serde(flatten)]
    details: DetailsDraft,
    #[serde(default)]
    seen: String,
    #[serde(default)]
    action: String,
}

/// `POST /challenges/{slug}/manage/details`: a preview of the brief, or a save.
pub(crate) async fn update_details(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(form): CsrfForm<DetailsForm, DETAILS_FORM_BYTES>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let draft = form.details;
    if form.action == "preview" {
        let preview = crate::render::markdown::render_brief(&draft.description_md);
        let mut page = details_page(&state, &organizer, &draft, Vec::new(), preview).await?;
        page.seen = form.seen;
        page.previewing = true;
        return render(&state, &page, StatusCode::OK);
    }
    let current = details_of(challenge);
    let now = Utc::now();
    let context = EditContext {
        now,
        results_published: challenge.timeline.results_published(now),
        largest_team: state.store.largest_team(challenge.id).await?,
    };
    let details = match check_details(&draft, &current, context) {
        Ok(details) => details,
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|problem| ProblemView { field: problem.field.name(), message: problem.message })
                .collect();
            let mut page = details_page(&state, &organizer, &draft, problems, String::new()).await?;
            page.seen = form.seen;
            return render(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    let changed = changes(&current, &details);
    if !changed.is_empty() {
        match state
            .store
            .update_challenge_details(challenge.id, &form.seen, &details, &changed, organizer.current.user.id)
            .await
        {
            Ok(()) => {}
            Err(plaza_store::Error::Refused(refusal)) => {
                let problems = vec![ProblemView { field: DetailsField::Title.name(), message: refusal.to_string() }];
                let page = details_page(&state, &organizer, &current.draft(), problems, String::new()).await?;
                return render(&state, &page, StatusCode::CONFLICT);
            }
            Err(fault) => return Err(fault.into()),
        }
        tracing::info!(
            challenge = challenge.id,
            user = organizer.current.user.id.0,
            fields = changed.len(),
            "challenge details changed"
        );
    }
    Ok(Redirect::to(&format!("/challenges/{}/manage/details?saved=1", challenge.slug)).into_response())
}

async fn details_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    draft: &DetailsDraft,
    problems: Vec<ProblemView>,
    preview_html: String,
) -> Result<DetailsPage, AppError> {
    let challenge = &organizer.challenge;
    let now = Utc::now();
    let zone = challenge.timeline.zone;
    let edits = state
        .store
        .challenge_edits(challenge.id)
        .await?
        .into_iter()
        .map(|edit| {
            let field = field_label(&edit.field);
            EditView::new(edit, zone, field)
        })
        .collect();
    Ok(DetailsPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-details-of", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, now),
        form: FormView::from(draft),
        seen: details_of(challenge).fingerprint(),
        zones: SUGGESTED_ZONES,
        problems,
        preview_html,
        previewing: false,
        saved: false,
        opened: challenge.timeline.opens_at <= now,
        published: challenge.timeline.results_published(now),
        edits,
        steps: manage_steps(challenge, Step::Details),
    })
}

fn field_label(name: &str) -> String {
    [
        DetailsField::Title,
        DetailsField::Summary,
        DetailsField::Host,
        DetailsField::Contact,
        DetailsField::Description,
        DetailsField::TimeZone,
        DetailsField::OpensAt,
        DetailsField::ClosesAt,
        DetailsField::MaxTeamSize,
    ]
    .into_iter()
    .find(|field| field.name() == name)
    .map_or_else(|| plaza_i18n::tr("web-organize-details-field-other"), details_field_label)
}

/// A field's name as the page shows it (`DetailsField::label` in the
/// reader's language).
fn details_field_label(field: DetailsField) -> String {
    match field {
        DetailsField::Title => plaza_i18n::tr("web-organize-details-field-title"),
        DetailsField::Summary => plaza_i18n::tr("web-organize-details-field-summary"),
        DetailsField::Host => plaza_i18n::tr("web-organize-details-field-host"),
        DetailsField::Contact => plaza_i18n::tr("web-organize-details-field-contact"),
        DetailsField::Description => plaza_i18n::tr("web-organize-details-field-description"),
        DetailsField::TimeZone => plaza_i18n::tr("web-organize-details-field-time-zone"),
        DetailsField::OpensAt => plaza_i18n::tr("web-organize-details-field-opens-at"),
        DetailsField::ClosesAt => plaza_i18n::tr("web-organize-details-field-closes-at"),
        DetailsField::MaxTeamSize => plaza_i18n::tr("web-organize-details-field-max-team-size"),
    }
}

/// A long value (a brief) in the audit, cut to its first 200 characters.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(200).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

fn render(state: &AppState, page: &DetailsPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/details.html", page)?)).into_response())
}
