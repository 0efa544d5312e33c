//! The judge's side: declaring conflicts before seeing any entry, the queue
//! with progress, scoring an entry with the rubric (save and next, undo,
//! edit until judging closes) and recusing. Judging is blind: every page
//! here is built from [`IdeaView`]s made without the entrants' identity.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::review::check_scores;
use plaza_core::{
    Affiliations, AssignmentStatus, Challenge, JudgingStatus, ReviewRecord, Track, TrackJudging, TrackSettings, UserId,
};
use serde::{Deserialize, Serialize};

use crate::account::sign_in::EmptyForm;
use crate::error::AppError;
use crate::extract::auth::{ChallengeJudge, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::{FileId, IdeaId};
use crate::organize::panel::panel;
use crate::render::idea_view::{IdeaView, idea_view};
use crate::render::notice::{JudgeIdeaNotice, NoticeQuery, QueueNotice};
use crate::render::views::{ChallengeView, CriterionView};
use crate::state::AppState;
use plaza_core::judging::panel::conflict_reason;

/// The ideas tracks of a challenge with their judging.
async fn ideas_tracks(state: &AppState, challenge: &Challenge) -> Result<Vec<(Track, TrackJudging)>, AppError> {
    let mut out = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        if matches!(track.settings, TrackSettings::Ideas { .. }) {
            let judging = state.store.track_judging(&track).await?;
            out.push((track, judging));
        }
    }
    Ok(out)
}

/// Whether judges' declarations are frozen: judging has opened on an ideas
/// track of the challenge. From then on only organizers change them, so
/// that a judge cannot learn who is behind an idea by trying names and
/// watching their queue.
pub(crate) async fn declarations_frozen(state: &AppState, challenge: &Challenge) -> Result<bool, AppError> {
    Ok(ideas_tracks(state, challenge).await?.iter().any(|(_, judging)| judging.status != JudgingStatus::Setup))
}

#[derive(Serialize)]
struct ConflictsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    organizations: String,
    people: String,
    neighbourhoods: String,
    declared: bool,
    /// Judging has opened and the judge has declared: the page only shows
    /// the declaration.
    frozen: bool,
    lists: Vec<DeclaredList>,
    error: String,
}

/// One kind of declared names, for showing a declaration.
#[derive(Serialize)]
pub(crate) struct DeclaredList {
    pub label: String,
    pub names: Vec<String>,
}

pub(crate) fn declared_lists(declared: &Affiliations) -> Vec<DeclaredList> {
    vec![
        DeclaredList {
            label: plaza_i18n::tr("web-judge-judging-organizations"),
            names: declared.organizations.clone(),
        },
        DeclaredList { label: plaza_i18n::tr("web-judge-judging-people"), names: declared.people.clone() },
        DeclaredList {
            label: plaza_i18n::tr("web-judge-judging-neighbourhoods"),
            names: declared.neighbourhoods.clone(),
        },
    ]
}

