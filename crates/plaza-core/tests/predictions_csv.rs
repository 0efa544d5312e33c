//! What an entrant sees when a predictions file is accepted or refused.

use plaza_core::Metric;
use plaza_core::scoring::{
    Answers, PredictionErrors, Predictions, ReadPredictions, Scores, parse_predictions, parse_read_predictions, score,
};

const ID: &str = "Inspection_ID";
const TARGET: &str = "criticalFound";

/// Four inspections: two Public, two Private, both classes in each.
fn answers(metric: Metric) -> Answers {
    let target = |yes: bool| match metric {
        Metric::Rmse | Metric::Mae | Metric::R2 | Metric::Rmsle => {
            if yes {
                "3.5"
            } else {
                "1"
            }
        }
        _ => {
            if yes {
                "1"
            } else {
                "0"
            }
        }
    };
    let csv = format!(
        "{ID},{TARGET},Usage\n101,{},Public\n102,{},Public\n103,{},Private\n104,{},Private\n",
        target(true),
        target(false),
        target(true),
        target(false)
    );
    Answers::parse(csv.as_bytes(), ID, TARGET, metric).expect("valid answers")
}

/// Parses as the server does, and checks that `plaza score`'s way (the file
/// read before the answers, then checked against them) says exactly the same.
fn parse(metric: Metric, csv: &str) -> Result<Predictions, PredictionErrors> {
    let answers = answers(metric);
    let parsed = parse_predictions(csv.as_bytes(), &answers);
    let read = ReadPredictions::read(csv.as_bytes().to_vec(), ID, TARGET);
    assert_eq!(parse_read_predictions(&read, &answers), parsed, "read first, then checked: {csv:?}");
    parsed
}

fn problems(metric: Metric, csv: &str) -> Vec<String> {
    parse(metric, csv).expect_err("the file is refused").problems
}

fn scores(metric: Metric, csv: &[u8]) -> Scores {
    let answers = answers(metric);
    let predictions = parse_predictions(csv, &answers).expect("valid predictions");
    score(&answers, &predictions).expect("scored")
}

#[test]
fn a_plain_file_is_scored_on_public_and_private_rows() {
    let csv = format!("{ID},{TARGET}\n101,0.9\n102,0.2\n103,0.1\n104,0.8\n");
    assert_eq!(scores(Metric::RocAuc, csv.as_bytes()), Scores { public: 1.0, private: 0.0 });
}

#[test]
fn bom_crlf_quotes_whitespace_extra_columns_and_any_order_are_accepted() {
    let csv = "\u{feff}\"criticalFound\",note, Inspection_ID \r\n\
               \"0.1\",\"multi\r\nline, with comma\", 104\r\n\
               \r\n\
               0.8 ,\"said \"\"no\"\"\",\"103\"\r\n\
               0.2,,102\r\n\
               \" 0.9 \",x,101";
    assert_eq!(scores(Metric::RocAuc, csv.as_bytes()), Scores { public: 1.0, private: 1.0 });
}

#[test]
fn line_numbers_count_quoted_line_breaks_and_blank_lines() {
    let csv = format!("{ID},{TARGET},note\n101,0.5,\"two\nlines\"\n\n102,0.5,x\n102,0.5,x\n103,0.5,x\n104,0.5,x\n");
    assert_eq!(problems(Metric::RocAuc, &csv), ["line 6: id 102 appears twice (first on line 5)"]);
}

#[test]
fn line_numbers_are_right_with_crlf_and_lone_cr_line_endings() {
    for ending in ["\r\n", "\r"] {
        let csv =
            [&format!("{ID},{TARGET}"), "101,0.5", "", "102,0.5", "103,0.5", "102,0.5", "104,0.5", ""].join(ending);
        assert_eq!(problems(Metric::RocAuc, &csv), ["line 6: id 102 appears twice (first on line 4)"], "{ending:?}");
    }
}

#[test]
fn a_header_without_the_columns_names_both_and_what_was_found() {
    assert_eq!(
        problems(Metric::RocAuc, "a,b\n101,1\n"),
        ["line 1: the header must contain the columns 'Inspection_ID' and 'criticalFound'; found: a, b"]
    );
}

#[test]
fn a_header_in_the_wrong_case_gets_a_hint() {
    let got = problems(Metric::RocAuc, "inspection_id,criticalFound\n101,1\n");
    assert_eq!(
        got,
        [
            "line 1: the header must contain the columns 'Inspection_ID' and 'criticalFound'; found: inspection_id, criticalFound (column names are case-sensitive: 'inspection_id' is not 'Inspection_ID')"
        ]
    );
}

#[test]
fn a_header_with_semicolons_gets_a_hint() {
    let got = problems(Metric::RocAuc, "Inspection_ID;criticalFound\n101;1\n");
    assert!(got[0].ends_with("(columns must be separated by commas; this header seems to use semicolons)"), "{got:?}");
}

#[test]
fn a_column_named_twice_is_refused() {
    let got = problems(Metric::RocAuc, &format!("{ID},{TARGET},{TARGET}\n101,1,1\n"));
    assert_eq!(got, ["line 1: column 'criticalFound' appears twice in the header"]);
}

