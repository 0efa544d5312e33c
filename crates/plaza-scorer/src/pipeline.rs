//! The one scoring pipeline, shared by the workers and `plaza score`.

use std::sync::Arc;

use plaza_core::scoring::{
    Answers, PredictionErrors, Predictions, ReadPredictions, parse_predictions, parse_read_predictions, score,
};
use plaza_core::{CaseResult, Limits, Metric, TrackSettings, Verdict};
use plaza_sandbox::{COMPILE_TIME_LIMIT, RunInput, RunLimits, Sandbox};
use plaza_store::ScoreResult;

use crate::error::{PlatformError, Result};

/// Largest stderr kept from a run (for the logs, never shown to entrants).
const STDERR_BYTES: usize = 64 * 1024;

/// One hidden case of a code track.
#[derive(Debug, Clone)]
pub struct CaseData {
    pub input: Vec<u8>,
    pub answers: Vec<u8>,
}

/// Everything needed to score entries of one track.
#[derive(Debug, Clone)]
pub struct TrackData {
    pub settings: TrackSettings,
    /// Predictions tracks: the hidden answers, parsed once for many entries
    /// (see [`parse_answers`]).
    pub answers: Option<Arc<Answers>>,
    /// Code tracks: the hidden cases.
    pub cases: Vec<CaseData>,
    /// Code tracks: the challenge's public files, as `/data/public/<name>`.
    pub public_files: Vec<(String, Vec<u8>)>,
}

fn answers(bytes: &[u8], metric: Metric, id_column: &str, target_column: &str) -> Result<Answers> {
    Answers::parse(bytes, id_column, target_column, metric).map_err(|e| PlatformError::Answers(e.to_string()))
}

/// Parses a predictions track's hidden answers for [`TrackData::answers`].
/// Answers that cannot be used are Plaza's (or the organizer's) problem.
pub fn parse_answers(settings: &TrackSettings, bytes: &[u8]) -> Result<Answers> {
    match settings {
        TrackSettings::Predictions { metric, id_column, target_column, .. } => {
            answers(bytes, *metric, id_column, target_column)
        }
        _ => Err(PlatformError::Missing("only predictions tracks have one answers file".into())),
    }
}

fn invalid(message: String, cases: Vec<CaseResult>) -> ScoreResult {
    ScoreResult {
        verdict: Verdict::InvalidOutput,
        public_score: None,
        private_score: None,
        message,
        cases,
        stderr: String::new(),
    }
}

/// Scores one entry. Entrant mistakes become a verdict; Plaza's (or the
/// organizer's) problems are errors, so that the entry does not count.
pub async fn evaluate(track: &TrackData, entry: &[u8], sandbox: Option<&Sandbox>) -> Result<ScoreResult> {
    match &track.settings {
        TrackSettings::Predictions { .. } => {
            let answers =
                track.answers.as_deref().ok_or_else(|| PlatformError::Missing("the answers were not loaded".into()))?;
            score_predictions(answers, entry, Vec::new())
        }
        TrackSettings::Code { metric, id_column, target_column, limits, .. } => {
            let sandbox = sandbox.ok_or_else(|| PlatformError::Sandbox("this worker cannot run programs".into()))?;
            run_program(track, *metric, id_column, target_column, limits, entry, sandbox).await
        }
        TrackSettings::Ideas { .. } => Err(PlatformError::Missing("ideas are judged by people, not scored".into())),
    }
}

/// Scores a predictions entry against its track's answers (CPU work only).
pub fn score_predictions(answers: &Answers, entry: &[u8], cases: Vec<CaseResult>) -> Result<ScoreResult> {
    scored(answers, parse_predictions(entry, answers), cases)
}

/// Scores a predictions entry read before its track's answers were parsed
/// (`plaza score`, which overlaps the two): the same result as [`evaluate`].
pub fn score_read_predictions(answers: &Answers, entry: &ReadPredictions) -> Result<ScoreResult> {
    scored(answers, parse_read_predictions(entry, answers), Vec::new())
}

fn scored(
    answers: &Answers,
    parsed: std::result::Result<Predictions, PredictionErrors>,
    cases: Vec<CaseResult>,
) -> Result<ScoreResult> {
    let predictions = match parsed {
        Ok(predictions) => predictions,
        Err(errors) => return Ok(invalid(errors.to_string(), cases)),
    };
    let scores = score(answers, &predictions).map_err(|e| PlatformError::Metric(e.to_string()))?;
    Ok(ScoreResult {
        verdict: Verdict::Ok,
        public_score: Some(scores.public),
        private_score: Some(scores.private),
        message: String::new(),
        cases,
        stderr: String::new(),
    })
}

