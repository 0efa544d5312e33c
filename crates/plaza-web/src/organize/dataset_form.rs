//! One dataset in the browser: organizers describe it (title, licence,
//! source, description, caveats and the data dictionary, under a bundle's
//! limits), see its first rows and its earlier files, replace its file
//! and, while nobody has entered the challenge, remove it. Every change is
//! audited per field (`datasets.<slug>.<field>`).

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::ColumnType;
use plaza_core::dataset_edit::{
    Description, DescriptionDraft, MAX_CHANGE_NOTE, check_description, description_changes, fingerprint, licence_choice,
};
use plaza_core::sniff::Encoding;
use plaza_store::AuditedEdit;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::extract::auth::PageContext;
use crate::extract::csrf::CsrfForm;
use crate::organize::dataset_upload::MAX_DATASET_BYTES;
use crate::organize::datasets::OrganizerDataset;
use crate::organize::details::EditView;
use crate::public::pages::{Preview, preview};
use crate::render::views::{ChallengeView, DatasetView};
use crate::state::AppState;

/// The most bytes the description form is read up to: every text field at
/// its longest (a bundle's MAX_TEXT), URL-encoded from four UTF-8 bytes a
/// character, for the fields and a few hundred columns.
pub const DATASET_FORM_BYTES: usize = 4 * 1024 * 1024;

/// A problem shown at the top of the page, linked to its field.
#[derive(Serialize, Clone)]
pub(crate) struct FormProblem {
    field: String,
    message: String,
}

impl FormProblem {
    pub(crate) fn file(message: String) -> Self {
        FormProblem { field: "file".into(), message }
    }

    pub(crate) fn change_note(message: String) -> Self {
        FormProblem { field: "change_note".into(), message }
    }
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    label: String,
}

#[derive(Serialize)]
struct ColumnForm {
    n: usize,
    name: String,
    column_type: String,
    description: String,
}

#[derive(Serialize)]
struct FormView {
    title: String,
    license: String,
    license_other: String,
    source: String,
    description: String,
    caveats: String,
}

#[derive(Serialize)]
struct VersionView {
    version: u32,
    file_name: String,
    rows: String,
    replaced: String,
    who: String,
    change_note: String,
    download_url: String,
}

#[derive(Serialize)]
struct DatasetFormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    dataset: DatasetView,
    manage_url: String,
    form: FormView,
    columns: Vec<ColumnForm>,
    licences: Vec<Choice>,
    types: Vec<Choice>,
    seen: String,
    problems: Vec<FormProblem>,
    /// Sentences after an upload, a replacement or a save.
    notes: Vec<String>,
    preview: Option<Preview>,
    versions: Vec<VersionView>,
    edits: Vec<EditView>,
    can_remove: bool,
    change_note: String,
    max_change_note: usize,
    max_megabytes: u64,
}

/// `GET /challenges/{slug}/manage/datasets/{dataset}`
pub(crate) async fn show_dataset_form(
    State(state): State<AppState>,
    target: OrganizerDataset,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let description = Description::from(&target.dataset);
    let mut page = form_page(&state, &target, &draft_of(&description)).await?;
    page.notes = notes(query.as_deref().unwrap_or_default(), target.organizer.challenge.is_draft());
    render(&state, &page, StatusCode::OK)
}

/// The form as the page fills it from a saved description.
fn draft_of(description: &Description) -> DescriptionDraft {
    let (license, license_other) = licence_choice(&description.license);
    DescriptionDraft {
        title: description.title.clone(),
        license,
        license_other,
        source: description.source.clone(),
        description: description.description.clone(),
        caveats: description.caveats.clone(),
        columns: description.columns.iter().map(|c| (c.column_type.name().to_owned(), c.description.clone())).collect(),
    }
}

