//! Metrics on predicted probabilities of the class 1.

use super::mean;

/// The area under the ROC curve, or `None` if the truth holds one class only.
///
/// Counted exactly: the share of (1, 0) pairs whose 1 has the higher score,
/// ties counting one half. This is the trapezoid area scikit-learn computes.
pub(crate) fn roc_auc(y_true: &[f64], y_pred: &[f64]) -> Option<f64> {
    let mut pairs: Vec<(f64, bool)> = y_pred.iter().zip(y_true).map(|(&p, &t)| (p + 0.0, t == 1.0)).collect();
    pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let positives = pairs.iter().filter(|(_, positive)| *positive).count() as u128;
    let negatives = pairs.len() as u128 - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    // Twice the number of won pairs, so that ties stay whole numbers.
    let mut twice_won: u128 = 0;
    let mut negatives_below: u128 = 0;
    for group in pairs.chunk_by(|a, b| a.0 == b.0) {
        let pos = group.iter().filter(|(_, positive)| *positive).count() as u128;
        let neg = group.len() as u128 - pos;
        twice_won += pos * (2 * negatives_below + neg);
        negatives_below += neg;
    }
    Some(twice_won as f64 / (2 * positives * negatives) as f64)
}

/// The mean negative log-likelihood, with probabilities clipped to
/// [eps, 1 - eps] like scikit-learn (which clips `p` and `1 - p` separately).
pub(crate) fn log_loss(y_true: &[f64], y_pred: &[f64]) -> f64 {
    const EPS: f64 = f64::EPSILON;
    let clip = |p: f64| p.clamp(EPS, 1.0 - EPS);
    let losses = y_true.iter().zip(y_pred).map(|(&t, &p)| if t == 1.0 { -clip(p).ln() } else { -clip(1.0 - p).ln() });
    mean(losses, y_true.len())
}
