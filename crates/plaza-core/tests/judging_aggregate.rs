//! Aggregating reviews: a case worked by hand, the errors, and ranking.

use plaza_core::Criterion;
use plaza_core::judging::{AggregateOptions, Review, ReviewError, ScoreView, aggregate, competition_ranks};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn rubric() -> Vec<Criterion> {
    let criterion = |name: &str, weight| Criterion {
        name: name.to_string(),
        weight,
        description: String::new(),
        levels: Vec::new(),
    };
    vec![criterion("Impact", 3), criterion("Feasibility", 1)]
}

fn review(judge: i64, entry: i64, impact: u8, feasibility: u8) -> Review {
    Review { judge, entry, scores: vec![impact, feasibility] }
}

/// Three entries, three judges, each judge reviewing two entries; weights 3
/// and 1, so a weighted score is (3·impact + feasibility) / 4.
///
/// | judge | entry | scores | weighted       | judge mean, sd (pop.) | z  |
/// |-------|-------|--------|----------------|-----------------------|----|
/// | 1     | 10    | 5, 3   | 18/4 = 4.5     | 4.0, 0.5              | +1 |
/// | 1     | 20    | 4, 2   | 14/4 = 3.5     |                       | −1 |
/// | 2     | 20    | 3, 1   | 10/4 = 2.5     | 2.25, 0.25            | +1 |
/// | 2     | 30    | 2, 2   |  8/4 = 2.0     |                       | −1 |
/// | 3     | 10    | 4, 4   | 16/4 = 4.0     | 4.0, 0 (no variation) |  0 |
/// | 3     | 30    | 4, 4   | 16/4 = 4.0     |                       |  0 |
///
/// Raw means: entry 10 (4.5 + 4)/2 = 4.25; entry 20 (3.5 + 2.5)/2 = 3;
/// entry 30 (2 + 4)/2 = 3: ranks 1, 2, 2 (a tie). Raw spreads (sample sd of
/// two values, |a − b|/√2): 0.5/√2, 1/√2, 2/√2.
/// Normalized means: entry 10 (1 + 0)/2 = 0.5; entry 20 (−1 + 1)/2 = 0;
/// entry 30 (−1 + 0)/2 = −0.5: ranks 1, 2, 3. Spreads 1/√2, 2/√2, 1/√2.
fn worked_reviews() -> Vec<Review> {
    vec![
        review(1, 10, 5, 3),
        review(1, 20, 4, 2),
        review(2, 20, 3, 1),
        review(2, 30, 2, 2),
        review(3, 10, 4, 4),
        review(3, 30, 4, 4),
    ]
}

#[test]
fn the_worked_example_gives_the_hand_computed_raw_means_spreads_and_a_tie() {
    let options = AggregateOptions { min_reviews: 2, view: ScoreView::Raw };
    let result = aggregate(&[30, 20, 10], &rubric(), &worked_reviews(), &options).expect("valid");

    let order: Vec<(i64, Option<usize>)> = result.entries.iter().map(|e| (e.entry, e.rank)).collect();
    assert_eq!(order, vec![(10, Some(1)), (20, Some(2)), (30, Some(2))]);

    let sqrt2 = 2f64.sqrt();
    let expected = [(4.25, 0.5 / sqrt2, 4.0, 4.5), (3.0, 1.0 / sqrt2, 2.5, 3.5), (3.0, 2.0 / sqrt2, 2.0, 4.0)];
    for (entry, (mean, spread, min, max)) in result.entries.iter().zip(expected) {
        let raw = entry.raw.as_ref().expect("reviewed");
        assert!(close(raw.mean, mean), "entry {}: mean {}", entry.entry, raw.mean);
        assert!(close(raw.spread.expect("two reviews"), spread), "entry {}", entry.entry);
        assert_eq!((raw.min, raw.max), (min, max));
        assert_eq!(entry.reviews, 2);
        assert!(!entry.too_few_reviews);
    }
    assert_eq!(result.entries[0].criterion_means, vec![4.5, 3.5]);
}

#[test]
fn the_worked_example_normalized_per_judge_breaks_the_tie() {
    let options = AggregateOptions { min_reviews: 2, view: ScoreView::Normalized };
    let result = aggregate(&[10, 20, 30], &rubric(), &worked_reviews(), &options).expect("valid");

    let order: Vec<(i64, Option<usize>)> = result.entries.iter().map(|e| (e.entry, e.rank)).collect();
    assert_eq!(order, vec![(10, Some(1)), (20, Some(2)), (30, Some(3))]);

    let sqrt2 = 2f64.sqrt();
    let expected = [(0.5, 1.0 / sqrt2, 0.0, 1.0), (0.0, 2.0 / sqrt2, -1.0, 1.0), (-0.5, 1.0 / sqrt2, -1.0, 0.0)];
    for (entry, (mean, spread, min, max)) in result.entries.iter().zip(expected) {
        let z = entry.normalized.as_ref().expect("reviewed");
        assert!(close(z.mean, mean), "entry {}: mean {}", entry.entry, z.mean);
        assert!(close(z.spread.expect("two reviews"), spread), "entry {}", entry.entry);
        assert_eq!((z.min, z.max), (min, max));
    }

    let judges: Vec<(i64, f64, f64, bool)> =
        result.judges.iter().map(|j| (j.judge, j.mean, j.sd, j.normalized)).collect();
    assert_eq!(judges, vec![(1, 4.0, 0.5, true), (2, 2.25, 0.25, true), (3, 4.0, 0.0, false)]);
}

