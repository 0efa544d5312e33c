//! What a predictions track gives a resident to start from: a sample
//! submission file (`sample.csv`: the right header, every id to predict and
//! one constant prediction) and the public file to predict from.
//!
//! The sample is built from the hidden answers, but holds only their ids,
//! which are public anyway: an entrant must predict every one of them. No
//! target, `Usage` or statistic of the targets leaves the answers.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use plaza_core::scoring::{Answers, sample_for};
use plaza_core::{Challenge, Dataset, Track, TrackSettings};
use serde::Serialize;
use tokio::io::AsyncReadExt;

use crate::error::AppError;
use crate::extract::paths::TrackPath;
use crate::public::leaderboard_files::attachment;
use crate::state::AppState;

/// How much of a public file is read to find its header when its data
/// dictionary does not name the id column.
const HEADER_BYTES: usize = 64 * 1024;

/// The address of a track's sample file.
pub(crate) fn sample_url(challenge: &Challenge, track: &Track) -> String {
    format!("/challenges/{}/tracks/{}/sample.csv", challenge.slug, track.slug)
}

/// What a request for the sample file of a code or ideas track is told.
fn no_sample(track: &Track) -> String {
    let title = track.title.to_string();
    match track.settings {
        TrackSettings::Code { .. } => {
            plaza_i18n::tr_with("web-public-sample-file-code-track", &[("track", title.into())])
        }
        _ => plaza_i18n::tr_with("web-public-sample-file-ideas-track", &[("track", title.into())]),
    }
}

pub(crate) async fn sample_csv(
    axum::extract::State(state): axum::extract::State<AppState>,
    TrackPath { challenge, track }: TrackPath,
) -> Result<Response, AppError> {
    let TrackSettings::Predictions { metric, id_column, target_column, answers, .. } = &track.settings else {
        return Ok((StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], no_sample(&track))
            .into_response());
    };
    // The same answers, columns and metric give the same file: build it
    // once, not on every download (a public address must not make the
    // server parse a large answers file again and again).
    let key = format!("{}|{id_column}|{target_column}|{}", answers.sha256, metric.name());
    let sample = match state.samples.get(track.id, &key) {
        Some(sample) => sample,
        None => {
            let _building = state.samples.building.lock().await;
            match state.samples.get(track.id, &key) {
                Some(sample) => sample,
                None => {
                    let built = build_sample(&state, &track, answers, *metric, id_column, target_column).await?;
                    let sample = Bytes::from(built);
                    state.samples.put(track.id, key, sample.clone());
                    sample
                }
            }
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, attachment(&format!("{}-{}-sample.csv", challenge.slug, track.slug))),
            (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        sample,
    )
        .into_response())
}

/// Reads the answers and writes the sample file from their ids.
async fn build_sample(
    state: &AppState,
    track: &Track,
    answers: &plaza_core::BlobRef,
    metric: plaza_core::Metric,
    id_column: &str,
    target_column: &str,
) -> Result<Vec<u8>, AppError> {
    let track_id = track.id;
    let mut reader =
        state.blobs.open(&answers.sha256).await?.ok_or_else(|| {
            AppError::Internal(format!("answers blob {} of track {track_id} is missing", answers.sha256))
        })?;
    let mut bytes = Vec::with_capacity(usize::try_from(answers.size).unwrap_or(0).min(64 << 20));
    reader
        .read_to_end(&mut bytes)
        .await
        .map_err(|e| AppError::Internal(format!("answers of track {track_id}: {e}")))?;
    let (id_column, target_column) = (id_column.to_owned(), target_column.to_owned());
    // Parsed with the scorer's own rules, so that the ids are exactly the
    // ones a predictions file is checked against.
    tokio::task::spawn_blocking(move || {
        let answers = Answers::parse(&bytes, &id_column, &target_column, metric)
            .map_err(|e| AppError::Internal(format!("answers of track {track_id} do not parse: {e}")))?;
        sample_for(&answers).map_err(|e| AppError::Internal(format!("sample of track {track_id}: {e}")))
    })
    .await
    .map_err(|e| AppError::Internal(format!("sample of track {track_id}: {e}")))?
}

/// Sample files built recently, one per track, each with the answers,
/// columns and metric it was built from. Only one is built at a time.
#[derive(Default)]
pub struct SampleCache {
    samples: Mutex<HashMap<i64, (String, Bytes)>>,
    building: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for SampleCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SampleCache").finish_non_exhaustive()
    }
}

impl SampleCache {
    fn get(&self, track: i64, key: &str) -> Option<Bytes> {
        let samples = self.samples.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        samples.get(&track).filter(|(built_from, _)| built_from == key).map(|(_, sample)| sample.clone())
    }

    fn put(&self, track: i64, key: String, sample: Bytes) {
        let mut samples = self.samples.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        samples.insert(track, (key, sample));
    }
}

/// A public file to predict from, as the track page links it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PredictFrom {
    pub title: String,
    pub file_name: String,
    pub guide_url: String,
    pub download_url: String,
}

/// Whether a file name or title suggests the rows to predict.
fn suggests_test(dataset: &Dataset) -> bool {
    [dataset.slug.as_str(), dataset.file_name.as_str(), dataset.title.as_str()]
        .iter()
        .any(|name| name.to_lowercase().contains("test"))
}

/// Whether a public dataset has the id column, by its data dictionary or,
/// failing that, by its header line.
async fn has_column(state: &AppState, dataset: &Dataset, column: &str) -> Result<bool, AppError> {
    if dataset.columns.iter().any(|c| c.name == column) {
        return Ok(true);
    }
    let Some(head) = state.blobs.read_head(&dataset.blob.sha256, HEADER_BYTES).await? else { return Ok(false) };
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let Some(first) = head.split(|&b| b == b'\n').next() else { return Ok(false) };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(first);
    Ok(reader.records().next().and_then(Result::ok).is_some_and(|r| r.iter().any(|cell| cell.trim() == column)))
}

/// The public files to predict from on a scored track: those with the
/// track's id column; of several, the ones whose name suggests the test
/// rows, else all of them. Ideas tracks have none.
pub(crate) async fn predict_from(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
) -> Result<Vec<PredictFrom>, AppError> {
    let (TrackSettings::Predictions { id_column, .. } | TrackSettings::Code { id_column, .. }) = &track.settings else {
        return Ok(Vec::new());
    };
    let mut matching = Vec::new();
    for dataset in state.store.datasets(challenge.id).await? {
        if has_column(state, &dataset, id_column).await? {
            matching.push(dataset);
        }
    }
    if matching.len() > 1 && matching.iter().any(suggests_test) {
        matching.retain(suggests_test);
    }
    // Chosen by their titles as written; shown in the reader's language.
    let mut content = crate::render::content::Content::load(state, challenge.id).await?;
    Ok(matching
        .iter()
        .map(|d| {
            let view = crate::render::views::DatasetView::new(challenge, d);
            let mut shown = d.clone();
            content.dataset_title(&mut shown);
            PredictFrom {
                title: shown.title,
                file_name: d.file_name.clone(),
                guide_url: view.guide_url,
                download_url: view.download_url,
            }
        })
        .collect())
}
