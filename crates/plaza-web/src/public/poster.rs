//! The printable poster of a challenge, and the short link its QR code
//! encodes.
//!
//! The poster is one page (A4 or US Letter, as the organizers chose, or
//! `?paper=`) from the print stylesheet: the question in plain words, the
//! dates in the challenge's own time zone, a QR code of the short link
//! `<public_url>/c/<code>`, and the ways to take part without a computer.
//! Once the results are published it becomes the poster of what happened
//! next: the winning ideas and where carrying them out stands, and the
//! short link leads to the implementation tracker.

use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::outreach::{Outreach, Paper, ShortCode};
use plaza_core::{Challenge, ChallengeStatus};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer, organizes};
use crate::extract::paths::ChallengePath;
use crate::public::winners::{TrackWinners, winners_of};
use crate::render::qr;
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// What a poster and the challenge page say about taking part without a computer.
#[derive(Serialize)]
pub(crate) struct OfflineView {
    pub phone: String,
    /// `tel:` link of the phone number (digits and a leading +).
    pub phone_href: String,
    pub phone_hours: String,
    /// The address, one line each.
    pub drop_off_address: Vec<String>,
    pub drop_off_hours: String,
    pub partner_location: Vec<String>,
    /// Whether any of the above is set.
    pub any: bool,
}

impl OfflineView {
    pub(crate) fn new(outreach: &Outreach) -> Self {
        let lines = |text: &str| text.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect::<Vec<_>>();
        let mut phone_href: String =
            outreach.phone.chars().take_while(|c| !c.is_alphabetic()).filter(|c| c.is_ascii_digit()).collect();
        if outreach.phone.trim_start().starts_with('+') {
            phone_href.insert(0, '+');
        }
        OfflineView {
            phone: outreach.phone.clone(),
            phone_href: if phone_href.is_empty() { String::new() } else { format!("tel:{phone_href}") },
            phone_hours: outreach.phone_hours.clone(),
            drop_off_address: lines(&outreach.drop_off_address),
            drop_off_hours: outreach.drop_off_hours.clone(),
            partner_location: lines(&outreach.partner_location),
            any: outreach.has_offline_ways(),
        }
    }
}

/// The challenge's short link, as printed: `<public_url>/c/<code>`.
pub(crate) async fn short_link(state: &AppState, challenge_id: i64) -> Result<String, AppError> {
    let code = state.store.short_code(challenge_id).await?;
    Ok(state.settings.link(&format!("/c/{code}")))
}

#[derive(Deserialize)]
pub(crate) struct PosterQuery {
    paper: Option<String>,
}

#[derive(Serialize)]
struct PosterPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    /// `a4` or `letter`: the print stylesheet's page.
    paper: &'static str,
    paper_label: String,
    /// The other paper, to switch to.
    other_paper: &'static str,
    other_paper_label: String,
    short_link: String,
    /// The short link without `https://`, as people type it.
    short_link_text: String,
    qr_svg: String,
    offline: OfflineView,
    results_published: bool,
    /// Once the results are published: the winning ideas, by track.
    winners: Vec<TrackWinners>,
    has_winners: bool,
    /// Once the results are published: where each project stands.
    projects: Vec<crate::public::progress::ProjectView>,
    is_organizer: bool,
    /// The challenge still takes entries (or will).
    takes_part: bool,
}

/// How the page names a paper size, in the reader's language.
fn paper_label(paper: Paper) -> String {
    match paper {
        Paper::A4 => plaza_i18n::tr("web-public-poster-paper-a4"),
        Paper::Letter => plaza_i18n::tr("web-public-poster-paper-letter"),
    }
}

