//! How fast `plaza score` scores a predictions file of a million rows, as a
//! whole process, next to the same work done by a polars script and by a
//! pandas + scikit-learn script, all from one run on the same files.
//!
//! Writes a bundle with two predictions tracks, a binary classification
//! (probabilities, `roc_auc`) and a regression (`rmse`), each with an answers
//! file (id, target, `Usage`) and a predictions file (rows shuffled) of
//! 1,000,000 rows. Then, for each track, runs the release `plaza score`
//! binary, `score_1m_polars.py` and `../plaza-core/benches/predictions_1m_pandas.py`
//! (`--runs 1`) on the same files, each as its own process, timing the wall
//! time from start to exit and reading the peak memory (maximum resident set
//! size) from `/usr/bin/time`. Prints both sides, the ratios and whether the
//! goals are met: at least 3× faster than polars and 10× faster than pandas +
//! scikit-learn, with less peak memory than either.
//!
//! Run with `cargo bench -p plaza --bench score_1m` (`PLAZA_BENCH_RUNS` runs
//! per side, 3 by default, median reported; `PLAZA_BENCH_ROWS` for another
//! size; `PLAZA_BENCH_PYTHON` for another interpreter; `PLAZA_BENCH_DIR` to
//! write the files there and keep them, for a profiler). A Python side whose
//! packages are missing is skipped with a note ("skipped: polars not
//! installed"); install them with `pip install polars pandas scikit-learn`.
//!
//! A measurement, not a test: it exits 0 whatever the timings. It fails only
//! if a side fails to score or the sides disagree on a score (then the
//! comparison means nothing).

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const PLAZA: &str = env!("CARGO_BIN_EXE_plaza");
const POLARS_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/score_1m_polars.py");
const PANDAS_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../plaza-core/benches/predictions_1m_pandas.py");
const TIME: &str = "/usr/bin/time";
/// Metrics agree with scikit-learn to 1e-9 relative.
const AGREEMENT: f64 = 1e-9;
const GOAL_POLARS: f64 = 3.0;
const GOAL_PANDAS: f64 = 10.0;

/// xorshift64*: reproducible data without a dependency.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal (sum of four uniforms), mean 0, standard deviation 1.
    fn normal(&mut self) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * 3f64.sqrt()
    }
}

/// One predictions track of the bundle.
struct Track {
    slug: &'static str,
    metric: &'static str,
    answers: PathBuf,
    predictions: PathBuf,
}

/// Writes a track's answers and shuffled predictions, as in
/// `plaza-core/benches/predictions_1m.rs`: text ids, about 30% Public rows,
/// probabilities with 6 decimals (so many tie) or numbers.
fn write_track(dir: &Path, slug: &'static str, metric: &'static str, rows: usize) -> Result<Track> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ rows as u64 ^ metric.len() as u64);
    let mut answers = String::with_capacity(rows * 24);
    let mut predictions: Vec<String> = Vec::with_capacity(rows);
    answers.push_str("id,target,Usage\n");
    for i in 0..rows {
        let id = format!("R{:07}", i + 1);
        let usage = if rng.unit() < 0.3 { "Public" } else { "Private" };
        if metric == "roc_auc" {
            let positive = rng.unit() < 0.2;
            let score = 1.0 / (1.0 + (-(rng.normal() + if positive { 1.2 } else { -0.4 })).exp());
            writeln!(answers, "{id},{},{usage}", u8::from(positive))?;
            predictions.push(format!("{id},{score:.6}\n"));
        } else {
            let truth = 50.0 + 15.0 * rng.normal();
            let guess = truth + 6.0 * rng.normal();
            writeln!(answers, "{id},{truth:.2},{usage}")?;
            predictions.push(format!("{id},{guess:.3}\n"));
        }
    }
    for i in (1..predictions.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        predictions.swap(i, j);
    }
    let answers_path = dir.join(format!("hidden/answers_{metric}.csv"));
    std::fs::write(&answers_path, answers)?;
    let mut text = String::from("id,target\n");
    text.reserve(predictions.iter().map(String::len).sum());
    predictions.iter().for_each(|line| text.push_str(line));
    let predictions_path = dir.join(format!("predictions_{metric}.csv"));
    std::fs::write(&predictions_path, text)?;
    Ok(Track { slug, metric, answers: answers_path, predictions: predictions_path })
}

