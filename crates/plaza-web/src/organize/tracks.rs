//! A challenge's tracks in the browser: the list with each track's kind,
//! metric and entries, and "Add a track" in two steps (choose the kind,
//! then fill its form). Predictions and program tracks bring their hidden
//! files from the start, checked with `plaza import`'s line-numbered
//! messages; nothing is stored when anything is refused. A track with no
//! entries can be removed.

use axum::extract::{FromRequest, Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::bundle::{check_answers_file, check_case_files};
use plaza_core::judging::rubric::{CriterionDraft, Rubric, RubricDraft};
use plaza_core::track_edit::{QuestionDraft, TrackDraft, TrackProblem, check_track};
use plaza_core::{BlobRef, CaseFiles, Criterion, Limits, Metric, QuestionKind, TrackKind, TrackSettings};
use plaza_store::NewTrack;
use serde::{Deserialize, Serialize};

use crate::enter::submissions::UploadProblem;
use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::extract::paths::OrganizerAnyTrack;
use crate::extract::upload::{MAX_TOKEN_FIELD, ReceivedFile, read_bounded, receive_to_temp};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Largest hidden file (answers or a case input) uploaded in the browser.
pub const MAX_HIDDEN_FILE_BYTES: u64 = 100 * 1024 * 1024;
/// Blank question rows offered on a form.
const BLANK_QUESTIONS: usize = 2;
/// The most text fields a track form holds.
const MAX_TEXT_FIELDS: usize = 400;

/// One thing wrong, linked to the field (its bundle key) that has it.
#[derive(Serialize, Clone)]
pub(crate) struct ProblemView {
    pub field: String,
    pub message: String,
}

impl From<TrackProblem> for ProblemView {
    fn from(problem: TrackProblem) -> Self {
        ProblemView { field: problem.field.replace('.', "-"), message: problem.message }
    }
}

pub(crate) fn problem(field: &str, message: impl Into<String>) -> ProblemView {
    ProblemView { field: field.to_owned(), message: message.into() }
}

/// A kind offered in "Add a track", explained for the organizer.
#[derive(Serialize)]
struct KindOption {
    name: &'static str,
    label: String,
    explanation: String,
}

fn kind_explanation(kind: TrackKind) -> String {
    match kind {
        TrackKind::Predictions => plaza_i18n::tr("web-organize-tracks-kind-predictions-explanation"),
        TrackKind::Code => plaza_i18n::tr("web-organize-tracks-kind-code-explanation"),
        TrackKind::Ideas => plaza_i18n::tr("web-organize-tracks-kind-ideas-explanation"),
    }
}

fn kind_label(kind: TrackKind) -> String {
    match kind {
        TrackKind::Predictions => plaza_i18n::tr("web-organize-tracks-kind-predictions"),
        TrackKind::Code => plaza_i18n::tr("web-organize-tracks-kind-code"),
        TrackKind::Ideas => plaza_i18n::tr("web-organize-tracks-kind-ideas"),
    }
}

const KINDS: [TrackKind; 3] = [TrackKind::Predictions, TrackKind::Code, TrackKind::Ideas];

/// A metric in a `<select>`, with its sentence and direction.
#[derive(Serialize)]
pub(crate) struct MetricOption {
    name: &'static str,
    label: String,
    explanation: String,
    direction: String,
}

pub(crate) fn metric_options() -> Vec<MetricOption> {
    Metric::ALL
        .into_iter()
        .map(|m| MetricOption {
            name: m.name(),
            label: m.label(),
            explanation: m.explanation(),
            direction: m.direction().label(),
        })
        .collect()
}

#[derive(Serialize)]
pub(crate) struct QuestionKindOption {
    name: &'static str,
    label: String,
}

pub(crate) fn question_kinds() -> Vec<QuestionKindOption> {
    QuestionKind::ALL
        .into_iter()
        .map(|k| QuestionKindOption {
            name: k.name(),
            label: plaza_i18n::tr(match k {
                QuestionKind::ShortText => "web-organize-tracks-question-short-text",
                QuestionKind::LongText => "web-organize-tracks-question-long-text",
                QuestionKind::SingleChoice => "web-organize-tracks-question-single-choice",
                QuestionKind::MultipleChoice => "web-organize-tracks-question-multiple-choice",
                QuestionKind::Link => "web-organize-tracks-question-link",
                QuestionKind::File => "web-organize-tracks-question-file",
            }),
        })
        .collect()
}

/// A question row of a form.
#[derive(Serialize)]
pub(crate) struct QuestionRow {
    index: usize,
    key: String,
    label: String,
    kind: String,
    help: String,
    options: String,
    required: bool,
}

pub(crate) fn question_rows(drafts: &[QuestionDraft]) -> Vec<QuestionRow> {
    let mut rows: Vec<QuestionRow> = drafts
        .iter()
        .filter(|q| !q.key.trim().is_empty())
        .enumerate()
        .map(|(index, q)| QuestionRow {
            index,
            key: q.key.clone(),
            label: q.label.clone(),
            kind: q.kind.clone(),
            help: q.help.clone(),
            options: q.options.clone(),
            required: q.required,
        })
        .collect();
    for _ in 0..BLANK_QUESTIONS {
        let index = rows.len();
        rows.push(QuestionRow {
            index,
            key: String::new(),
            label: String::new(),
            kind: "short_text".into(),
            help: String::new(),
            options: String::new(),
            required: false,
        });
    }
    rows
}

/// The form as typed, for filling it again after a refusal.
#[derive(Serialize, Default)]
pub(crate) struct FormView {
    pub kind: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub metric: String,
    pub id_column: String,
    pub target_column: String,
    pub daily_limit: String,
    pub final_selections: String,
    pub judges_per_entry: String,
    pub time_ms: String,
    pub memory_mb: String,
    pub output_kb: String,
    pub criterion_name: String,
    pub criterion_weight: String,
    pub criterion_description: String,
}

impl FormView {
    pub(crate) fn of(draft: &TrackDraft) -> Self {
        FormView {
            kind: draft.kind.clone(),
            slug: draft.slug.clone(),
            title: draft.title.clone(),
            description: draft.description.clone(),
            metric: draft.metric.clone(),
            id_column: draft.id_column.clone(),
            target_column: draft.target_column.clone(),
            daily_limit: draft.daily_limit.clone(),
            final_selections: draft.final_selections.clone(),
            judges_per_entry: draft.judges_per_entry.clone(),
            time_ms: draft.time_ms.clone(),
            memory_mb: draft.memory_mb.clone(),
            output_kb: draft.output_kb.clone(),
            ..FormView::default()
        }
    }
}

/// Reads a track form's fields into a draft (`q_key_N`... for questions).
pub(crate) fn draft_from_pairs(pairs: &[(String, String)]) -> TrackDraft {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let questions = (0..plaza_core::bundle::MAX_QUESTIONS + BLANK_QUESTIONS)
        .map(|i| QuestionDraft {
            key: get(&format!("q_key_{i}")),
            label: get(&format!("q_label_{i}")),
            kind: get(&format!("q_kind_{i}")),
            help: get(&format!("q_help_{i}")),
            options: get(&format!("q_options_{i}")),
            required: !get(&format!("q_required_{i}")).is_empty(),
        })
        .collect();
    TrackDraft {
        kind: get("kind"),
        slug: get("slug"),
        title: get("title"),
        description: get("description"),
        metric: get("metric"),
        id_column: get("id_column"),
        target_column: get("target_column"),
        daily_limit: get("daily_limit"),
        final_selections: get("final_selections"),
        judges_per_entry: get("judges_per_entry"),
        time_ms: get("time_ms"),
        memory_mb: get("memory_mb"),
        output_kb: get("output_kb"),
        questions,
    }
}

/// Column names of the challenge's public datasets (from each file's header).
pub(crate) async fn dataset_columns(state: &AppState, challenge_id: i64) -> Result<Vec<String>, AppError> {
    let mut names: Vec<String> = Vec::new();
    for dataset in state.store.datasets(challenge_id).await? {
        let head = state.blobs.read_head(&dataset.blob.sha256, 64 * 1024).await?.unwrap_or_default();
        let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(head.as_slice());
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|c| c.trim().trim_start_matches('\u{feff}').to_owned()).collect(),
            Err(_) => dataset.columns.iter().map(|c| c.name.clone()).collect(),
        };
        for name in header {
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

#[derive(Serialize)]
struct TrackRow {
    title: String,
    kind: String,
    metric: String,
    entries: u64,
    url: String,
}

#[derive(Serialize)]
struct TracksPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    /// The steps of making the challenge, while it is a draft.
    steps: Vec<crate::organize::steps::StepView>,
    tracks: Vec<TrackRow>,
    kinds: Vec<KindOption>,
    /// The kind whose form is shown, if one was chosen.
    adding: String,
    adding_label: String,
    form: FormView,
    questions: Vec<QuestionRow>,
    metrics: Vec<MetricOption>,
    question_kinds: Vec<QuestionKindOption>,
    columns: Vec<String>,
    limits: Limits,
    max_megabytes: u64,
    problems: Vec<ProblemView>,
    removed: bool,
    /// Never set here: the scoring fields are always editable when adding.
    locked: bool,
}

#[derive(Deserialize, Default)]
pub(crate) struct TracksQuery {
    kind: Option<String>,
    removed: Option<String>,
}

/// `GET /challenges/{slug}/manage/tracks`
pub(crate) async fn show_tracks(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Query(query): Query<TracksQuery>,
) -> Result<Response, AppError> {
    let kind = query.kind.as_deref().and_then(TrackKind::parse);
    let draft = TrackDraft { kind: kind.map(|k| k.name().to_owned()).unwrap_or_default(), ..TrackDraft::default() };
    let mut page = tracks_page(&state, &organizer, &draft, Vec::new()).await?;
    page.removed = query.removed.is_some();
    render(&state, &page, StatusCode::OK)
}

async fn tracks_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    draft: &TrackDraft,
    problems: Vec<ProblemView>,
) -> Result<TracksPage, AppError> {
    let challenge = &organizer.challenge;
    let mut rows = Vec::new();
    for track in state.store.tracks(challenge.id).await? {
        rows.push(TrackRow {
            title: track.title.clone(),
            kind: kind_label(track.kind()),
            metric: track.settings.metric().map_or_else(
                || plaza_i18n::tr("web-organize-tracks-judges-scores"),
                |m| format!("{} ({})", m.label(), m.direction().label()),
            ),
            entries: state.store.track_entry_count(track.id).await?,
            url: format!("/challenges/{}/manage/tracks/{}", challenge.slug, track.slug),
        });
    }
    let adding = TrackKind::parse(&draft.kind);
    let mut form = FormView::of(draft);
    if form.daily_limit.is_empty() {
        form.daily_limit = plaza_core::track_edit::DEFAULT_DAILY_LIMIT.to_string();
    }
    if form.final_selections.is_empty() {
        form.final_selections = plaza_core::challenge::DEFAULT_FINAL_SELECTIONS.to_string();
    }
    if form.judges_per_entry.is_empty() {
        form.judges_per_entry = plaza_core::judging::rubric::DEFAULT_JUDGES_PER_ENTRY.to_string();
    }
    let limits = Limits::default();
    if form.time_ms.is_empty() {
        form.time_ms = limits.time_ms.to_string();
        form.memory_mb = limits.memory_mb.to_string();
        form.output_kb = limits.output_kb.to_string();
    }
    if form.criterion_weight.is_empty() {
        form.criterion_weight = "1".into();
    }
    Ok(TracksPage {
        page: organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-tracks-of", &[("name", challenge.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        steps: crate::organize::steps::manage_steps(challenge, crate::organize::steps::Step::Tracks),
        tracks: rows,
        kinds: KINDS
            .into_iter()
            .map(|k| KindOption { name: k.name(), label: kind_label(k), explanation: kind_explanation(k) })
            .collect(),
        adding: adding.map(|k| k.name().to_owned()).unwrap_or_default(),
        adding_label: adding.map(kind_label).unwrap_or_default(),
        form,
        questions: question_rows(&draft.questions),
        metrics: metric_options(),
        question_kinds: question_kinds(),
        columns: dataset_columns(state, challenge.id).await?,
        limits,
        max_megabytes: MAX_HIDDEN_FILE_BYTES >> 20,
        problems,
        removed: false,
        locked: false,
    })
}

