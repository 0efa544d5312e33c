//! What organizers check about judges' conflicts on the judging dashboard:
//! each judge's declaration (which they can change for a judge once
//! declarations are frozen), and the names a judge declared that look like,
//! but are not, names behind an idea, which they confirm as conflicts or
//! dismiss before assigning.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::{Affiliations, ChallengeRole, ConflictDecision, Track, User, UserId};
use plaza_store::NewConflictDecision;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerTrack;
use crate::judge::judging::{ConflictsForm, DeclaredList, apply_declaration, declarations_frozen, declared_lists};
use crate::organize::judging::{Section, back, refuse};
use crate::organize::panel::panel;
use crate::render::notice::JudgingNotice;
use crate::render::views::ChallengeView;
use crate::state::AppState;
use plaza_core::judging::panel::Panel;

/// A pair of look-alike names waiting for an organizer, as the dashboard shows it.
#[derive(Serialize)]
pub(crate) struct NearRow {
    judge_id: i64,
    judge_name: String,
    idea_id: i64,
    idea_title: String,
    idea_url: String,
    kind: String,
    judge_text: String,
    idea_text: String,
    similarity: String,
}

/// A decision already taken on a pair of look-alike names.
#[derive(Serialize)]
pub(crate) struct DecidedRow {
    judge_name: String,
    idea_title: String,
    judge_text: String,
    idea_text: String,
    conflict: bool,
}

/// The look-alike names waiting for a decision, and those decided, for the dashboard.
pub(crate) fn near_rows(panel: &Panel, decisions: &[ConflictDecision]) -> (Vec<NearRow>, Vec<DecidedRow>) {
    let judge_name = |id: i64| panel.judges.iter().find(|j| j.id.0 == id).map(|j| j.display_name.clone());
    let idea_title = |id: i64| panel.ideas.iter().find(|i| i.id == id).map(|i| i.fields.title.clone());
    let near = panel
        .near
        .iter()
        .map(|n| NearRow {
            judge_id: n.judge,
            judge_name: judge_name(n.judge).unwrap_or_default(),
            idea_id: n.idea,
            idea_title: idea_title(n.idea).unwrap_or_default(),
            idea_url: format!("/ideas/{}", n.idea),
            kind: kind_label(n.kind),
            judge_text: n.judge_text.clone(),
            idea_text: n.idea_text.clone(),
            similarity: format!("{:.0}%", n.similarity * 100.0),
        })
        .collect();
    let decided = decisions
        .iter()
        .filter_map(|d| {
            Some(DecidedRow {
                judge_name: judge_name(d.judge.0)?,
                idea_title: idea_title(d.idea_id)?,
                judge_text: d.judge_text.clone(),
                idea_text: d.idea_text.clone(),
                conflict: d.conflict,
            })
        })
        .collect();
    (near, decided)
}

/// The kind of a look-alike name ("organization", "person" or
/// "neighbourhood"), as the dashboard shows it.
fn kind_label(kind: &str) -> String {
    match kind {
        "organization" => plaza_i18n::tr("web-organize-conflicts-kind-organization"),
        "person" => plaza_i18n::tr("web-organize-conflicts-kind-person"),
        "neighbourhood" => plaza_i18n::tr("web-organize-conflicts-kind-neighbourhood"),
        other => other.to_owned(),
    }
}

/// How the dashboard shows a judge's declaration: "Not yet", "None
/// declared", or the names.
pub(crate) fn declaration_summary(declared: Option<&Affiliations>) -> String {
    match declared {
        None => plaza_i18n::tr("web-organize-conflicts-not-yet"),
        Some(d) if d.is_empty() => plaza_i18n::tr("web-organize-conflicts-none-declared"),
        Some(d) => declared_lists(d)
            .into_iter()
            .filter(|l| !l.names.is_empty())
            .map(|l| format!("{}: {}", l.label, l.names.join("; ")))
            .collect::<Vec<_>>()
            .join(". "),
    }
}

#[derive(Deserialize)]
pub(crate) struct NearForm {
    judge: i64,
    idea: i64,
    #[serde(default)]
    judge_text: String,
    #[serde(default)]
    idea_text: String,
    #[serde(default)]
    decision: String,
}

