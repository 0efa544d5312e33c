//! How fast Plaza scores a predictions file of a million rows, next to the
//! usual Python way (pandas + scikit-learn).
//!
//! For a binary classification (probabilities, `roc_auc`) and a regression
//! (`rmse`), writes an answers CSV (id, target, `Usage`) and a predictions CSV
//! (rows shuffled) of 1,000,000 rows each in a temporary folder, then times
//! the stages of Plaza's scoring (as `plaza_scorer::pipeline` runs them for
//! every entry): read + parse the answers, read + parse + validate the
//! predictions, the metric on the Public and on the Private rows. Then, if
//! `python3` has pandas and scikit-learn, runs `predictions_1m_pandas.py` on
//! the same files and prints both side by side with the speed-up.
//!
//! Run with `cargo bench -p plaza-core --bench predictions_1m`
//! (`PLAZA_BENCH_RUNS=3` for a quicker pass, `PLAZA_BENCH_ROWS` for another
//! size, `PLAZA_BENCH_ORDER=answers` for predictions in the answers' order
//! instead of shuffled, `PLAZA_BENCH_PYTHON` for another interpreter).
//!
//! A measurement tool, not a test: it exits 0 whatever the timings. It fails
//! only if scoring fails or the two sides disagree on a score (then the
//! comparison means nothing).

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use plaza_core::Metric;
use plaza_core::scoring::{Answers, Scores, parse_predictions, score};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const ID: &str = "id";
const TARGET: &str = "target";
/// The goal: at least this many times faster than pandas + scikit-learn.
const GOAL_SPEEDUP: f64 = 5.0;
/// The scoring contract: metrics agree with scikit-learn to 1e-9 relative.
const AGREEMENT: f64 = 1e-9;
const PANDAS_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/predictions_1m_pandas.py");

/// xorshift64*: reproducible data without a dependency.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal (sum of four uniforms), mean 0, standard deviation 1.
    fn normal(&mut self) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * 3f64.sqrt()
    }
}

/// Writes `answers.csv` and `predictions.csv` for `metric` into `dir`.
///
/// Ids are text (`R0000001`); about 30% of the rows are Public. Predictions
/// come in a shuffled order (the hard case for lookups), or in the answers'
/// order if not `shuffle`. Probabilities have 6 decimals, so many tie (as
/// real ones do), which exercises the tie rule of `roc_auc`.
fn write_files(dir: &Path, metric: Metric, rows: usize, shuffle: bool) -> Result<(PathBuf, PathBuf)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ rows as u64 ^ metric.name().len() as u64);
    let mut answers = String::with_capacity(rows * 24);
    let mut predictions: Vec<String> = Vec::with_capacity(rows);
    answers.push_str(&format!("{ID},{TARGET},Usage\n"));
    for i in 0..rows {
        let id = format!("R{:07}", i + 1);
        let usage = if rng.unit() < 0.3 { "Public" } else { "Private" };
        let prediction = if metric == Metric::RocAuc {
            let positive = rng.unit() < 0.2;
            let score = 1.0 / (1.0 + (-(rng.normal() + if positive { 1.2 } else { -0.4 })).exp());
            writeln!(answers, "{id},{},{usage}", u8::from(positive))?;
            format!("{id},{score:.6}\n")
        } else {
            let truth = 50.0 + 15.0 * rng.normal();
            let guess = truth + 6.0 * rng.normal();
            writeln!(answers, "{id},{truth:.2},{usage}")?;
            format!("{id},{guess:.3}\n")
        };
        predictions.push(prediction);
    }
    if shuffle {
        for i in (1..predictions.len()).rev() {
            let j = (rng.next_u64() % (i as u64 + 1)) as usize;
            predictions.swap(i, j);
        }
    }
    let answers_path = dir.join(format!("answers_{}.csv", metric.name()));
    let predictions_path = dir.join(format!("predictions_{}.csv", metric.name()));
    std::fs::write(&answers_path, answers)?;
    let mut text = format!("{ID},{TARGET}\n");
    text.reserve(predictions.iter().map(String::len).sum());
    predictions.iter().for_each(|line| text.push_str(line));
    std::fs::write(&predictions_path, text)?;
    Ok((answers_path, predictions_path))
}