fn render(state: &AppState, page: &TracksPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/tracks.html", page)?)).into_response())
}

/// A track form read from a multipart upload: its text fields and files.
pub(crate) struct TrackUpload {
    pub fields: Vec<(String, String)>,
    pub files: Vec<(String, Result<ReceivedFile, UploadProblem>)>,
}

impl TrackUpload {
    pub(crate) fn field(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// The file chosen for `name`, if one was.
    pub(crate) fn file(&self, name: &str) -> Option<&Result<ReceivedFile, UploadProblem>> {
        self.files.iter().find(|(k, _)| k == name).map(|(_, f)| f)
    }
}

/// Reads a multipart track form: its token first (a field before it ends
/// reading), text fields within [`crate::MAX_FORM_BYTES`] in all, and the
/// hidden files `answers` and `input` into temporary files within
/// [`MAX_HIDDEN_FILE_BYTES`] each.
pub(crate) async fn receive_track_form(
    state: &AppState,
    request: axum::extract::Request,
    csrf: &str,
) -> Result<TrackUpload, AppError> {
    // Not a multipart upload: it cannot carry the form's token either.
    let mut multipart = Multipart::from_request(request, state).await.map_err(|_| AppError::CsrfRejected)?;
    let mut token_seen = false;
    let mut upload = TrackUpload { fields: Vec::new(), files: Vec::new() };
    let mut text_bytes = 0usize;
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with(
            "web-organize-tracks-upload-unreadable",
            &[("error", e.to_string().into())],
        ))
    })? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "csrf_token" {
            let value = read_bounded(&mut field, MAX_TOKEN_FIELD).await?.ok_or(AppError::CsrfRejected)?;
            if !crate::extract::csrf::same(&value, csrf.as_bytes()) {
                return Err(AppError::CsrfRejected);
            }
            token_seen = true;
            continue;
        }
        // The token comes first in the form: anything before it is refused unread.
        if !token_seen {
            return Err(AppError::CsrfRejected);
        }
        match name.as_str() {
            "answers" | "input" => {
                let file_name: String = field
                    .file_name()
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !c.is_control() && *c != '/' && *c != '\\')
                    .take(120)
                    .collect();
                // A file input left empty sends no file name and no bytes.
                if file_name.is_empty() || upload.files.iter().any(|(k, _)| *k == name) {
                    continue;
                }
                let received = receive_to_temp(&mut field, file_name, MAX_HIDDEN_FILE_BYTES).await?;
                upload.files.push((name, received));
            }
            _ => {
                let room = crate::MAX_FORM_BYTES.saturating_sub(text_bytes);
                let value = read_bounded(&mut field, room)
                    .await?
                    .ok_or_else(|| AppError::PayloadTooLarge(plaza_i18n::tr("web-organize-tracks-form-too-large")))?;
                text_bytes += value.len() + name.len();
                if upload.fields.len() >= MAX_TEXT_FIELDS {
                    return Err(AppError::BadRequest(plaza_i18n::tr("web-organize-tracks-too-many-fields")));
                }
                let value = String::from_utf8(value)
                    .map_err(|_| AppError::BadRequest(plaza_i18n::tr("web-organize-tracks-not-utf8")))?;
                upload.fields.push((name, value));
            }
        }
    }
    if !token_seen {
        return Err(AppError::CsrfRejected);
    }
    Ok(upload)
}

