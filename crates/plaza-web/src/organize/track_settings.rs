//! One track in the browser: everything a bundle can say about it, each
//! input named by its bundle key (the publish check links to
//! `.../tracks/{track}#<key>`), audited per field; and its hidden answers
//! (a code track's cases) replaced, with a confirmation step that says how
//! many entries will be rescored when the track has entries.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::track_edit::{self, check_track, draft_of};
use plaza_core::{BlobRef, CaseFiles, Track, TrackKind, TrackSettings};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerAnyTrack;
use crate::organize::details::EditView;
use crate::organize::tracks::{
    FormView, MAX_HIDDEN_FILE_BYTES, MetricOption, ProblemView, QuestionKindOption, QuestionRow, TrackUpload,
    check_hidden, chosen_bytes, dataset_columns, draft_from_pairs, metric_options, problem, question_kinds,
    question_rows, receive_track_form,
};
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

#[derive(Serialize)]
struct CaseRow {
    number: usize,
    index: usize,
    input: String,
    answers: String,
}

/// The confirmation step before new answers rescore the entries.
#[derive(Serialize)]
struct ConfirmView {
    action: String,
    case: String,
    answers_blob: String,
    input_blob: String,
    count: u64,
}

#[derive(Serialize)]
struct TrackPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    kind: &'static str,
    form: FormView,
    questions: Vec<QuestionRow>,
    metrics: Vec<MetricOption>,
    question_kinds: Vec<QuestionKindOption>,
    columns: Vec<String>,
    entries: u64,
    locked: bool,
    seen: String,
    cases: Vec<CaseRow>,
    judging_url: String,
    max_megabytes: u64,
    problems: Vec<ProblemView>,
    confirm: Option<ConfirmView>,
    saved: bool,
    added: bool,
    answers_saved: bool,
    rescored: String,
    edits: Vec<EditView>,
}

#[derive(Deserialize, Default)]
pub(crate) struct TrackQuery {
    saved: Option<String>,
    added: Option<String>,
    answers: Option<String>,
    rescored: Option<u64>,
}

/// `GET /challenges/{slug}/manage/tracks/{track}`
pub(crate) async fn show_track(
    State(state): State<AppState>,
    OrganizerAnyTrack { organizer, track }: OrganizerAnyTrack,
    Query(query): Query<TrackQuery>,
) -> Result<Response, AppError> {
    let mut page = track_page(
        &state,
        &organizer,
        &track,
        &FormView::of(&draft_of(&track)),
        &draft_of(&track).questions,
        Vec::new(),
    )
    .await?;
    page.saved = query.saved.is_some();
    page.added = query.added.is_some();
    page.answers_saved = query.answers.is_some();
    page.rescored = match query.rescored {
        Some(n) if n >= 1 => plaza_i18n::tr_with("web-organize-track-settings-rescored", &[("count", n.into())]),
        _ => String::new(),
    };
    render(&state, &page, StatusCode::OK)
}