async fn render_conflicts(
    state: &AppState,
    judge: &ChallengeJudge,
    declared: Option<Affiliations>,
    error: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let frozen = declared.is_some() && declarations_frozen(state, &judge.challenge).await?;
    let page = ConflictsPage {
        page: judge.current.viewer().page(
            state,
            plaza_i18n::tr_with(
                "title-your-conflicts-of-interest",
                &[("name", judge.challenge.title.to_string().into())],
            ),
        ),
        challenge: ChallengeView::new(&judge.challenge, Utc::now()),
        organizations: declared.as_ref().map(|d| d.organizations.join("\n")).unwrap_or_default(),
        people: declared.as_ref().map(|d| d.people.join("\n")).unwrap_or_default(),
        neighbourhoods: declared.as_ref().map(|d| d.neighbourhoods.join("\n")).unwrap_or_default(),
        declared: declared.is_some(),
        frozen,
        lists: declared.as_ref().map(declared_lists).unwrap_or_default(),
        error: error.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/judge/conflicts.html", &page)?)).into_response())
}

pub(crate) async fn show_conflicts(State(state): State<AppState>, judge: ChallengeJudge) -> Result<Response, AppError> {
    let declared = state.store.declaration(judge.challenge.id, judge.current.user.id).await?;
    render_conflicts(&state, &judge, declared, "", StatusCode::OK).await
}

#[derive(Deserialize)]
pub(crate) struct ConflictsForm {
    #[serde(default)]
    pub(crate) organizations: String,
    #[serde(default)]
    pub(crate) people: String,
    #[serde(default)]
    pub(crate) neighbourhoods: String,
}

impl ConflictsForm {
    pub(crate) fn affiliations(&self) -> Affiliations {
        Affiliations {
            organizations: Affiliations::parse_list(&self.organizations),
            people: Affiliations::parse_list(&self.people),
            neighbourhoods: Affiliations::parse_list(&self.neighbourhoods),
        }
    }
}

/// Saves the declaration. Once judging has opened, a judge who has declared
/// cannot change it (organizers can); a judge declaring for the first time
/// then has never seen their queue, so it tells them nothing. The page
/// after never says what the declaration matched.
pub(crate) async fn declare_conflicts(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    CsrfForm(form): CsrfForm<ConflictsForm>,
) -> Result<Response, AppError> {
    let me = judge.current.user.id;
    let before = state.store.declaration(judge.challenge.id, me).await?;
    if before.is_some() && declarations_frozen(&state, &judge.challenge).await? {
        let message = plaza_i18n::tr("web-judge-judging-declaration-frozen");
        return render_conflicts(&state, &judge, before, &message, StatusCode::CONFLICT).await;
    }
    let declared = form.affiliations();
    state.store.declare_conflicts(judge.challenge.id, me, &declared).await?;
    apply_declaration(&state, &judge.challenge, me, &declared, "Declared conflict", me).await?;
    Ok(Redirect::to(&format!("/challenges/{}/judging?notice={}", judge.challenge.slug, QueueNotice::Declared.name()))
        .into_response())
}

/// Takes from a judge every idea of an open track that their declaration
/// now conflicts with, giving each to another judge; returns how many.
/// `actor` (the judge, or an organizer) is who the audit log names.
pub(crate) async fn apply_declaration(
    state: &AppState,
    challenge: &Challenge,
    judge: UserId,
    declared: &Affiliations,
    reason: &str,
    actor: UserId,
) -> Result<usize, AppError> {
    let mut moved = 0;
    for (track, judging) in ideas_tracks(state, challenge).await? {
        if judging.status != JudgingStatus::Open {
            continue;
        }
        let ideas = state.store.track_ideas(track.id).await?;
        let assigned: Vec<&plaza_core::Idea> = state
            .store
            .assignments(track.id)
            .await?
            .iter()
            .filter(|a| a.judge == judge && a.status == AssignmentStatus::Active)
            .filter_map(|a| ideas.iter().find(|i| i.id == a.idea_id))
            .collect();
        let team_ids: Vec<plaza_core::TeamId> = assigned.iter().filter_map(|idea| idea.team_id).collect();
        let teams = state.store.teams_by_ids(&team_ids).await?;
        for idea in assigned {
            let shared = conflict_reason(declared, idea, &teams);
            if !shared.is_empty() {
                let reason = format!("{reason}: {}", shared.join(", "));
                recuse_and_replace_by(state, challenge, &track, idea.id, judge, &reason, actor).await?;
                moved += 1;
            }
        }
    }
    Ok(moved)
}

/// Takes an entry from a judge and assigns a replacement in the same
/// transaction. When no judge is free, the recusal still stands and the
/// organizers see the entry short of reviews on their dashboard.
pub(crate) async fn recuse_and_replace(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    idea_id: i64,
    judge: UserId,
    reason: &str,
) -> Result<(), AppError> {
    recuse_and_replace_by(state, challenge, track, idea_id, judge, reason, judge).await
}

/// [`recuse_and_replace`] done by `actor` (an organizer, say), whom the
/// audit log names.
pub(crate) async fn recuse_and_replace_by(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    idea_id: i64,
    judge: UserId,
    reason: &str,
    actor: UserId,
) -> Result<(), AppError> {
    let mut panel = panel(state, challenge, track).await?;
    panel.active.retain(|pair| *pair != (judge.0, idea_id));
    panel.conflicts.insert((judge.0, idea_id));
    let replacements = match panel.plan() {
        Ok(pairs) => pairs.into_iter().filter(|(_, idea)| *idea == idea_id).collect(),
        Err(err) => {
            tracing::warn!(%err, idea_id, "no replacement judge after a recusal");
            Vec::new()
        }
    };
    let judge_name = state.store.user_by_id(judge).await?.map(|u| u.display_name).unwrap_or_default();
    let idea_title = state.store.idea(idea_id).await?.map(|i| i.fields.title).unwrap_or_default();
    let stepped = crate::organize::notices::Stepped {
        judge_name: &judge_name,
        idea_title: &idea_title,
        reason,
        replaced: !replacements.is_empty(),
    };
    let notices = crate::organize::notices::judge_recused(state, challenge, track, &stepped, actor).await?;
    let recusal = plaza_store::Recusal { idea_id, judge, reason, actor };
    state.store.recuse(challenge.id, track.id, recusal, &replacements, Some(&notices)).await?;
    Ok(())
}

#[derive(Serialize)]
struct QueueItem {
    title: String,
    url: String,
    scored: bool,
    /// The idea changed after this judge scored it.
    changed: bool,
}

#[derive(Serialize)]
struct QueueTrack {
    title: String,
    status_label: String,
    open: bool,
    done: usize,
    total: usize,
    items: Vec<QueueItem>,
    next_url: String,
}

#[derive(Serialize)]
struct QueuePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    tracks: Vec<QueueTrack>,
    notice: String,
}