fn write_bundle(dir: &Path, rows: usize) -> Result<Vec<Track>> {
    std::fs::create_dir_all(dir.join("hidden"))?;
    std::fs::write(dir.join("README.md"), "# A million rows\n\nScore them.\n")?;
    let tracks = vec![write_track(dir, "classify", "roc_auc", rows)?, write_track(dir, "regress", "rmse", rows)?];
    let mut manifest = String::from(
        "slug = \"score-1m\"\ntitle = \"A million rows\"\nsummary = \"Scoring speed.\"\n\
         description = \"README.md\"\nhost = \"Bench City\"\n\
         opens_at = \"2026-01-01T00:00:00Z\"\ncloses_at = \"2027-01-01T00:00:00Z\"\n",
    );
    for track in &tracks {
        write!(
            manifest,
            "\n[[tracks]]\nslug = \"{}\"\nkind = \"predictions\"\ntitle = \"{}\"\nmetric = \"{}\"\n\
             id_column = \"id\"\ntarget_column = \"target\"\nanswers = \"hidden/answers_{}.csv\"\n",
            track.slug, track.metric, track.metric, track.metric
        )?;
    }
    std::fs::write(dir.join("challenge.toml"), manifest)?;
    Ok(tracks)
}

/// One process run: wall seconds, peak memory in MB (if known), its stdout.
struct Run {
    seconds: f64,
    peak_mb: Option<f64>,
    stdout: Vec<u8>,
}

/// Runs `program args` to its end, under `/usr/bin/time` when there is one
/// (for the peak memory of the process and its children).
fn run(program: &str, args: &[&str], dir: &Path) -> Result<Run> {
    let rss_file = dir.join("peak_rss.txt");
    let has_time = Path::new(TIME).exists();
    let mut command = if has_time {
        let mut c = Command::new(TIME);
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(program);
        c
    } else {
        Command::new(program)
    };
    command.args(args).env("RUST_LOG", "warn");
    let started = Instant::now();
    let out = command.output()?;
    let seconds = started.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!("{program} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let peak_mb = if has_time {
        let text = std::fs::read_to_string(&rss_file)?;
        text.lines().last().and_then(|l| l.trim().parse::<f64>().ok()).map(|kb| kb / 1024.0)
    } else {
        None
    };
    Ok(Run { seconds, peak_mb, stdout: out.stdout })
}

