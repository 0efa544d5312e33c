//! Residents report problems with a dataset: the form (with a search of the
//! file's rows), and the public page of a dataset's reports with their
//! state, the counts by column, the time to triage and the change log of
//! the corrections published.

use std::collections::BTreeMap;

use axum::extract::{FromRequest, Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::data_report::{
    self, DataReport, FieldProblem, FoundRow, MAX_CREDIT_NAME, MAX_HOW_KNOWN, MAX_PROBLEM, MAX_SEARCH, MAX_SHOULD_BE,
    REPORTS_PER_HOUR, ReportDraft, ReportScope, ReportStatus, SEARCHES_PER_HOUR, check_report,
};
use plaza_core::{Challenge, Dataset};
use plaza_store::NewReport;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::{ClientKey, CurrentUser, PageContext, Viewer};
use crate::extract::paths::ChallengePath;
use crate::extract::picture_form::{self, clean_picture, read_picture_form};
use crate::public::pages::guide_dataset;
use crate::render::views::{ChallengeView, DatasetView};
use crate::state::AppState;

/// The largest photo a report may carry.
pub const MAX_PHOTO_BYTES: usize = picture_form::MAX_PICTURE_BYTES;
/// Rows a search reads at most: the rest of a very large file is not searched.
const MAX_SEARCHED_ROWS: u64 = 2_000_000;

/// Reads the dataset's file on a blocking thread with `read`.
async fn with_file<T: Send + 'static>(
    state: &AppState,
    dataset: &Dataset,
    read: impl FnOnce(std::io::BufReader<tokio_util::io::SyncIoBridge<plaza_store::blobs::BlobReader>>) -> T
    + Send
    + 'static,
) -> Result<T, AppError> {
    let reader = state.blobs.open(&dataset.blob.sha256).await?.ok_or_else(|| {
        AppError::Internal(format!("blob {} of dataset {} is missing", dataset.blob.sha256, dataset.id))
    })?;
    let bridge = tokio_util::io::SyncIoBridge::new(reader);
    plaza_i18n::spawn_blocking(move || read(std::io::BufReader::new(bridge)))
        .await
        .map_err(|e| AppError::Internal(format!("reading dataset {}: {e}", dataset.id)))
}

#[derive(Serialize)]
struct FormView {
    scope: String,
    row: String,
    column: String,
    problem: String,
    should_be: String,
    how_known: String,
    credit: bool,
    credit_name: String,
}

#[derive(Serialize)]
struct ReportFormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    dataset: DatasetView,
    signed_in: bool,
    sign_in_url: String,
    form_url: String,
    reports_url: String,
    /// The search typed, and the rows it found.
    query: String,
    searched: bool,
    headers: Vec<String>,
    found: Vec<FoundRow>,
    /// The row chosen, as it is in the file now.
    chosen: Option<FoundRow>,
    column_names: Vec<String>,
    form: FormView,
    problems: Vec<FieldProblem>,
    max_problem: usize,
    max_should_be: usize,
    max_how_known: usize,
    max_credit_name: usize,
    max_search: usize,
    photo_mb: usize,
}

#[derive(Deserialize, Default)]
pub(crate) struct FormQuery {
    q: Option<String>,
    row: Option<String>,
    column: Option<String>,
}

fn column_names(dataset: &Dataset, headers: &[String]) -> Vec<String> {
    if headers.is_empty() { dataset.columns.iter().map(|c| c.name.clone()).collect() } else { headers.to_vec() }
}