pub(crate) async fn show_queue(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let me = judge.current.user.id;
    if state.store.declaration(judge.challenge.id, me).await?.is_none() {
        return Ok(Redirect::to(&format!("/challenges/{}/judging/conflicts", judge.challenge.slug)).into_response());
    }
    let mut tracks = Vec::new();
    for (track, judging) in ideas_tracks(&state, &judge.challenge).await? {
        let ideas = state.store.track_ideas(track.id).await?;
        let mine: Vec<&plaza_core::Idea> = state
            .store
            .assignments(track.id)
            .await?
            .iter()
            .filter(|a| a.judge == me && a.status == AssignmentStatus::Active)
            .filter_map(|a| ideas.iter().find(|i| i.id == a.idea_id && i.judgeable()))
            .collect();
        let ids: Vec<i64> = mine.iter().map(|idea| idea.id).collect();
        // The version of each idea this judge scored, for all of them at once.
        let scored: std::collections::HashMap<i64, i64> = state
            .store
            .review_versions(&ids)
            .await?
            .into_iter()
            .filter(|r| r.judge == me)
            .map(|r| (r.idea_id, r.idea_version))
            .collect();
        let items: Vec<QueueItem> = mine
            .iter()
            .map(|idea| {
                let version = scored.get(&idea.id);
                QueueItem {
                    title: idea.fields.title.clone(),
                    url: format!("/challenges/{}/judging/ideas/{}", judge.challenge.slug, idea.id),
                    scored: version.is_some(),
                    changed: version.is_some_and(|v| *v < idea.version),
                }
            })
            .collect();
        let done = items.iter().filter(|i| i.scored).count();
        tracks.push(QueueTrack {
            title: track.title.clone(),
            status_label: judging.status.local_label(),
            open: judging.status == JudgingStatus::Open,
            done,
            total: items.len(),
            next_url: items.iter().find(|i| !i.scored).map(|i| i.url.clone()).unwrap_or_default(),
            items,
        });
    }
    let all_scored = tracks.iter().all(|t| t.done == t.total);
    let page = QueuePage {
        // The notice never says what a declaration matched.
        notice: match QueueNotice::parse(query.notice.as_deref()) {
            Some(QueueNotice::AllScored) if !all_scored => String::new(),
            notice => notice.map(QueueNotice::sentence).unwrap_or_default().to_owned(),
        },
        page: judge
            .current
            .viewer()
            .page(&state, plaza_i18n::tr_with("title-judging", &[("name", judge.challenge.title.to_string().into())])),
        challenge: ChallengeView::new(&judge.challenge, Utc::now()),
        tracks,
    };
    Ok(Html(state.templates.render("pages/judge/queue.html", &page)?).into_response())
}

