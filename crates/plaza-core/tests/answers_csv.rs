//! Reading a track's hidden answers, and what an organizer sees when they are wrong.

use plaza_core::Metric;
use plaza_core::scoring::{Answers, Usage};

fn problems(csv: &str, metric: Metric) -> Vec<String> {
    Answers::parse(csv.as_bytes(), "id", "y", metric).expect_err("refused").problems
}

#[test]
fn answers_know_their_columns_metric_ids_and_rows() {
    let csv = "\u{feff}Usage,y,id,source\r\nPrivate,1,c,x\r\n Public ,0, a ,y\r\nPublic,true,b,z\r\n";
    let answers = Answers::parse(csv.as_bytes(), "id", "y", Metric::RocAuc).expect("valid");
    assert_eq!(answers.len(), 3);
    assert!(!answers.is_empty());
    assert_eq!(answers.metric(), Metric::RocAuc);
    assert_eq!((answers.id_column(), answers.target_column()), ("id", "y"));
    assert_eq!(answers.ids().collect::<Vec<_>>(), ["c", "a", "b"]);
    assert_eq!((answers.count(Usage::Public), answers.count(Usage::Private)), (2, 1));
}

#[test]
fn answers_need_the_id_target_and_usage_columns() {
    assert_eq!(
        problems("id,y\n1,0\n", Metric::RocAuc),
        ["line 1: the header must contain the columns 'id', 'y' and 'Usage'; found: id, y"]
    );
}

#[test]
fn every_row_must_be_public_or_private() {
    assert_eq!(
        problems("id,y,Usage\n1,0,Public\n2,1,private\n3,1,Private\n", Metric::RocAuc),
        ["line 3: Usage is 'private'; it must be Public or Private"]
    );
}

#[test]
fn ids_are_unique_and_not_empty() {
    assert_eq!(
        problems("id,y,Usage\n1,0,Public\n2,1,Private\n1,1,Private\n,1,Public\n", Metric::RocAuc),
        ["line 4: id 1 appears twice (first on line 2)", "line 5: the id ('id') is empty"]
    );
}

#[test]
fn targets_must_suit_the_metric() {
    let csv = "id,y,Usage\n1,0.5,Public\n2,1,Private\n3,,Public\n";
    assert_eq!(
        problems(csv, Metric::LogLoss),
        [
            "line 2: the target ('y') is '0.5'; log_loss needs 0 or 1 (or true/false)",
            "line 4: the target ('y') is empty"
        ]
    );
    let csv = "id,y,Usage\n1,-2,Public\n2,x,Private\n";
    assert_eq!(
        problems(csv, Metric::Rmsle),
        [
            "line 2: the target ('y') is -2; rmsle needs values of 0 or more",
            "line 3: the target ('y') is 'x', which is not a number"
        ]
    );
    let csv = "id,y,Usage\n1,-2,Public\n2,any text at all,Private\n";
    assert!(Answers::parse(csv.as_bytes(), "id", "y", Metric::F1Macro).is_ok());
}

#[test]
fn both_leaderboards_need_rows() {
    assert_eq!(
        problems("id,y,Usage\n1,0,Public\n2,1,Public\n", Metric::RocAuc),
        ["there are no Private rows; mark some rows Private in the Usage column"]
    );
    assert_eq!(problems("id,y,Usage\n", Metric::RocAuc), ["the file has a header but no answer rows"]);
    assert_eq!(
        problems("", Metric::RocAuc),
        ["the file is empty; it must start with a header line naming the columns 'id', 'y' and 'Usage'"]
    );
}