/// The sentences the query of a redirect asks for: only known notices,
/// encodings and delimiters; numbers as numbers.
fn notes(query: &str, draft: bool) -> Vec<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut notes = Vec::new();
    match get("notice") {
        Some("added") => notes.push(plaza_i18n::tr("web-organize-dataset-form-added")),
        Some("replaced") => {
            let version = get("version").and_then(|v| v.parse::<u32>().ok()).unwrap_or(1);
            notes.push(plaza_i18n::tr_with(
                "web-organize-dataset-form-replaced",
                &[("version", version.to_string().into())],
            ));
            let removed: Vec<&str> =
                pairs.iter().filter(|(k, _)| k == "removed").map(|(_, v)| v.as_str()).take(20).collect();
            if !removed.is_empty() {
                notes.push(plaza_i18n::tr_with(
                    "web-organize-dataset-form-columns-removed",
                    &[("columns", removed.join(", ").into())],
                ));
            }
        }
        Some("saved") if draft => notes.push(plaza_i18n::tr("web-organize-dataset-form-saved-draft")),
        Some("saved") => notes.push(plaza_i18n::tr("web-organize-dataset-form-saved")),
        _ => return notes,
    }
    let encoding = match get("encoding") {
        Some("latin1") => Encoding::Windows1252.note(),
        Some("bom") => Encoding::Utf8Bom.note(),
        _ => None,
    };
    notes.extend(encoding);
    let delimiter = match get("delimiter") {
        Some("semicolon") => Some("web-organize-dataset-form-separated-by-semicolons"),
        Some("tab") => Some("web-organize-dataset-form-separated-by-tabs"),
        Some("bar") => Some("web-organize-dataset-form-separated-by-bars"),
        _ => None,
    };
    if let Some(id) = delimiter {
        notes.push(plaza_i18n::tr(id));
    }
    if let Some(rows) = get("rows").and_then(|v| v.parse::<u64>().ok()) {
        notes.push(plaza_i18n::tr_with(
            "web-organize-dataset-form-rows",
            &[("rows", crate::render::views::thousands(rows).into())],
        ));
    }
    notes
}

async fn form_page(
    state: &AppState,
    target: &OrganizerDataset,
    draft: &DescriptionDraft,
) -> Result<DatasetFormPage, AppError> {
    let challenge = &target.organizer.challenge;
    let dataset = &target.dataset;
    let zone = challenge.timeline.zone;
    let guide = format!("/challenges/{}/data/{}", challenge.slug, dataset.slug);
    let versions = state
        .store
        .dataset_versions(dataset.id)
        .await?
        .into_iter()
        .map(|v| VersionView {
            download_url: format!("{guide}/versions/{}/download", v.version),
            version: v.version,
            file_name: v.file_name,
            rows: crate::render::views::thousands(v.row_count),
            replaced: zone.moment(v.replaced_at),
            who: v.replaced_by,
            change_note: v.change_note,
        })
        .collect();
    let prefix = format!("datasets.{}", dataset.slug);
    let edits = state
        .store
        .challenge_edits(challenge.id)
        .await?
        .into_iter()
        .filter(|edit| edit.field == prefix || edit.field.starts_with(&format!("{prefix}.")))
        .map(|edit| {
            let field = edit.field.strip_prefix(&format!("{prefix}.")).unwrap_or(&edit.field).to_owned();
            EditView::new(edit, zone, field)
        })
        .collect();
    let columns = dataset
        .columns
        .iter()
        .enumerate()
        .map(|(n, column)| {
            let (column_type, description) = draft.columns.get(n).cloned().unwrap_or_default();
            ColumnForm { n, name: column.name.clone(), column_type, description }
        })
        .collect();
    Ok(DatasetFormPage {
        page: target
            .organizer
            .current
            .viewer()
            .page(state, plaza_i18n::tr_with("title-describe", &[("name", dataset.title.to_string().into())])),
        challenge: ChallengeView::new(challenge, Utc::now()),
        dataset: DatasetView::new(challenge, dataset),
        manage_url: format!("/challenges/{}/manage/datasets/{}", challenge.slug, dataset.slug),
        form: FormView {
            title: draft.title.clone(),
            license: draft.license.clone(),
            license_other: draft.license_other.clone(),
            source: draft.source.clone(),
            description: draft.description.clone(),
            caveats: draft.caveats.clone(),
        },
        columns,
        licences: plaza_core::dataset_edit::licence_choices()
            .into_iter()
            .map(|(value, label)| Choice { value, label })
            .collect(),
        types: ColumnType::ALL.iter().map(|t| Choice { value: t.name(), label: t.label() }).collect(),
        seen: fingerprint(dataset),
        problems: Vec::new(),
        notes: Vec::new(),
        preview: preview(state, dataset).await?,
        versions,
        edits,
        can_remove: !state.store.challenge_has_entries(challenge.id).await?,
        change_note: String::new(),
        max_change_note: MAX_CHANGE_NOTE,
        max_megabytes: MAX_DATASET_BYTES >> 20,
    })
}

fn render(state: &AppState, page: &DatasetFormPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/dataset.html", page)?)).into_response())
}

/// The page with the saved description and one problem (a refused
/// replacement keeps its change note).
pub(crate) async fn render_with_problem(
    state: &AppState,
    target: &OrganizerDataset,
    problem: FormProblem,
    change_note: String,
    status: StatusCode,
) -> Result<Response, AppError> {
    let mut page = form_page(state, target, &draft_of(&Description::from(&target.dataset))).await?;
    page.problems = vec![problem];
    page.change_note = change_note;
    render(state, &page, status)
}