#[test]
fn a_row_with_the_wrong_number_of_fields_is_refused() {
    let csv = format!("{ID},{TARGET}\n101,0.5\n102,0,5\n103\n104,0.5\n");
    assert_eq!(
        problems(Metric::RocAuc, &csv),
        [
            "line 3: has 3 fields but the header has 2 (a value with a comma must be put in double quotes)",
            "line 4: has 1 field but the header has 2",
            "missing 2 ids: 102, 103",
        ]
    );
}

#[test]
fn a_duplicate_id_names_both_lines() {
    let csv = format!("{ID},{TARGET}\n101,1\n102,0\n103,1\n104,0\n102,1\n");
    assert_eq!(problems(Metric::RocAuc, &csv), ["line 6: id 102 appears twice (first on line 3)"]);
}

#[test]
fn an_unknown_id_is_refused() {
    let csv = format!("{ID},{TARGET}\n101,1\n102,0\n103,1\n104,0\n99,1\n");
    assert_eq!(problems(Metric::RocAuc, &csv), ["line 6: id 99 is not one of the ids to predict"]);
}

#[test]
fn missing_ids_are_counted_with_the_first_three_in_answer_order() {
    let mut answers = format!("{ID},{TARGET},Usage\n");
    for id in 507200..507215 {
        answers.push_str(&format!("{id},{},{}\n", id % 2, if id % 3 == 0 { "Public" } else { "Private" }));
    }
    let answers = Answers::parse(answers.as_bytes(), ID, TARGET, Metric::RocAuc).expect("valid answers");
    let csv = format!("{ID},{TARGET}\n507214,0.5\n507200,0.5\n507201,0.5\n507203,0.5\n");
    let err = parse_predictions(csv.as_bytes(), &answers).expect_err("missing ids");
    assert_eq!(err.problems, ["missing 11 ids, e.g. 507202, 507204, 507205"]);
}

#[test]
fn a_single_missing_id_is_named() {
    let csv = format!("{ID},{TARGET}\n101,1\n102,0\n104,0\n");
    assert_eq!(problems(Metric::RocAuc, &csv), ["missing 1 id: 103"]);
}

#[test]
fn a_value_that_is_not_a_number_is_quoted() {
    let csv = format!("{ID},{TARGET}\n101,high\n102,\"0,5\"\n103,1\n104,0\n");
    assert_eq!(
        problems(Metric::RocAuc, &csv),
        [
            "line 2: the prediction for id 101 is 'high', which is not a number",
            "line 3: the prediction for id 102 is '0,5', which is not a number (use a dot for decimals)",
        ]
    );
}

#[test]
fn nan_and_infinite_values_are_refused() {
    let csv = format!("{ID},{TARGET}\n101,NaN\n102,inf\n103,-Infinity\n104,2\n");
    assert_eq!(
        problems(Metric::Rmse, &csv),
        [
            "line 2: the prediction for id 101 is 'NaN'; it must be a finite number",
            "line 3: the prediction for id 102 is 'inf'; it must be a finite number",
            "line 4: the prediction for id 103 is '-Infinity'; it must be a finite number",
        ]
    );
}

#[test]
fn negative_values_are_refused_for_rmsle_only() {
    let csv = format!("{ID},{TARGET}\n101,-0.5\n102,1\n103,0\n104,2\n");
    assert_eq!(
        problems(Metric::Rmsle, &csv),
        ["line 2: the prediction for id 101 is -0.5; rmsle needs values of 0 or more"]
    );
    assert!(parse(Metric::Rmse, &csv).is_ok());
}

#[test]
fn probabilities_outside_zero_to_one_are_refused() {
    let csv = format!("{ID},{TARGET}\n101,1.01\n102,-0.1\n103,0\n104,1\n");
    assert_eq!(
        problems(Metric::LogLoss, &csv),
        [
            "line 2: the prediction for id 101 is 1.01; log_loss needs a probability between 0 and 1",
            "line 3: the prediction for id 102 is -0.1; log_loss needs a probability between 0 and 1",
        ]
    );
}

#[test]
fn yes_no_metrics_take_zero_one_true_or_false() {
    let csv = format!("{ID},{TARGET}\n101,TRUE\n102,false\n103,1.0\n104,0\n");
    assert_eq!(scores(Metric::F1, csv.as_bytes()), Scores { public: 1.0, private: 1.0 });
    let csv = format!("{ID},{TARGET}\n101,yes\n102,0.7\n103,1\n104,0\n");
    assert_eq!(
        problems(Metric::F1, &csv),
        [
            "line 2: the prediction for id 101 is 'yes'; f1 needs 0 or 1 (or true/false)",
            "line 3: the prediction for id 102 is '0.7'; f1 needs 0 or 1 (or true/false)",
        ]
    );
}

