//! The scoring metrics a track can use, each declared once in the table below:
//! its name in bundles, its label on pages, which way is better, a sentence a
//! resident can read, what its files hold and its arithmetic (which lives in
//! `scoring::metrics`). Everything else about a metric is read from
//! [`Metric::spec`], so adding one is one entry here and one function there.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::scoring::metrics::{classification, probability, regression};
use crate::scoring::values::Kind;

/// Which way a score is better. Every metric states it: there is no default
/// that a new error metric could silently inherit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    /// Whether score `a` beats score `b`.
    pub fn better(self, a: f64, b: f64) -> bool {
        match self {
            Direction::HigherIsBetter => a > b,
            Direction::LowerIsBetter => a < b,
        }
    }

    /// "higher is better" or "lower is better", in English, as the English
    /// explanations of the metrics say it.
    pub fn phrase(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher is better",
            Direction::LowerIsBetter => "lower is better",
        }
    }

    /// "higher is better" or "lower is better", as pages say it, in the
    /// reader's language.
    pub fn label(self) -> String {
        match self {
            Direction::HigherIsBetter => plaza_i18n::tr("scoring-metric-higher-is-better"),
            Direction::LowerIsBetter => plaza_i18n::tr("scoring-metric-lower-is-better"),
        }
    }
}

/// Everything Plaza knows about one metric.
#[derive(Debug, Clone, Copy)]
pub struct MetricSpec {
    /// The name in bundles, in the API and in stored settings.
    pub name: &'static str,
    /// The human name shown on pages.
    pub label: &'static str,
    pub direction: Direction,
    /// One plain sentence a resident can read; it says which way is better.
    pub explanation: &'static str,
    /// What a cell of the answers file holds.
    pub(crate) answers: Kind,
    /// What a cell of a predictions file holds.
    pub(crate) predictions: Kind,
    /// Fewest rows the metric is defined on.
    pub(crate) min_rows: usize,
    /// The arithmetic on checked values; `None` when the answers hold one class only.
    pub(crate) score: fn(&[f64], &[f64]) -> Option<f64>,
}

