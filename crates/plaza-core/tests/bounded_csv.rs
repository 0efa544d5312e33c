//! Predictions and answers files are bounded before they are read into
//! memory: a header too wide, a line too long or too many rows is refused
//! with a message naming its line, and memory stays small whatever the file.
//! Garbage of any shape is refused with a message, never a panic.

use std::sync::Mutex;

use plaza_core::Metric;
use plaza_core::scoring::{
    Answers, EXTRA_ROWS, MAX_COLUMNS, MAX_LINE_BYTES, ReadPredictions, parse_predictions, parse_read_predictions,
};
use proptest::prelude::*;

/// Tests that measure the peak memory of the process run one at a time.
static MEASURING: Mutex<()> = Mutex::new(());

/// The most memory this process has used so far, in bytes (Linux).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    let kb: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of kB");
    kb * 1024
}

fn answers() -> Answers {
    let csv = "id,y,Usage\n1,0,Public\n2,1,Public\n3,0,Private\n4,1,Private\n";
    Answers::parse(csv.as_bytes(), "id", "y", Metric::RocAuc).expect("valid answers")
}

/// The problems of a refused file, the same whether it is read with the
/// answers at hand (the server) or before them (`plaza score`).
fn problems(csv: &[u8]) -> Vec<String> {
    let refused = parse_predictions(csv, &answers()).expect_err("refused");
    let read = ReadPredictions::read(csv.to_vec(), "id", "y");
    assert_eq!(parse_read_predictions(&read, &answers()), Err(refused.clone()));
    refused.problems
}

#[test]
fn a_header_of_25_million_columns_is_refused_and_memory_stays_bounded() {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut csv = b"id,y".to_vec();
    csv.resize(csv.len() + 25_000_000, b',');
    csv.extend_from_slice(b"\n1,0.5\n2,0.5\n3,0.5\n4,0.5\n");
    let answers = answers();
    let before = peak_memory();
    let refused = parse_predictions(&csv, &answers).expect_err("refused");
    let grown = peak_memory().saturating_sub(before);
    assert_eq!(
        refused.problems,
        [
            "line 1: the header has more than 1000 columns, the most Plaza reads; keep the id and target columns and leave the others out"
        ]
    );
    assert!(grown < 64 << 20, "reading the header took {} MB", grown >> 20);
}

#[test]
fn a_line_of_25_million_columns_is_refused_and_memory_stays_bounded() {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut csv = b"id,y\n1,0.5\n2,0.5".to_vec();
    csv.resize(csv.len() + 25_000_000, b',');
    csv.extend_from_slice(b"\n3,0.5\n4,0.5\n");
    let answers = answers();
    let before = peak_memory();
    let refused = parse_predictions(&csv, &answers).expect_err("refused");
    let grown = peak_memory().saturating_sub(before);
    assert_eq!(
        refused.problems[0],
        format!(
            "line 3: the line has more than {MAX_COLUMNS} columns, the most Plaza reads; keep the id and target columns and leave the others out"
        )
    );
    assert!(grown < 64 << 20, "reading the line took {} MB", grown >> 20);
}

#[test]
fn a_header_longer_than_64_kb_is_refused() {
    let mut csv = format!("id,y,{}\n", "n".repeat(MAX_LINE_BYTES)).into_bytes();
    csv.extend_from_slice(b"1,0.5,a\n");
    assert_eq!(
        problems(&csv),
        [
            "line 1: the header is longer than 64 KB, the most Plaza reads in one line; each line should hold one id and its prediction"
        ]
    );
}

#[test]
fn an_overlong_line_is_refused_naming_it_after_the_problems_before_it() {
    let csv = format!("id,y\n1,0.5\n9,0.5\n\n\"{}\",0.5\n2,0.5\n", "7".repeat(MAX_LINE_BYTES + 1));
    assert_eq!(
        problems(csv.as_bytes()),
        [
            "line 3: id 9 is not one of the ids to predict",
            "line 5: the line is longer than 64 KB, the most Plaza reads in one line; each line should hold one id and its prediction",
            "missing 3 ids: 2, 3, 4",
        ]
    );
}