/// An entry assigned to this judge, with its track and judging.
pub(crate) struct Assigned {
    pub idea: plaza_core::Idea,
    pub track: Track,
    pub judging: TrackJudging,
}

impl Assigned {
    /// Scores change only while judging is open.
    pub(crate) fn scores_may_change(&self) -> Result<(), AppError> {
        if self.judging.status == JudgingStatus::Open {
            Ok(())
        } else {
            Err(AppError::Conflict(plaza_i18n::tr("web-judge-judging-not-open")))
        }
    }
}

pub(crate) async fn assigned(state: &AppState, judge: &ChallengeJudge, idea_id: i64) -> Result<Assigned, AppError> {
    let me = judge.current.user.id;
    // Anything not assigned to this judge is as good as missing.
    let idea = state
        .store
        .idea(idea_id)
        .await?
        .filter(|i| i.challenge_id == judge.challenge.id && i.judgeable())
        .ok_or(AppError::NotFound)?;
    let active = state
        .store
        .assignments(idea.track_id)
        .await?
        .iter()
        .any(|a| a.idea_id == idea.id && a.judge == me && a.status == AssignmentStatus::Active);
    if !active || state.store.declaration(judge.challenge.id, me).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let track = crate::extract::paths::track_by_id(state, judge.challenge.id, idea.track_id).await?;
    let judging = state.store.track_judging(&track).await?;
    Ok(Assigned { idea, track, judging })
}

#[derive(Serialize)]
struct ScoreField {
    index: usize,
    criterion: CriterionView,
    options: Vec<ScoreOption>,
}

#[derive(Serialize)]
struct ScoreOption {
    value: u8,
    text: String,
    checked: bool,
}

#[derive(Serialize)]
struct JudgeIdeaPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track_title: String,
    idea: IdeaView,
    fields: Vec<ScoreField>,
    feedback: String,
    private_note: String,
    scored: bool,
    editable: bool,
    error: String,
    notice: String,
    progress: String,
    action_url: String,
    queue_url: String,
    /// The version of the idea on the page, sent back with the scores.
    idea_version: i64,
    /// What changed since the judge's review, when the idea changed after it.
    changes: Vec<crate::judge::idea_changes::FieldChange>,
    changed: bool,
    confirmed: bool,
}

