//! A resident confirms an idea that staff entered for them from a paper
//! form or a phone call: the emailed link shows the idea as typed in, and
//! one button confirms it (no account needed).

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::{Confirmation, Idea};
use serde::Serialize;

use crate::account::sign_in::EmptyForm;
use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer};
use crate::extract::csrf::CsrfForm;
use crate::render::idea_view::{IdeaView, idea_view};
use crate::render::views::ChallengeView;
use crate::state::AppState;

#[derive(Serialize)]
struct ConfirmPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    idea: IdeaView,
    confirmed: bool,
    token: String,
}

async fn render_confirmation(
    state: &AppState,
    viewer: &Viewer,
    idea: &Idea,
    token: &str,
) -> Result<Response, AppError> {
    let (challenge, track) =
        crate::extract::paths::row_challenge_and_track(state, idea.challenge_id, idea.track_id, viewer.user.as_ref())
            .await?;
    let page = ConfirmPage {
        page: viewer.page(
            state,
            plaza_i18n::tr_with("title-confirm-your-idea", &[("name", challenge.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(&challenge, Utc::now()),
        // Files are not served through the link; the text is what the resident confirms.
        idea: IdeaView { files: Vec::new(), ..idea_view(state, idea, &track, "", false).await? },
        confirmed: idea.confirmation != Confirmation::Pending,
        token: token.to_owned(),
    };
    Ok(Html(state.templates.render("pages/enter/idea_confirm.html", &page)?).into_response())
}

pub(crate) async fn show_confirmation(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let idea = state.store.idea_by_confirmation(&token).await?.ok_or(AppError::NotFound)?;
    render_confirmation(&state, &viewer, &idea, &token).await
}

pub(crate) async fn confirm_idea(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let found = state.store.idea_by_confirmation(&token).await?.ok_or(AppError::NotFound)?;
    let notices =
        if found.confirmation == Confirmation::Pending { confirmed_notices(&state, &found).await? } else { None };
    let idea = state.store.confirm_idea(&token, notices.as_ref()).await?.ok_or(AppError::NotFound)?;
    render_confirmation(&state, &viewer, &idea, &token).await
}

/// The organizers' emails that the resident confirmed `idea`.
async fn confirmed_notices(state: &AppState, idea: &Idea) -> Result<Option<plaza_store::OrganizerNotices>, AppError> {
    let Some(challenge) = state.store.challenge_by_id(idea.challenge_id).await? else {
        return Ok(None);
    };
    let Some(track) = state.store.tracks(challenge.id).await?.into_iter().find(|t| t.id == idea.track_id) else {
        return Ok(None);
    };
    let notices =
        crate::organize::notices::idea_confirmed(state, &challenge, &track, &idea.contact_name, &idea.fields.title)
            .await?;
    Ok(Some(notices))
}