async fn form_page(
    state: &AppState,
    viewer: &Viewer,
    challenge: &Challenge,
    dataset: &Dataset,
    query: &str,
    form: FormView,
) -> Result<ReportFormPage, AppError> {
    let query: String = query.chars().take(MAX_SEARCH).collect();
    let row = data_report::parse_row(&form.row);
    let (search, wanted) = (query.clone(), row);
    let (headers, found, chosen) =
        with_file(state, dataset, move |file| data_report::find_rows(file, &search, wanted, MAX_SEARCHED_ROWS))
            .await?
            .unwrap_or_default();
    let dataset_view = DatasetView::new(challenge, dataset);
    let form_url = format!("{}/report", dataset_view.guide_url);
    Ok(ReportFormPage {
        page: viewer
            .page(state, plaza_i18n::tr_with("data-report-form-title", &[("name", dataset.title.as_str().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        signed_in: viewer.user.is_some(),
        sign_in_url: format!("/sign-in?next={form_url}"),
        reports_url: format!("{}/reports", dataset_view.guide_url),
        form_url,
        searched: !query.trim().is_empty(),
        query,
        column_names: column_names(dataset, &headers),
        headers,
        found,
        chosen,
        dataset: dataset_view,
        form,
        problems: Vec::new(),
        max_problem: MAX_PROBLEM,
        max_should_be: MAX_SHOULD_BE,
        max_how_known: MAX_HOW_KNOWN,
        max_credit_name: MAX_CREDIT_NAME,
        max_search: MAX_SEARCH,
        photo_mb: MAX_PHOTO_BYTES >> 20,
    })
}

/// `GET /challenges/{slug}/data/{dataset}/report`: the form, with a search
/// of the rows (`?q=`) and a row chosen (`?row=`).
pub(crate) async fn show_report_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientKey(client): ClientKey,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
    Query(query): Query<FormQuery>,
) -> Result<Response, AppError> {
    let (dataset, _) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let row = query.row.unwrap_or_default();
    // A search, or a row looked up, reads the file: a bounded number an hour
    // for each connection, so that nobody can keep the server reading.
    let reads_file = query.q.as_deref().is_some_and(|q| !q.trim().is_empty()) || !row.trim().is_empty();
    if reads_file
        && !state
            .store
            .rate_limit(&format!("data-search:{client}"), chrono::Duration::hours(1), SEARCHES_PER_HOUR)
            .await?
    {
        return Err(AppError::TooManyRequests(plaza_i18n::tr_with(
            "data-report-search-too-many",
            &[("count", SEARCHES_PER_HOUR.into())],
        )));
    }
    let form = FormView {
        scope: if row.is_empty() { String::new() } else { ReportScope::Row.name().to_owned() },
        row,
        column: query.column.unwrap_or_default(),
        problem: String::new(),
        should_be: String::new(),
        how_known: String::new(),
        credit: false,
        credit_name: viewer.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default(),
    };
    let page = form_page(&state, &viewer, &challenge, &dataset, query.q.as_deref().unwrap_or_default(), form).await?;
    Ok(Html(state.templates.render("pages/public/report_form.html", &page)?).into_response())
}

/// `POST /challenges/{slug}/data/{dataset}/report`: a signed-in resident
/// reports a problem, with an optional photo (cleaned of its metadata).
/// The form is read field by field within bounds, its token first.
pub(crate) async fn send_report(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    let multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::CsrfRejected)?;
    let form = read_picture_form(multipart, &current.csrf, "photo", MAX_PROBLEM * 4 + 64).await?;
    let draft = ReportDraft {
        scope: form.field("scope"),
        row: form.field("row"),
        column: form.field("column"),
        problem: form.field("problem"),
        should_be: form.field("should_be"),
        how_known: form.field("how_known"),
        credit: form.field("credit"),
        credit_name: form.field("credit_name"),
    };
    let mut problems: Vec<FieldProblem> = Vec::new();
    let photo = form.picture.unwrap_or_else(|| {
        problems.push(FieldProblem { field: "photo", message: picture_form::too_large() });
        Vec::new()
    });
    if challenge.is_draft() {
        return Err(AppError::Conflict(plaza_core::challenge::draft_refusal()));
    }
    let (dataset, _) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let headers = with_file(&state, &dataset, |file| data_report::find_rows(file, "", None, 0)).await?;
    let columns = column_names(&dataset, &headers.map(|(h, _, _)| h).unwrap_or_default());
    let checked = check_report(&draft, &columns, dataset.row_count);
    let checked = match checked {
        Ok(checked) => Some(checked),
        Err(found) => {
            problems.extend(found);
            None
        }
    };
    // The photo: a picture by its first bytes, cleaned of its metadata.
    let mut cleaned = None;
    if !photo.is_empty() {
        match clean_picture(photo).await? {
            Ok(picture) => cleaned = Some(picture),
            Err(message) => problems.push(FieldProblem { field: "photo", message }),
        }
    }
    let (Some(report), true) = (checked, problems.is_empty()) else {
        if !photo_problem_only(&problems) && cleaned.is_some() {
            problems.push(FieldProblem { field: "photo", message: plaza_i18n::tr("data-report-photo-not-kept") });
        }
        let viewer = current.viewer();
        let form = FormView {
            scope: draft.scope.clone(),
            row: draft.row.chars().take(40).collect(),
            column: draft.column.chars().take(200).collect(),
            problem: draft.problem.clone(),
            should_be: draft.should_be.clone(),
            how_known: draft.how_known.clone(),
            credit: draft.credit == "yes",
            credit_name: draft.credit_name.chars().take(MAX_CREDIT_NAME * 2).collect(),
        };
        let mut page = form_page(&state, &viewer, &challenge, &dataset, "", form).await?;
        page.problems = problems;
        let html = state.templates.render("pages/public/report_form.html", &page)?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let bucket = format!("data-report:{}", current.user.id.0);
    if !state.store.rate_limit(&bucket, chrono::Duration::hours(1), u64::from(REPORTS_PER_HOUR)).await? {
        return Err(AppError::TooManyRequests(plaza_i18n::tr_with(
            "data-report-too-many",
            &[("count", REPORTS_PER_HOUR.into())],
        )));
    }
    // The picture is stored before the row that points at it.
    let photo = match cleaned {
        Some((bytes, content_type)) => Some((state.blobs.put_bytes(&bytes).await?.sha256, content_type)),
        None => None,
    };
    let new = NewReport {
        dataset_id: dataset.id,
        reporter: current.user.id,
        report,
        photo,
        blob_sha256: dataset.blob.sha256.clone(),
        locale: Some(plaza_i18n::current().to_owned()),
    };
    let saved = state.store.send_data_report(challenge.id, &new).await?;
    tracing::info!(challenge = challenge.id, dataset = dataset.id, report = saved.id, "data report sent");
    Ok(Redirect::to(&format!(
        "/challenges/{}/data/{}/reports?notice=sent#report-{}",
        challenge.slug, dataset.slug, saved.id
    ))
    .into_response())
}

fn photo_problem_only(problems: &[FieldProblem]) -> bool {
    problems.iter().all(|p| p.field == "photo")
}

/// A report as the public page shows it.
#[derive(Serialize)]
struct ReportView {
    id: i64,
    place: String,
    status: &'static str,
    status_label: String,
    sent: String,
    /// What the reporter wrote, once someone looked at it (or to its reporter).
    problem: String,
    should_be: String,
    reason: String,
    duplicate_of: Option<i64>,
    correction: String,
    corrected_in: Option<u32>,
    yours: bool,
    photo_url: String,
}

/// One published version's corrections, for the change log.
#[derive(Serialize)]
struct ChangeView {
    version: u32,
    corrections: Vec<CorrectionView>,
}

#[derive(Serialize)]
struct CorrectionView {
    id: i64,
    place: String,
    before: String,
    after: String,
    thanks: String,
}

#[derive(Serialize)]
struct ColumnCount {
    column: String,
    count: usize,
}

#[derive(Serialize)]
struct ReportsPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    dataset: DatasetView,
    report_url: String,
    reports: Vec<ReportView>,
    changes: Vec<ChangeView>,
    counts: Vec<ColumnCount>,
    waiting: usize,
    triaged: usize,
    triage_time: String,
    sent: bool,
}

/// The change log of a dataset: the corrections in each published version,
/// newest first, thanking reporters who agreed to be named.
pub(crate) fn change_log(reports: &[DataReport]) -> Vec<(u32, Vec<&DataReport>)> {
    let mut versions: BTreeMap<u32, Vec<&DataReport>> = BTreeMap::new();
    for report in reports {
        if let Some(version) = report.corrected_in {
            versions.entry(version).or_default().push(report);
        }
    }
    versions.into_iter().rev().collect()
}

#[derive(Deserialize, Default)]
pub(crate) struct NoticeQuery {
    notice: Option<String>,
}

/// `GET /challenges/{slug}/data/{dataset}/reports`
pub(crate) async fn show_reports(
    State(state): State<AppState>,
    viewer: Viewer,
    ChallengePath(mut challenge): ChallengePath,
    Path((_, dataset_slug)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let (dataset, content) = guide_dataset(&state, &mut challenge, &dataset_slug).await?;
    let reports = state.store.dataset_reports(dataset.id).await?;
    let viewer_id = viewer.user.as_ref().map(|u| u.id);
    let dataset_view = DatasetView::new(&challenge, &dataset);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut waits = Vec::new();
    for report in &reports {
        if !report.column.is_empty() {
            *counts.entry(report.column.clone()).or_default() += 1;
        }
        if let Some(triaged) = report.triaged_at {
            waits.push(triaged - report.created_at);
        }
    }
    let mut counts: Vec<ColumnCount> =
        counts.into_iter().map(|(column, count)| ColumnCount { column, count }).collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.column.cmp(&b.column)));
    let changes = change_log(&reports)
        .into_iter()
        .map(|(version, corrected)| ChangeView {
            version: version + 1,
            corrections: corrected
                .into_iter()
                .map(|r| CorrectionView {
                    id: r.id,
                    place: r.place(),
                    before: r.before.clone().unwrap_or_default(),
                    after: r.correction.clone().unwrap_or_default(),
                    thanks: if r.credit_name.is_empty() {
                        String::new()
                    } else {
                        plaza_i18n::tr_with("data-report-thanks", &[("name", r.credit_name.as_str().into())])
                    },
                })
                .collect(),
        })
        .collect();
    let views = reports
        .iter()
        .rev()
        .map(|r| {
            let yours = viewer_id == Some(r.reporter);
            // What a resident wrote is public once the organizers looked at it.
            let shown = yours || r.status != ReportStatus::Waiting;
            ReportView {
                id: r.id,
                place: r.place(),
                status: r.status.name(),
                status_label: r.status.label(),
                sent: challenge.timeline.moment(r.created_at),
                problem: if shown { r.problem.clone() } else { String::new() },
                should_be: if shown { r.should_be.clone() } else { String::new() },
                reason: r.reason.clone(),
                duplicate_of: r.duplicate_of,
                correction: r.correction.clone().unwrap_or_default(),
                corrected_in: r.corrected_in.map(|v| v + 1),
                yours,
                photo_url: if yours && r.photo.is_some() {
                    format!("{}/reports/{}/photo", dataset_view.guide_url, r.id)
                } else {
                    String::new()
                },
            }
        })
        .collect();
    let triage_time = match data_report::median_triage_hours(&waits) {
        None => String::new(),
        Some(0) => plaza_i18n::tr("data-report-triage-under-hour"),
        Some(hours) if hours < 48 => plaza_i18n::tr_with("data-report-triage-hours", &[("hours", hours.into())]),
        Some(hours) => plaza_i18n::tr_with("data-report-triage-days", &[("days", ((hours + 23) / 24).into())]),
    };
    let mut page_context =
        viewer.page(&state, plaza_i18n::tr_with("data-reports-title", &[("name", dataset.title.as_str().into())]));
    content.note_on(&mut page_context);
    let page = ReportsPage {
        page: page_context,
        challenge: ChallengeView::new(&challenge, Utc::now()),
        report_url: format!("{}/report", dataset_view.guide_url),
        dataset: dataset_view,
        waiting: reports.iter().filter(|r| r.status == ReportStatus::Waiting).count(),
        triaged: waits.len(),
        reports: views,
        changes,
        counts,
        triage_time,
        sent: query.notice.as_deref() == Some("sent"),
    };
    Ok(Html(state.templates.render("pages/public/reports.html", &page)?).into_response())
}

/// `GET /challenges/{slug}/data/{dataset}/reports/{report}/photo`: a
/// report's photo, to its reporter and to the people who triage reports.
pub(crate) async fn show_report_photo(
    State(state): State<AppState>,
    current: CurrentUser,
    ChallengePath(challenge): ChallengePath,
    Path((_, dataset_slug, id)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let report = state.store.data_report(challenge.id, id).await?.ok_or(AppError::NotFound)?;
    let dataset = state.store.dataset(challenge.id, &dataset_slug).await?.ok_or(AppError::NotFound)?;
    if report.dataset_id != dataset.id {
        return Err(AppError::NotFound);
    }
    let allowed = report.reporter == current.user.id
        || crate::organize::data_reports::triages(&state, &current.user, challenge.id).await?;
    let Some((sha256, content_type)) = report.photo.filter(|_| allowed) else {
        return Err(AppError::NotFound);
    };
    let bytes = state.blobs.read_head(&sha256, MAX_PHOTO_BYTES + 1).await?.ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, max-age=3600".to_owned()),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
