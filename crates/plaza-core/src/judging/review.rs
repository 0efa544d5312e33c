//! A judge's scores for one entry, and what can be wrong with a set of them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{EntryId, JudgeId, SCORE_RANGE};
use crate::Criterion;

/// One judge's rubric scores for one entry: one score per criterion, in the
/// rubric's order, each from 1 to 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub judge: JudgeId,
    pub entry: EntryId,
    pub scores: Vec<u8>,
}

/// Reviews or a rubric that cannot be aggregated. These are bugs upstream
/// (forms check scores), so the messages name ids rather than titles.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("the rubric has no criterion with a weight above 0")]
    NoWeight,
    #[error(
        "judge {judge}'s review of entry {entry} has {}; the rubric has {}",
        count(*scores, "score", "scores"),
        count(*criteria, "criterion", "criteria")
    )]
    WrongCount { judge: JudgeId, entry: EntryId, scores: usize, criteria: usize },
    #[error("judge {judge}'s review of entry {entry} gives '{criterion}' a {score}; scores run from 1 to 5")]
    OutOfRange { judge: JudgeId, entry: EntryId, criterion: String, score: u8 },
    #[error("judge {judge} reviewed entry {entry} more than once")]
    Duplicate { judge: JudgeId, entry: EntryId },
    #[error("judge {judge} reviewed entry {entry}, which is not among the entries")]
    UnknownEntry { judge: JudgeId, entry: EntryId },
}

/// Checks every review against the rubric and the entries, and returns the sum
/// of the weights.
pub(super) fn check(
    entries: &BTreeSet<EntryId>,
    criteria: &[Criterion],
    reviews: &[Review],
) -> Result<u64, ReviewError> {
    let total_weight: u64 = criteria.iter().map(|c| u64::from(c.weight)).sum();
    if total_weight == 0 {
        return Err(ReviewError::NoWeight);
    }
    let mut seen = BTreeSet::new();
    for review in reviews {
        let (judge, entry) = (review.judge, review.entry);
        if !entries.contains(&entry) {
            return Err(ReviewError::UnknownEntry { judge, entry });
        }
        if !seen.insert((judge, entry)) {
            return Err(ReviewError::Duplicate { judge, entry });
        }
        if review.scores.len() != criteria.len() {
            return Err(ReviewError::WrongCount {
                judge,
                entry,
                scores: review.scores.len(),
                criteria: criteria.len(),
            });
        }
        if let Some((criterion, &score)) =
            criteria.iter().zip(&review.scores).find(|(_, score)| !SCORE_RANGE.contains(score))
        {
            return Err(ReviewError::OutOfRange { judge, entry, criterion: criterion.name.clone(), score });
        }
    }
    Ok(total_weight)
}

/// Σ weight × score: the weighted score times the sum of the weights, kept
/// whole so that equal scores compare exactly.
pub(super) fn weighted_sum(criteria: &[Criterion], review: &Review) -> u64 {
    criteria.iter().zip(&review.scores).map(|(c, &s)| u64::from(c.weight) * u64::from(s)).sum()
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
