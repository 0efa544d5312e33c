//! Residents' data-quality reports, for the people who triage them (the
//! organizers, and partner organizations they invite): confirm (with the
//! value a wrong cell should get), reject with a reason, or mark a
//! duplicate; the reporter is emailed. Organizers then publish the
//! confirmed corrections as the next version of the dataset's file, the
//! old one staying downloadable; the hidden answers are never touched.

use std::collections::BTreeMap;

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::data_report::{
    self, Correction, DataReport, MAX_REASON, MAX_SHOULD_BE, ReportScope, ReportStatus, Triage, check_correction,
    check_reason,
};
use plaza_core::dataset_edit::{MAX_CHANGE_NOTE, check_change_note};
use plaza_core::{Challenge, ChallengeRole, Dataset, OutgoingEmail, User};
use plaza_store::Replacement;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{CurrentUser, PageContext, organizes, path_challenge};
use crate::extract::csrf::CsrfForm;
use crate::organize::datasets::OrganizerDataset;
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Whether `user` may triage the challenge's data reports: its organizers,
/// site admins and the partner organizations invited to help.
pub(crate) async fn triages(state: &AppState, user: &User, challenge_id: i64) -> Result<bool, AppError> {
    if organizes(state, user, challenge_id).await? {
        return Ok(true);
    }
    Ok(state.store.roles_for(challenge_id, user.id).await?.contains(&ChallengeRole::Intermediary))
}

/// Someone who triages the data reports of the challenge in the path.
pub(crate) struct ChallengeTriager {
    pub current: CurrentUser,
    pub challenge: Challenge,
    /// Organizers (and site admins) also publish corrected versions.
    pub organizer: bool,
}

impl FromRequestParts<AppState> for ChallengeTriager {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // Sign-in first: a visitor learns nothing about which challenges exist.
        let current = CurrentUser::from_request_parts(parts, state).await?;
        let challenge = path_challenge(parts, state).await?;
        let organizer = organizes(state, &current.user, challenge.id).await?;
        if organizer || triages(state, &current.user, challenge.id).await? {
            Ok(ChallengeTriager { current, challenge, organizer })
        } else {
            Err(AppError::Forbidden)
        }
    }
}

#[derive(Serialize)]
struct ReportRow {
    id: i64,
    place: String,
    sent_by: String,
    status: &'static str,
    status_label: String,
    problem: String,
    should_be: String,
    how_known: String,
    /// The cell's value in the file now (row reports about one cell), if found.
    has_current: bool,
    current_value: String,
    /// The whole row as it is now (row reports).
    current_row: Vec<CellView>,
    is_cell: bool,
    correction: String,
    reason: String,
    duplicate_of: Option<i64>,
    corrected_in: Option<u32>,
    credit_name: String,
    photo_url: String,
    action_url: String,
}

#[derive(Serialize)]
struct CellView {
    name: String,
    value: String,
}

#[derive(Serialize)]
struct PendingCorrection {
    id: i64,
    place: String,
    now: String,
    after: String,
}

#[derive(Serialize)]
struct DatasetReports {
    slug: String,
    title: String,
    guide_url: String,
    reports_url: String,
    publish_url: String,
    /// Confirmed corrections not yet in a published version.
    pending: Vec<PendingCorrection>,
    next_version: u32,
    change_note: String,
    reports: Vec<ReportRow>,
}

#[derive(Serialize)]
struct TriagePage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    organizer: bool,
    datasets: Vec<DatasetReports>,
    waiting: usize,
    notice: String,
    /// A refused action: which report (or `dataset-<slug>`), and why.
    error_for: String,
    error: String,
    max_reason: usize,
    max_correction: usize,
    max_note: usize,
}

