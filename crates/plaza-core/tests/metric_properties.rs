//! Properties of the metrics, checked against plain reference definitions.

use std::collections::BTreeSet;

use plaza_core::Metric;
use plaza_core::scoring::{Answers, compute, compute_labels, parse_predictions, score};
use proptest::prelude::*;

/// 1e-9 relative, or 1e-12 absolute near zero.
fn close(a: f64, b: f64) -> bool {
    let diff = (a - b).abs();
    diff <= 1e-12 || diff <= 1e-9 * a.abs().max(b.abs())
}

/// Rows of (truth, prediction), both class codes from a few classes.
fn classes(max_class: u8) -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((0..=max_class, 0..=max_class), 1..200)
        .prop_map(|rows| rows.into_iter().map(|(t, p)| (f64::from(t), f64::from(p))).collect())
}

/// Rows of (0/1 truth, score) with scores from a small set, so there are ties.
fn scored() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((prop::bool::ANY, 0u8..=10), 2..150)
        .prop_map(|rows| rows.into_iter().map(|(t, s)| (if t { 1.0 } else { 0.0 }, f64::from(s) / 10.0)).collect())
}

fn numbers() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((0.0..1000.0f64, 0.0..1000.0f64), 2..200)
}

fn split(rows: &[(f64, f64)]) -> (Vec<f64>, Vec<f64>) {
    rows.iter().copied().unzip()
}

fn reference_roc_auc(rows: &[(f64, f64)]) -> f64 {
    let (mut won, mut pairs) = (0.0, 0.0);
    for &(_, s1) in rows.iter().filter(|r| r.0 == 1.0) {
        for &(_, s0) in rows.iter().filter(|r| r.0 == 0.0) {
            pairs += 1.0;
            won += if s1 > s0 {
                1.0
            } else if s1 == s0 {
                0.5
            } else {
                0.0
            };
        }
    }
    won / pairs
}

/// Per-class counts: (true positives, rows of the class, rows predicted as it).
fn per_class(rows: &[(f64, f64)]) -> Vec<(f64, f64, f64)> {
    let labels: BTreeSet<u64> = rows.iter().flat_map(|&(t, p)| [t.to_bits(), p.to_bits()]).collect();
    labels
        .into_iter()
        .map(f64::from_bits)
        .map(|c| {
            let tp = rows.iter().filter(|r| r.0 == c && r.1 == c).count() as f64;
            let actual = rows.iter().filter(|r| r.0 == c).count() as f64;
            let predicted = rows.iter().filter(|r| r.1 == c).count() as f64;
            (tp, actual, predicted)
        })
        .collect()
}

