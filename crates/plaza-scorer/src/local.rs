//! `plaza score`: the same pipeline on a bundle folder, with no database or
//! server, so that organizers can test a bundle before publishing it.

use std::path::Path;
use std::sync::Arc;

use plaza_core::TrackSettings;
use plaza_core::bundle::{BundleSource, TrackSpecKind};
use plaza_core::scoring::ReadPredictions;
use plaza_sandbox::{Sandbox, SandboxConfig};
use plaza_store::DirBundle;
use serde::Serialize;

use crate::pipeline::{CaseData, TrackData, evaluate, parse_answers, score_read_predictions};

/// What `plaza score` prints.
#[derive(Debug, Serialize)]
pub struct LocalReport {
    pub verdict: &'static str,
    pub public_score: Option<f64>,
    pub private_score: Option<f64>,
    pub message: String,
    pub cases: Vec<plaza_core::CaseResult>,
    /// Code tracks: what the program wrote to stderr and why Plaza refused its
    /// output, which entrants never see (it can hold hidden data) but the
    /// organizer testing a bundle needs.
    pub organizer_log: String,
}

/// Why scoring could not run at all (a usage or bundle problem).
#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    #[error("{0}")]
    Usage(String),
    #[error("the bundle has problems:\n{0}")]
    Bundle(String),
    #[error("{0}")]
    Platform(#[from] crate::error::PlatformError),
}

/// Scores `entry` on track `track_slug` of the bundle in `bundle_dir`.
pub async fn score_local(bundle_dir: &Path, track_slug: &str, entry: &Path) -> Result<LocalReport, LocalError> {
    let source = DirBundle::open(bundle_dir).map_err(|e| LocalError::Usage(e.to_string()))?;
    let entry = std::fs::read(entry).map_err(|e| LocalError::Usage(format!("cannot read {}: {e}", entry.display())))?;
    // On a predictions track, the entry is read on a second thread while the
    // check parses the answers; scoring then only looks its rows up.
    let (checked, read_entry, entry) = {
        let source = source.clone();
        let track_slug = track_slug.to_owned();
        tokio::task::spawn_blocking(move || {
            let columns = plaza_core::bundle::prediction_columns(&source, &track_slug);
            let mut entry = Some(entry);
            std::thread::scope(|scope| {
                let reading = columns.and_then(|columns| entry.take().map(|entry| (columns, entry))).map(
                    |((id_column, target_column), entry)| {
                        scope.spawn(move || ReadPredictions::read(entry, &id_column, &target_column))
                    },
                );
                let checked = plaza_core::bundle::check_track(&source, &track_slug);
                let read_entry = reading.and_then(|reading| reading.join().ok());
                (checked, read_entry, entry)
            })
        })
        .await
        .map_err(|e| LocalError::Usage(e.to_string()))?
    };
    let checked = checked.map_err(|problems| {
        LocalError::Bundle(problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))
    })?;
    let bundle = &checked.manifest;
    let Some(track) = bundle.tracks.iter().find(|t| t.slug.as_str() == track_slug) else {
        let slugs: Vec<&str> = bundle.tracks.iter().map(|t| t.slug.as_str()).collect();
        return Err(LocalError::Usage(format!(
            "the bundle has no track '{track_slug}' (its tracks: {})",
            slugs.join(", ")
        )));
    };
    let read = |path: &str| source.read(path).map_err(|e| LocalError::Usage(format!("{path}: {e}")));
    let placeholder = plaza_core::BlobRef { sha256: String::new(), size: 0 };
    let mut data = TrackData {
        settings: TrackSettings::Ideas { judges_per_entry: 0, criteria: Vec::new(), questions: Vec::new() },
        answers: None,
        cases: Vec::new(),
        public_files: Vec::new(),
    };
    let mut sandbox = None;
    match &track.kind {
        TrackSpecKind::Predictions { metric, id_column, target_column, answers, daily_limit, final_selections } => {
            data.settings = TrackSettings::Predictions {
                metric: *metric,
                id_column: id_column.clone(),
                target_column: target_column.clone(),
                answers: placeholder,
                daily_limit: *daily_limit,
                final_selections: *final_selections,
            };
            data.answers = Some(Arc::new(match checked.answers {
                Some(parsed) => parsed,
                // The check read the file its own way: parse it as scoring does, to say why not.
                None => parse_answers(&data.settings, &read(answers)?)?,
            }));
        }
        TrackSpecKind::Code { metric, id_column, target_column, cases, limits, daily_limit, final_selections } => {
            data.settings = TrackSettings::Code {
                metric: *metric,
                id_column: id_column.clone(),
                target_column: target_column.clone(),
                cases: Vec::new(),
                limits: *limits,
                daily_limit: *daily_limit,
                final_selections: *final_selections,
            };
            for case in cases {
                data.cases.push(CaseData { input: read(&case.input)?, answers: read(&case.answers)? });
            }
            for dataset in &bundle.datasets {
                let name = dataset.file.rsplit('/').next().unwrap_or(&dataset.file).to_owned();
                data.public_files.push((name, read(&dataset.file)?));
            }
            sandbox = Some(
                Sandbox::new(SandboxConfig::default())
                    .map_err(|e| LocalError::Usage(format!("cannot start the sandbox: {e}")))?,
            );
        }
        TrackSpecKind::Ideas { .. } => {
            return Err(LocalError::Usage(format!(
                "track '{track_slug}' is an ideas track: judges score it, not plaza score"
            )));
        }
    }
    let result = match (&read_entry, &data.answers, &entry) {
        (Some(read_entry), Some(answers), _) => score_read_predictions(answers, read_entry)?,
        (Some(read_entry), None, _) => evaluate(&data, read_entry.bytes(), sandbox.as_ref()).await?,
        (None, _, Some(entry)) => evaluate(&data, entry, sandbox.as_ref()).await?,
        (None, _, None) => return Err(LocalError::Usage("reading the entry stopped unexpectedly".into())),
    };
    Ok(LocalReport {
        verdict: result.verdict.name(),
        public_score: result.public_score,
        private_score: result.private_score,
        message: result.message,
        cases: result.cases,
        organizer_log: result.stderr,
    })
}
