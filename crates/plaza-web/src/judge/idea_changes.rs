//! An idea that changed after a judge scored it: what changed, field by
//! field (words removed and added), and the judge's "my scores still stand".
//! Nothing here says who made the change: judging stays blind.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use plaza_core::text_diff::diff_html;
use plaza_core::{Idea, IdeaFields, Track};
use serde::Serialize;

use crate::account::sign_in::EmptyForm;
use crate::enter::idea_form::questions;
use crate::error::AppError;
use crate::extract::auth::ChallengeJudge;
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::IdeaId;
use crate::judge::judging::assigned;
use crate::state::AppState;

/// One field of the idea judges read, as it changed.
#[derive(Serialize)]
pub(crate) struct FieldChange {
    pub label: String,
    /// Escaped HTML with `<del>` and `<ins>` (see `plaza_core::text_diff`).
    pub diff: String,
}

/// The fields judges read, as labelled text: never the team and contact line.
fn judged_fields(fields: &IdeaFields, track: &Track, dataset_title: &dyn Fn(&str) -> String) -> Vec<(String, String)> {
    let mut out = vec![
        (plaza_i18n::tr("web-judge-idea-changes-title"), fields.title.clone()),
        (plaza_i18n::tr("web-judge-idea-changes-summary"), fields.summary.clone()),
        (plaza_i18n::tr("web-judge-idea-changes-problem"), fields.problem.clone()),
        (plaza_i18n::tr("web-judge-idea-changes-proposal"), fields.proposal.clone()),
        (plaza_i18n::tr("web-judge-idea-changes-beneficiaries"), fields.beneficiaries.clone()),
        (
            plaza_i18n::tr("web-judge-idea-changes-datasets"),
            fields.datasets.iter().map(|slug| dataset_title(slug)).collect::<Vec<_>>().join(", "),
        ),
    ];
    for question in questions(track) {
        let answer = fields.answers.get(&question.key).map(|v| v.join(", ")).unwrap_or_default();
        out.push((question.label.clone(), answer));
    }
    out
}

/// What changed in the idea since `version` (the one the judge scored), or
/// nothing when that is the current version or was not kept.
pub(crate) async fn changes_since(
    state: &AppState,
    idea: &Idea,
    track: &Track,
    version: i64,
) -> Result<Vec<FieldChange>, AppError> {
    if version >= idea.version {
        return Ok(Vec::new());
    }
    let Some(old) = state.store.idea_version_fields(idea.id, version).await? else {
        return Ok(Vec::new());
    };
    let datasets = state.store.datasets(idea.challenge_id).await?;
    let title = |slug: &str| {
        datasets.iter().find(|d| d.slug.as_str() == slug).map_or_else(|| slug.to_owned(), |d| d.title.clone())
    };
    let before = judged_fields(&old, track, &title);
    let after = judged_fields(&idea.fields, track, &title);
    Ok(before
        .into_iter()
        .zip(after)
        .filter(|((_, old), (_, new))| old != new)
        .map(|((label, old), (_, new))| FieldChange { label, diff: diff_html(&old, &new) })
        .collect())
}

/// "My scores still stand": the judge read what changed and keeps their
/// scores, which become scores of the idea as it is now (audit-logged).
pub(crate) async fn confirm_scores(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let found = assigned(&state, &judge, id).await?;
    found.scores_may_change()?;
    let me = judge.current.user.id;
    let confirmed = state.store.confirm_review_version(judge.challenge.id, found.track.id, id, me).await?;
    if !confirmed {
        return Err(AppError::Conflict(plaza_i18n::tr("web-judge-idea-changes-nothing-to-confirm")));
    }
    Ok(Redirect::to(&format!(
        "/challenges/{}/judging/ideas/{id}?notice={}#score-heading",
        judge.challenge.slug,
        crate::render::notice::JudgeIdeaNotice::Confirmed.name()
    ))
    .into_response())
}