/// Declares [`Metric`], [`Metric::ALL`] and [`Metric::spec`] from one list,
/// so that a metric cannot exist without its declaration or be left out of `ALL`.
macro_rules! metrics {
    ($($(#[$doc:meta])* $variant:ident => $spec:expr,)+) => {
        /// A metric named in a bundle.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Metric {
            $($(#[$doc])* $variant,)+
        }

        impl Metric {
            pub const ALL: [Metric; [$(Metric::$variant),+].len()] = [$(Metric::$variant),+];

            /// The declaration of this metric.
            pub fn spec(self) -> &'static MetricSpec {
                match self {
                    $(Metric::$variant => {
                        const SPEC: MetricSpec = $spec;
                        &SPEC
                    })+
                }
            }
        }
    };
}

metrics! {
    Accuracy => MetricSpec {
        name: "accuracy",
        label: "Accuracy",
        direction: Direction::HigherIsBetter,
        explanation: "The share of rows you label correctly; higher is better, 1 is perfect.",
        answers: Kind::Label,
        predictions: Kind::Label,
        min_rows: 1,
        score: |t, p| Some(classification::accuracy(t, p)),
    },
    BalancedAccuracy => MetricSpec {
        name: "balanced_accuracy",
        label: "Balanced accuracy",
        direction: Direction::HigherIsBetter,
        explanation: "The share of rows you label correctly, averaged so that rare and common outcomes count equally; higher is better, 1 is perfect.",
        answers: Kind::Label,
        predictions: Kind::Label,
        min_rows: 1,
        score: |t, p| Some(classification::balanced_accuracy(t, p)),
    },
    F1 => MetricSpec {
        name: "f1",
        label: "F1 score",
        direction: Direction::HigherIsBetter,
        explanation: "How well you find the 'yes' cases, balancing the ones you catch against the false alarms; higher is better, 1 is perfect.",
        answers: Kind::Binary,
        predictions: Kind::Binary,
        min_rows: 1,
        score: |t, p| Some(classification::f1(t, p)),
    },
    F1Macro => MetricSpec {
        name: "f1_macro",
        label: "Macro-averaged F1 score",
        direction: Direction::HigherIsBetter,
        explanation: "The F1 score worked out for each possible answer and then averaged, so every answer counts equally; higher is better, 1 is perfect.",
        answers: Kind::Label,
        predictions: Kind::Label,
        min_rows: 1,
        score: |t, p| Some(classification::f1_macro(t, p)),
    },
    Precision => MetricSpec {
        name: "precision",
        label: "Precision",
        direction: Direction::HigherIsBetter,
        explanation: "Of the rows you call 'yes', the share that really are; higher is better, 1 is perfect.",
        answers: Kind::Binary,
        predictions: Kind::Binary,
        min_rows: 1,
        score: |t, p| Some(classification::precision(t, p)),
    },
    Recall => MetricSpec {
        name: "recall",
        label: "Recall",
        direction: Direction::HigherIsBetter,
        explanation: "Of the rows that really are 'yes', the share you catch; higher is better, 1 is perfect.",
        answers: Kind::Binary,
        predictions: Kind::Binary,
        min_rows: 1,
        score: |t, p| Some(classification::recall(t, p)),
    },
    RocAuc => MetricSpec {
        name: "roc_auc",
        label: "ROC AUC",
        direction: Direction::HigherIsBetter,
        explanation: "How often you give a real 'yes' a higher probability than a real 'no'; higher is better, 1 is perfect and 0.5 is guessing.",
        answers: Kind::Binary,
        predictions: Kind::Probability,
        min_rows: 1,
        score: probability::roc_auc,
    },
    LogLoss => MetricSpec {
        name: "log_loss",
        label: "Log loss",
        direction: Direction::LowerIsBetter,
        explanation: "How close your probabilities are to what happened, punishing confident mistakes hard; lower is better, 0 is perfect.",
        answers: Kind::Binary,
        predictions: Kind::Probability,
        min_rows: 1,
        score: |t, p| Some(probability::log_loss(t, p)),
    },
    Rmse => MetricSpec {
        name: "rmse",
        label: "Root mean squared error (RMSE)",
        direction: Direction::LowerIsBetter,
        explanation: "The typical size of your errors, in the units of the answer, with big misses counting extra; lower is better, 0 is perfect.",
        answers: Kind::Number,
        predictions: Kind::Number,
        min_rows: 1,
        score: |t, p| Some(regression::rmse(t, p)),
    },
    Mae => MetricSpec {
        name: "mae",
        label: "Mean absolute error (MAE)",
        direction: Direction::LowerIsBetter,
        explanation: "The average size of your errors, in the units of the answer; lower is better, 0 is perfect.",
        answers: Kind::Number,
        predictions: Kind::Number,
        min_rows: 1,
        score: |t, p| Some(regression::mae(t, p)),
    },
    R2 => MetricSpec {
        name: "r2",
        label: "R² (coefficient of determination)",
        direction: Direction::HigherIsBetter,
        explanation: "How much of the variation in the answer your predictions explain; higher is better, 1 is perfect and 0 is no better than the average.",
        answers: Kind::Number,
        predictions: Kind::Number,
        // With one row there is no variation to explain.
        min_rows: 2,
        score: |t, p| Some(regression::r2(t, p)),
    },
    Rmsle => MetricSpec {
        name: "rmsle",
        label: "Root mean squared log error (RMSLE)",
        direction: Direction::LowerIsBetter,
        explanation: "The typical size of your errors measured as ratios, so being 10% off counts the same for small and large values; lower is better, 0 is perfect.",
        answers: Kind::NonNegative,
        predictions: Kind::NonNegative,
        min_rows: 1,
        score: |t, p| Some(regression::rmsle(t, p)),
    },
}

impl Metric {
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// Parses a metric name; an unknown one suggests the closest known name.
    pub fn parse(input: &str) -> Result<Self> {
        if let Some(metric) = Self::ALL.into_iter().find(|m| m.name() == input) {
            return Ok(metric);
        }
        let closest = Self::ALL
            .into_iter()
            .map(|m| (strsim::damerau_levenshtein(input, m.name()), m))
            .min_by_key(|(distance, _)| *distance);
        Err(Error::UnknownMetric(match closest {
            Some((distance, m)) if distance <= 2 => plaza_i18n::tr_with(
                "scoring-metric-unknown-did-you-mean",
                &[("name", input.into()), ("closest", m.name().into())],
            ),
            _ => plaza_i18n::tr_with(
                "scoring-metric-unknown",
                &[("name", input.into()), ("known", Self::ALL.map(Metric::name).join(", ").into())],
            ),
        }))
    }

    pub fn direction(self) -> Direction {
        self.spec().direction
    }

    /// Whether a larger value is a better score.
    pub fn higher_is_better(self) -> bool {
        self.direction() == Direction::HigherIsBetter
    }

    /// Whether predictions are labels or yes/no (as opposed to a number to estimate).
    pub fn is_classification(self) -> bool {
        matches!(self.spec().answers, Kind::Label | Kind::Binary)
    }

    /// The human name shown on pages.
    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("metric-{}-label", self.name()))
    }

    /// One plain sentence a resident can read.
    pub fn explanation(self) -> String {
        plaza_i18n::tr(&format!("metric-{}-explanation", self.name()))
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests;