#[derive(Deserialize)]
pub(crate) struct DescribeForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    license: String,
    #[serde(default)]
    license_other: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    caveats: String,
    #[serde(default)]
    seen: String,
    /// `columns-<n>-type` and `columns-<n>-description`.
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

/// `POST /challenges/{slug}/manage/datasets/{dataset}`: saves the description.
pub(crate) async fn describe_dataset(
    State(state): State<AppState>,
    target: OrganizerDataset,
    CsrfForm(form): CsrfForm<DescribeForm, DATASET_FORM_BYTES>,
) -> Result<Response, AppError> {
    let dataset = &target.dataset;
    let field = |n: usize, part: &str| form.rest.get(&format!("columns-{n}-{part}")).cloned().unwrap_or_default();
    let draft = DescriptionDraft {
        title: form.title.clone(),
        license: form.license.clone(),
        license_other: form.license_other.clone(),
        source: form.source.clone(),
        description: form.description.clone(),
        caveats: form.caveats.clone(),
        columns: (0..dataset.columns.len()).map(|n| (field(n, "type"), field(n, "description"))).collect(),
    };
    let description = match check_description(&draft, &dataset.columns) {
        Ok(description) => description,
        Err(problems) => {
            let mut page = form_page(&state, &target, &draft).await?;
            page.seen = form.seen;
            page.problems = problems.into_iter().map(|p| FormProblem { field: p.field, message: p.message }).collect();
            return render(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    let before = Description::from(dataset);
    let edits: Vec<AuditedEdit> = description_changes(dataset.slug.as_str(), &before, &description)
        .into_iter()
        .map(|(field, before, after)| AuditedEdit { field, before, after })
        .collect();
    let challenge = &target.organizer.challenge;
    if !edits.is_empty() {
        let saved = state
            .store
            .describe_dataset(
                challenge.id,
                dataset.slug.as_str(),
                &form.seen,
                &description,
                &edits,
                target.organizer.current.user.id,
            )
            .await;
        match saved {
            Ok(()) => {}
            Err(plaza_store::Error::Refused(refusal)) => {
                // Show what is saved now (someone else's change).
                let current =
                    state.store.dataset(challenge.id, dataset.slug.as_str()).await?.ok_or(AppError::NotFound)?;
                let target = OrganizerDataset { organizer: target.organizer, dataset: current };
                let problem = FormProblem { field: "title".into(), message: refusal.to_string() };
                return render_with_problem(&state, &target, problem, String::new(), StatusCode::CONFLICT).await;
            }
            Err(fault) => return Err(fault.into()),
        }
        tracing::info!(challenge = challenge.id, dataset = dataset.id, fields = edits.len(), "dataset described");
    }
    Ok(Redirect::to(&format!("/challenges/{}/manage/datasets/{}?notice=saved", challenge.slug, dataset.slug))
        .into_response())
}

#[derive(Deserialize)]
pub(crate) struct RemoveForm {}

/// `POST /challenges/{slug}/manage/datasets/{dataset}/remove`: only while
/// nobody has entered the challenge.
pub(crate) async fn remove_dataset(
    State(state): State<AppState>,
    target: OrganizerDataset,
    CsrfForm(_form): CsrfForm<RemoveForm>,
) -> Result<Response, AppError> {
    let challenge = &target.organizer.challenge;
    match state.store.remove_dataset(challenge.id, target.dataset.slug.as_str(), target.organizer.current.user.id).await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/challenges/{}/manage/datasets?removed=1", challenge.slug)).into_response())
        }
        Err(plaza_store::Error::Refused(refusal)) => {
            let problem = FormProblem { field: "remove".into(), message: refusal.to_string() };
            render_with_problem(&state, &target, problem, String::new(), StatusCode::CONFLICT).await
        }
        Err(fault) => Err(fault.into()),
    }
}

/// A long value in the audit, cut to its first 200 characters.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_say_only_what_the_page_knows() {
        let added = notes("notice=added&encoding=latin1&delimiter=semicolon&rows=1234", false);
        assert_eq!(added.len(), 4, "{added:?}");
        assert!(added[1].contains("Latin-1"));
        assert!(added[2].contains("separated by semicolons"));
        assert_eq!(added[3], "The file has 1,234 rows of data.");
        assert!(notes("notice=anything&rows=3", false).is_empty());
        let replaced = notes("notice=replaced&version=2&removed=a&removed=b%2Cc", false);
        assert!(replaced[0].contains("version 2"));
        assert!(replaced[1].ends_with("data dictionary: a, b,c."), "{replaced:?}");
    }
}