/// Median seconds of each stage, and of the whole.
#[derive(Debug, Clone, Copy)]
struct Stages {
    answers: f64,
    predictions: f64,
    metric: f64,
    total: f64,
}

fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64()
}

/// Plaza's scoring of one entry, stage by stage, `runs` times.
fn time_plaza(answers_path: &Path, predictions_path: &Path, metric: Metric, runs: usize) -> Result<(Stages, Scores)> {
    let (mut parse_a, mut parse_p, mut metric_t, mut total) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut scores = None;
    for _ in 0..runs {
        let started = Instant::now();
        let bytes = std::fs::read(answers_path)?;
        let answers = Answers::parse(&bytes, ID, TARGET, metric).map_err(|e| format!("answers refused: {e}"))?;
        let parsed = Instant::now();
        let bytes = std::fs::read(predictions_path)?;
        let predictions = parse_predictions(&bytes, &answers).map_err(|e| format!("predictions refused: {e}"))?;
        let validated = Instant::now();
        let result = score(&answers, &predictions)?;
        let scored = Instant::now();
        parse_a.push(parsed - started);
        parse_p.push(validated - parsed);
        metric_t.push(scored - validated);
        total.push(scored - started);
        scores = Some(result);
        // Dropping a million ids is part of the cost of each entry too, but not of any stage.
        drop((answers, predictions));
    }
    let scores = scores.ok_or("no run")?;
    Ok((
        Stages {
            answers: median(parse_a),
            predictions: median(parse_p),
            metric: median(metric_t),
            total: median(total),
        },
        scores,
    ))
}

/// What the Python script reports.
struct Python {
    stages: Stages,
    public: f64,
    private: f64,
    versions: String,
}

