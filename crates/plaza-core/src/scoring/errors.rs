//! Why a file could not be scored, and why a metric could not be worked out.

use std::fmt;

use super::Usage;
use crate::metric::Metric;

/// The problems found in an answers or predictions file, each naming its line
/// where it has one. Only the first [`PredictionErrors::MAX_LISTED`] are kept,
/// so that a file with a million bad rows yields a short message; the rest are
/// counted in `more`.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictionErrors {
    pub problems: Vec<String>,
    pub more: usize,
}

impl PredictionErrors {
    /// At most this many problems are listed.
    pub const MAX_LISTED: usize = 20;

    /// The number of problems found, listed or not.
    pub fn total(&self) -> usize {
        self.problems.len() + self.more
    }
}

impl fmt::Display for PredictionErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(problem)?;
        }
        if self.more > 0 {
            if !self.problems.is_empty() {
                f.write_str("\n")?;
            }
            let s = if self.more == 1 { "" } else { "s" };
            write!(f, "... and {} more problem{s}", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for PredictionErrors {}

/// A metric that cannot be worked out on the rows it was given.
///
/// `usage` says which rows when the error comes from [`super::score`]; it is
/// `None` when the metric was computed on plain vectors.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MetricError {
    #[error("{metric} was given {truth} true values but {predictions} predictions")]
    LengthMismatch { metric: Metric, truth: usize, predictions: usize },
    #[error("{metric} needs at least {needed} {} but there {} {found} among {}", rows_word(*.needed), is_are(*.found), among(*.usage))]
    TooFewRows { metric: Metric, needed: usize, found: usize, usage: Option<Usage> },
    #[error("{metric} needs both classes among {}", among(*.usage))]
    OneClass { metric: Metric, usage: Option<Usage> },
    #[error("{metric} needs {needs}; found {found} among {}", among(*.usage))]
    BadValue { metric: Metric, needs: &'static str, found: String, usage: Option<Usage> },
}

impl MetricError {
    /// Says that the error concerns the rows of one leaderboard.
    pub fn among(self, rows: Usage) -> Self {
        match self {
            MetricError::LengthMismatch { .. } => self,
            MetricError::TooFewRows { metric, needed, found, .. } => {
                MetricError::TooFewRows { metric, needed, found, usage: Some(rows) }
            }
            MetricError::OneClass { metric, .. } => MetricError::OneClass { metric, usage: Some(rows) },
            MetricError::BadValue { metric, needs, found, .. } => {
                MetricError::BadValue { metric, needs, found, usage: Some(rows) }
            }
        }
    }
}

fn among(usage: Option<Usage>) -> &'static str {
    match usage {
        Some(Usage::Public) => "the Public rows",
        Some(Usage::Private) => "the Private rows",
        None => "the rows",
    }
}

fn rows_word(n: usize) -> &'static str {
    if n == 1 { "row" } else { "rows" }
}

fn is_are(n: usize) -> &'static str {
    if n == 1 { "is" } else { "are" }
}