/// `GET /challenges/{slug}/poster`
pub(crate) async fn show_poster(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(mut challenge): ChallengePath,
    Query(query): Query<PosterQuery>,
) -> Result<Html<String>, AppError> {
    // A poster is read by passers-by: the challenge's own time zone, never the viewer's.
    challenge.timeline = challenge.timeline.for_viewer(None);
    let outreach = state.store.outreach(challenge.id).await?;
    let paper = match query.paper.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => outreach.paper,
        Some(name) => Paper::parse(name).ok_or_else(|| {
            AppError::BadRequest(plaza_i18n::tr_with(
                "web-public-poster-unknown-paper",
                &[("paper", name.chars().take(20).collect::<String>().into())],
            ))
        })?,
    };
    let other = if paper == Paper::A4 { Paper::Letter } else { Paper::A4 };
    let now = Utc::now();
    let results_published = challenge.timeline.results_published(now);
    let link = short_link(&state, challenge.id).await?;
    let label = if results_published {
        plaza_i18n::tr_with("web-public-poster-qr-what-happened", &[("title", challenge.title.to_string().into())])
    } else {
        plaza_i18n::tr_with("web-public-poster-qr-open", &[("title", challenge.title.to_string().into())])
    };
    let qr_svg = qr::svg(&link, &label)
        .ok_or_else(|| AppError::Internal(format!("the short link {link} does not fit a QR code")))?;
    let is_organizer = match &viewer.user {
        Some(user) => organizes(&state, user, challenge.id).await?,
        None => false,
    };
    let winners = if results_published { winners_of(&state, &challenge).await? } else { Vec::new() };
    let projects =
        if results_published { crate::public::progress::load_projects(&state, &challenge).await? } else { Vec::new() };
    let status = challenge.timeline.status(now);
    let page = PosterPage {
        page: viewer.page(&state, plaza_i18n::tr_with("title-poster", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(&challenge, now),
        paper: paper.name(),
        paper_label: paper_label(paper),
        other_paper: other.name(),
        other_paper_label: paper_label(other),
        short_link_text: link.trim_start_matches("https://").trim_start_matches("http://").to_owned(),
        short_link: link,
        qr_svg,
        offline: OfflineView::new(&outreach),
        results_published,
        has_winners: winners.iter().any(|t| !t.winners.is_empty()),
        winners,
        projects,
        is_organizer,
        takes_part: matches!(status, ChallengeStatus::Open | ChallengeStatus::Upcoming),
    };
    Ok(Html(state.templates.render("pages/public/poster.html", &page)?))
}

/// `GET /c/{code}`: the short link on posters and paper forms. It leads to
/// the challenge's page, and to what happened next (the implementation
/// tracker, which links the winners) once the results are published. A
/// draft's link works for its organizers only.
pub(crate) async fn follow_short_link(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let code = ShortCode::parse(&code).ok_or(AppError::NotFound)?;
    let id = state.store.challenge_by_short_code(&code).await?.ok_or(AppError::NotFound)?;
    let mut challenge: Challenge = state.store.challenge_by_id(id).await?.ok_or(AppError::NotFound)?;
    crate::render::content::Content::load(&state, challenge.id).await?.challenge(&mut challenge);
    if challenge.is_draft() {
        match &viewer.user {
            Some(user) if organizes(&state, user, challenge.id).await? => {}
            _ => return Err(AppError::NotFound),
        }
    }
    let target = if challenge.timeline.results_published(Utc::now()) {
        format!("/challenges/{}/progress", challenge.slug)
    } else {
        format!("/challenges/{}", challenge.slug)
    };
    Ok(Redirect::to(&target).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_keep_digits_and_a_leading_plus() {
        let outreach = |phone: &str| Outreach { phone: phone.into(), ..Outreach::default() };
        assert_eq!(OfflineView::new(&outreach("312-555-0100")).phone_href, "tel:3125550100");
        assert_eq!(OfflineView::new(&outreach("+34 91 123 45 67")).phone_href, "tel:+34911234567");
        // The extension's digits are not dialled as part of the number.
        assert_eq!(OfflineView::new(&outreach("(312) 555-0100 ext. 4")).phone_href, "tel:3125550100");
        assert_eq!(OfflineView::new(&outreach("")).phone_href, "");
    }
}
