//! The metrics on plain vectors, one function per metric, matching
//! scikit-learn's definitions and its choices on the edge cases.
//!
//! Sums use compensated (Neumaier) summation, and per-class results are added
//! in a fixed order, so a score never depends on hash order and the same
//! entry always gets the same score to the last bit.

pub(crate) mod classification;
pub(crate) mod probability;
pub(crate) mod regression;

use super::MetricError;
use super::labels::LabelTable;
use super::values::{self, Kind, Value};
use crate::metric::Metric;

/// The metric on plain vectors.
///
/// - `accuracy`, `balanced_accuracy`, `f1_macro`: values are class codes; two
///   rows have the same class when their values are equal. (To work from text
///   labels, use [`compute_labels`].)
/// - `f1`, `precision`, `recall`: values are 0 or 1; 1 is the positive class.
/// - `roc_auc`: targets 0 or 1; predictions any finite scores (higher means
///   more likely 1), as in scikit-learn. `log_loss`: targets 0 or 1;
///   predictions probabilities of 1, in [0, 1].
/// - `rmse`, `mae`, `r2`: finite numbers; `rmsle`: finite numbers of 0 or more.
///
/// Errors where scikit-learn raises or returns NaN: no rows, `r2` with fewer
/// than two rows, `roc_auc` when the targets hold one class only.
pub fn compute(metric: Metric, y_true: &[f64], y_pred: &[f64]) -> Result<f64, MetricError> {
    if y_true.len() != y_pred.len() {
        return Err(MetricError::LengthMismatch { metric, truth: y_true.len(), predictions: y_pred.len() });
    }
    let spec = metric.spec();
    let needed = spec.min_rows;
    if y_true.len() < needed {
        return Err(MetricError::TooFewRows { metric, needed, found: y_true.len(), usage: None });
    }
    // Here roc_auc ranks any scores, as scikit-learn does; files hold probabilities.
    let prediction_kind = if metric == Metric::RocAuc { Kind::Number } else { spec.predictions };
    check(metric, spec.answers, y_true)?;
    check(metric, prediction_kind, y_pred)?;
    (spec.score)(y_true, y_pred).ok_or(MetricError::OneClass { metric, usage: None })
}

/// The metric on cells as they appear in CSV files, read by the same rules as
/// answers and predictions files (see the [module documentation](super)):
/// labels may be any text, yes/no values 0/1/true/false, and so on.
pub fn compute_labels<T: AsRef<str>, P: AsRef<str>>(
    metric: Metric,
    y_true: &[T],
    y_pred: &[P],
) -> Result<f64, MetricError> {
    let mut labels = LabelTable::default();
    let mut read = |kind: Kind, cells: &mut dyn Iterator<Item = &str>| -> Result<Vec<f64>, MetricError> {
        cells
            .map(|cell| match values::read(kind, cell) {
                Ok(Value::Number(v)) => Ok(v),
                Ok(Value::Label(label)) => Ok(labels.intern(label) as f64),
                Err(refusal) => {
                    Err(MetricError::BadValue { metric, needs: kind.needs(), found: refusal.found(), usage: None })
                }
            })
            .collect()
    };
    let truth = read(Kind::truth(metric), &mut y_true.iter().map(AsRef::as_ref))?;
    let predictions = read(Kind::prediction(metric), &mut y_pred.iter().map(AsRef::as_ref))?;
    compute(metric, &truth, &predictions)
}

fn check(metric: Metric, kind: Kind, values: &[f64]) -> Result<(), MetricError> {
    for &v in values {
        let needs = if !v.is_finite() {
            "scoring-metrics-needs-finite-numbers"
        } else {
            let fits = match kind {
                Kind::Label | Kind::Number => true,
                Kind::Binary => v == 0.0 || v == 1.0,
                Kind::Probability => (0.0..=1.0).contains(&v),
                Kind::NonNegative => v >= 0.0,
            };
            if fits {
                continue;
            }
            kind.needs()
        };
        return Err(MetricError::BadValue { metric, needs, found: v.to_string(), usage: None });
    }
    Ok(())
}

/// Compensated (Neumaier) summation: exact to the last bit or two whatever
/// the number of terms.
#[derive(Debug, Default, Clone, Copy)]
struct Sum {
    sum: f64,
    compensation: f64,
}

impl Sum {
    fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    fn value(self) -> f64 {
        self.sum + self.compensation
    }
}

fn sum(values: impl IntoIterator<Item = f64>) -> f64 {
    let mut total = Sum::default();
    for v in values {
        total.add(v);
    }
    total.value()
}

fn mean(values: impl IntoIterator<Item = f64>, n: usize) -> f64 {
    sum(values) / n as f64
}
