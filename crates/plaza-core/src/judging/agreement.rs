//! Krippendorff's alpha: how far judges agree beyond what chance would give.
//!
//! Units are entries, coders are judges and values are the scores of one
//! criterion; a judge who did not review an entry is a missing value. Only the
//! values of a unit matter, not who gave them, so a unit is the list of values
//! it received. Units with fewer than two values cannot be paired and are
//! dropped. With `n` pairable values in all, `m_u` in unit `u` and a distance
//! `δ` between values,
//!
//! ```text
//! D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i ≠ j in u} δ(v_i, v_j)     (observed)
//! D_e = 1/(n(n − 1)) · Σ_{i ≠ j among all} δ(v_i, v_j)        (expected)
//! alpha = 1 − D_o / D_e
//! ```
//!
//! (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). Sums
//! are kept in integers, so a perfect agreement is exactly 1 and "no variation
//! at all" (D_e = 0, alpha undefined) is detected exactly.

use std::collections::BTreeMap;

use super::Review;

/// Alpha with the interval distance `δ = (a − b)²`; `None` when no unit has two
/// values or when every pairable value is the same.
pub fn interval_alpha(units: &[Vec<i32>]) -> Option<f64> {
    // Σ_{i≠j} (v_i − v_j)² = 2(m Σv² − (Σv)²), for a unit and for all values.
    let spread = |values: &[i32]| {
        let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
        let squares: i128 = values.iter().map(|&v| i128::from(v) * i128::from(v)).sum();
        len(values) * squares - sum * sum
    };
    alpha(units, spread)
}

/// Alpha with the nominal distance (0 when equal, 1 otherwise); `None` as for
/// [`interval_alpha`].
pub fn nominal_alpha(units: &[Vec<i32>]) -> Option<f64> {
    // Σ_{i≠j} [v_i ≠ v_j] = m² − Σ_c m_c², counting each value c.
    let spread = |values: &[i32]| {
        let mut counts: BTreeMap<i32, i128> = BTreeMap::new();
        for &v in values {
            *counts.entry(v).or_default() += 1;
        }
        len(values) * len(values) - counts.values().map(|c| c * c).sum::<i128>()
    };
    alpha(units, spread)
}

/// Interval alpha of one criterion (by its index in the rubric) over reviews:
/// one unit per entry, one value per review of it.
pub fn criterion_alpha(reviews: &[Review], criterion: usize) -> Option<f64> {
    let mut units: BTreeMap<i64, Vec<i32>> = BTreeMap::new();
    for review in reviews {
        if let Some(&score) = review.scores.get(criterion) {
            units.entry(review.entry).or_default().push(i32::from(score));
        }
    }
    interval_alpha(&units.into_values().collect::<Vec<_>>())
}

/// `1 − D_o/D_e` given `spread(values)`, a whole number proportional to the sum
/// of distances over ordered pairs of `values` (the same factor for every
/// call), so that `D_o/D_e = (n − 1) · Σ_u spread(u)/(m_u − 1) / spread(all)`.
fn alpha(units: &[Vec<i32>], spread: impl Fn(&[i32]) -> i128) -> Option<f64> {
    let pairable: Vec<&Vec<i32>> = units.iter().filter(|unit| unit.len() >= 2).collect();
    let all: Vec<i32> = pairable.iter().flat_map(|unit| unit.iter().copied()).collect();
    let expected = spread(&all);
    if pairable.is_empty() || expected == 0 {
        return None;
    }
    let observed: f64 = pairable.iter().map(|unit| spread(unit) as f64 / (len(unit) - 1) as f64).sum();
    Some(1.0 - (len(&all) - 1) as f64 * observed / expected as f64)
}

fn len(values: &[i32]) -> i128 {
    values.len() as i128
}
