//! Metrics on predicted classes.

use std::collections::HashMap;

use super::{mean, sum};
use crate::scoring::labels::number_key;

pub(crate) fn accuracy(y_true: &[f64], y_pred: &[f64]) -> f64 {
    let correct = y_true.iter().zip(y_pred).filter(|(t, p)| t == p).count();
    correct as f64 / y_true.len() as f64
}

/// The mean recall over the classes present in the truth; classes that are
/// only predicted are left out, as scikit-learn does (with a warning).
pub(crate) fn balanced_accuracy(y_true: &[f64], y_pred: &[f64]) -> f64 {
    // class -> (rows of that class, rows of it predicted correctly)
    let mut classes: HashMap<u64, (u64, u64)> = HashMap::new();
    for (&t, &p) in y_true.iter().zip(y_pred) {
        let class = classes.entry(number_key(t)).or_default();
        class.0 += 1;
        class.1 += u64::from(t == p);
    }
    let recalls = in_class_order(classes, |(total, correct)| correct as f64 / total as f64);
    mean(recalls.iter().copied(), recalls.len())
}

/// The unweighted mean of the F1 scores of every class found in the truth or
/// the predictions.
pub(crate) fn f1_macro(y_true: &[f64], y_pred: &[f64]) -> f64 {
    // class -> (true positives, rows of that class, rows predicted as it)
    let mut classes: HashMap<u64, (u64, u64, u64)> = HashMap::new();
    for (&t, &p) in y_true.iter().zip(y_pred) {
        let class = classes.entry(number_key(t)).or_default();
        class.0 += u64::from(t == p);
        class.1 += 1;
        classes.entry(number_key(p)).or_default().2 += 1;
    }
    // Each class occurs at least once, so the denominator is never zero.
    let scores = in_class_order(classes, |(tp, true_sum, pred_sum)| 2.0 * tp as f64 / (true_sum + pred_sum) as f64);
    sum(scores.iter().copied()) / scores.len() as f64
}

/// Per-class values ordered by class, so that sums do not depend on hash order.
fn in_class_order<C>(classes: HashMap<u64, C>, value: impl Fn(C) -> f64) -> Vec<f64> {
    let mut pairs: Vec<(f64, f64)> = classes.into_iter().map(|(key, c)| (f64::from_bits(key), value(c))).collect();
    pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    pairs.into_iter().map(|(_, v)| v).collect()
}

/// True positives, false positives and false negatives for the class 1.
fn confusion(y_true: &[f64], y_pred: &[f64]) -> (u64, u64, u64) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (&t, &p) in y_true.iter().zip(y_pred) {
        match (t == 1.0, p == 1.0) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
    }
    (tp, fp, fn_)
}

/// `a / b`, or 0 when `b` is 0 (scikit-learn's default `zero_division`).
fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

pub(crate) fn precision(y_true: &[f64], y_pred: &[f64]) -> f64 {
    let (tp, fp, _) = confusion(y_true, y_pred);
    ratio(tp, tp + fp)
}

pub(crate) fn recall(y_true: &[f64], y_pred: &[f64]) -> f64 {
    let (tp, _, fn_) = confusion(y_true, y_pred);
    ratio(tp, tp + fn_)
}

pub(crate) fn f1(y_true: &[f64], y_pred: &[f64]) -> f64 {
    let (tp, fp, fn_) = confusion(y_true, y_pred);
    ratio(2 * tp, 2 * tp + fp + fn_)
}
