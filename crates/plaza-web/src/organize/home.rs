//! The organizer home, `/manage`: the challenges a person organizes (every
//! challenge, for site admins), each with its dates and what needs
//! attention (drafts first of all). The rules are `plaza_core::attention`;
//! the store counts.

use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::attention::{Attention, TrackFacts, needs_attention};
use plaza_core::{Challenge, TrackKind};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext};
use crate::state::AppState;

/// One thing to look at, with where to do it.
#[derive(Serialize)]
struct AttentionView {
    text: String,
    url: String,
    link: String,
}

/// A link to one of a challenge's organizer pages.
#[derive(Serialize)]
struct ToolLink {
    label: String,
    url: String,
}

#[derive(Serialize)]
struct ChallengeRow {
    title: String,
    url: String,
    status_label: String,
    when: String,
    opens: String,
    closes: String,
    attention: Vec<AttentionView>,
    tools: Vec<ToolLink>,
    /// Not published yet: the row links to the step to continue at.
    is_draft: bool,
    review_url: String,
}

#[derive(Serialize)]
struct HomePage {
    #[serde(flatten)]
    page: PageContext,
    is_admin: bool,
    /// May create challenges: the page offers the button.
    can_create: bool,
    challenges: Vec<ChallengeRow>,
}

fn attention_view(challenge: &Challenge, tracks: &[TrackFacts], item: &Attention) -> AttentionView {
    let base = format!("/challenges/{}", challenge.slug);
    let (url, link) = match item {
        Attention::IdeasToConfirm { .. } => {
            (first_ideas_track_url(tracks, &base), plaza_i18n::tr("web-organize-home-see-the-ideas"))
        }
        Attention::JudgesBehind { track, .. } => {
            (format!("{base}/manage/judging/{track}"), plaza_i18n::tr("web-organize-home-see-judges-progress"))
        }
        Attention::WinnersToPick { track, .. } => {
            (format!("{base}/manage/judging/{track}"), plaza_i18n::tr("web-organize-home-pick-winners"))
        }
        Attention::ResultsToPublish => {
            (format!("{base}/manage/publish"), plaza_i18n::tr("web-organize-home-publish-results"))
        }
        Attention::QuestionsWaiting { .. } => (format!("{base}/manage/questions"), plaza_i18n::tr("qa-manage-link")),
        Attention::VotesFlagged { track, .. } => {
            (format!("{base}/manage/vote/{track}"), plaza_i18n::tr("vote-manage-link"))
        }
        Attention::StoriesWaiting { .. } => (format!("{base}/manage/stories"), plaza_i18n::tr("story-manage-link")),
        Attention::ReportsWaiting { .. } | Attention::CorrectionsReady { .. } => {
            (format!("{base}/manage/reports"), plaza_i18n::tr("data-report-manage-link"))
        }
        Attention::FailedEntries { track, .. } => (
            format!("{base}/tracks/{track}/entries?status=failed"),
            plaza_i18n::tr("web-organize-home-see-these-entries"),
        ),
    };
    AttentionView { text: item.sentence(), url, link }
}

/// Ideas waiting for confirmation are listed per track; the home links to
/// the challenge's first ideas track (most challenges have one).
fn first_ideas_track_url(tracks: &[TrackFacts], base: &str) -> String {
    tracks
        .iter()
        .find(|t| t.kind == TrackKind::Ideas)
        .map_or_else(|| format!("{base}/manage"), |t| format!("{base}/tracks/{}/ideas", t.slug))
}

fn tools(challenge: &Challenge, tracks: &[TrackFacts]) -> Vec<ToolLink> {
    let base = format!("/challenges/{}", challenge.slug);
    let mut links = vec![ToolLink {
        label: plaza_i18n::tr("web-organize-home-organizers-and-judges"),
        url: format!("{base}/manage"),
    }];
    for track in tracks {
        let (label, url) = match track.kind {
            TrackKind::Ideas => (
                plaza_i18n::tr_with("web-organize-home-judging-of", &[("track", track.title.to_string().into())]),
                format!("{base}/manage/judging/{}", track.slug),
            ),
            TrackKind::Predictions | TrackKind::Code => (
                plaza_i18n::tr_with("web-organize-home-entries-of", &[("track", track.title.to_string().into())]),
                format!("{base}/tracks/{}/entries", track.slug),
            ),
        };
        links.push(ToolLink { label, url });
    }
    links
}

pub(crate) async fn show_home(State(state): State<AppState>, current: CurrentUser) -> Result<Response, AppError> {
    let now = Utc::now();
    let challenges = if current.user.is_admin {
        state.store.list_challenges().await?
    } else {
        state.store.challenges_organized_by(current.user.id).await?
    };
    let facts = state.store.attention_facts(&challenges, now).await?;
    let rows = challenges
        .iter()
        .map(|challenge| {
            let tracks = facts.get(&challenge.id).map_or(&[][..], |f| f.tracks.as_slice());
            let attention = facts
                .get(&challenge.id)
                .map(|f| needs_attention(f).iter().map(|item| attention_view(challenge, tracks, item)).collect())
                .unwrap_or_default();
            ChallengeRow {
                title: challenge.title.clone(),
                url: format!("/challenges/{}", challenge.slug),
                status_label: challenge.timeline.status(now).label(),
                when: challenge.timeline.in_words(now),
                opens: challenge.timeline.moment(challenge.timeline.opens_at),
                closes: challenge.timeline.moment(challenge.timeline.closes_at),
                attention,
                tools: tools(challenge, tracks),
                is_draft: challenge.is_draft(),
                review_url: format!("/challenges/{}/manage/review", challenge.slug),
            }
        })
        .collect();
    let page = HomePage {
        page: current.viewer().page(&state, plaza_i18n::tr("title-challenges-you-manage")),
        is_admin: current.user.is_admin,
        can_create: state.store.can_create_challenges(&current.user).await?,
        challenges: rows,
    };
    Ok(Html(state.templates.render("pages/organize/home.html", &page)?).into_response())
}
