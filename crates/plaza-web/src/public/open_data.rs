//! The challenge's open-data export (`/challenges/{slug}/open-data.zip`):
//! everything residents made public about its data, for anyone to reuse.
//! The list of datasets (with where to download each file and its
//! fingerprint), each dataset's documentation with its corrections and
//! stories, the corrections published, the published stories, the
//! published questions and answers, and the people's choice results of
//! closed votes. Nothing in it is private: no reporter, asker or voter is
//! named, except the names reporters asked to be thanked by.

use std::io::Write;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use plaza_core::csv_export::CsvExport;
use plaza_core::qa::QuestionStatus;
use plaza_core::story::StoryStatus;
use plaza_core::{Challenge, TrackSettings};

use crate::error::AppError;
use crate::extract::paths::ChallengePath;
use crate::render::content::Content;
use crate::state::AppState;

fn csv<I, R, S>(header: &[&str], rows: I) -> Result<Vec<u8>, AppError>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let fail = |e: csv::Error| AppError::Internal(format!("open-data export: {e}"));
    let mut sheet = CsvExport::new();
    sheet.row(header.iter().copied()).map_err(fail)?;
    for row in rows {
        sheet.row(row).map_err(fail)?;
    }
    sheet.finish().map_err(|e| AppError::Internal(format!("open-data export: {e}")))
}

fn utc(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `GET /challenges/{slug}/open-data.zip`
pub(crate) async fn open_data(
    State(state): State<AppState>,
    ChallengePath(mut challenge): ChallengePath,
) -> Result<Response, AppError> {
    let mut content = Content::load(&state, challenge.id).await?;
    content.heading(&mut challenge);
    let mut datasets = state.store.datasets(challenge.id).await?;
    datasets.iter_mut().for_each(|d| content.dataset(d));
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let link = |path: String| state.settings.link(&path);

    files.push((
        "datasets.csv".into(),
        csv(
            &["dataset", "title", "file", "rows", "sha256", "licence", "source", "download", "documentation"],
            datasets.iter().map(|d| {
                let guide = format!("/challenges/{}/data/{}", challenge.slug, d.slug);
                [
                    d.slug.to_string(),
                    d.title.clone(),
                    d.file_name.clone(),
                    d.row_count.to_string(),
                    d.blob.sha256.clone(),
                    d.license.clone(),
                    d.source.clone(),
                    link(format!("{guide}/download")),
                    format!("datasets/{}.md", d.slug),
                ]
            }),
        )?,
    ));
    for dataset in &datasets {
        let md = crate::public::stories::documentation_markdown(&state, &challenge, dataset).await?;
        files.push((format!("datasets/{}.md", dataset.slug), md.into_bytes()));
    }

    let slug_of = |id: i64| datasets.iter().find(|d| d.id == id).map(|d| d.slug.to_string()).unwrap_or_default();
    let reports = state.store.challenge_reports(challenge.id).await?;
    files.push((
        "data_corrections.csv".into(),
        csv(
            &["report", "dataset", "row", "column", "before", "after", "version", "thanks_to"],
            reports.iter().filter(|r| r.corrected_in.is_some()).map(|r| {
                [
                    r.id.to_string(),
                    slug_of(r.dataset_id),
                    r.row.map(|n| n.to_string()).unwrap_or_default(),
                    r.column.clone(),
                    r.before.clone().unwrap_or_default(),
                    r.correction.clone().unwrap_or_default(),
                    r.corrected_in.map(|v| (v + 1).to_string()).unwrap_or_default(),
                    r.credit_name.clone(),
                ]
            }),
        )?,
    ));
    let stories = state.store.challenge_stories(challenge.id).await?;
    files.push((
        "data_stories.csv".into(),
        csv(
            &[
                "story",
                "dataset",
                "title",
                "story_text",
                "place",
                "date_from",
                "date_to",
                "rows",
                "organization",
                "edit_note",
                "published_at",
                "link",
            ],
            stories.iter().filter(|s| s.status == StoryStatus::Published).map(|s| {
                let t = &s.text;
                [
                    s.id.to_string(),
                    slug_of(s.dataset_id),
                    t.title.clone(),
                    t.body.clone(),
                    t.place.clone(),
                    t.date_from.map(|d| d.to_string()).unwrap_or_default(),
                    t.date_to.map(|d| d.to_string()).unwrap_or_default(),
                    t.rows.clone(),
                    t.organization.clone(),
                    s.edit_note.clone(),
                    s.published_at.map(utc).unwrap_or_default(),
                    link(format!("/challenges/{}/data/{}#story-{}", challenge.slug, slug_of(s.dataset_id), s.id)),
                ]
            }),
        )?,
    ));
    let questions = state.store.published_questions(challenge.id).await?;
    files.push((
        "questions.csv".into(),
        csv(
            &["question", "answer", "pinned", "asked_at", "answered_at"],
            questions.iter().filter(|q| q.status == QuestionStatus::Published).map(|q| {
                [
                    q.body.clone(),
                    q.answer.clone(),
                    if q.pinned { "yes".to_owned() } else { "no".to_owned() },
                    utc(q.created_at),
                    q.answered_at.map(utc).unwrap_or_default(),
                ]
            }),
        )?,
    ));
    let now = Utc::now();
    for track in state.store.tracks(challenge.id).await? {
        if !matches!(track.settings, TrackSettings::Ideas { .. }) {
            continue;
        }
        let Some(ballot) = state.store.ballot(track.id).await? else { continue };
        // The count is public only once the vote has closed.
        if ballot.closed(now).is_none() {
            continue;
        }
        let votes = state.store.votes(track.id).await?;
        let ideas = state.store.track_ideas(track.id).await?;
        let title = |id: i64| ideas.iter().find(|i| i.id == id).map(|i| i.fields.title.clone()).unwrap_or_default();
        files.push((
            format!("peoples_choice/{}.csv", track.slug),
            csv(
                &["idea", "title", "votes"],
                plaza_core::vote::tally(&votes, &ballot)
                    .into_iter()
                    .map(|(id, count)| [id.to_string(), title(id), count.to_string()]),
            )?,
        ));
    }
    let readme = readme(&challenge, &files, &state.settings.link(&format!("/challenges/{}", challenge.slug)));
    let zip = zip_files(readme, files)?;
    let name = format!("{}-open-data.zip", challenge.slug);
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/zip")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        zip,
    )
        .into_response())
}

