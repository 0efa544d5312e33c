//! A printable paper entry form for an ideas track, made from the track's
//! own questions: residents without a computer fill it in by hand and drop
//! it off or read it out on the phone, and staff enter it for them
//! (`organize/assisted.rs`). It carries the challenge's short link, phone
//! line and drop-off address.

use axum::extract::State;
use axum::response::Html;
use chrono::Utc;
use plaza_core::{QuestionKind, TrackSettings};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer};
use crate::extract::paths::IdeasTrackPath;
use crate::public::poster::{OfflineView, short_link};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// One thing the form asks.
#[derive(Serialize)]
struct PaperField {
    label: String,
    hint: String,
    /// Empty lines to write on (0 for choices).
    lines: Vec<()>,
    /// Boxes to tick, for choice questions.
    options: Vec<String>,
    /// "Tick one" or "Tick any".
    tick: String,
    optional: bool,
}

impl PaperField {
    fn lines(label: &str, hint: &str, lines: usize, optional: bool) -> Self {
        PaperField {
            label: label.to_owned(),
            hint: hint.to_owned(),
            lines: vec![(); lines],
            options: Vec::new(),
            tick: String::new(),
            optional,
        }
    }
}

#[derive(Serialize)]
struct PaperFormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    short_link: String,
    short_link_text: String,
    offline: OfflineView,
    fields: Vec<PaperField>,
    datasets: Vec<String>,
    track_url: String,
}

/// `GET /challenges/{slug}/tracks/{track}/paper-form`
pub(crate) async fn show_paper_form(
    State(state): State<AppState>,
    viewer: Viewer,
    IdeasTrackPath { mut challenge, track }: IdeasTrackPath,
) -> Result<Html<String>, AppError> {
    // Printed and read away from the site: the challenge's own time zone.
    challenge.timeline = challenge.timeline.for_viewer(None);
    let TrackSettings::Ideas { questions, .. } = &track.settings else {
        return Err(AppError::NotFound);
    };
    let field = |label: &str, hint: &str, lines: usize, optional: bool| {
        PaperField::lines(&plaza_i18n::tr(label), &plaza_i18n::tr(hint), lines, optional)
    };
    let mut fields = vec![
        field("web-public-paper-form-title", "web-public-paper-form-title-hint", 1, false),
        field("web-public-paper-form-summary", "web-public-paper-form-summary-hint", 4, false),
        field("web-public-paper-form-problem", "web-public-paper-form-problem-hint", 6, false),
        field("web-public-paper-form-proposal", "web-public-paper-form-proposal-hint", 8, false),
        field("web-public-paper-form-beneficiaries", "web-public-paper-form-beneficiaries-hint", 3, true),
    ];
    for question in questions {
        let field = match question.kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => PaperField {
                label: question.label.clone(),
                hint: question.help.clone(),
                lines: Vec::new(),
                options: question.options.clone(),
                tick: if question.kind == QuestionKind::SingleChoice {
                    plaza_i18n::tr("web-public-paper-form-tick-one")
                } else {
                    plaza_i18n::tr("web-public-paper-form-tick-any")
                },
                optional: !question.required,
            },
            // A file cannot be written on paper: staff attach it when one is brought in.
            QuestionKind::File => continue,
            QuestionKind::LongText => PaperField::lines(&question.label, &question.help, 5, !question.required),
            QuestionKind::ShortText | QuestionKind::Link => {
                PaperField::lines(&question.label, &question.help, 1, !question.required)
            }
        };
        fields.push(field);
    }
    let datasets = state.store.datasets(challenge.id).await?.into_iter().map(|d| d.title).collect();
    let link = short_link(&state, challenge.id).await?;
    let page = PaperFormPage {
        page: viewer.page(&state, plaza_i18n::tr_with("title-paper-form", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track_title: track.title.clone(),
        short_link_text: link.trim_start_matches("https://").trim_start_matches("http://").to_owned(),
        short_link: link,
        offline: OfflineView::new(&state.store.outreach(challenge.id).await?),
        fields,
        datasets,
        track_url: format!("/challenges/{}/tracks/{}", challenge.slug, track.slug),
    };
    Ok(Html(state.templates.render("pages/public/paper_form.html", &page)?))
}
