//! The bundle checker against whatever a file can hold: random text, a valid
//! manifest cut or spliced at random, huge values and huge tables. It never
//! panics, and every refusal names the manifest or a file.

use std::collections::BTreeMap;

use plaza_core::bundle::{MANIFEST, MAX_MANIFEST_BYTES, check};
use proptest::prelude::*;

const VALID: &str = r#"slug = "test-challenge"
title = "A test challenge"
summary = "Predict things."
description = "README.md"
host = "Test City"
opens_at = "2026-12-01T00:00:00Z"
closes_at = "2027-02-28T23:59:59Z"

[[datasets]]
slug = "train"
title = "Training data"
file = "data/train.csv"
license = "CC0"
source = "Test City"
[[datasets.columns]]
name = "id"
type = "integer"
description = "Row id"

[[tracks]]
slug = "predict"
kind = "predictions"
title = "Predict"
metric = "accuracy"
id_column = "id"
target_column = "found"
answers = "hidden/answers.csv"
"#;

fn bundle(manifest: Vec<u8>) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    files.insert(MANIFEST.to_owned(), manifest);
    files.insert("README.md".to_owned(), b"# Brief\n".to_vec());
    files.insert("data/train.csv".to_owned(), b"id,found\n1,1\n2,0\n".to_vec());
    files.insert("hidden/answers.csv".to_owned(), b"id,found,Usage\n3,1,Public\n4,0,Private\n".to_vec());
    files
}

fn refused_or_fine(manifest: Vec<u8>) -> Result<(), TestCaseError> {
    if let Err(problems) = check(&bundle(manifest)) {
        prop_assert!(!problems.is_empty());
        for problem in problems {
            prop_assert!(!problem.to_string().is_empty());
        }
    }
    Ok(())
}

#[test]
fn the_valid_manifest_passes() {
    assert!(check(&bundle(VALID.as_bytes().to_vec())).is_ok());
}

#[test]
fn a_manifest_over_the_size_limit_is_refused_before_it_is_parsed() {
    let mut text = VALID.to_owned();
    text.push_str(&format!("# {}\n", "x".repeat(MAX_MANIFEST_BYTES)));
    let problems = check(&bundle(text.into_bytes())).expect_err("too large");
    assert!(problems[0].to_string().contains("a manifest may be at most 1024 KB"), "{problems:?}");
}

#[test]
fn thousands_of_tables_and_deep_nesting_are_refused_or_checked_without_panicking() {
    let mut many = VALID.to_owned();
    for i in 0..5_000 {
        many.push_str(&format!("[[tracks]]\nslug = \"t{i}\"\nkind = \"ideas\"\ntitle = \"T\"\n"));
    }
    let _ = check(&bundle(many.into_bytes()));
    let deep = format!("slug = {}1{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let _ = check(&bundle(deep.into_bytes()));
    let long_key = format!("{} = 1\n", "k".repeat(500_000));
    let _ = check(&bundle(long_key.into_bytes()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        refused_or_fine(bytes)?;
    }

    #[test]
    fn a_valid_manifest_cut_or_spliced_never_panics(
        cut in 0usize..VALID.len(),
        splice in "[\\[\\]\"=.,{}\\n a-z0-9_#-]{0,64}",
        at in 0usize..VALID.len(),
    ) {
        let bytes = VALID.as_bytes();
        refused_or_fine(bytes[..cut].to_vec())?;
        let at = (0..=at).rev().find(|i| VALID.is_char_boundary(*i)).unwrap_or(0);
        let mut spliced = VALID[..at].to_owned();
        spliced.push_str(&splice);
        spliced.push_str(&VALID[at..]);
        refused_or_fine(spliced.into_bytes())?;
    }

    #[test]
    fn huge_values_in_every_field_never_panic(field in 0usize..12, size in 0usize..200_000) {
        let keys = ["slug", "title", "summary", "host", "opens_at", "license", "source", "name", "metric", "id_column", "target_column", "answers"];
        let key = keys[field];
        let value = "é".repeat(size / 2);
        let text = VALID.replacen(&format!("{key} = \""), &format!("{key} = \"{value}"), 1);
        refused_or_fine(text.into_bytes())?;
    }
}
