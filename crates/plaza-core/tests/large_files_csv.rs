//! Files long enough to be read in several batches of rows still report their
//! problems in line order, as short files do.

use plaza_core::Metric;
use plaza_core::scoring::{Answers, parse_predictions};

const ROWS: usize = 1000;

fn answers_csv() -> String {
    let mut csv = String::from("id,y,Usage\n");
    for i in 0..ROWS {
        csv.push_str(&format!("{i},{},{}\n", i % 2, if i % 3 == 0 { "Public" } else { "Private" }));
    }
    csv
}

fn answers() -> Answers {
    Answers::parse(answers_csv().as_bytes(), "id", "y", Metric::RocAuc).expect("valid answers")
}

#[test]
fn problems_across_batches_of_rows_are_listed_in_line_order() {
    let mut csv = b"id,y,note\n".to_vec();
    for i in 0..ROWS {
        // Line i + 2 holds id i (i + 3 after the line added after line
        // 550), except for the rows changed here.
        let line = i + 2;
        let row = match line {
            300 => "9999,0.5,x\n".to_owned(),
            301 => "5,0.5\n".to_owned(),
            302 => "7,0.5,x\n".to_owned(),
            700 => "701,2,x\n".to_owned(),
            _ => format!("{i},0.5,x\n"),
        };
        csv.extend_from_slice(row.as_bytes());
        if line == 550 {
            csv.extend_from_slice(b"548,0.5,\xff\n");
        }
    }
    let err = parse_predictions(&csv, &answers()).expect_err("refused");
    assert_eq!(
        err.problems,
        [
            "line 300: id 9999 is not one of the ids to predict",
            "line 301: has 2 fields but the header has 3",
            "line 302: id 7 appears twice (first on line 9)",
            "line 551: is not valid UTF-8 text; save the file as UTF-8",
            "line 701: the prediction for id 701 is 2; roc_auc needs a probability between 0 and 1",
            "line 704: id 701 appears twice (first on line 701)",
            "missing 4 ids, e.g. 298, 299, 300",
        ]
    );
}

#[test]
fn a_second_id_in_long_answers_names_the_first_line() {
    let mut csv = answers_csv();
    csv.push_str("17,1,Public\n");
    let err = Answers::parse(csv.as_bytes(), "id", "y", Metric::RocAuc).expect_err("refused");
    assert_eq!(err.problems, [format!("line {}: id 17 appears twice (first on line 19)", ROWS + 2)]);
}

#[test]
fn an_id_first_seen_on_a_refused_row_is_not_a_second_one_later() {
    let csv = "id,y,Usage\n1,0,public\n1,1,Public\n2,0,Private\n2,1,Private\n";
    let err = Answers::parse(csv.as_bytes(), "id", "y", Metric::RocAuc).expect_err("refused");
    assert_eq!(
        err.problems,
        ["line 2: Usage is 'public'; it must be Public or Private", "line 5: id 2 appears twice (first on line 4)"]
    );
}

#[test]
fn every_id_of_long_answers_is_found_in_any_order() {
    let answers = answers();
    let mut csv = String::from("y,id\n");
    for i in (0..ROWS).rev() {
        csv.push_str(&format!("{},{i}\n", (i % 2) as f64 * 0.6 + 0.2));
    }
    let predictions = parse_predictions(csv.as_bytes(), &answers).expect("valid predictions");
    assert_eq!(predictions.len(), ROWS);
    assert!(predictions.values().iter().enumerate().all(|(i, &v)| v == (i % 2) as f64 * 0.6 + 0.2));
    assert_eq!(answers.ids().nth(998), Some("998"));
}

/// `plaza score` reads an entry before the answers are parsed and, on a large
/// file, looks its ids up on two threads, half the rows each: the result and
/// every message, in line order, are those of the server's one pass, with
/// problems in both halves and an id repeated across them.
#[test]
fn a_large_entry_read_ahead_says_exactly_what_one_pass_says() {
    use plaza_core::scoring::{ReadPredictions, parse_read_predictions};
    const LARGE: usize = 200_000;
    let mut answers = String::from("id,y,Usage\n");
    for i in 0..LARGE {
        answers.push_str(&format!("r{i},{},{}\n", i % 2, if i % 3 == 0 { "Public" } else { "Private" }));
    }
    let answers = Answers::parse(answers.as_bytes(), "id", "y", Metric::RocAuc).expect("valid answers");
    let good: String = (0..LARGE).rev().map(|i| format!("r{i},0.{}\n", i % 10)).collect();
    let good = format!("id,y\n{good}");
    let read = ReadPredictions::read(good.as_bytes().to_vec(), "id", "y");
    let accepted = parse_predictions(good.as_bytes(), &answers).expect("valid");
    assert_eq!(parse_read_predictions(&read, &answers), Ok(accepted));

    let mut bad = String::from("id,y\n");
    for i in (0..LARGE).rev() {
        let row = match i {
            // An id of the second half repeated in the first, an unknown
            // id, an empty one, a bad value and a short row in each half.
            150_000 => "r10,0.5\n".to_owned(),
            150_001 => "nobody,0.5\n".to_owned(),
            150_002 => ",0.5\n".to_owned(),
            150_003 => format!("r{i},2\n"),
            150_004 => "r150004\n".to_owned(),
            10_000 => "nobody else,0.5\n".to_owned(),
            10_001 => "r5,0.5\n".to_owned(),
            _ => format!("r{i},0.5\n"),
        };
        bad.push_str(&row);
    }
    let refused = parse_predictions(bad.as_bytes(), &answers).expect_err("refused");
    assert!(refused.problems.len() > 5, "{:?}", refused.problems);
    let read = ReadPredictions::read(bad.into_bytes(), "id", "y");
    assert_eq!(parse_read_predictions(&read, &answers), Err(refused));
}