/// Confirms a pair of look-alike names as a conflict (the judge loses the
/// idea at once if they had it) or dismisses it.
pub(crate) async fn decide_conflict(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    CsrfForm(form): CsrfForm<NearForm>,
) -> Result<Response, AppError> {
    let conflict = match form.decision.as_str() {
        "conflict" => true,
        "dismiss" => false,
        _ => {
            let message = plaza_i18n::tr("web-organize-conflicts-choose-decision");
            return refuse(&state, &organizer, &track, Section::Conflicts, &message, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    let panel = panel(&state, &organizer.challenge, &track).await?;
    let Some(near) = panel.near.iter().find(|n| {
        n.judge == form.judge && n.idea == form.idea && n.judge_text == form.judge_text && n.idea_text == form.idea_text
    }) else {
        let message = plaza_i18n::tr("web-organize-conflicts-no-longer-waiting");
        return refuse(&state, &organizer, &track, Section::Conflicts, &message, StatusCode::CONFLICT).await;
    };
    let decision = NewConflictDecision {
        challenge_id: organizer.challenge.id,
        track_id: track.id,
        judge: UserId(near.judge),
        idea_id: near.idea,
        judge_text: &near.judge_text,
        idea_text: &near.idea_text,
        conflict,
        actor: organizer.current.user.id,
    };
    state.store.decide_conflict(decision).await?;
    if conflict && panel.active.contains(&(near.judge, near.idea)) {
        // Kept in the audit: in the site's language.
        let reason = plaza_i18n::tr_in(
            plaza_i18n::default_language(),
            "web-organize-reason-conflict-confirmed",
            &[("judge_text", near.judge_text.as_str().into()), ("idea_text", near.idea_text.as_str().into())],
        );
        crate::judge::judging::recuse_and_replace_by(
            &state,
            &organizer.challenge,
            &track,
            near.idea,
            UserId(near.judge),
            &reason,
            organizer.current.user.id,
        )
        .await?;
    }
    Ok(back(
        &organizer,
        &track,
        if conflict { JudgingNotice::ConflictConfirmed } else { JudgingNotice::ConflictDismissed },
    ))
}

#[derive(Serialize)]
struct JudgeDeclarationPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    dashboard_url: String,
    action_url: String,
    judge_name: String,
    declared: bool,
    frozen: bool,
    lists: Vec<DeclaredList>,
    organizations: String,
    people: String,
    neighbourhoods: String,
}

/// A judge of this challenge, or not found.
async fn challenge_judge(state: &AppState, organizer: &ChallengeOrganizer, judge: i64) -> Result<User, AppError> {
    state
        .store
        .role_holders(organizer.challenge.id)
        .await?
        .into_iter()
        .find(|h| h.role == ChallengeRole::Judge && h.user.id.0 == judge)
        .map(|h| h.user)
        .ok_or(AppError::NotFound)
}

fn base_url(organizer: &ChallengeOrganizer, track: &Track) -> String {
    format!("/challenges/{}/manage/judging/{}", organizer.challenge.slug, track.slug)
}

/// A judge's declaration, which organizers can change at any time.
pub(crate) async fn show_judge_declaration(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    Path((_, _, UserId(judge))): Path<(String, String, UserId)>,
) -> Result<Response, AppError> {
    let judge = challenge_judge(&state, &organizer, judge).await?;
    let declared = state.store.declaration(organizer.challenge.id, judge.id).await?;
    let text = |names: Option<&Vec<String>>| names.map(|n| n.join("\n")).unwrap_or_default();
    let base = base_url(&organizer, &track);
    let page = JudgeDeclarationPage {
        page: organizer.current.viewer().page(
            &state,
            plaza_i18n::tr_with("title-conflicts-of-interest", &[("name", judge.display_name.to_string().into())]),
        ),
        challenge: ChallengeView::new(&organizer.challenge, Utc::now()),
        track_title: track.title.clone(),
        action_url: format!("{base}/judges/{}", judge.id.0),
        dashboard_url: base,
        judge_name: judge.display_name.clone(),
        declared: declared.is_some(),
        frozen: declarations_frozen(&state, &organizer.challenge).await?,
        lists: declared.as_ref().map(declared_lists).unwrap_or_default(),
        organizations: text(declared.as_ref().map(|d| &d.organizations)),
        people: text(declared.as_ref().map(|d| &d.people)),
        neighbourhoods: text(declared.as_ref().map(|d| &d.neighbourhoods)),
    };
    Ok(Html(state.templates.render("pages/organize/judge.html", &page)?).into_response())
}

/// Saves an organizer's change to a judge's declaration (written to the
/// audit log); on an open track, ideas it now conflicts with go to other
/// judges at once.
pub(crate) async fn update_judge_declaration(
    State(state): State<AppState>,
    OrganizerTrack { organizer, track }: OrganizerTrack,
    Path((_, _, UserId(judge))): Path<(String, String, UserId)>,
    CsrfForm(form): CsrfForm<ConflictsForm>,
) -> Result<Response, AppError> {
    let judge = challenge_judge(&state, &organizer, judge).await?;
    let declared = form.affiliations();
    let tracks: Vec<i64> = state
        .store
        .tracks(organizer.challenge.id)
        .await?
        .into_iter()
        .filter(|t| matches!(t.settings, plaza_core::TrackSettings::Ideas { .. }))
        .map(|t| t.id)
        .collect();
    let actor = organizer.current.user.id;
    state.store.declare_conflicts_for(organizer.challenge.id, judge.id, &declared, &tracks, actor).await?;
    let reason = plaza_i18n::tr_in(plaza_i18n::default_language(), "web-organize-reason-conflict-declared", &[]);
    let moved = apply_declaration(&state, &organizer.challenge, judge.id, &declared, &reason, actor).await?;
    // Organizers may know what a declaration matched.
    Ok(back(&organizer, &track, if moved == 0 { JudgingNotice::Declaration } else { JudgingNotice::DeclarationMoved }))
}