#[test]
fn labels_may_be_any_text_and_unknown_labels_are_just_wrong() {
    let answers = "id,kind,Usage\n1,cafe,Public\n2,bakery,Public\n3,cafe,Private\n4,1,Private\n";
    let answers = Answers::parse(answers.as_bytes(), "id", "kind", Metric::Accuracy).expect("valid answers");
    let csv = "id,kind\n1, cafe \n2,Bakery\n3,school\n4,1.0\n";
    let predictions = parse_predictions(csv.as_bytes(), &answers).expect("valid predictions");
    assert_eq!(score(&answers, &predictions).expect("scored"), Scores { public: 0.5, private: 0.5 });
}

#[test]
fn empty_ids_and_empty_predictions_are_refused() {
    let csv = format!("{ID},{TARGET}\n,0.5\n101,\n102,0\n103,1\n104,0\n");
    assert_eq!(
        problems(Metric::RocAuc, &csv),
        ["line 2: the id ('Inspection_ID') is empty", "line 3: the prediction for id 101 is empty"]
    );
}

#[test]
fn an_empty_file_says_what_it_must_start_with() {
    let expected =
        ["the file is empty; it must start with a header line naming the columns 'Inspection_ID' and 'criticalFound'"];
    assert_eq!(problems(Metric::RocAuc, ""), expected);
    assert_eq!(problems(Metric::RocAuc, "\u{feff}\r\n \n"), expected);
}

#[test]
fn a_header_without_rows_says_how_many_are_needed() {
    assert_eq!(
        problems(Metric::RocAuc, &format!("{ID},{TARGET}\r\n")),
        ["the file has a header but no predictions; it needs one row for each of the 4 ids"]
    );
}

#[test]
fn invalid_utf8_is_reported_and_reading_goes_on() {
    let mut csv = format!("{ID},{TARGET}\n101,0.5\n102,").into_bytes();
    csv.extend_from_slice(b"\xff\xfe\n103,0.5\n104,0.5\n99,1\n");
    let err = parse_predictions(&csv, &answers(Metric::RocAuc)).expect_err("bad bytes");
    assert_eq!(
        err.problems,
        [
            "line 3: is not valid UTF-8 text; save the file as UTF-8",
            "line 6: id 99 is not one of the ids to predict",
            "missing 1 id: 102",
        ]
    );
}

#[test]
fn only_the_first_twenty_problems_are_listed_and_the_rest_counted() {
    let mut csv = format!("{ID},{TARGET}\n101,1\n102,0\n103,1\n104,0\n");
    for id in 0..50 {
        csv.push_str(&format!("x{id},1\n"));
    }
    let err = parse(Metric::RocAuc, &csv).expect_err("unknown ids");
    assert_eq!(err.problems.len(), 20);
    assert_eq!(err.more, 30);
    assert_eq!(err.total(), 50);
    assert_eq!(err.problems[19], "line 25: id x19 is not one of the ids to predict");
    let shown = err.to_string();
    assert_eq!(shown.lines().count(), 21);
    assert!(shown.starts_with("line 6: id x0 is not one of the ids to predict\nline 7: id x1 "), "{shown}");
    assert!(shown.ends_with("\n... and 30 more problems"), "{shown}");
}

#[test]
fn errors_are_shown_one_per_line() {
    let err = PredictionErrors { problems: vec!["line 2: a".into(), "line 3: b".into()], more: 1 };
    assert_eq!(err.to_string(), "line 2: a\nline 3: b\n... and 1 more problem");
    let err = PredictionErrors { problems: vec!["missing 1 id: 7".into()], more: 0 };
    assert_eq!(err.to_string(), "missing 1 id: 7");
}

#[test]
fn long_ids_and_values_are_cut_in_messages() {
    let long = "z".repeat(100);
    let csv = format!("{ID},{TARGET}\n{long},{long}\n101,1\n102,0\n103,1\n104,0\n");
    let got = problems(Metric::RocAuc, &csv);
    assert_eq!(got, [format!("line 2: id {}… is not one of the ids to predict", "z".repeat(40))]);
}

#[test]
fn a_million_rows_are_parsed_and_scored() {
    const N: usize = 1_000_000;
    let mut answers = String::with_capacity(N * 20);
    answers.push_str("id,y,Usage\n");
    for i in 0..N {
        answers.push_str(&format!(
            "{},{},{}\n",
            7_000_000 + i,
            (i * 7919) % 3 == 0,
            if i % 4 == 0 { "Public" } else { "Private" }
        ));
    }
    let answers = Answers::parse(answers.as_bytes(), "id", "y", Metric::RocAuc).expect("valid answers");
    let mut csv = String::with_capacity(N * 20);
    csv.push_str("id,y\n");
    for i in (0..N).rev() {
        csv.push_str(&format!(
            "{},{}\n",
            7_000_000 + i,
            ((i * 7919) % 3 == 0) as u8 as f64 * 0.5 + (i % 10) as f64 / 20.0
        ));
    }
    let predictions = parse_predictions(csv.as_bytes(), &answers).expect("valid predictions");
    assert_eq!(predictions.len(), N);
    let scores = score(&answers, &predictions).expect("scored");
    assert!(scores.public > 0.9 && scores.private > 0.9, "{scores:?}");
}