fn readme(challenge: &Challenge, files: &[(String, Vec<u8>)], url: &str) -> String {
    let mut text = format!("# {}\n\n{}\n\n{}\n\n", challenge.title, url, plaza_i18n::tr("open-data-readme-intro"));
    for (name, _) in files {
        let about = match name.as_str() {
            "datasets.csv" => plaza_i18n::tr("open-data-readme-datasets"),
            "data_corrections.csv" => plaza_i18n::tr("open-data-readme-corrections"),
            "data_stories.csv" => plaza_i18n::tr("open-data-readme-stories"),
            "questions.csv" => plaza_i18n::tr("open-data-readme-questions"),
            other if other.starts_with("datasets/") => plaza_i18n::tr("open-data-readme-documentation"),
            _ => plaza_i18n::tr("open-data-readme-peoples-choice"),
        };
        text.push_str(&format!("- `{name}`: {about}\n"));
    }
    text.push_str(&format!("\n{}\n", plaza_i18n::tr("open-data-readme-licence")));
    text
}

fn zip_files(readme: String, files: Vec<(String, Vec<u8>)>) -> Result<Vec<u8>, AppError> {
    let fail = |e: zip::result::ZipError| AppError::Internal(format!("open-data export: {e}"));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, bytes) in std::iter::once(("README.md".to_owned(), readme.into_bytes())).chain(files) {
        zip.start_file(path, options).map_err(fail)?;
        zip.write_all(&bytes).map_err(|e| AppError::Internal(format!("open-data export: {e}")))?;
    }
    Ok(zip.finish().map_err(fail)?.into_inner())
}