async fn render_judge_idea(
    state: &AppState,
    judge: &ChallengeJudge,
    found: &Assigned,
    draft: Option<(Vec<Option<u8>>, String, String)>,
    error: &str,
    notice: &str,
    status: StatusCode,
) -> Result<Response, AppError> {
    let me = judge.current.user.id;
    let review = state.store.review(found.idea.id, me).await?;
    let scored_version = state.store.review_version(found.idea.id, me).await?.unwrap_or(found.idea.version);
    let (scores, feedback, private_note) = match draft {
        Some(draft) => draft,
        None => match &review {
            Some(r) => (r.scores.iter().map(|s| Some(*s)).collect(), r.feedback.clone(), r.private_note.clone()),
            None => (Vec::new(), String::new(), String::new()),
        },
    };
    let fields = found
        .judging
        .criteria
        .iter()
        .enumerate()
        .map(|(index, c)| ScoreField {
            index,
            options: (1..=5u8)
                .map(|value| ScoreOption {
                    value,
                    text: c.levels.get(usize::from(value) - 1).cloned().unwrap_or_default(),
                    checked: scores.get(index).copied().flatten() == Some(value),
                })
                .collect(),
            criterion: CriterionView::new(c),
        })
        .collect();
    let assignments = state.store.assignments(found.track.id).await?;
    let mine: Vec<i64> = assignments
        .iter()
        .filter(|a| a.judge == me && a.status == AssignmentStatus::Active)
        .map(|a| a.idea_id)
        .collect();
    let done = state.store.review_versions(&mine).await?.iter().filter(|r| r.judge == me).count();
    let slug = &judge.challenge.slug;
    let page = JudgeIdeaPage {
        page: judge.current.viewer().page(
            state,
            plaza_i18n::tr_with("title-idea-judging", &[("name", found.idea.fields.title.to_string().into())]),
        ),
        challenge: ChallengeView::new(&judge.challenge, Utc::now()),
        track_title: found.track.title.clone(),
        idea: idea_view(
            state,
            &found.idea,
            &found.track,
            &format!("/challenges/{slug}/judging/ideas/{}/files", found.idea.id),
            false,
        )
        .await?,
        fields,
        feedback,
        private_note,
        scored: review.is_some(),
        editable: found.judging.status == JudgingStatus::Open,
        error: error.to_owned(),
        notice: notice.to_owned(),
        progress: plaza_i18n::tr_with(
            "web-judge-judging-progress",
            &[("done", done.into()), ("total", mine.len().into())],
        ),
        action_url: format!("/challenges/{slug}/judging/ideas/{}", found.idea.id),
        queue_url: format!("/challenges/{slug}/judging"),
        idea_version: found.idea.version,
        changes: crate::judge::idea_changes::changes_since(state, &found.idea, &found.track, scored_version).await?,
        changed: scored_version < found.idea.version,
        confirmed: notice == JudgeIdeaNotice::Confirmed.sentence(),
    };
    Ok((status, Html(state.templates.render("pages/judge/idea.html", &page)?)).into_response())
}