async fn reporter_names(state: &AppState, reports: &[DataReport]) -> Result<BTreeMap<i64, String>, AppError> {
    let mut names = BTreeMap::new();
    for report in reports {
        if let std::collections::btree_map::Entry::Vacant(slot) = names.entry(report.reporter.0) {
            slot.insert(state.store.user_by_id(report.reporter).await?.map(|u| u.display_name).unwrap_or_default());
        }
    }
    Ok(names)
}

/// The rows `wanted` of the dataset's file as it is now, with its header.
async fn current_rows(
    state: &AppState,
    dataset: &Dataset,
    wanted: Vec<u64>,
) -> Result<(Vec<String>, BTreeMap<u64, Vec<String>>), AppError> {
    if wanted.is_empty() {
        return Ok((Vec::new(), BTreeMap::new()));
    }
    let reader = state.blobs.open(&dataset.blob.sha256).await?.ok_or_else(|| {
        AppError::Internal(format!("blob {} of dataset {} is missing", dataset.blob.sha256, dataset.id))
    })?;
    let bridge = tokio_util::io::SyncIoBridge::new(reader);
    let found = plaza_i18n::spawn_blocking(move || data_report::rows_at(std::io::BufReader::new(bridge), &wanted))
        .await
        .map_err(|e| AppError::Internal(format!("reading dataset {}: {e}", dataset.id)))?;
    Ok(found.unwrap_or_default())
}