/// What the entrant reads when a program's output on a hidden case is not a
/// valid predictions file. It names no value from the output or the case:
/// the program may have printed hidden data (its input, say) where ids go,
/// and the detailed problems would show it back. The details go to the
/// organizers' log with stderr.
fn refused_output_message(case: usize, problems: usize, id_column: &str, target_column: &str) -> String {
    plaza_i18n::tr_with(
        "scoring-pipeline-refused-output",
        &[
            ("case", case.into()),
            ("problems", problems.into()),
            ("id_column", id_column.into()),
            ("target_column", target_column.into()),
        ],
    )
}

async fn run_program(
    track: &TrackData,
    metric: Metric,
    id_column: &str,
    target_column: &str,
    limits: &Limits,
    entry: &[u8],
    sandbox: &Sandbox,
) -> Result<ScoreResult> {
    // Bounded before compiling, one compile at a time, on a blocking thread, under a time limit.
    let compiled = sandbox
        .compile_bounded(entry.to_vec(), COMPILE_TIME_LIMIT)
        .await
        .map_err(|e| PlatformError::Sandbox(e.to_string()))?;
    let program = match compiled {
        Ok(program) => program,
        Err(err) => {
            return Ok(ScoreResult {
                verdict: Verdict::CompileError,
                public_score: None,
                private_score: None,
                message: err.to_string(),
                cases: Vec::new(),
                stderr: String::new(),
            });
        }
    };
    let data = tempfile::tempdir()?;
    let public = data.path().join("public");
    tokio::fs::create_dir_all(&public).await?;
    for (name, bytes) in &track.public_files {
        tokio::fs::write(public.join(name), bytes).await?;
    }
    let run_limits = RunLimits {
        time: std::time::Duration::from_millis(limits.time_ms),
        memory_bytes: limits.memory_mb * 1024 * 1024,
        stdout_bytes: (limits.output_kb * 1024) as usize,
        stderr_bytes: STDERR_BYTES,
    };
    let mut cases = Vec::new();
    let mut scores = Vec::new();
    let mut stderr = String::new();
    for (index, case) in track.cases.iter().enumerate() {
        tokio::fs::write(data.path().join("input.csv"), &case.input).await?;
        let input = RunInput { stdin: case.input.clone(), data_dir: Some(data.path().to_path_buf()) };
        // A host failure (not the entrant's fault) is a platform error.
        let outcome =
            sandbox.try_run(&program, &input, &run_limits).await.map_err(|e| PlatformError::Sandbox(e.to_string()))?;
        let elapsed_ms = outcome.elapsed.as_millis().min(u128::from(u64::MAX)) as u64;
        if !outcome.stderr.is_empty() {
            stderr.push_str(&format!("--- case {} ---\n{}\n", index + 1, String::from_utf8_lossy(&outcome.stderr)));
        }
        if outcome.verdict != Verdict::Ok {
            cases.push(CaseResult {
                case: index + 1,
                verdict: outcome.verdict,
                message: outcome.verdict.explanation().to_owned(),
                elapsed_ms,
            });
            return Ok(ScoreResult {
                verdict: outcome.verdict,
                public_score: None,
                private_score: None,
                message: plaza_i18n::tr_with(
                    "scoring-pipeline-case",
                    &[("case", (index + 1).into()), ("problem", outcome.verdict.explanation().into())],
                ),
                cases,
                stderr,
            });
        }
        let case_answers = answers(&case.answers, metric, id_column, target_column)?;
        let predictions = match parse_predictions(&outcome.stdout, &case_answers) {
            Ok(predictions) => predictions,
            Err(errors) => {
                let problems = errors.total();
                let message =
                    plaza_i18n::tr_with("scoring-pipeline-case-refused-output", &[("problems", problems.into())]);
                cases.push(CaseResult { case: index + 1, verdict: Verdict::InvalidOutput, message, elapsed_ms });
                stderr.push_str(&format!(
                    "--- case {}: why Plaza refused the output (organizers only) ---\n{errors}\n",
                    index + 1
                ));
                return Ok(ScoreResult {
                    stderr,
                    ..invalid(refused_output_message(index + 1, problems, id_column, target_column), cases)
                });
            }
        };
        let case_scores = score(&case_answers, &predictions).map_err(|e| PlatformError::Metric(e.to_string()))?;
        cases.push(CaseResult { case: index + 1, verdict: Verdict::Ok, message: String::new(), elapsed_ms });
        scores.push((case_scores.public, case_scores.private));
    }
    // Several cases: each case's score, averaged.
    let count = scores.len().max(1) as f64;
    let public = scores.iter().map(|s| s.0).sum::<f64>() / count;
    let private = scores.iter().map(|s| s.1).sum::<f64>() / count;
    Ok(ScoreResult {
        verdict: Verdict::Ok,
        public_score: Some(public),
        private_score: Some(private),
        message: String::new(),
        cases,
        stderr,
    })
}