#[test]
fn entries_with_too_few_reviews_are_flagged_and_left_unranked() {
    let mut reviews = worked_reviews();
    reviews.push(review(1, 40, 1, 1));
    let options = AggregateOptions { min_reviews: 2, view: ScoreView::Raw };
    let result = aggregate(&[10, 20, 30, 40, 50], &rubric(), &reviews, &options).expect("valid");

    let tail: Vec<(i64, usize, bool, Option<usize>)> =
        result.entries[3..].iter().map(|e| (e.entry, e.reviews, e.too_few_reviews, e.rank)).collect();
    assert_eq!(tail, vec![(40, 1, true, None), (50, 0, true, None)]);
    let single = result.entries[3].raw.as_ref().expect("one review");
    assert_eq!((single.mean, single.spread), (1.0, None));
    assert_eq!(result.entries[4].raw, None);
    assert!(result.entries[4].criterion_means.is_empty());
}

#[test]
fn an_entry_without_reviews_is_never_ranked_even_when_no_minimum_is_set() {
    let options = AggregateOptions { min_reviews: 0, view: ScoreView::Raw };
    let result = aggregate(&[10, 20], &rubric(), &[review(1, 10, 3, 3)], &options).expect("valid");
    assert_eq!(result.entries[0].rank, Some(1));
    assert_eq!((result.entries[1].entry, result.entries[1].too_few_reviews, result.entries[1].rank), (20, true, None));
}

#[test]
fn agreement_is_reported_for_every_criterion() {
    let result = aggregate(&[10, 20, 30], &rubric(), &worked_reviews(), &AggregateOptions::default()).expect("valid");
    let names: Vec<&str> = result.agreement.iter().map(|a| a.criterion.as_str()).collect();
    assert_eq!(names, vec!["Impact", "Feasibility"]);
    assert!(result.agreement.iter().all(|a| a.alpha.is_some()));
}

#[test]
fn the_result_serializes_for_a_web_page() {
    let result = aggregate(&[10, 20, 30], &rubric(), &worked_reviews(), &AggregateOptions::default()).expect("valid");
    let json = serde_json::to_value(&result).expect("serializes");
    assert_eq!(json["view"], "raw");
    assert_eq!(json["entries"][0]["entry"], 10);
    assert_eq!(json["entries"][0]["raw"]["mean"], 4.25);
}

#[test]
fn reviews_that_do_not_fit_the_rubric_are_refused_with_a_plain_message() {
    let options = AggregateOptions::default();
    let refused = |reviews: &[Review]| aggregate(&[10], &rubric(), reviews, &options).expect_err("refused").to_string();
    assert_eq!(
        refused(&[review(1, 10, 6, 3)]),
        "judge 1's review of entry 10 gives 'Impact' a 6; scores run from 1 to 5"
    );
    assert_eq!(
        refused(&[review(1, 10, 3, 0)]),
        "judge 1's review of entry 10 gives 'Feasibility' a 0; scores run from 1 to 5"
    );
    assert_eq!(
        refused(&[Review { judge: 1, entry: 10, scores: vec![3] }]),
        "judge 1's review of entry 10 has 1 score; the rubric has 2 criteria"
    );
    assert_eq!(refused(&[review(1, 10, 3, 3), review(1, 10, 4, 4)]), "judge 1 reviewed entry 10 more than once");
    assert_eq!(refused(&[review(1, 11, 3, 3)]), "judge 1 reviewed entry 11, which is not among the entries");
    let weightless: Vec<Criterion> = rubric().into_iter().map(|c| Criterion { weight: 0, ..c }).collect();
    assert_eq!(aggregate(&[10], &weightless, &[], &options), Err(ReviewError::NoWeight));
}

#[test]
fn means_equal_up_to_rounding_share_a_rank() {
    let ranks = competition_ranks(&[(4, 0.3), (3, 0.1 + 0.2), (2, 0.5), (1, 0.2)]);
    assert_eq!(ranks, vec![(2, 1), (3, 2), (4, 2), (1, 4)]);
}

proptest! {
    #[test]
    fn a_rank_is_one_more_than_the_number_of_clearly_better_scores(
        scores in prop::collection::vec((0u16..40, -5i8..=5), 0..30),
    ) {
        // Scores on a 0.01 grid, nudged by at most 5e-11: near ties tie.
        let scores: Vec<(i64, f64)> = scores
            .iter()
            .enumerate()
            .map(|(id, &(grid, nudge))| (id as i64, f64::from(grid) / 100.0 + f64::from(nudge) * 1e-11))
            .collect();
        let ranks = competition_ranks(&scores);
        prop_assert_eq!(ranks.len(), scores.len());
        for &(id, rank) in &ranks {
            let mine = scores[id as usize].1;
            let better = scores.iter().filter(|(_, s)| *s > mine + 1e-9).count();
            prop_assert_eq!(rank, better + 1, "entry {}", id);
        }
        let keys: Vec<(usize, i64)> = ranks.iter().map(|&(id, rank)| (rank, id)).collect();
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]), "ordered by rank then id");
    }
}