/// Median wall time and median peak memory of `runs` runs, and the scores.
struct Side {
    seconds: f64,
    peak_mb: Option<f64>,
    public: f64,
    private: f64,
    version: String,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn side(runs: usize, dir: &Path, program: &str, args: &[&str], scores: &[&str; 2], version: &[&str]) -> Result<Side> {
    let (mut seconds, mut peaks, mut last) = (Vec::new(), Vec::new(), None);
    for _ in 0..runs {
        let run = run(program, args, dir)?;
        seconds.push(run.seconds);
        peaks.extend(run.peak_mb);
        last = Some(run.stdout);
    }
    let json: serde_json::Value = serde_json::from_slice(&last.ok_or("no run")?)?;
    let number = |key: &str| json[key].as_f64().ok_or_else(|| format!("{program} printed no number '{key}': {json}"));
    let version = version.iter().map(|key| format!("{key} {}", json[key].as_str().unwrap_or("?"))).collect::<Vec<_>>();
    Ok(Side {
        seconds: median(seconds),
        peak_mb: (!peaks.is_empty()).then(|| median(peaks)),
        public: number(scores[0])?,
        private: number(scores[1])?,
        version: version.join(", "),
    })
}

fn python() -> String {
    std::env::var("PLAZA_BENCH_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Why `python3` cannot import `modules`, if it cannot.
fn python_missing(modules: &str) -> Option<String> {
    match Command::new(python()).args(["-c", &format!("import {modules}")]).output() {
        Ok(out) if out.status.success() => None,
        Ok(_) => Some(format!("{modules} not installed")),
        Err(err) => Some(format!("cannot run {}: {err}", python())),
    }
}

fn agree(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= AGREEMENT * a.abs().max(b.abs())
}

fn mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

fn main() -> std::process::ExitCode {
    match bench() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("score_1m: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn bench() -> Result<()> {
    let runs: usize = std::env::var("PLAZA_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let rows: usize = std::env::var("PLAZA_BENCH_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    // Kept for profiling when asked: `PLAZA_BENCH_DIR=/some/dir`.
    let bundle =
        std::env::var_os("PLAZA_BENCH_DIR").map_or_else(|| dir.path().to_owned(), PathBuf::from).join("bundle");
    let tracks = write_bundle(&bundle, rows)?;
    let polars_missing = python_missing("polars");
    let pandas_missing = python_missing("pandas, sklearn");
    println!(
        "\n`plaza score` on {rows} rows, whole process, against polars and pandas + scikit-learn on the same files"
    );
    println!(
        "(median of {runs} runs per side; peak memory is the maximum resident set size; files in {})",
        bundle.display()
    );
    println!("Plaza: {PLAZA}");
    let mut disagreements = Vec::new();
    for track in &tracks {
        println!(
            "\n{} ({}): answers {:.1} MB, predictions {:.1} MB",
            track.metric,
            if track.metric == "roc_auc" { "binary classification, probabilities" } else { "regression" },
            mb(&track.answers),
            mb(&track.predictions)
        );
        let (answers, predictions) = (
            track.answers.to_str().ok_or("path is not UTF-8")?,
            track.predictions.to_str().ok_or("path is not UTF-8")?,
        );
        let bundle_path = bundle.to_str().ok_or("path is not UTF-8")?;
        let plaza = side(
            runs,
            dir.path(),
            PLAZA,
            &["score", "--challenge", bundle_path, "--track", track.slug, predictions],
            &["public_score", "private_score"],
            &[],
        )?;
        let python = python();
        let polars = match &polars_missing {
            None => Some(side(
                runs,
                dir.path(),
                &python,
                &[POLARS_SCRIPT, answers, predictions, track.metric, "--id", "id", "--target", "target"],
                &["public", "private"],
                &["python", "polars"],
            )?),
            Some(_) => None,
        };
        let pandas = match &pandas_missing {
            None => Some(side(
                runs,
                dir.path(),
                &python,
                &[PANDAS_SCRIPT, answers, predictions, track.metric, "--id", "id", "--target", "target", "--runs", "1"],
                &["public", "private"],
                &["python", "pandas", "sklearn", "numpy"],
            )?),
            Some(_) => None,
        };
        let peak = |s: &Side| s.peak_mb.map_or("-".to_owned(), |m| format!("{m:.0}"));
        println!("  {:<26} {:>10} {:>14} {:>22}", "", "wall ms", "peak MB", "Plaza is … faster");
        println!("  {:<26} {:>10.0} {:>14} {:>22}", "plaza score", plaza.seconds * 1e3, peak(&plaza), "");
        for (name, other, goal, missing) in [
            ("polars", &polars, GOAL_POLARS, &polars_missing),
            ("pandas + scikit-learn", &pandas, GOAL_PANDAS, &pandas_missing),
        ] {
            let Some(other) = other else {
                println!("  {name:<26} skipped: {}", missing.as_deref().unwrap_or("not run"));
                continue;
            };
            let ratio = other.seconds / plaza.seconds;
            println!("  {name:<26} {:>10.0} {:>14} {:>21.1}×", other.seconds * 1e3, peak(other), ratio);
            let memory = match (plaza.peak_mb, other.peak_mb) {
                (Some(ours), Some(theirs)) => {
                    format!(
                        "peak memory {:.2}× theirs: {}",
                        ours / theirs,
                        if ours < theirs { "below" } else { "NOT below" }
                    )
                }
                _ => "peak memory not measured".to_owned(),
            };
            println!(
                "    goal ≥ {goal:.0}× faster: {}; {memory} ({})",
                if ratio >= goal { "met" } else { "NOT met" },
                other.version
            );
            for (usage, ours, theirs) in
                [("Public", plaza.public, other.public), ("Private", plaza.private, other.private)]
            {
                if !agree(ours, theirs) {
                    disagreements.push(format!("{} {usage}: Plaza {ours} vs {name} {theirs}", track.metric));
                }
            }
        }
        println!(
            "  scores: Public {:.12}, Private {:.12} (every side agrees to 1e-9 unless listed below)",
            plaza.public, plaza.private
        );
    }
    if !disagreements.is_empty() {
        return Err(format!("the sides disagree: {}", disagreements.join("; ")).into());
    }
    Ok(())
}