pub(crate) async fn show_judge_idea(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, AppError> {
    // A judge who has not declared conflicts yet (a link from an email, say)
    // is sent to do that first, as the queue does.
    if state.store.declaration(judge.challenge.id, judge.current.user.id).await?.is_none() {
        return Ok(Redirect::to(&format!("/challenges/{}/judging/conflicts", judge.challenge.slug)).into_response());
    }
    let found = assigned(&state, &judge, id).await?;
    let notice = JudgeIdeaNotice::sentence_for(query.notice.as_deref());
    render_judge_idea(&state, &judge, &found, None, "", &notice, StatusCode::OK).await
}

/// Longest feedback or note, in characters.
const MAX_COMMENT: usize = 5000;

pub(crate) async fn score_idea(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let found = assigned(&state, &judge, id).await?;
    found.scores_may_change()?;
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let scores: Vec<Option<u8>> =
        (0..found.judging.criteria.len()).map(|i| get(&format!("score_{i}")).parse::<u8>().ok()).collect();
    let feedback = get("feedback").replace("\r\n", "\n");
    let private_note = get("private_note").replace("\r\n", "\n");
    let checked = check_scores(&found.judging.criteria, &scores).and_then(|scores| {
        if feedback.chars().count() > MAX_COMMENT || private_note.chars().count() > MAX_COMMENT {
            Err(plaza_i18n::tr_with("web-judge-judging-comment-too-long", &[("max", MAX_COMMENT.into())]))
        } else {
            Ok(scores)
        }
    });
    let scores = match checked {
        Ok(scores) => scores,
        Err(message) => {
            return render_judge_idea(
                &state,
                &judge,
                &found,
                Some((scores, feedback, private_note)),
                &message,
                "",
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let me = judge.current.user.id;
    let review = ReviewRecord { idea_id: found.idea.id, judge: me, scores, feedback, private_note };
    // The version the judge read: the idea may have changed while they scored.
    let version = get("idea_version").parse::<i64>().unwrap_or(found.idea.version);
    // Told to the organizers only if this is the last review outstanding.
    let reviews =
        state.store.assignments(found.track.id).await?.iter().filter(|a| a.status == AssignmentStatus::Active).count();
    let complete =
        crate::organize::notices::judging_complete(&state, &judge.challenge, &found.track, reviews, me).await?;
    state.store.save_review_of_version(judge.challenge.id, found.track.id, &review, version, Some(&complete)).await?;
    let slug = &judge.challenge.slug;
    if get("action") == "next" {
        // The next assigned entry without a score, in assignment order.
        let mine: Vec<i64> = state
            .store
            .assignments(found.track.id)
            .await?
            .iter()
            .filter(|a| a.judge == me && a.status == AssignmentStatus::Active)
            .map(|a| a.idea_id)
            .collect();
        let reviews = state.store.review_versions(&mine).await?;
        let judgeable: Vec<i64> =
            state.store.track_ideas(found.track.id).await?.iter().filter(|i| i.judgeable()).map(|i| i.id).collect();
        let next = mine
            .iter()
            .find(|id| !reviews.iter().any(|r| r.idea_id == **id && r.judge == me) && judgeable.contains(id));
        if let Some(next) = next {
            return Ok(
                // "#main": the next idea is read from its top, not from the scores
                // (a redirect would otherwise keep the form's "#score-heading").
                Redirect::to(&format!("/challenges/{slug}/judging/ideas/{next}#main")).into_response(),
            );
        }
        return Ok(Redirect::to(&format!("/challenges/{slug}/judging?notice={}#main", QueueNotice::AllScored.name()))
            .into_response());
    }
    Ok(Redirect::to(&format!("/challenges/{slug}/judging/ideas/{id}?notice={}", JudgeIdeaNotice::Saved.name()))
        .into_response())
}

pub(crate) async fn undo_score(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let found = assigned(&state, &judge, id).await?;
    found.scores_may_change()?;
    let undone = state.store.undo_review(judge.challenge.id, found.track.id, id, judge.current.user.id).await?;
    let notice = if undone.is_some() { JudgeIdeaNotice::Undone } else { JudgeIdeaNotice::Nothing };
    Ok(Redirect::to(&format!("/challenges/{}/judging/ideas/{id}?notice={}", judge.challenge.slug, notice.name()))
        .into_response())
}

#[derive(Deserialize)]
pub(crate) struct RecuseForm {
    #[serde(default)]
    reason: String,
}

pub(crate) async fn recuse_idea(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id))): Path<(String, IdeaId)>,
    CsrfForm(form): CsrfForm<RecuseForm>,
) -> Result<Response, AppError> {
    let found = assigned(&state, &judge, id).await?;
    if found.judging.status == JudgingStatus::Closed {
        return Err(AppError::Conflict(plaza_i18n::tr("web-judge-judging-closed")));
    }
    let reason = form.reason.trim().chars().take(500).collect::<String>();
    let reason = if reason.is_empty() {
        plaza_i18n::tr_in(plaza_i18n::default_language(), "web-organize-reason-recused-by-judge", &[])
    } else {
        reason
    };
    recuse_and_replace(&state, &judge.challenge, &found.track, id, judge.current.user.id, &reason).await?;
    Ok(Redirect::to(&format!("/challenges/{}/judging", judge.challenge.slug)).into_response())
}

pub(crate) async fn show_judge_file(
    State(state): State<AppState>,
    judge: ChallengeJudge,
    Path((_, IdeaId(id), FileId(file))): Path<(String, IdeaId, FileId)>,
) -> Result<Response, AppError> {
    let found = assigned(&state, &judge, id).await?;
    // A judge never learns the name the entrant gave the file.
    crate::enter::idea_files::file_response(&state, found.idea.id, file, crate::enter::idea_files::FileNames::Neutral)
        .await
}