/// Why an uploaded hidden file cannot be used, in plain words.
pub(crate) fn upload_message(problem: &UploadProblem, what: &str) -> String {
    match problem {
        UploadProblem::TooLarge => plaza_i18n::tr_with(
            "web-organize-tracks-file-too-large",
            &[("what", what.into()), ("mb", (MAX_HIDDEN_FILE_BYTES >> 20).into())],
        ),
        UploadProblem::Empty => plaza_i18n::tr_with("web-organize-tracks-file-empty", &[("what", what.into())]),
        _ => plaza_i18n::tr_with("web-organize-tracks-choose-file", &[("what", what.into())]),
    }
}

/// The bytes of a chosen file, or a problem under `field`.
pub(crate) async fn chosen_bytes(
    upload: &TrackUpload,
    name: &str,
    field: &str,
    what: &str,
    problems: &mut Vec<ProblemView>,
) -> Result<Option<(String, Vec<u8>)>, AppError> {
    match upload.file(name) {
        None => {
            problems
                .push(problem(field, plaza_i18n::tr_with("web-organize-tracks-choose-file", &[("what", what.into())])));
            Ok(None)
        }
        Some(Err(refusal)) => {
            problems.push(problem(field, upload_message(refusal, what)));
            Ok(None)
        }
        Some(Ok(file)) => {
            let bytes = tokio::fs::read(file.temp.path()).await.map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(Some((file.file_name.clone(), bytes)))
        }
    }
}

