//! The scoring metrics a track can use, their names in bundles and what they
//! mean in plain words.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A metric named in a bundle. The arithmetic lives in `scoring::metrics`;
/// this type knows the name, the direction and how to explain it to a resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Accuracy,
    BalancedAccuracy,
    F1,
    F1Macro,
    Precision,
    Recall,
    RocAuc,
    LogLoss,
    Rmse,
    Mae,
    R2,
    Rmsle,
}

impl Metric {
    pub const ALL: [Metric; 12] = [
        Metric::Accuracy,
        Metric::BalancedAccuracy,
        Metric::F1,
        Metric::F1Macro,
        Metric::Precision,
        Metric::Recall,
        Metric::RocAuc,
        Metric::LogLoss,
        Metric::Rmse,
        Metric::Mae,
        Metric::R2,
        Metric::Rmsle,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Metric::Accuracy => "accuracy",
            Metric::BalancedAccuracy => "balanced_accuracy",
            Metric::F1 => "f1",
            Metric::F1Macro => "f1_macro",
            Metric::Precision => "precision",
            Metric::Recall => "recall",
            Metric::RocAuc => "roc_auc",
            Metric::LogLoss => "log_loss",
            Metric::Rmse => "rmse",
            Metric::Mae => "mae",
            Metric::R2 => "r2",
            Metric::Rmsle => "rmsle",
        }
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
            Some((distance, m)) if distance <= 2 => {
                format!("unknown metric '{input}' (did you mean '{}'?)", m.name())
            }
            _ => format!("unknown metric '{input}' (known metrics: {})", Self::ALL.map(Metric::name).join(", ")),
        }))
    }

    /// Whether a larger value is a better score.
    pub fn higher_is_better(self) -> bool {
        !matches!(self, Metric::LogLoss | Metric::Rmse | Metric::Mae | Metric::Rmsle)
    }

    /// Whether predictions are a yes/no target (as opposed to a number to estimate).
    pub fn is_classification(self) -> bool {
        !matches!(self, Metric::Rmse | Metric::Mae | Metric::R2 | Metric::Rmsle)
    }

    /// The human name shown on pages.
    pub fn label(self) -> &'static str {
        match self {
            Metric::Accuracy => "Accuracy",
            Metric::BalancedAccuracy => "Balanced accuracy",
            Metric::F1 => "F1 score",
            Metric::F1Macro => "Macro-averaged F1 score",
            Metric::Precision => "Precision",
            Metric::Recall => "Recall",
            Metric::RocAuc => "ROC AUC",
            Metric::LogLoss => "Log loss",
            Metric::Rmse => "Root mean squared error (RMSE)",
            Metric::Mae => "Mean absolute error (MAE)",
            Metric::R2 => "R² (coefficient of determination)",
            Metric::Rmsle => "Root mean squared log error (RMSLE)",
        }
    }

    /// One plain sentence a resident can read.
    pub fn explanation(self) -> &'static str {
        match self {
            Metric::Accuracy => "The share of rows you label correctly; higher is better, 1 is perfect.",
            Metric::BalancedAccuracy => {
                "The share of rows you label correctly, averaged so that rare and common outcomes count equally; higher is better, 1 is perfect."
            }
            Metric::F1 => {
                "How well you find the 'yes' cases, balancing the ones you catch against the false alarms; higher is better, 1 is perfect."
            }
            Metric::F1Macro => {
                "The F1 score worked out for each possible answer and then averaged, so every answer counts equally; higher is better, 1 is perfect."
            }
            Metric::Precision => {
                "Of the rows you call 'yes', the share that really are; higher is better, 1 is perfect."
            }
            Metric::Recall => "Of the rows that really are 'yes', the share you catch; higher is better, 1 is perfect.",
            Metric::RocAuc => {
                "How often you give a real 'yes' a higher probability than a real 'no'; higher is better, 1 is perfect and 0.5 is guessing."
            }
            Metric::LogLoss => {
                "How close your probabilities are to what happened, punishing confident mistakes hard; lower is better, 0 is perfect."
            }
            Metric::Rmse => {
                "The typical size of your errors, in the units of the answer, with big misses counting extra; lower is better, 0 is perfect."
            }
            Metric::Mae => {
                "The average size of your errors, in the units of the answer; lower is better, 0 is perfect."
            }
            Metric::R2 => {
                "How much of the variation in the answer your predictions explain; higher is better, 1 is perfect and 0 is no better than the average."
            }
            Metric::Rmsle => {
                "The typical size of your errors measured as ratios, so being 10% off counts the same for small and large values; lower is better, 0 is perfect."
            }
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_parses_from_its_own_name() {
        for m in Metric::ALL {
            assert_eq!(Metric::parse(m.name()), Ok(m));
        }
    }

    #[test]
    fn a_typo_gets_a_suggestion() {
        let err = Metric::parse("rsme").expect_err("typo");
        assert_eq!(err.to_string(), "unknown metric 'rsme' (did you mean 'rmse'?)");
    }

    #[test]
    fn a_far_name_lists_the_known_metrics() {
        let err = Metric::parse("banana").expect_err("unknown").to_string();
        assert!(err.contains("known metrics: accuracy"), "{err}");
    }

    #[test]
    fn error_metrics_are_lower_is_better() {
        assert!(!Metric::Rmse.higher_is_better());
        assert!(Metric::RocAuc.higher_is_better());
    }
}
