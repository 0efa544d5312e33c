//! Why a file could not be scored, and why a metric could not be worked out.

use std::fmt;

use plaza_i18n::{tr, tr_with};

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
            f.write_str(&tr_with("scoring-errors-more", &[("count", self.more.into())]))?;
        }
        Ok(())
    }
}

impl std::error::Error for PredictionErrors {}

/// A metric that cannot be worked out on the rows it was given.
///
/// `usage` says which rows when the error comes from [`super::score`]; it is
/// `None` when the metric was computed on plain vectors. The message is
/// written in the reader's language when it is displayed.
#[derive(Debug, Clone, PartialEq)]
pub enum MetricError {
    LengthMismatch {
        metric: Metric,
        truth: usize,
        predictions: usize,
    },
    TooFewRows {
        metric: Metric,
        needed: usize,
        found: usize,
        usage: Option<Usage>,
    },
    OneClass {
        metric: Metric,
        usage: Option<Usage>,
    },
    BadValue {
        metric: Metric,
        /// The id of the message saying what the metric needs
        /// (`scoring-values-needs-…`, or `scoring-metrics-needs-finite-numbers`).
        needs: &'static str,
        found: String,
        usage: Option<Usage>,
    },
}

impl fmt::Display for MetricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            MetricError::LengthMismatch { metric, truth, predictions } => tr_with(
                "scoring-errors-length-mismatch",
                &[("metric", metric.name().into()), ("truth", truth.into()), ("predictions", predictions.into())],
            ),
            MetricError::TooFewRows { metric, needed, found, usage } => tr_with(
                "scoring-errors-too-few-rows",
                &[
                    ("metric", metric.name().into()),
                    ("needed", needed.into()),
                    ("found", found.into()),
                    ("rows", among(*usage).into()),
                ],
            ),
            MetricError::OneClass { metric, usage } => {
                tr_with("scoring-errors-one-class", &[("metric", metric.name().into()), ("rows", among(*usage).into())])
            }
            MetricError::BadValue { metric, needs, found, usage } => tr_with(
                "scoring-errors-bad-value",
                &[
                    ("metric", metric.name().into()),
                    ("needs", tr(needs).into()),
                    ("found", found.as_str().into()),
                    ("rows", among(*usage).into()),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for MetricError {}

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

/// Which rows a message speaks of, as its `$rows` selector.
fn among(usage: Option<Usage>) -> &'static str {
    match usage {
        Some(Usage::Public) => "public",
        Some(Usage::Private) => "private",
        None => "all",
    }
}
