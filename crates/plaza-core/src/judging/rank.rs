//! Competition ranking ("1, 2, 2, 4") of entries by score.

use super::EntryId;

/// Scores closer than this to the best of their group share its rank, so that
/// means which differ only by rounding tie.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// Ranks (entry, score) pairs, highest score first, and returns (entry, rank)
/// ordered by rank then entry id. Going down the scores, each score within
/// [`TIE_TOLERANCE`] of the first score of the current group joins it and
/// shares its rank; the next group's rank is one more than the number of
/// entries above it.
pub fn competition_ranks(scores: &[(EntryId, f64)]) -> Vec<(EntryId, usize)> {
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut ranked = Vec::with_capacity(sorted.len());
    let mut group: Option<(f64, usize)> = None;
    for (position, (entry, score)) in sorted.into_iter().enumerate() {
        let rank = match group {
            Some((leader, rank)) if (leader - score).abs() <= TIE_TOLERANCE => rank,
            _ => {
                group = Some((score, position + 1));
                position + 1
            }
        };
        ranked.push((entry, rank));
    }
    ranked.sort_by_key(|&(entry, rank)| (rank, entry));
    ranked
}
