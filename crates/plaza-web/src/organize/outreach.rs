//! Ways in without a computer, in the browser: organizers set the phone
//! line, the drop-off address and a partner location that the challenge's
//! page, its poster and its emails show, and the paper posters print on.
//! The same settings are the bundle's `[outreach]` table.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::outreach::{MAX_HOURS, MAX_PHONE, MAX_PLACE, OutreachDraft, Paper, check_outreach};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::organize::details::{ProblemView, SavedQuery};
use crate::public::poster::short_link;
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct PaperChoice {
    name: &'static str,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct Limits {
    phone: usize,
    hours: usize,
    place: usize,
}

#[derive(Serialize)]
struct OutreachPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    form: FormView,
    papers: Vec<PaperChoice>,
    limits: Limits,
    problems: Vec<ProblemView>,
    saved: bool,
    short_link: String,
}

#[derive(Serialize)]
struct FormView {
    phone: String,
    phone_hours: String,
    drop_off_address: String,
    drop_off_hours: String,
    partner_location: String,
}

/// `GET /challenges/{slug}/manage/outreach`
pub(crate) async fn show_outreach(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let draft = state.store.outreach(organizer.challenge.id).await?.draft();
    let mut page = outreach_page(&state, &organizer, &draft, Vec::new()).await?;
    page.saved = query.saved.is_some();
    render(&state, &page, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/outreach`
pub(crate) async fn update_outreach(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    CsrfForm(draft): CsrfForm<OutreachDraft>,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    match check_outreach(&draft) {
        Ok(outreach) => {
            state.store.save_outreach(challenge.id, &outreach).await?;
            tracing::info!(challenge = challenge.id, user = organizer.current.user.id.0, "ways in changed");
            Ok(Redirect::to(&format!("/challenges/{}/manage/outreach?saved=1", challenge.slug)).into_response())
        }
        Err(problems) => {
            let problems = problems.into_iter().map(|p| ProblemView { field: p.field, message: p.message }).collect();
            let page = outreach_page(&state, &organizer, &draft, problems).await?;
            render(&state, &page, StatusCode::BAD_REQUEST)
        }
    }
}

async fn outreach_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    draft: &OutreachDraft,
    problems: Vec<ProblemView>,
) -> Result<OutreachPage, AppError> {
    let challenge = &organizer.challenge;
    let paper = Paper::parse(&draft.paper).unwrap_or_default();
    Ok(OutreachPage {
        page: organizer.current.viewer().page(
            state,
            plaza_i18n::tr_with("title-poster-and-ways-in", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        form: FormView {
            phone: draft.phone.clone(),
            phone_hours: draft.phone_hours.clone(),
            drop_off_address: draft.drop_off_address.clone(),
            drop_off_hours: draft.drop_off_hours.clone(),
            partner_location: draft.partner_location.clone(),
        },
        papers: Paper::ALL
            .iter()
            .map(|p| PaperChoice { name: p.name(), label: paper_label(*p), checked: *p == paper })
            .collect(),
        limits: Limits { phone: MAX_PHONE, hours: MAX_HOURS, place: MAX_PLACE },
        problems,
        saved: false,
        short_link: short_link(state, challenge.id).await?,
    })
}

/// A paper size as the form names it.
fn paper_label(paper: Paper) -> String {
    match paper {
        Paper::A4 => plaza_i18n::tr("web-organize-outreach-paper-a4"),
        Paper::Letter => plaza_i18n::tr("web-organize-outreach-paper-letter"),
    }
}

fn render(state: &AppState, page: &OutreachPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/outreach.html", page)?)).into_response())
}