/// Checks answers (and a case input) with `plaza import`'s checks, off the async threads.
pub(crate) async fn check_hidden(
    answers: (String, Vec<u8>),
    input: Option<(String, Vec<u8>)>,
    id_column: String,
    target_column: String,
    metric: Metric,
) -> Result<Result<(Vec<u8>, Option<Vec<u8>>), Vec<String>>, AppError> {
    plaza_i18n::spawn_blocking(move || {
        let checked = match &input {
            None => check_answers_file(&answers.0, &answers.1, &id_column, &target_column, metric).map(|_| ()),
            Some(input) => {
                check_case_files((&input.0, &input.1), (&answers.0, &answers.1), &id_column, &target_column, metric)
            }
        };
        match checked {
            Ok(()) => Ok((answers.1, input.map(|i| i.1))),
            Err(problems) => Err(problems.iter().map(ToString::to_string).collect()),
        }
    })
    .await
    .map_err(|e| AppError::Internal(format!("the check stopped: {e}")))
}

fn first_criterion(upload: &TrackUpload, judges: &str, problems: &mut Vec<ProblemView>) -> Vec<Criterion> {
    let draft = RubricDraft {
        criteria: vec![CriterionDraft {
            name: upload.field("criterion_name").trim().to_owned(),
            weight: upload.field("criterion_weight").trim().to_owned(),
            description: upload.field("criterion_description").trim().to_owned(),
            levels: Vec::new(),
        }],
        judges_per_entry: judges.trim().to_owned(),
        min_reviews: None,
    };
    match Rubric::try_from(draft) {
        Ok(rubric) => rubric.into_criteria(),
        Err(errors) => {
            problems.push(problem("criteria", errors.first.message()));
            Vec::new()
        }
    }
}

