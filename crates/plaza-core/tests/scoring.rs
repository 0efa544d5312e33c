//! Scores on the Public and Private rows, and the metric errors people see.

use plaza_core::Metric;
use plaza_core::scoring::{Answers, MetricError, Scores, Usage, compute, compute_labels, parse_predictions, score};

fn score_csv(metric: Metric, answers: &str, predictions: &str) -> Result<Scores, MetricError> {
    let answers = Answers::parse(answers.as_bytes(), "id", "y", metric).expect("valid answers");
    let predictions = parse_predictions(predictions.as_bytes(), &answers).expect("valid predictions");
    score(&answers, &predictions)
}

#[test]
fn public_and_private_rows_are_scored_apart() {
    let answers = "id,y,Usage\n1,1,Public\n2,3,Public\n3,10,Private\n4,20,Private\n5,30,Private\n";
    let predictions = "id,y\n5,33\n4,20\n3,10\n2,2\n1,1\n";
    let scores = score_csv(Metric::Mae, answers, predictions).expect("scored");
    assert_eq!(scores, Scores { public: 0.5, private: 1.0 });
}

#[test]
fn roc_auc_with_one_class_among_the_private_rows_says_so() {
    let answers = "id,y,Usage\n1,1,Public\n2,0,Public\n3,1,Private\n4,1,Private\n";
    let predictions = "id,y\n1,0.9\n2,0.1\n3,0.4\n4,0.6\n";
    let err = score_csv(Metric::RocAuc, answers, predictions).expect_err("one class");
    assert_eq!(err, MetricError::OneClass { metric: Metric::RocAuc, usage: Some(Usage::Private) });
    assert_eq!(err.to_string(), "roc_auc needs both classes among the Private rows");
}

#[test]
fn r2_on_a_single_public_row_says_so() {
    let answers = "id,y,Usage\n1,1,Public\n2,0,Private\n3,1,Private\n";
    let err = score_csv(Metric::R2, answers, "id,y\n1,1\n2,0\n3,1\n").expect_err("too few");
    assert_eq!(err.to_string(), "r2 needs at least 2 rows but there is 1 among the Public rows");
}

#[test]
fn one_class_is_fine_for_log_loss_and_the_other_metrics() {
    let answers = "id,y,Usage\n1,1,Public\n2,1,Public\n3,0,Private\n4,1,Private\n";
    let scores = score_csv(Metric::LogLoss, answers, "id,y\n1,0.5\n2,0.5\n3,0.5\n4,0.5\n").expect("scored");
    assert!((scores.public - std::f64::consts::LN_2).abs() < 1e-15, "{scores:?}");
    let scores = score_csv(Metric::F1, answers, "id,y\n1,1\n2,0\n3,0\n4,1\n").expect("scored");
    assert_eq!(scores, Scores { public: 2.0 / 3.0, private: 1.0 });
}

#[test]
fn predictions_parsed_for_other_answers_are_refused() {
    let small = Answers::parse(b"id,y,Usage\n1,1,Public\n2,0,Private\n", "id", "y", Metric::Rmse).expect("valid");
    let large =
        Answers::parse(b"id,y,Usage\n1,1,Public\n2,0,Private\n3,0,Private\n", "id", "y", Metric::Rmse).expect("valid");
    let predictions = parse_predictions(b"id,y\n1,1\n2,0\n", &small).expect("valid");
    let err = score(&large, &predictions).expect_err("mismatch");
    assert_eq!(err.to_string(), "rmse was given 3 true values but 2 predictions");
}

#[test]
fn compute_explains_what_it_cannot_use() {
    let err = |metric, t: &[f64], p: &[f64]| compute(metric, t, p).expect_err("refused").to_string();
    assert_eq!(err(Metric::RocAuc, &[1.0, 1.0], &[0.2, 0.4]), "roc_auc needs both classes among the rows");
    assert_eq!(err(Metric::Rmse, &[], &[]), "rmse needs at least 1 row but there are 0 among the rows");
    assert_eq!(err(Metric::F1, &[0.0, 2.0], &[0.0, 1.0]), "f1 needs 0 or 1 (or true/false); found 2 among the rows");
    assert_eq!(err(Metric::Mae, &[0.0, f64::NAN], &[0.0, 1.0]), "mae needs finite numbers; found NaN among the rows");
    assert_eq!(
        err(Metric::LogLoss, &[0.0, 1.0], &[0.0, 1.5]),
        "log_loss needs a probability between 0 and 1; found 1.5 among the rows"
    );
    assert_eq!(
        err(Metric::Rmsle, &[1.0], &[-1.0]),
        "rmsle needs a finite number of 0 or more; found -1 among the rows"
    );
    assert_eq!(err(Metric::Accuracy, &[1.0], &[1.0, 2.0]), "accuracy was given 1 true values but 2 predictions");
    let err = compute_labels(Metric::Recall, &["1", "maybe"], &["1", "0"]).expect_err("refused");
    assert_eq!(err.to_string(), "recall needs 0 or 1 (or true/false); found 'maybe' among the rows");
}

#[test]
fn roc_auc_on_plain_vectors_takes_any_scores() {
    assert_eq!(compute(Metric::RocAuc, &[0.0, 1.0, 0.0, 1.0], &[-3.0, 12.0, 5.0, 5.0]), Ok(0.875));
}

#[test]
fn usage_reads_and_shows_its_column_value() {
    assert_eq!(Usage::parse(" Public "), Some(Usage::Public));
    assert_eq!(Usage::parse("private"), None);
    assert_eq!(Usage::Private.to_string(), "Private");
}
