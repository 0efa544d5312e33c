use std::collections::BTreeSet;

use super::*;
use crate::scoring::compute;

#[test]
fn every_metric_parses_from_its_own_name() {
    for m in Metric::ALL {
        assert_eq!(Metric::parse(m.name()), Ok(m));
    }
}

#[test]
fn a_typo_gets_a_suggestion() {
    let err = Metric::parse("rsme").expect_err("typo");
    assert_eq!(err.to_string(), "unknown metric 'rsme' (did you mean 'rmse'?)");
}

#[test]
fn a_far_name_lists_the_known_metrics() {
    let err = Metric::parse("banana").expect_err("unknown").to_string();
    assert!(err.contains("known metrics: accuracy"), "{err}");
}

#[test]
fn error_metrics_are_lower_is_better() {
    assert!(!Metric::Rmse.higher_is_better());
    assert!(Metric::RocAuc.higher_is_better());
}

#[test]
fn every_metric_has_a_name_a_label_and_a_one_sentence_explanation_that_states_its_direction() {
    for m in Metric::ALL {
        let spec = m.spec();
        assert!(!spec.name.is_empty() && !spec.label.is_empty(), "{m:?}");
        let snake = spec.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        assert!(snake, "{m:?}: a bundle name is lowercase letters, digits and '_'");
        let explanation = spec.explanation;
        assert!(explanation.ends_with('.') && !explanation.trim_end_matches('.').contains(". "), "{m:?}: one sentence");
        assert!(explanation.contains(spec.direction.phrase()), "{m:?}: the explanation says which way is better");
        let other = match spec.direction {
            Direction::HigherIsBetter => Direction::LowerIsBetter,
            Direction::LowerIsBetter => Direction::HigherIsBetter,
        };
        assert!(!explanation.contains(other.phrase()), "{m:?}: the explanation contradicts its direction");
    }
}

#[test]
fn names_are_unique_and_round_trip_through_parse_display_and_serde() {
    let names: BTreeSet<&str> = Metric::ALL.iter().map(|m| m.name()).collect();
    assert_eq!(names.len(), Metric::ALL.len(), "two metrics share a name");
    for m in Metric::ALL {
        assert_eq!(Metric::parse(&m.to_string()), Ok(m));
        let stored = serde_json::to_string(&m).expect("serializes");
        assert_eq!(stored, format!("\"{}\"", m.name()), "settings store the bundle name");
        assert_eq!(serde_json::from_str::<Metric>(&stored).expect("deserializes"), m);
    }
}

/// Perfect predictions and clearly wrong ones, as each metric's files hold them.
fn perfect_and_wrong(metric: Metric) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let truth = match metric.spec().answers {
        Kind::Label => vec![0.0, 1.0, 2.0, 1.0, 0.0, 2.0],
        Kind::Binary => vec![0.0, 1.0, 1.0, 0.0, 1.0, 0.0],
        Kind::Number | Kind::NonNegative | Kind::Probability => vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
    };
    let wrong = match metric.spec().answers {
        Kind::Label => truth.iter().map(|t| (t + 1.0) % 3.0).collect(),
        Kind::Binary => truth.iter().map(|t| 1.0 - t).collect(),
        _ => truth.iter().rev().copied().collect(),
    };
    (truth.clone(), truth, wrong)
}

#[test]
fn every_metric_has_a_function_that_scores_perfect_predictions_better_in_its_declared_direction() {
    for m in Metric::ALL {
        let (truth, perfect, wrong) = perfect_and_wrong(m);
        let best = compute(m, &truth, &perfect).unwrap_or_else(|e| panic!("{m}: {e}"));
        let worse = compute(m, &truth, &wrong).unwrap_or_else(|e| panic!("{m}: {e}"));
        assert!(m.direction().better(best, worse), "{m}: perfect {best} does not beat wrong {worse}");
        assert!(!m.direction().better(worse, best), "{m}");
    }
}

#[test]
fn a_metric_refuses_fewer_rows_than_it_needs() {
    for m in Metric::ALL {
        let short = vec![1.0; m.spec().min_rows - 1];
        assert!(compute(m, &short, &short).is_err(), "{m}");
    }
}
