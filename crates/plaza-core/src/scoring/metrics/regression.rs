//! Metrics on predicted numbers.

use super::{mean, sum};

pub(crate) fn rmse(y_true: &[f64], y_pred: &[f64]) -> f64 {
    mean(y_true.iter().zip(y_pred).map(|(t, p)| (t - p) * (t - p)), y_true.len()).sqrt()
}

pub(crate) fn mae(y_true: &[f64], y_pred: &[f64]) -> f64 {
    mean(y_true.iter().zip(y_pred).map(|(t, p)| (t - p).abs()), y_true.len())
}

/// The root mean squared error of `ln(1 + x)`; values are at least 0.
pub(crate) fn rmsle(y_true: &[f64], y_pred: &[f64]) -> f64 {
    mean(y_true.iter().zip(y_pred).map(|(t, p)| (t.ln_1p() - p.ln_1p()).powi(2)), y_true.len()).sqrt()
}

/// The coefficient of determination, at least two rows.
///
/// With a constant truth the usual formula divides by zero; like
/// scikit-learn's `force_finite`, the score is then 1 for perfect predictions
/// and 0 otherwise. The truth counts as constant when all its values are
/// equal, even where numpy's rounded mean would leave a tiny non-zero spread.
pub(crate) fn r2(y_true: &[f64], y_pred: &[f64]) -> f64 {
    let residual = sum(y_true.iter().zip(y_pred).map(|(t, p)| (t - p) * (t - p)));
    let constant = y_true.iter().all(|&t| t == y_true[0]);
    let spread = if constant {
        0.0
    } else {
        let centre = mean(y_true.iter().copied(), y_true.len());
        sum(y_true.iter().map(|t| (t - centre) * (t - centre)))
    };
    if residual == 0.0 {
        1.0
    } else if spread == 0.0 {
        0.0
    } else {
        1.0 - residual / spread
    }
}
