//! The sample predictions file of a track: the right header, every id to
//! predict once in the answers' order, and one constant prediction that is
//! valid for the metric. It says nothing about the answers beyond the ids,
//! which are public anyway (an entrant must predict every one of them): no
//! target, no `Usage`, no count or average of the targets.

use super::answers::Answers;
use super::values::Kind;
use crate::csv_export::CsvExport;
use crate::metric::Metric;

/// The prediction every row of the sample file holds: valid for `metric`
/// and chosen without looking at the answers. A probability metric gets
/// 0.5 (a coin toss); every other metric gets 0, which is a valid number,
/// a valid yes/no and a valid label.
pub fn sample_prediction(metric: Metric) -> &'static str {
    match Kind::prediction(metric) {
        Kind::Probability => "0.5",
        Kind::Label | Kind::Binary | Kind::Number | Kind::NonNegative => "0",
    }
}

/// A sample predictions file for these ids, as CSV bytes.
///
/// Cells go through [`crate::csv_export`], so an id a spreadsheet would
/// read as a formula stays text.
pub fn sample_file<'a>(
    id_column: &str,
    target_column: &str,
    metric: Metric,
    ids: impl IntoIterator<Item = &'a str>,
) -> std::io::Result<Vec<u8>> {
    let value = sample_prediction(metric);
    let mut out = CsvExport::new();
    out.row([id_column, target_column])?;
    for id in ids {
        out.row([id, value])?;
    }
    out.finish()
}

/// The sample predictions file of a track with these answers.
pub fn sample_for(answers: &Answers) -> std::io::Result<Vec<u8>> {
    sample_file(answers.id_column(), answers.target_column(), answers.metric(), answers.ids())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{Usage, parse_predictions, score};

    fn answers(metric: Metric, targets: &[&str]) -> Answers {
        let mut csv = String::from("id,target,Usage\n");
        for (i, target) in targets.iter().enumerate() {
            let usage = if i % 2 == 0 { Usage::Public } else { Usage::Private };
            csv.push_str(&format!("row-{i},{target},{usage}\n"));
        }
        Answers::parse(csv.as_bytes(), "id", "target", metric).expect("answers")
    }

    #[test]
    fn the_sample_has_the_header_and_every_id_once_in_the_answers_order() {
        let answers = answers(Metric::Rmse, &["3.5", "7", "1", "12.25"]);
        let sample = String::from_utf8(sample_for(&answers).expect("sample")).expect("utf-8");
        assert_eq!(sample, "id,target\nrow-0,0\nrow-1,0\nrow-2,0\nrow-3,0\n");
    }

    #[test]
    fn the_sample_is_a_valid_entry_for_every_metric() {
        for metric in Metric::ALL {
            let targets: &[&str] = match Kind::truth(metric) {
                Kind::Label => &["cat", "dog", "cat", "dog"],
                Kind::Binary => &["1", "0", "0", "1"],
                _ => &["3.5", "7", "1", "12.25"],
            };
            let answers = answers(metric, targets);
            let sample = sample_for(&answers).expect("sample");
            let predictions = parse_predictions(&sample, &answers)
                .unwrap_or_else(|e| panic!("{metric}: the sample was refused: {e}"));
            score(&answers, &predictions).unwrap_or_else(|e| panic!("{metric}: the sample cannot be scored: {e}"));
        }
    }

    #[test]
    fn the_sample_holds_no_target_and_no_usage() {
        let answers = answers(Metric::Accuracy, &["secret-a", "secret-b", "secret-a", "secret-c"]);
        let sample = String::from_utf8(sample_for(&answers).expect("sample")).expect("utf-8");
        assert!(!sample.contains("secret"), "{sample}");
        assert!(!sample.contains("Usage") && !sample.contains("Public") && !sample.contains("Private"), "{sample}");
    }

    #[test]
    fn probability_metrics_get_a_coin_toss_and_others_zero() {
        assert_eq!(sample_prediction(Metric::RocAuc), "0.5");
        assert_eq!(sample_prediction(Metric::LogLoss), "0.5");
        assert_eq!(sample_prediction(Metric::Rmsle), "0");
        assert_eq!(sample_prediction(Metric::F1), "0");
        assert_eq!(sample_prediction(Metric::Accuracy), "0");
    }

    #[test]
    fn an_id_a_spreadsheet_would_run_is_written_as_text() {
        let sample = sample_file("id", "y", Metric::Mae, ["=1+1", "-7", "ok"]).expect("sample");
        assert_eq!(String::from_utf8(sample).expect("utf-8"), "id,y\n'=1+1,0\n-7,0\nok,0\n");
    }
}
