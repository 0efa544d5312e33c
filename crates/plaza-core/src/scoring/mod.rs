//! Scoring a predictions entry: the hidden answers of a track, the entrant's
//! predictions checked against them, and the metric worked out separately on
//! the Public rows (the leaderboard during the challenge) and the Private rows
//! (the final ranking).
//!
//! Everything here works on bytes the caller has already read, so the scorer,
//! the CLI and tests share exactly the same rules. The metrics agree with
//! scikit-learn to 1e-9 relative (see `tests/golden/make_golden.py`).
//!
//! How cells become values, for every metric:
//! - **Labels** (`accuracy`, `balanced_accuracy`, `f1_macro`) may be any text.
//!   Cells are trimmed; a cell that reads as a finite number is compared as that
//!   number (`1`, `1.0` and `01` are one label), `true`/`false` in any case are
//!   the numbers 1 and 0, and any other text is compared exactly, case included
//!   (`Cat` and `cat` are two labels). This is what scikit-learn does on a CSV
//!   read with pandas, which turns numeric and boolean columns into numbers.
//! - **Yes/no** targets and predictions (`f1`, `precision`, `recall`, and the
//!   targets of `roc_auc` and `log_loss`): 0, 1, `true` or `false` (any case, and
//!   any spelling of the numbers 0 and 1, such as `1.0`); 1 is the positive class.
//! - **Probabilities** (predictions for `roc_auc` and `log_loss`): numbers in [0, 1].
//! - **Numbers** (`rmse`, `mae`, `r2`, `rmsle`): finite numbers; `rmsle` refuses
//!   negative ones.

mod answers;
mod errors;
mod ids;
mod input;
mod labels;
pub(crate) mod metrics;
mod predictions;
mod sample;
mod spreadsheet;
pub(crate) mod values;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use answers::Answers;
pub use errors::{MetricError, PredictionErrors};
pub use input::{MAX_COLUMNS, MAX_LINE_BYTES};
pub use metrics::{compute, compute_labels};
pub use predictions::{EXTRA_ROWS, Predictions, ReadPredictions, parse_predictions, parse_read_predictions};
pub use sample::{sample_file, sample_for, sample_prediction};
pub use spreadsheet::{SPREADSHEET_MESSAGE, Spreadsheet, spreadsheet_kind, spreadsheet_message};

/// The column of an answers file that says which leaderboard a row counts for.
pub const USAGE_COLUMN: &str = "Usage";

/// Which leaderboard an answer row counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Usage {
    /// Shown on the public leaderboard while the challenge is open.
    Public,
    /// Kept back to decide the final ranking.
    Private,
}

impl Usage {
    pub const ALL: [Usage; 2] = [Usage::Public, Usage::Private];

    /// The value in the answers file's `Usage` column.
    pub fn name(self) -> &'static str {
        match self {
            Usage::Public => "Public",
            Usage::Private => "Private",
        }
    }

    /// Parses the exact (trimmed) value of the `Usage` column.
    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.name() == input.trim())
    }
}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An entry's score on each set of rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub public: f64,
    pub private: f64,
}

/// Scores predictions on the Public rows and on the Private rows.
///
/// `predictions` must come from [`parse_predictions`] with these `answers`.
pub fn score(answers: &Answers, predictions: &Predictions) -> Result<Scores, MetricError> {
    let metric = answers.metric();
    if predictions.len() != answers.len() {
        return Err(MetricError::LengthMismatch { metric, truth: answers.len(), predictions: predictions.len() });
    }
    let on = |usage: Usage| {
        let (rows, truth) = answers.subset(usage);
        let values = predictions.values();
        let predicted: Vec<f64> = rows.iter().map(|&row| values[row]).collect();
        compute(metric, truth, &predicted).map_err(|err| err.among(usage))
    };
    if answers.len() < PARALLEL_ROWS {
        return Ok(Scores { public: on(Usage::Public)?, private: on(Usage::Private)? });
    }
    // Large files: the Public and the Private rows are scored at once.
    let (public, private) = both(|| on(Usage::Public), || on(Usage::Private));
    Ok(Scores { public: public?, private: private? })
}

/// Runs `first` on a thread of its own while `second` runs on this one, and
/// returns both results (a panic in either is the caller's panic).
pub(crate) fn both<A: Send, B>(first: impl FnOnce() -> A + Send, second: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let first = scope.spawn(first);
        let second = second();
        (first.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), second)
    })
}

/// From this many answer rows, [`score`] works out the two scores on two threads.
const PARALLEL_ROWS: usize = 100_000;