/// `POST /challenges/{slug}/manage/tracks` (multipart): adds a track.
pub(crate) async fn add_track(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    let upload = receive_track_form(&state, request, &organizer.current.csrf).await?;
    let draft = draft_from_pairs(&upload.fields);
    let mut problems: Vec<ProblemView> = Vec::new();
    let fields = match check_track(&draft) {
        Ok(fields) => Some(fields),
        Err(found) => {
            problems.extend(found.into_iter().map(ProblemView::from));
            None
        }
    };
    let kind = TrackKind::parse(&draft.kind);
    let mut criteria = Vec::new();
    let mut hidden: Option<(Vec<u8>, Option<Vec<u8>>)> = None;
    match kind {
        Some(TrackKind::Ideas) => criteria = first_criterion(&upload, &draft.judges_per_entry, &mut problems),
        Some(TrackKind::Predictions | TrackKind::Code) => {
            let code = kind == Some(TrackKind::Code);
            let input = if code {
                let what = plaza_i18n::tr("web-organize-tracks-what-first-input-file");
                chosen_bytes(&upload, "input", "input", &what, &mut problems).await?
            } else {
                None
            };
            let what = plaza_i18n::tr("web-organize-tracks-what-answers-file");
            let answers = chosen_bytes(&upload, "answers", "answers", &what, &mut problems).await?;
            let scored = fields.as_ref().and_then(|f| f.scored.clone());
            if let (Some(answers), Some(scored)) = (answers, scored)
                && (!code || input.is_some())
            {
                match check_hidden(answers, input, scored.id_column, scored.target_column, scored.metric).await? {
                    Ok(files) => hidden = Some(files),
                    Err(found) => problems.extend(found.into_iter().map(|m| problem("answers", m))),
                }
            }
        }
        None => {}
    }
    let fields = match fields {
        Some(fields) if problems.is_empty() => fields,
        _ => {
            let mut page = tracks_page(&state, &organizer, &draft, problems).await?;
            page.form.criterion_name = upload.field("criterion_name");
            page.form.criterion_weight = upload.field("criterion_weight");
            page.form.criterion_description = upload.field("criterion_description");
            return render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    // Files first, so that no row ever points at a missing one.
    let mut answers: Option<BlobRef> = None;
    let mut cases = Vec::new();
    if let Some((answer_bytes, input_bytes)) = hidden {
        let stored = state.blobs.put_bytes(&answer_bytes).await?;
        match input_bytes {
            Some(input) => {
                let input = state.blobs.put_bytes(&input).await?;
                cases.push(CaseFiles { input, answers: stored });
            }
            None => answers = Some(stored),
        }
    }
    let settings: TrackSettings = fields
        .settings(answers, cases, criteria)
        .ok_or_else(|| AppError::Internal("a checked track lacks its hidden files".into()))?;
    let new = NewTrack {
        slug: fields.slug.clone(),
        title: fields.title.clone(),
        description: fields.description.clone(),
        settings,
    };
    match state.store.add_track(organizer.challenge.id, &new, organizer.current.user.id).await {
        Ok(track) => {
            tracing::info!(challenge = organizer.challenge.id, track = track.id, "track added in the browser");
            Ok(Redirect::to(&format!("/challenges/{}/manage/tracks/{}?added=1", organizer.challenge.slug, track.slug))
                .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            let page = tracks_page(&state, &organizer, &draft, vec![problem("slug", refusal.to_string())]).await?;
            render(&state, &page, StatusCode::CONFLICT)
        }
        Err(fault) => Err(fault.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct RemoveForm {
    #[serde(default)]
    confirm: String,
}

/// `POST /challenges/{slug}/manage/tracks/{track}/remove`: only a track
/// without entries, and only when the organizer ticked the box.
pub(crate) async fn remove_track(
    State(state): State<AppState>,
    OrganizerAnyTrack { organizer, track }: OrganizerAnyTrack,
    CsrfForm(form): CsrfForm<RemoveForm>,
) -> Result<Response, AppError> {
    if form.confirm != "yes" {
        return crate::organize::track_settings::refuse(
            &state,
            &organizer,
            &track,
            vec![problem("remove", plaza_i18n::tr("web-organize-tracks-tick-to-remove"))],
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match state.store.remove_track(organizer.challenge.id, track.id, organizer.current.user.id).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/challenges/{}/manage/tracks?removed=1", organizer.challenge.slug))
                .into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            crate::organize::track_settings::refuse(
                &state,
                &organizer,
                &track,
                vec![problem("remove", refusal.to_string())],
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(fault) => Err(fault.into()),
    }
}