async fn track_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    form: &FormView,
    questions: &[plaza_core::track_edit::QuestionDraft],
    problems: Vec<ProblemView>,
) -> Result<TrackPage, AppError> {
    let challenge = &organizer.challenge;
    let entries = state.store.track_entry_count(track.id).await?;
    let prefix = format!("tracks.{}", track.slug);
    let zone = challenge.timeline.zone;
    let edits = state
        .store
        .challenge_edits(challenge.id)
        .await?
        .into_iter()
        .filter(|edit| edit.field == prefix || edit.field.starts_with(&format!("{prefix}.")))
        .map(|edit| {
            let field = edit.field.trim_start_matches(&prefix).trim_start_matches('.').replace('_', " ");
            EditView::new(edit, zone, field)
        })
        .collect();
    let cases = match &track.settings {
        TrackSettings::Code { cases, .. } => cases
            .iter()
            .enumerate()
            .map(|(index, case)| CaseRow {
                number: index + 1,
                index,
                input: describe(&case.input),
                answers: describe(&case.answers),
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(TrackPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-track", &[("name", track.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        track: TrackView::new(track),
        kind: track.kind().name(),
        form: FormView { ..clone_form(form) },
        questions: question_rows(questions),
        metrics: metric_options(),
        question_kinds: question_kinds(),
        columns: dataset_columns(state, challenge.id).await?,
        entries,
        locked: entries > 0,
        seen: track_edit::fingerprint(track),
        cases,
        judging_url: format!("/challenges/{}/manage/judging/{}", challenge.slug, track.slug),
        max_megabytes: MAX_HIDDEN_FILE_BYTES >> 20,
        problems,
        confirm: None,
        saved: false,
        added: false,
        answers_saved: false,
        rescored: String::new(),
        edits,
    })
}

fn clone_form(form: &FormView) -> FormView {
    FormView {
        kind: form.kind.clone(),
        slug: form.slug.clone(),
        title: form.title.clone(),
        description: form.description.clone(),
        metric: form.metric.clone(),
        id_column: form.id_column.clone(),
        target_column: form.target_column.clone(),
        daily_limit: form.daily_limit.clone(),
        final_selections: form.final_selections.clone(),
        judges_per_entry: form.judges_per_entry.clone(),
        time_ms: form.time_ms.clone(),
        memory_mb: form.memory_mb.clone(),
        output_kb: form.output_kb.clone(),
        ..FormView::default()
    }
}

/// A hidden file as the page names it: its size and the start of its hash.
fn describe(blob: &BlobRef) -> String {
    let fingerprint = blob.sha256.get(..12).unwrap_or(&blob.sha256).to_owned();
    if blob.size >= 1024 * 1024 {
        let mb = format!("{:.1}", blob.size as f64 / (1024.0 * 1024.0));
        plaza_i18n::tr_with(
            "web-organize-track-settings-file-mb",
            &[("mb", mb.into()), ("fingerprint", fingerprint.into())],
        )
    } else {
        let kb = blob.size.div_ceil(1024).to_string();
        plaza_i18n::tr_with(
            "web-organize-track-settings-file-kb",
            &[("kb", kb.into()), ("fingerprint", fingerprint.into())],
        )
    }
}

fn render(state: &AppState, page: &TrackPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/track.html", page)?)).into_response())
}

/// The track page with `problems` at the top (the form shows the track as stored).
pub(crate) async fn refuse(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    problems: Vec<ProblemView>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let draft = draft_of(track);
    let page = track_page(state, organizer, track, &FormView::of(&draft), &draft.questions, problems).await?;
    render(state, &page, status)
}

/// The track page filled with the form as typed, and `problems` at the top.
async fn refuse_draft(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    track: &Track,
    draft: &plaza_core::track_edit::TrackDraft,
    seen: String,
    problems: Vec<ProblemView>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let mut page = track_page(state, organizer, track, &FormView::of(draft), &draft.questions, problems).await?;
    page.seen = seen;
    render(state, &page, status)
}

/// `POST /challenges/{slug}/manage/tracks/{track}`: saves the track's settings.
pub(crate) async fn update_track(
    State(state): State<AppState>,
    OrganizerAnyTrack { organizer, track }: OrganizerAnyTrack,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let mut draft = draft_from_pairs(&pairs);
    // The kind and web name are not changed here.
    draft.kind = track.kind().name().to_owned();
    draft.slug = track.slug.to_string();
    let seen = pairs.iter().find(|(k, _)| k == "seen").map(|(_, v)| v.clone()).unwrap_or_default();
    let fields = match check_track(&draft) {
        Ok(fields) => fields,
        Err(found) => {
            let problems = found.into_iter().map(ProblemView::from).collect();
            return refuse_draft(&state, &organizer, &track, &draft, seen, problems, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    let (answers, cases, criteria) = match &track.settings {
        TrackSettings::Predictions { answers, .. } => (Some(answers.clone()), Vec::new(), Vec::new()),
        TrackSettings::Code { cases, .. } => (None, cases.clone(), Vec::new()),
        TrackSettings::Ideas { criteria, .. } => (None, Vec::new(), criteria.clone()),
    };
    let settings = fields
        .settings(answers, cases, criteria)
        .ok_or_else(|| AppError::Internal("a stored track lacks its hidden files".into()))?;
    let updated =
        Track { settings, title: fields.title.clone(), description: fields.description.clone(), ..track.clone() };
    let changes = track_edit::track_changes(&track, &updated);
    let locked = track_edit::locked(&changes);
    if !locked.is_empty() && state.store.track_entry_count(track.id).await? > 0 {
        let problems = locked
            .iter()
            .map(|key| {
                let message = match *key {
                    "kind" => plaza_i18n::tr("web-organize-track-settings-locked-kind"),
                    "metric" => plaza_i18n::tr("web-organize-track-settings-locked-metric"),
                    "id_column" => plaza_i18n::tr("web-organize-track-settings-locked-id-column"),
                    "target_column" => plaza_i18n::tr("web-organize-track-settings-locked-target-column"),
                    other => plaza_i18n::tr_with(
                        "web-organize-track-settings-locked",
                        &[("setting", other.replace('_', " ").into())],
                    ),
                };
                problem(key, message)
            })
            .collect();
        return refuse_draft(&state, &organizer, &track, &draft, seen, problems, StatusCode::CONFLICT).await;
    }
    match state.store.update_track(organizer.challenge.id, &seen, &updated, organizer.current.user.id).await {
        Ok(saved) => {
            tracing::info!(track = track.id, fields = saved.changed, "track changed in the browser");
            Ok(Redirect::to(&format!("/challenges/{}/manage/tracks/{}?saved=1", organizer.challenge.slug, track.slug))
                .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            refuse(&state, &organizer, &track, vec![problem("title", refusal.to_string())], StatusCode::CONFLICT).await
        }
        Err(fault) => Err(fault.into()),
    }
}

/// Reads a stored blob back (the confirmation step names it by hash), bounded.
async fn stored_bytes(state: &AppState, sha256: &str) -> Result<Option<Vec<u8>>, AppError> {
    if !plaza_store::blobs::is_sha256(sha256) {
        return Ok(None);
    }
    Ok(state.blobs.read_head(sha256, MAX_HIDDEN_FILE_BYTES as usize + 1).await?)
}

/// New hidden files: uploaded now, or named by the confirmation step (and
/// checked again either way).
async fn new_files(
    state: &AppState,
    upload: &TrackUpload,
    code: bool,
    problems: &mut Vec<ProblemView>,
) -> Result<Option<((String, Vec<u8>), Option<(String, Vec<u8>)>)>, AppError> {
    let confirmed_answers = upload.field("answers_blob");
    if !confirmed_answers.is_empty() {
        let answers = stored_bytes(state, &confirmed_answers).await?;
        let input = if code { stored_bytes(state, &upload.field("input_blob")).await? } else { None };
        return match (answers, code, input) {
            (Some(a), false, _) => Ok(Some((("answers.csv".into(), a), None))),
            (Some(a), true, Some(i)) => Ok(Some((("answers.csv".into(), a), Some(("input.csv".into(), i))))),
            _ => {
                problems.push(problem("answers", plaza_i18n::tr("web-organize-track-settings-files-gone")));
                Ok(None)
            }
        };
    }
    let input = if code {
        let what = plaza_i18n::tr("web-organize-track-settings-what-input-file");
        chosen_bytes(upload, "input", "input", &what, problems).await?
    } else {
        None
    };
    let what = plaza_i18n::tr("web-organize-track-settings-what-answers-file");
    let answers = chosen_bytes(upload, "answers", "answers", &what, problems).await?;
    Ok(match answers {
        Some(answers) if !code || input.is_some() => Some((answers, input)),
        _ => None,
    })
}

/// `POST /challenges/{slug}/manage/tracks/{track}/answers` (multipart):
/// replaces a predictions track's answers, or a code track's case (adds
/// one, removes one while more than one is left). With entries, a first
/// submit only checks and keeps the files and asks to confirm.
pub(crate) async fn replace_answers(
    State(state): State<AppState>,
    OrganizerAnyTrack { organizer, track }: OrganizerAnyTrack,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    let upload = receive_track_form(&state, request, &organizer.current.csrf).await?;
    let (Some(metric), code) = (track.settings.metric(), track.kind() == TrackKind::Code) else {
        return Err(AppError::NotFound);
    };
    let (id_column, target_column) = match &track.settings {
        TrackSettings::Predictions { id_column, target_column, .. }
        | TrackSettings::Code { id_column, target_column, .. } => (id_column.clone(), target_column.clone()),
        TrackSettings::Ideas { .. } => return Err(AppError::NotFound),
    };
    let action = upload.field("action");
    let seen = upload.field("seen");
    let case_field = upload.field("case");
    let mut problems = Vec::new();
    let mut settings = track.settings.clone();
    let mut confirm = ConfirmView {
        action: action.clone(),
        case: case_field.clone(),
        answers_blob: String::new(),
        input_blob: String::new(),
        count: 0,
    };
    if action == "remove_case" {
        let TrackSettings::Code { cases, .. } = &mut settings else { return Err(AppError::NotFound) };
        match case_field.parse::<usize>() {
            Ok(index) if index < cases.len() && cases.len() > 1 => {
                cases.remove(index);
            }
            Ok(index) if index < cases.len() => {
                problems.push(problem("cases", plaza_i18n::tr("web-organize-track-settings-last-case")))
            }
            _ => problems.push(problem("cases", plaza_i18n::tr("web-organize-track-settings-choose-case-to-remove"))),
        }
    } else if let Some((answers, input)) = new_files(&state, &upload, code, &mut problems).await? {
        match check_hidden(answers, input, id_column, target_column, metric).await? {
            Err(found) => problems.extend(found.into_iter().map(|m| problem("answers", m))),
            Ok((answer_bytes, input_bytes)) => {
                let stored = state.blobs.put_bytes(&answer_bytes).await?;
                confirm.answers_blob = stored.sha256.clone();
                match (&mut settings, input_bytes) {
                    (TrackSettings::Predictions { answers, .. }, None) => *answers = stored,
                    (TrackSettings::Code { cases, .. }, Some(input)) => {
                        let input = state.blobs.put_bytes(&input).await?;
                        confirm.input_blob = input.sha256.clone();
                        let case = CaseFiles { input, answers: stored };
                        match (action.as_str(), case_field.parse::<usize>()) {
                            ("add_case", _) => cases.push(case),
                            _ if case_field == "new" => cases.push(case),
                            (_, Ok(index)) if index < cases.len() => cases[index] = case,
                            _ => problems.push(problem(
                                "cases",
                                plaza_i18n::tr("web-organize-track-settings-choose-case-to-replace"),
                            )),
                        }
                    }
                    _ => {
                        return Err(AppError::BadRequest(plaza_i18n::tr(
                            "web-organize-track-settings-files-do-not-fit",
                        )));
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return refuse(&state, &organizer, &track, problems, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let count = state.store.rescorable_entries(track.id).await?;
    let entries = state.store.track_entry_count(track.id).await?;
    if entries > 0 && upload.field("confirmed") != "yes" {
        confirm.count = count;
        let draft = draft_of(&track);
        let mut page =
            track_page(&state, &organizer, &track, &FormView::of(&draft), &draft.questions, Vec::new()).await?;
        page.seen = seen;
        page.confirm = Some(confirm);
        return render(&state, &page, StatusCode::OK);
    }
    let updated = Track { settings, ..track.clone() };
    match state.store.update_track(organizer.challenge.id, &seen, &updated, organizer.current.user.id).await {
        Ok(saved) => {
            tracing::info!(track = track.id, rescored = saved.rescored, "hidden answers replaced in the browser");
            Ok(Redirect::to(&format!(
                "/challenges/{}/manage/tracks/{}?answers=1&rescored={}",
                organizer.challenge.slug, track.slug, saved.rescored
            ))
            .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            refuse(&state, &organizer, &track, vec![problem("answers", refusal.to_string())], StatusCode::CONFLICT)
                .await
        }
        Err(fault) => Err(fault.into()),
    }
}
