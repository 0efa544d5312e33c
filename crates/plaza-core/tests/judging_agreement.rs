//! Krippendorff's alpha against the published example and a case worked by hand.

use plaza_core::judging::{Review, criterion_alpha, interval_alpha, nominal_alpha};

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section
/// C: four observers, twelve units, missing values as `None`. The paper gives
/// alpha = 0.743 (nominal) and 0.849 (interval).
const OBSERVERS: [[Option<i32>; 12]; 4] = {
    const N: Option<i32> = None;
    [
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(1), Some(4), Some(1), Some(2), N, N, N],
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(2), Some(4), Some(1), Some(2), Some(5), N, Some(3)],
        [N, Some(3), Some(3), Some(3), Some(2), Some(3), Some(4), Some(2), Some(2), Some(5), Some(1), N],
        [Some(1), Some(2), Some(3), Some(3), Some(2), Some(4), Some(4), Some(1), Some(2), Some(5), Some(1), N],
    ]
};

fn krippendorff_units() -> Vec<Vec<i32>> {
    (0..12).map(|unit| OBSERVERS.iter().filter_map(|observer| observer[unit]).collect()).collect()
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[test]
fn interval_alpha_matches_krippendorffs_published_example() {
    let alpha = interval_alpha(&krippendorff_units()).expect("defined");
    assert_eq!(round3(alpha), 0.849, "{alpha}");
}

#[test]
fn nominal_alpha_matches_krippendorffs_published_example() {
    let alpha = nominal_alpha(&krippendorff_units()).expect("defined");
    assert_eq!(round3(alpha), 0.743, "{alpha}");
}

#[test]
fn interval_alpha_of_a_small_case_worked_by_hand_is_eight_elevenths() {
    // Units {1, 2}, {3, 3} and {5} (one value: not pairable, dropped); n = 4.
    // Observed: unit {1, 2} has ordered pairs (1,2), (2,1): Σδ = 1 + 1 = 2,
    //   divided by m − 1 = 1; unit {3, 3} adds 0. D_o = 2 / n = 0.5.
    // Expected: values 1, 2, 3, 3; unordered squared differences 1, 4, 4, 1, 1, 0
    //   sum to 11, ordered 22. D_e = 22 / (4·3) = 11/6.
    // alpha = 1 − 0.5 / (11/6) = 1 − 3/11 = 8/11.
    let alpha = interval_alpha(&[vec![1, 2], vec![3, 3], vec![5]]).expect("defined");
    assert!((alpha - 8.0 / 11.0).abs() < 1e-12, "{alpha}");
}

#[test]
fn perfect_agreement_is_exactly_one() {
    assert_eq!(interval_alpha(&[vec![1, 1, 1], vec![4, 4], vec![2, 2]]), Some(1.0));
    assert_eq!(nominal_alpha(&[vec![1, 1, 1], vec![4, 4], vec![2, 2]]), Some(1.0));
}

#[test]
fn alpha_is_undefined_without_pairable_units_or_without_any_variation() {
    assert_eq!(interval_alpha(&[]), None);
    assert_eq!(interval_alpha(&[vec![3], vec![4], vec![]]), None);
    assert_eq!(interval_alpha(&[vec![3, 3], vec![3, 3, 3], vec![5]]), None);
    assert_eq!(nominal_alpha(&[vec![2, 2]]), None);
}

#[test]
fn criterion_alpha_treats_entries_as_units_and_unreviewed_pairs_as_missing() {
    // The same hand-worked case as reviews of criterion 1 (index 1).
    let review = |judge, entry, score| Review { judge, entry, scores: vec![5, score] };
    let reviews = [review(1, 10, 1), review(2, 10, 2), review(1, 20, 3), review(3, 20, 3), review(2, 30, 5)];
    let alpha = criterion_alpha(&reviews, 1).expect("defined");
    assert!((alpha - 8.0 / 11.0).abs() < 1e-12, "{alpha}");
    assert_eq!(criterion_alpha(&reviews, 0), None, "every score of criterion 0 is 5");
}
