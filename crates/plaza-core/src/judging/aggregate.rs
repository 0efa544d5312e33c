//! From reviews to a ranking: weighted rubric scores, per-judge normalization,
//! per-entry summaries and ranks.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::review::{check, weighted_sum};
use super::{EntryId, JudgeId, Review, ReviewError, competition_ranks, criterion_alpha};
use crate::Criterion;

/// Which score entries are ranked by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreView {
    /// The weighted rubric score, on the 1-5 scale.
    #[default]
    Raw,
    /// The weighted score as a z-score within its judge's reviews, so that a
    /// harsh and a lenient judge count alike.
    Normalized,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AggregateOptions {
    /// Entries with fewer reviews are flagged and not ranked (at least one
    /// review is always needed).
    pub min_reviews: usize,
    pub view: ScoreView,
}

/// Mean, spread and range of one entry's scores in one view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub mean: f64,
    /// Sample standard deviation; `None` with a single review.
    pub spread: Option<f64>,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryResult {
    pub entry: EntryId,
    pub reviews: usize,
    /// Weighted scores on the 1-5 scale; `None` without reviews.
    pub raw: Option<Summary>,
    /// Per-judge z-scores; `None` without reviews.
    pub normalized: Option<Summary>,
    /// Mean score of each criterion, in rubric order; empty without reviews.
    pub criterion_means: Vec<f64>,
    pub too_few_reviews: bool,
    /// Competition rank in the chosen view; `None` when too few reviews.
    pub rank: Option<usize>,
}

/// How a judge scores, and whether their scores could be normalized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JudgeStats {
    pub judge: JudgeId,
    pub reviews: usize,
    /// Mean weighted score, 1-5.
    pub mean: f64,
    /// Population standard deviation of the weighted scores.
    pub sd: f64,
    /// False when the judge has fewer than two reviews or gave every entry the
    /// same weighted score: their z-scores are then all 0, as nothing tells
    /// whether they are harsh or lenient.
    pub normalized: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionAgreement {
    pub criterion: String,
    /// Krippendorff's alpha (interval); `None` when it is undefined.
    pub alpha: Option<f64>,
}

/// Everything a results page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    pub view: ScoreView,
    pub min_reviews: usize,
    /// Ranked entries by rank then id, then unranked entries by id.
    pub entries: Vec<EntryResult>,
    /// Judges by id.
    pub judges: Vec<JudgeStats>,
    /// One per criterion, in rubric order.
    pub agreement: Vec<CriterionAgreement>,
}

/// Aggregates `reviews` of `entries` under the rubric `criteria`.
///
/// A review's weighted score is `Σ wᵢ·sᵢ / Σ wᵢ`. Normalized, it becomes
/// `(x − mean) / sd` over its judge's weighted scores (population sd), or 0 for
/// a judge with fewer than two reviews or no variation. Entries are ranked by
/// their mean in `options.view`, highest first, with ties (within
/// [`super::TIE_TOLERANCE`]) sharing a rank.
pub fn aggregate(
    entries: &[EntryId],
    criteria: &[Criterion],
    reviews: &[Review],
    options: &AggregateOptions,
) -> Result<Aggregate, ReviewError> {
    let entry_ids: BTreeSet<EntryId> = entries.iter().copied().collect();
    let total_weight = check(&entry_ids, criteria, reviews)?;
    let weight = total_weight as f64;
    let sums: Vec<u64> = reviews.iter().map(|review| weighted_sum(criteria, review)).collect();

    let mut by_judge: BTreeMap<JudgeId, Vec<usize>> = BTreeMap::new();
    for (i, review) in reviews.iter().enumerate() {
        by_judge.entry(review.judge).or_default().push(i);
    }
    let mut z = vec![0.0; reviews.len()];
    let mut judges = Vec::with_capacity(by_judge.len());
    for (&judge, mine) in &by_judge {
        // With N the weighted sums, mean = S/(nW), sd = √(nQ − S²)/(nW) and
        // z = (nN − S)/√(nQ − S²): whole numbers until the last division.
        let n = mine.len() as i128;
        let s: i128 = mine.iter().map(|&i| i128::from(sums[i])).sum();
        let q: i128 = mine.iter().map(|&i| i128::from(sums[i]) * i128::from(sums[i])).sum();
        let variance = n * q - s * s;
        let normalized = n >= 2 && variance > 0;
        if normalized {
            for &i in mine {
                z[i] = (n * i128::from(sums[i]) - s) as f64 / (variance as f64).sqrt();
            }
        }
        judges.push(JudgeStats {
            judge,
            reviews: mine.len(),
            mean: s as f64 / (n as f64 * weight),
            sd: (variance as f64).sqrt() / (n as f64 * weight),
            normalized,
        });
    }

    let mut by_entry: BTreeMap<EntryId, Vec<usize>> = entry_ids.iter().map(|&id| (id, Vec::new())).collect();
    for (i, review) in reviews.iter().enumerate() {
        by_entry.entry(review.entry).or_default().push(i);
    }
    let needed = options.min_reviews.max(1);
    let mut results: Vec<EntryResult> = by_entry
        .into_iter()
        .map(|(entry, mine)| {
            let raw: Vec<f64> = mine.iter().map(|&i| sums[i] as f64 / weight).collect();
            let normalized: Vec<f64> = mine.iter().map(|&i| z[i]).collect();
            let criterion_means = if mine.is_empty() {
                Vec::new()
            } else {
                (0..criteria.len())
                    .map(|c| mine.iter().map(|&i| f64::from(reviews[i].scores[c])).sum::<f64>() / mine.len() as f64)
                    .collect()
            };
            EntryResult {
                entry,
                reviews: mine.len(),
                raw: summarize(&raw),
                normalized: summarize(&normalized),
                criterion_means,
                too_few_reviews: mine.len() < needed,
                rank: None,
            }
        })
        .collect();

    let ranked: Vec<(EntryId, f64)> = results
        .iter()
        .filter(|result| !result.too_few_reviews)
        .filter_map(|result| {
            let summary = match options.view {
                ScoreView::Raw => result.raw.as_ref(),
                ScoreView::Normalized => result.normalized.as_ref(),
            };
            summary.map(|s| (result.entry, s.mean))
        })
        .collect();
    let ranks: BTreeMap<EntryId, usize> = competition_ranks(&ranked).into_iter().collect();
    for result in &mut results {
        result.rank = ranks.get(&result.entry).copied();
    }
    results.sort_by_key(|result| (result.rank.is_none(), result.rank, result.entry));

    let agreement = criteria
        .iter()
        .enumerate()
        .map(|(c, criterion)| CriterionAgreement {
            criterion: criterion.name.clone(),
            alpha: criterion_alpha(reviews, c),
        })
        .collect();

    Ok(Aggregate { view: options.view, min_reviews: options.min_reviews, entries: results, judges, agreement })
}

/// Mean, sample standard deviation and range; `None` for no values.
fn summarize(values: &[f64]) -> Option<Summary> {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let min = values.iter().copied().reduce(f64::min)?;
    let max = values.iter().copied().reduce(f64::max)?;
    let spread =
        (values.len() >= 2).then(|| (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt());
    Some(Summary { mean, spread, min, max })
}