async fn triage_page(
    state: &AppState,
    current: &CurrentUser,
    challenge: &Challenge,
    organizer: bool,
) -> Result<TriagePage, AppError> {
    let all = state.store.challenge_reports(challenge.id).await?;
    let names = reporter_names(state, &all).await?;
    let mut datasets = Vec::new();
    for dataset in state.store.datasets(challenge.id).await? {
        let reports: Vec<&DataReport> = all.iter().filter(|r| r.dataset_id == dataset.id).collect();
        if reports.is_empty() {
            continue;
        }
        let wanted: Vec<u64> = reports.iter().filter(|r| r.corrected_in.is_none()).filter_map(|r| r.row).collect();
        let (headers, rows) = current_rows(state, &dataset, wanted).await?;
        let cell = |report: &DataReport| -> Option<String> {
            let index = headers.iter().position(|h| *h == report.column)?;
            rows.get(&report.row?)?.get(index).cloned()
        };
        let guide_url = format!("/challenges/{}/data/{}", challenge.slug, dataset.slug);
        let pending: Vec<PendingCorrection> = reports
            .iter()
            .filter(|r| r.awaits_publishing())
            .map(|r| PendingCorrection {
                id: r.id,
                place: r.place(),
                now: cell(r).unwrap_or_default(),
                after: r.correction.clone().unwrap_or_default(),
            })
            .collect();
        let mut rows_view: Vec<ReportRow> = reports
            .iter()
            .map(|r| {
                let current_row = match r.row.filter(|_| r.corrected_in.is_none()).and_then(|n| rows.get(&n)) {
                    Some(cells) => headers
                        .iter()
                        .zip(cells)
                        .map(|(name, value)| CellView { name: name.clone(), value: value.clone() })
                        .collect(),
                    None => Vec::new(),
                };
                ReportRow {
                    id: r.id,
                    place: r.place(),
                    sent_by: plaza_i18n::tr_with(
                        "data-report-manage-sent-by",
                        &[
                            ("name", names.get(&r.reporter.0).cloned().unwrap_or_default().into()),
                            ("date", challenge.timeline.moment(r.created_at).into()),
                        ],
                    ),
                    status: r.status.name(),
                    status_label: r.status.label(),
                    problem: r.problem.clone(),
                    should_be: r.should_be.clone(),
                    how_known: r.how_known.clone(),
                    has_current: r.corrected_in.is_none() && cell(r).is_some(),
                    current_value: cell(r).unwrap_or_default(),
                    current_row,
                    is_cell: r.scope == ReportScope::Row && r.row.is_some() && !r.column.is_empty(),
                    correction: r.correction.clone().unwrap_or_else(|| r.should_be.clone()),
                    reason: r.reason.clone(),
                    duplicate_of: r.duplicate_of,
                    corrected_in: r.corrected_in.map(|v| v + 1),
                    credit_name: r.credit_name.clone(),
                    photo_url: if r.photo.is_some() {
                        format!("{guide_url}/reports/{}/photo", r.id)
                    } else {
                        String::new()
                    },
                    action_url: format!("/challenges/{}/manage/reports/{}", challenge.slug, r.id),
                }
            })
            .collect();
        // Waiting reports first, then the newest.
        rows_view.sort_by_key(|r| (r.status != ReportStatus::Waiting.name(), std::cmp::Reverse(r.id)));
        let next_version = state.store.dataset_versions(dataset.id).await?.first().map_or(2, |v| v.version + 2);
        datasets.push(DatasetReports {
            reports_url: format!("{guide_url}/reports"),
            publish_url: format!("/challenges/{}/manage/datasets/{}/corrections", challenge.slug, dataset.slug),
            change_note: plaza_i18n::tr_with("data-report-default-note", &[("count", pending.len().into())]),
            next_version,
            pending,
            slug: dataset.slug.to_string(),
            title: dataset.title,
            guide_url,
            reports: rows_view,
        });
    }
    Ok(TriagePage {
        page: current
            .viewer()
            .page(state, plaza_i18n::tr_with("data-report-manage-title", &[("name", challenge.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        organizer,
        waiting: all.iter().filter(|r| r.status == ReportStatus::Waiting).count(),
        datasets,
        notice: String::new(),
        error_for: String::new(),
        error: String::new(),
        max_reason: MAX_REASON,
        max_correction: MAX_SHOULD_BE,
        max_note: MAX_CHANGE_NOTE,
    })
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
    version: Option<u32>,
}

/// `GET /challenges/{slug}/manage/reports`
pub(crate) async fn show_reports(
    State(state): State<AppState>,
    triager: ChallengeTriager,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut page = triage_page(&state, &triager.current, &triager.challenge, triager.organizer).await?;
    page.notice = match query.notice.as_deref() {
        Some("confirmed") => plaza_i18n::tr("data-report-manage-notice-confirmed"),
        Some("rejected") => plaza_i18n::tr("data-report-manage-notice-rejected"),
        Some("duplicate") => plaza_i18n::tr("data-report-manage-notice-duplicate"),
        Some("published") => plaza_i18n::tr_with(
            "data-report-manage-notice-published",
            &[("version", query.version.unwrap_or(0).into())],
        ),
        _ => String::new(),
    };
    Ok(Html(state.templates.render("pages/organize/reports.html", &page)?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct TriageForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    correction: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    original: String,
}

async fn refuse(
    state: &AppState,
    (current, challenge, organizer): (&CurrentUser, &Challenge, bool),
    error_for: String,
    error: String,
    status: StatusCode,
) -> Result<Response, AppError> {
    let mut page = triage_page(state, current, challenge, organizer).await?;
    page.error_for = error_for;
    page.error = error;
    let html = state.templates.render("pages/organize/reports.html", &page)?;
    Ok((status, Html(html)).into_response())
}

/// `POST /challenges/{slug}/manage/reports/{report}`
pub(crate) async fn triage_report(
    State(state): State<AppState>,
    triager: ChallengeTriager,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TriageForm, { crate::organize::details::DETAILS_FORM_BYTES }>,
) -> Result<Response, AppError> {
    let challenge = &triager.challenge;
    let report = state.store.data_report(challenge.id, id).await?.ok_or(AppError::NotFound)?;
    let is_cell = report.scope == ReportScope::Row && report.row.is_some() && !report.column.is_empty();
    let checked = match form.action.as_str() {
        "confirm" if is_cell => check_correction(&form.correction)
            .map(|value| (Triage::Confirm { correction: Some(value).filter(|v| !v.is_empty()) }, "confirmed")),
        "confirm" => Ok((Triage::Confirm { correction: None }, "confirmed")),
        "reject" => check_reason(&form.reason).map(|reason| (Triage::Reject { reason }, "rejected")),
        "duplicate" => data_report::parse_row(&form.original)
            .and_then(|n| i64::try_from(n).ok())
            .map(|original| (Triage::DuplicateOf(original), "duplicate"))
            .ok_or_else(|| plaza_i18n::tr("data-report-duplicate-unknown")),
        _ => Err(plaza_i18n::tr("data-report-manage-unknown-action")),
    };
    let (triage, notice) = match checked {
        Ok(checked) => checked,
        Err(problem) => {
            return refuse(
                &state,
                (&triager.current, challenge, triager.organizer),
                format!("report-{id}"),
                problem,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let datasets = state.store.datasets(challenge.id).await?;
    let dataset = datasets.iter().find(|d| d.id == report.dataset_id).ok_or(AppError::NotFound)?;
    let emails = decision_email(&state, challenge, dataset, &report, notice, &triage, 0).await?;
    let by = triager.current.user.id;
    match state.store.triage_report(challenge.id, id, &triage, by, &emails).await {
        Ok(_) => {}
        Err(plaza_store::Error::Refused(refusal)) => {
            return refuse(
                &state,
                (&triager.current, challenge, triager.organizer),
                format!("report-{id}"),
                refusal.to_string(),
                StatusCode::CONFLICT,
            )
            .await;
        }
        Err(fault) => return Err(fault.into()),
    }
    tracing::info!(challenge = challenge.id, report = id, action = notice, "data report triaged");
    Ok(Redirect::to(&format!("/challenges/{}/manage/reports?notice={notice}#report-{id}", challenge.slug))
        .into_response())
}

/// The email telling a reporter what became of their report, in the
/// language they wrote it in.
async fn decision_email(
    state: &AppState,
    challenge: &Challenge,
    dataset: &Dataset,
    report: &DataReport,
    outcome: &str,
    triage: &Triage,
    version: u32,
) -> Result<Vec<OutgoingEmail>, AppError> {
    let Some(reporter) = state.store.user_by_id(report.reporter).await? else { return Ok(Vec::new()) };
    let lang = plaza_i18n::preferred(report.locale.as_deref().or(reporter.locale.as_deref()));
    let challenge_title = state.store.challenge_title_in(challenge, lang).await?;
    let mut translated = dataset.clone();
    if lang != plaza_i18n::default_language() {
        let translations = state.store.content_translations(challenge.id, lang).await?;
        plaza_core::content::translate_dataset_title(&mut translated, &translations);
    }
    let place = plaza_i18n::in_language(lang, || report.place());
    let reason = match triage {
        Triage::Reject { reason } => reason.clone(),
        _ => String::new(),
    };
    let link = state
        .settings
        .link(&format!("/challenges/{}/data/{}/reports#report-{}", challenge.slug, dataset.slug, report.id));
    let message = plaza_mail::emails::DataReportDecided {
        name: &reporter.display_name,
        challenge_title: &challenge_title,
        dataset_title: &translated.title,
        place: &place,
        problem: &report.problem,
        outcome,
        reason: &reason,
        version,
        link: &link,
    };
    let mail = state.emails.render(lang, &reporter.email, &message, None);
    Ok(vec![mail.map_err(|e| AppError::Internal(e.to_string()))?])
}

#[derive(Deserialize)]
pub(crate) struct PublishForm {
    #[serde(default)]
    change_note: String,
}

/// `POST /challenges/{slug}/manage/datasets/{dataset}/corrections`: an
/// organizer publishes the confirmed corrections as the next version of
/// the file. The corrected file is written from the current one, cell by
/// cell, stored, then made current with the version kept and the change
/// log in one transaction.
pub(crate) async fn publish_corrections(
    State(state): State<AppState>,
    target: OrganizerDataset,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> Result<Response, AppError> {
    let challenge = &target.organizer.challenge;
    let dataset = &target.dataset;
    let who = (&target.organizer.current, challenge, true);
    let error_for = format!("dataset-{}", dataset.slug);
    let note = match check_change_note(&form.change_note) {
        Ok(note) => note,
        Err(problem) => return refuse(&state, who, error_for, problem, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let reports: Vec<DataReport> =
        state.store.dataset_reports(dataset.id).await?.into_iter().filter(DataReport::awaits_publishing).collect();
    if reports.is_empty() {
        let problem = plaza_i18n::tr("data-report-nothing-to-publish");
        return refuse(&state, who, error_for, problem, StatusCode::CONFLICT).await;
    }
    let corrections: Vec<Correction> = reports
        .iter()
        .filter_map(|r| {
            Some(Correction { report_id: r.id, row: r.row?, column: r.column.clone(), value: r.correction.clone()? })
        })
        .collect();
    // The corrected file, written beside the current one.
    let reader = state.blobs.open(&dataset.blob.sha256).await?.ok_or_else(|| {
        AppError::Internal(format!("blob {} of dataset {} is missing", dataset.blob.sha256, dataset.id))
    })?;
    let bridge = tokio_util::io::SyncIoBridge::new(reader);
    let written = plaza_i18n::spawn_blocking(move || -> Result<_, AppError> {
        let out = tempfile::NamedTempFile::new().map_err(|e| AppError::Internal(e.to_string()))?;
        let writer = std::io::BufWriter::new(out.reopen().map_err(|e| AppError::Internal(e.to_string()))?);
        let applied = data_report::apply_corrections(std::io::BufReader::new(bridge), writer, &corrections);
        Ok((out, applied))
    })
    .await
    .map_err(|e| AppError::Internal(format!("correcting dataset: {e}")))??;
    let (file, applied) = written;
    let applied = match applied {
        Ok(applied) => applied,
        Err(data_report::ApplyError::Io(message)) => return Err(AppError::Internal(message)),
        Err(refused) => {
            return refuse(&state, who, error_for, refused.to_string(), StatusCode::CONFLICT).await;
        }
    };
    let blob = state.blobs.put_file(file.path()).await?;
    let replacement = Replacement {
        file_name: dataset.file_name.clone(),
        columns: dataset.columns.clone(),
        blob,
        row_count: applied.rows,
        change_note: note.clone(),
    };
    let mut emails =
        crate::organize::datasets::follower_emails(&state, challenge, dataset, &note, applied.rows).await?;
    let next = state.store.dataset_versions(dataset.id).await?.first().map_or(2, |v| v.version + 2);
    for report in &reports {
        let confirm = Triage::Confirm { correction: report.correction.clone() };
        emails.extend(decision_email(&state, challenge, dataset, report, "published", &confirm, next).await?);
    }
    let actor = target.organizer.current.user.id;
    let kept = match state
        .store
        .publish_corrections(
            challenge.id,
            dataset.slug.as_str(),
            &plaza_store::Corrected {
                from_blob: &dataset.blob.sha256,
                replacement: &replacement,
                before: &applied.before,
            },
            &emails,
            actor,
        )
        .await
    {
        Ok(kept) => kept,
        Err(plaza_store::Error::Refused(refusal)) => {
            return refuse(&state, who, error_for, refusal.to_string(), StatusCode::CONFLICT).await;
        }
        Err(fault) => return Err(fault.into()),
    };
    tracing::info!(
        challenge = challenge.id,
        dataset = dataset.id,
        version = kept + 1,
        corrections = reports.len(),
        "corrected dataset version published"
    );
    Ok(Redirect::to(&format!("/challenges/{}/manage/reports?notice=published&version={}", challenge.slug, kept + 1))
        .into_response())
}
