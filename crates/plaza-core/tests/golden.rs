//! Every metric against values computed by scikit-learn
//! (`tests/golden/make_golden.py` writes `tests/golden/metrics.json`).

use plaza_core::Metric;
use plaza_core::scoring::{Answers, Usage, compute_labels, parse_predictions, score};
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    sklearn: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    metric: String,
    y_true: Vec<String>,
    y_pred: Vec<String>,
    expected: Option<f64>,
    error: Option<String>,
}

fn golden() -> Golden {
    serde_json::from_str(include_str!("golden/metrics.json")).expect("metrics.json is valid")
}

/// 1e-9 relative, or 1e-12 absolute near zero.
fn close(expected: f64, actual: f64) -> bool {
    let diff = (expected - actual).abs();
    diff <= 1e-12 || diff <= 1e-9 * expected.abs().max(actual.abs())
}

/// Checks one case's outcome; returns a line describing a mismatch.
fn judge(case: &Case, outcome: Result<f64, String>) -> Option<String> {
    match (case.expected, outcome) {
        (Some(expected), Ok(actual)) if close(expected, actual) => None,
        (Some(expected), Ok(actual)) => Some(format!("{}: expected {expected}, got {actual}", case.name)),
        (Some(expected), Err(err)) => Some(format!("{}: expected {expected}, got the error: {err}", case.name)),
        (None, Ok(actual)) => {
            Some(format!("{}: expected an error ({}), got {actual}", case.name, case.error.as_deref().unwrap_or("?")))
        }
        (None, Err(_)) => None,
    }
}

#[test]
fn golden_file_covers_every_metric_and_stays_small() {
    let golden = golden();
    assert!(!golden.sklearn.is_empty());
    for metric in Metric::ALL {
        let cases: Vec<&Case> = golden.cases.iter().filter(|c| c.metric == metric.name()).collect();
        assert!(cases.iter().filter(|c| c.expected.is_some()).count() >= 5, "{metric} has few golden values");
        assert!(cases.iter().any(|c| c.expected.is_none()), "{metric} has no error case");
    }
    assert!(include_str!("golden/metrics.json").len() < 200 * 1024);
}

#[test]
fn every_metric_matches_scikit_learn_on_csv_cells() {
    let golden = golden();
    let failures: Vec<String> = golden
        .cases
        .iter()
        .filter_map(|case| {
            let metric = Metric::parse(&case.metric).expect("known metric");
            judge(case, compute_labels(metric, &case.y_true, &case.y_pred).map_err(|e| e.to_string()))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), golden.cases.len(), failures.join("\n"));
}

fn csv_bytes(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(&row).expect("write row");
    }
    writer.into_inner().expect("flush")
}

/// Scores a case through answers and predictions files in which each row
/// appears twice, once Public and once Private, so both scores are the case's.
fn score_through_files(case: &Case, metric: Metric) -> Result<f64, String> {
    let header = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let mut answers = vec![header(&["id", "target", "Usage"])];
    let mut predictions = vec![header(&["target", "note", "id"])];
    for (usage, prefix) in [(Usage::Public, "p"), (Usage::Private, "q")] {
        for (i, (t, p)) in case.y_true.iter().zip(&case.y_pred).enumerate() {
            answers.push(vec![format!("{prefix}{i}"), t.clone(), usage.name().to_owned()]);
            predictions.push(vec![p.clone(), "extra, ignored".to_owned(), format!("{prefix}{i}")]);
        }
    }
    // Any row order will do.
    predictions[1..].reverse();
    let answers = Answers::parse(&csv_bytes(answers), "id", "target", metric).map_err(|e| e.to_string())?;
    let predictions = parse_predictions(&csv_bytes(predictions), &answers).map_err(|e| e.to_string())?;
    let scores = score(&answers, &predictions).map_err(|e| e.to_string())?;
    assert_eq!(scores.public.to_bits(), scores.private.to_bits(), "{}: the two halves differ", case.name);
    Ok(scores.private)
}

#[test]
fn every_metric_matches_scikit_learn_through_answers_and_predictions_files() {
    let golden = golden();
    let failures: Vec<String> = golden
        .cases
        .iter()
        .filter_map(|case| {
            let metric = Metric::parse(&case.metric).expect("known metric");
            judge(case, score_through_files(case, metric))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), golden.cases.len(), failures.join("\n"));
}