#[test]
fn a_quoted_cell_spanning_many_lines_is_still_one_bounded_line() {
    let csv = format!("id,y\n\"{}\",0.5\n", "1\n".repeat(MAX_LINE_BYTES));
    let found = problems(csv.as_bytes());
    assert!(found[0].starts_with("line 2: the line is longer than 64 KB"), "{found:?}");
}

#[test]
fn more_rows_than_the_ids_allow_are_refused_naming_the_line() {
    let mut csv = String::from("id,y\n1,0.5\n2,0.5\n3,0.5\n4,0.5\n");
    for i in 0..EXTRA_ROWS + 10 {
        csv.push_str(&format!("{},0.5\n", 1 + i % 4));
    }
    let found = problems(csv.as_bytes());
    let last = found.len() - 1;
    assert_eq!(found.len(), 20, "the first 20 problems are listed: {found:?}");
    let all = parse_predictions(csv.as_bytes(), &answers()).expect_err("refused");
    assert_eq!(all.total(), EXTRA_ROWS + 1, "each repeated id until the bound, then the bound");
    assert!(found[last].contains("appears twice"), "{found:?}");
    let message = all.to_string();
    assert!(message.ends_with(&format!("... and {} more problems", EXTRA_ROWS + 1 - 20)), "{message}");
}

#[test]
fn the_row_bound_names_the_first_row_past_it() {
    let mut csv = String::from("id,y\n");
    for _ in 0..4 + EXTRA_ROWS {
        csv.push_str(",\n"); // blank rows count: they are read too
    }
    csv.push_str("1,0.5\n");
    let found = problems(csv.as_bytes());
    let line = 4 + EXTRA_ROWS + 2;
    assert_eq!(
        found[0],
        format!(
            "line {line}: the file has more than {} rows, but there are only 4 ids to predict; it needs exactly one row for each",
            4 + EXTRA_ROWS
        )
    );
}

#[test]
fn an_answers_header_too_wide_is_refused() {
    let mut csv = String::from("id,y,Usage");
    csv.push_str(&",x".repeat(MAX_COLUMNS));
    csv.push_str("\n1,0,Public\n");
    let refused = Answers::parse(csv.as_bytes(), "id", "y", Metric::RocAuc).expect_err("refused");
    assert!(refused.problems[0].starts_with("line 1: the header has more than 1000 columns"), "{refused}");
}

/// Bytes that look like CSV more often than random bytes do.
fn csvish() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b",".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"id".to_vec()),
        Just(b"y".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"0.5".to_vec()),
        Just(b"1".to_vec()),
        Just(b"2".to_vec()),
        Just(b"nan".to_vec()),
        Just(b"\xff".to_vec()),
        Just(b" ".to_vec()),
        (1usize..70_000).prop_map(|n| vec![b'9'; n]),
        (1usize..3_000).prop_map(|n| b",".repeat(n)),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat())
}

fn check(bytes: &[u8]) {
    let parsed = parse_predictions(bytes, &answers());
    // `plaza score` reads the file before the answers are ready: the same result.
    let read = ReadPredictions::read(bytes.to_vec(), "id", "y");
    assert_eq!(parse_read_predictions(&read, &answers()), parsed);
    match parsed {
        Ok(predictions) => assert_eq!(predictions.len(), 4),
        Err(errors) => {
            assert!(!errors.problems.is_empty(), "a refusal says why");
            assert!(errors.problems.len() <= 20);
            for problem in &errors.problems {
                assert!(!problem.is_empty() && problem.len() < 1_000, "{problem:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn garbage_bytes_are_refused_with_a_message_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        check(&bytes);
    }

    #[test]
    fn csv_like_garbage_of_any_size_is_refused_with_a_message_never_a_panic(bytes in csvish()) {
        check(&bytes);
        let mut headed = b"id,y\n".to_vec();
        headed.extend_from_slice(&bytes);
        check(&headed);
    }

    #[test]
    fn valid_rows_in_any_order_with_noise_columns_are_accepted(
        order in Just(vec![1, 2, 3, 4]).prop_shuffle(),
        noise in prop::collection::vec("[a-z ]{0,20}", 4),
    ) {
        let mut csv = String::from("note,y,id\n");
        for (id, note) in order.iter().zip(&noise) {
            csv.push_str(&format!("\"{note}\",0.{id},{id}\n"));
        }
        prop_assert!(parse_predictions(csv.as_bytes(), &answers()).is_ok());
    }
}