fn every_metric_value(rows: &[(f64, f64)], binary: &[(f64, f64)], probabilities: &[(f64, f64)]) -> Vec<Option<f64>> {
    Metric::ALL
        .into_iter()
        .map(|metric| {
            let data = match metric {
                Metric::F1 | Metric::Precision | Metric::Recall => binary,
                Metric::RocAuc | Metric::LogLoss => probabilities,
                _ => rows,
            };
            let (t, p) = split(data);
            compute(metric, &t, &p).ok()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn roc_auc_is_the_share_of_correctly_ordered_pairs(rows in scored()) {
        let (t, p) = split(&rows);
        let both = t.contains(&0.0) && t.contains(&1.0);
        match compute(Metric::RocAuc, &t, &p) {
            Ok(auc) => {
                prop_assert!(both);
                prop_assert!(close(auc, reference_roc_auc(&rows)), "{auc} vs {}", reference_roc_auc(&rows));
            }
            Err(_) => prop_assert!(!both),
        }
    }

    #[test]
    fn flipping_the_scores_gives_one_minus_roc_auc(rows in scored()) {
        let (t, p) = split(&rows);
        let flipped: Vec<f64> = p.iter().map(|s| 1.0 - s).collect();
        if let (Ok(a), Ok(b)) = (compute(Metric::RocAuc, &t, &p), compute(Metric::RocAuc, &t, &flipped)) {
            prop_assert!(close(a + b, 1.0));
        }
    }

    #[test]
    fn accuracy_is_the_share_of_equal_rows(rows in classes(4)) {
        let (t, p) = split(&rows);
        let mut equal = 0;
        for (a, b) in t.iter().zip(&p) {
            if a == b {
                equal += 1;
            }
        }
        prop_assert_eq!(compute(Metric::Accuracy, &t, &p), Ok(equal as f64 / t.len() as f64));
    }

    #[test]
    fn balanced_accuracy_is_the_mean_recall_of_the_true_classes(rows in classes(4)) {
        let (t, p) = split(&rows);
        let recalls: Vec<f64> = per_class(&rows).into_iter().filter(|c| c.1 > 0.0).map(|(tp, actual, _)| tp / actual).collect();
        let expected = recalls.iter().sum::<f64>() / recalls.len() as f64;
        let got = compute(Metric::BalancedAccuracy, &t, &p).expect("defined");
        prop_assert!(close(got, expected), "{got} vs {expected}");
    }

    #[test]
    fn f1_macro_is_the_mean_f1_of_every_class_seen(rows in classes(4)) {
        let (t, p) = split(&rows);
        let scores: Vec<f64> = per_class(&rows).into_iter().map(|(tp, actual, predicted)| {
            let precision = if predicted > 0.0 { tp / predicted } else { 0.0 };
            let recall = if actual > 0.0 { tp / actual } else { 0.0 };
            if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 }
        }).collect();
        let expected = scores.iter().sum::<f64>() / scores.len() as f64;
        let got = compute(Metric::F1Macro, &t, &p).expect("defined");
        prop_assert!(close(got, expected), "{got} vs {expected}");
    }

    #[test]
    fn precision_recall_and_f1_follow_their_definitions(rows in classes(1)) {
        let (t, p) = split(&rows);
        let count = |want_t: f64, want_p: f64| rows.iter().filter(|r| r.0 == want_t && r.1 == want_p).count() as f64;
        let (tp, fp, fn_) = (count(1.0, 1.0), count(0.0, 1.0), count(1.0, 0.0));
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        prop_assert!(close(compute(Metric::Precision, &t, &p).expect("defined"), precision));
        prop_assert!(close(compute(Metric::Recall, &t, &p).expect("defined"), recall));
        prop_assert!(close(compute(Metric::F1, &t, &p).expect("defined"), f1));
    }

    #[test]
    fn log_loss_is_the_mean_clipped_negative_log_likelihood(rows in scored()) {
        let (t, p) = split(&rows);
        let eps = f64::EPSILON;
        let expected = rows.iter().map(|&(y, q)| {
            let q = q.clamp(eps, 1.0 - eps);
            -(y * q.ln() + (1.0 - y) * (1.0 - q).ln())
        }).sum::<f64>() / rows.len() as f64;
        let got = compute(Metric::LogLoss, &t, &p).expect("defined");
        // Clipping 1 - q rather than q differs in the last bits only.
        prop_assert!((got - expected).abs() <= 1e-9 * expected.max(1.0), "{got} vs {expected}");
    }

    #[test]
    fn rmse_is_at_least_mae_and_both_are_zero_when_perfect(rows in numbers()) {
        let (t, p) = split(&rows);
        let rmse = compute(Metric::Rmse, &t, &p).expect("defined");
        let mae = compute(Metric::Mae, &t, &p).expect("defined");
        prop_assert!(rmse >= mae * (1.0 - 1e-12), "{rmse} < {mae}");
        let direct = (rows.iter().map(|(a, b)| (a - b) * (a - b)).sum::<f64>() / rows.len() as f64).sqrt();
        prop_assert!(close(rmse, direct));
        prop_assert_eq!(compute(Metric::Rmse, &t, &t), Ok(0.0));
        prop_assert_eq!(compute(Metric::Mae, &t, &t), Ok(0.0));
        prop_assert_eq!(compute(Metric::Rmsle, &t, &t), Ok(0.0));
    }

    #[test]
    fn r2_of_perfect_predictions_is_one_and_of_the_mean_is_zero(rows in numbers()) {
        let (t, _) = split(&rows);
        prop_assert_eq!(compute(Metric::R2, &t, &t), Ok(1.0));
        let mean = t.iter().sum::<f64>() / t.len() as f64;
        let r2 = compute(Metric::R2, &t, &vec![mean; t.len()]).expect("defined");
        prop_assert!(r2.abs() < 1e-9, "{r2}");
    }

    #[test]
    fn r2_with_constant_truth_is_one_or_zero(value in -100.0..100.0f64, p in prop::collection::vec(-100.0..100.0f64, 2..20)) {
        let t = vec![value; p.len()];
        prop_assert_eq!(compute(Metric::R2, &t, &t), Ok(1.0));
        let expected = if p.iter().all(|&x| x == value) { 1.0 } else { 0.0 };
        prop_assert_eq!(compute(Metric::R2, &t, &p), Ok(expected));
    }

    #[test]
    fn permuting_rows_changes_no_metric(
        (rows, binary, probabilities, order) in (classes(3), classes(1), scored()).prop_flat_map(|(r, b, s)| {
            let n = r.len().min(b.len()).min(s.len());
            let (r, b, s) = (r[..n].to_vec(), b[..n].to_vec(), s[..n].to_vec());
            (Just(r), Just(b), Just(s), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let permute = |v: &[(f64, f64)]| order.iter().map(|&i| v[i]).collect::<Vec<_>>();
        let before = every_metric_value(&rows, &binary, &probabilities);
        let after = every_metric_value(&permute(&rows), &permute(&binary), &permute(&probabilities));
        for ((metric, a), b) in Metric::ALL.into_iter().zip(&before).zip(&after) {
            match (a, b) {
                (Some(a), Some(b)) => prop_assert!(close(*a, *b), "{metric}: {a} vs {b}"),
                (a, b) => prop_assert_eq!(a.is_some(), b.is_some(), "{}", metric),
            }
        }
    }

    #[test]
    fn numeric_spellings_of_a_label_are_one_label(rows in classes(3)) {
        let written = |v: f64, long: bool| if long { format!("{v:.1}") } else { format!("{v}") };
        let t: Vec<String> = rows.iter().map(|r| written(r.0, false)).collect();
        let p: Vec<String> = rows.iter().map(|r| written(r.1, true)).collect();
        let (codes_t, codes_p) = split(&rows);
        for metric in [Metric::Accuracy, Metric::BalancedAccuracy, Metric::F1Macro] {
            let from_text = compute_labels(metric, &t, &p).expect("defined");
            let from_codes = compute(metric, &codes_t, &codes_p).expect("defined");
            prop_assert!(close(from_text, from_codes), "{metric}: {from_text} vs {from_codes}");
        }
    }

    #[test]
    fn prediction_files_in_any_row_order_get_the_same_scores(
        (rows, order) in numbers().prop_flat_map(|rows| {
            let n = rows.len();
            (Just(rows), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let mut answers = String::from("id,y,Usage\n");
        for (i, (t, _)) in rows.iter().enumerate() {
            answers.push_str(&format!("r{i},{t},{}\n", if i % 2 == 0 { "Public" } else { "Private" }));
        }
        let answers = Answers::parse(answers.as_bytes(), "id", "y", Metric::Rmse).expect("valid answers");
        let file = |order: &[usize]| {
            let mut csv = String::from("y,id\n");
            for &i in order {
                csv.push_str(&format!("{},r{i}\n", rows[i].1));
            }
            csv
        };
        let in_order: Vec<usize> = (0..rows.len()).collect();
        let a = parse_predictions(file(&in_order).as_bytes(), &answers).expect("valid predictions");
        let b = parse_predictions(file(&order).as_bytes(), &answers).expect("valid predictions");
        prop_assert_eq!(score(&answers, &a), score(&answers, &b));
    }
}