fn python() -> String {
    std::env::var("PLAZA_BENCH_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Why pandas + scikit-learn cannot be used here, if they cannot.
fn python_missing() -> Option<String> {
    match Command::new(python()).args(["-c", "import pandas, sklearn"]).output() {
        Ok(out) if out.status.success() => None,
        Ok(out) => {
            let err = String::from_utf8_lossy(&out.stderr);
            Some(err.lines().last().unwrap_or("import failed").to_owned())
        }
        Err(err) => Some(format!("cannot run {}: {err}", python())),
    }
}

fn time_python(answers_path: &Path, predictions_path: &Path, metric: Metric, runs: usize) -> Result<Python> {
    let out = Command::new(python())
        .arg(PANDAS_SCRIPT)
        .arg(answers_path)
        .arg(predictions_path)
        .arg(metric.name())
        .args(["--id", ID, "--target", TARGET, "--runs", &runs.to_string()])
        .output()?;
    if !out.status.success() {
        return Err(format!("{PANDAS_SCRIPT} failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let number =
        |key: &str| json[key].as_f64().ok_or_else(|| format!("{PANDAS_SCRIPT} printed no number '{key}': {json}"));
    Ok(Python {
        stages: Stages {
            answers: number("parse_answers_s")?,
            predictions: number("parse_predictions_s")?,
            metric: number("metric_s")?,
            total: number("total_s")?,
        },
        public: number("public")?,
        private: number("private")?,
        versions: format!(
            "python {}, pandas {}, scikit-learn {}, numpy {}",
            json["python"].as_str().unwrap_or("?"),
            json["pandas"].as_str().unwrap_or("?"),
            json["sklearn"].as_str().unwrap_or("?"),
            json["numpy"].as_str().unwrap_or("?")
        ),
    })
}

fn agree(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= AGREEMENT * a.abs().max(b.abs())
}

fn mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("predictions_1m: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let runs: usize = std::env::var("PLAZA_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
    let rows: usize = std::env::var("PLAZA_BENCH_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let shuffle = std::env::var("PLAZA_BENCH_ORDER").ok().as_deref().map(str::trim) != Some("answers");
    let dir = tempfile::tempdir()?;
    let missing = python_missing();
    let mut disagreements = Vec::new();
    println!(
        "\nScoring a predictions file of {rows} rows, {} (median of {runs} runs per stage; files in {})",
        if shuffle { "in shuffled order" } else { "in the answers' order" },
        dir.path().display()
    );
    println!("Plaza: plaza_core::scoring, as the scoring pipeline runs it for each entry (release build).");
    match &missing {
        None => println!("Baseline: {PANDAS_SCRIPT}"),
        Some(why) => println!(
            "Baseline: not run: {} cannot import pandas and scikit-learn ({why}).\n          \
             Install them with `pip install pandas scikit-learn` (or set PLAZA_BENCH_PYTHON) and run again.",
            python()
        ),
    }
    for metric in [Metric::RocAuc, Metric::Rmse] {
        let (answers_path, predictions_path) = write_files(dir.path(), metric, rows, shuffle)?;
        let (plaza, scores) = time_plaza(&answers_path, &predictions_path, metric, runs)?;
        let baseline = match &missing {
            None => Some(time_python(&answers_path, &predictions_path, metric, runs)?),
            Some(_) => None,
        };
        println!(
            "\n{} ({}): answers {:.1} MB, predictions {:.1} MB",
            metric.name(),
            if metric.is_classification() { "binary classification, probabilities" } else { "regression" },
            mb(&answers_path),
            mb(&predictions_path)
        );
        if let Some(python) = &baseline {
            println!("  {}", python.versions);
        }
        println!("{:<44} {:>12} {:>18} {:>10}", "stage", "Plaza ms", "pandas+sklearn ms", "speed-up");
        let stage = |what: &str, ours: f64, theirs: Option<f64>| match theirs {
            Some(theirs) => println!("{what:<44} {:>12.1} {:>18.1} {:>9.1}×", ours * 1e3, theirs * 1e3, theirs / ours),
            None => println!("{what:<44} {:>12.1} {:>18} {:>10}", ours * 1e3, "-", "-"),
        };
        let py = baseline.as_ref().map(|p| p.stages);
        stage("read + parse answers", plaza.answers, py.map(|s| s.answers));
        stage("read + parse + validate predictions", plaza.predictions, py.map(|s| s.predictions));
        stage("metric, Public and Private rows", plaza.metric, py.map(|s| s.metric));
        stage("whole entry (median of run totals)", plaza.total, py.map(|s| s.total));
        println!("  Plaza rows per second, whole entry: {:.0}", rows as f64 / plaza.total);
        match &baseline {
            Some(python) => {
                let speedup = python.stages.total / plaza.total;
                let verdict = if speedup >= GOAL_SPEEDUP { "met" } else { "NOT met" };
                println!(
                    "  goal: ≥ {GOAL_SPEEDUP:.0}× faster than pandas + scikit-learn; measured {speedup:.1}×: {verdict}"
                );
                for (usage, ours, theirs) in
                    [("Public", scores.public, python.public), ("Private", scores.private, python.private)]
                {
                    let same = agree(ours, theirs);
                    println!(
                        "  {usage:<7} score: Plaza {ours:.15}  scikit-learn {theirs:.15}  relative difference {:.1e}: {}",
                        (ours - theirs).abs() / theirs.abs().max(f64::MIN_POSITIVE),
                        if same { "agree (≤ 1e-9)" } else { "DISAGREE" }
                    );
                    if !same {
                        disagreements.push(format!("{} {usage}: {ours} vs {theirs}", metric.name()));
                    }
                }
            }
            None => {
                println!(
                    "  goal: ≥ {GOAL_SPEEDUP:.0}× faster than pandas + scikit-learn (baseline not run, see above)"
                );
                println!("  Public score {:.15}, Private score {:.15}", scores.public, scores.private);
            }
        }
    }
    if !disagreements.is_empty() {
        return Err(format!("Plaza and scikit-learn disagree: {}", disagreements.join("; ")).into());
    }
    Ok(())
}
