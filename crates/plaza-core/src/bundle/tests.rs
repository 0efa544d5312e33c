use std::collections::BTreeMap;

use super::*;

const MANIFEST_TEXT: &str = r#"slug = "test-challenge"
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
source = "Test City open data portal"
caveats = "Some rows are *odd*."
[[datasets.columns]]
name = "id"
type = "integer"
description = "Row id"
[[datasets.columns]]
name = "when"
type = "date"
description = "Inspection date"
[[datasets.columns]]
name = "found"
type = "boolean"
description = "1 if something was found"

[[tracks]]
slug = "predict"
kind = "predictions"
title = "Predict findings"
metric = "roc_auc"
id_column = "id"
target_column = "found"
answers = "hidden/answers.csv"
daily_limit = 3

[[tracks]]
slug = "program"
kind = "code"
title = "Ship a program"
metric = "rmse"
id_column = "id"
target_column = "found"
[[tracks.cases]]
input = "hidden/input.csv"
answers = "hidden/answers.csv"
[tracks.limits]
time_ms = 2000
memory_mb = 64
output_kb = 128

[[tracks]]
slug = "ideas"
kind = "ideas"
title = "Ideas"
judges_per_entry = 2
[[tracks.criteria]]
name = "Impact"
weight = 3
description = "Who benefits?"
levels = ["none", "little", "some", "much", "transformative"]
"#;

fn files() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    files.insert(MANIFEST.to_owned(), MANIFEST_TEXT.as_bytes().to_vec());
    files.insert("README.md".to_owned(), b"# Brief\n".to_vec());
    files.insert("data/train.csv".to_owned(), b"id,when,found\n1,2020-01-01,1\n2,2020-01-02,0\n3,,1\n".to_vec());
    files
        .insert("hidden/answers.csv".to_owned(), b"id,found,Usage\n10,1,Public\n11,0,Private\n12,1,Private\n".to_vec());
    files.insert("hidden/input.csv".to_owned(), b"id,when\n10,2021-01-01\n11,2021-01-02\n12,2021-01-03\n".to_vec());
    files
}

fn with_manifest(edit: impl Fn(&str) -> String) -> BTreeMap<String, Vec<u8>> {
    let mut f = files();
    f.insert(MANIFEST.to_owned(), edit(MANIFEST_TEXT).into_bytes());
    f
}

fn problems(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    match check(files) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn assert_problem(files: &BTreeMap<String, Vec<u8>>, expected: &str) {
    let found = problems(files);
    assert!(found.iter().any(|p| p == expected), "expected {expected:?} in {found:#?}");
}

#[test]
fn a_valid_bundle_passes_with_every_table() {
    let bundle = check(&files()).expect("valid bundle");
    let m = &bundle.manifest;
    assert_eq!(m.slug.as_str(), "test-challenge");
    assert_eq!(m.datasets[0].row_count, 3);
    assert_eq!(m.datasets[0].columns.len(), 3);
    assert_eq!(m.tracks.len(), 3);
    match &m.tracks[1].kind {
        TrackSpecKind::Code { cases, limits, daily_limit, .. } => {
            assert_eq!(cases.len(), 1);
            assert_eq!(limits.memory_mb, 64);
            assert_eq!(*daily_limit, 5, "daily_limit defaults to 5");
        }
        other => panic!("expected a code track, got {other:?}"),
    }
    match &m.tracks[2].kind {
        TrackSpecKind::Ideas { judges_per_entry, criteria } => {
            assert_eq!(*judges_per_entry, 2);
            assert_eq!(criteria[0].levels.len(), 5);
        }
        other => panic!("expected an ideas track, got {other:?}"),
    }
    assert_eq!(bundle.description_md, "# Brief\n");
    let hidden: Vec<&str> = bundle.files.iter().filter(|f| f.hidden).map(|f| f.path.as_str()).collect();
    assert_eq!(hidden, ["hidden/answers.csv", "hidden/input.csv"]);
}

#[test]
fn a_typo_in_a_metric_names_line_field_and_suggestion() {
    let f = with_manifest(|t| t.replacen("metric = \"rmse\"", "metric = \"rsme\"", 1));
    assert_problem(&f, "challenge.toml line 43: tracks[1].metric: unknown metric 'rsme' (did you mean 'rmse'?)");
}

#[test]
fn unknown_keys_are_reported_everywhere_at_once() {
    let f = with_manifest(|t| {
        t.replace("host = \"Test City\"", "host = \"Test City\"\nhots = 1")
            .replace("license = \"CC0\"", "license = \"CC0\"\nlicence = \"x\"")
            .replace("time_ms = 2000", "time_ms = 2000\nfuel = 9")
    });
    let found = problems(&f);
    assert!(
        found.contains(&"challenge.toml line 6: hots: unknown key (did you mean 'host'?)".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.contains("datasets[0].licence: unknown key (did you mean 'license'?)")),
        "{found:#?}"
    );
    assert!(found.iter().any(|p| p.contains("tracks[1].limits.fuel: unknown key")), "{found:#?}");
}

#[test]
fn missing_and_unreadable_files_are_named() {
    let mut f = files();
    f.remove("data/train.csv");
    f.remove("README.md");
    assert_problem(
        &f,
        "challenge.toml line 12: datasets[0].file: 'data/train.csv' cannot be read: the file does not exist",
    );
    assert_problem(&f, "challenge.toml line 4: description: 'README.md' cannot be read: the file does not exist");
}

#[test]
fn a_hidden_file_cannot_be_a_public_dataset() {
    let f = with_manifest(|t| t.replace("file = \"data/train.csv\"", "file = \"hidden/answers.csv\""));
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p
            .starts_with("challenge.toml line 12: datasets[0].file: 'hidden/answers.csv' is in the hidden/ folder")),
        "{found:#?}"
    );
}

#[test]
fn answers_must_live_under_hidden() {
    let f =
        with_manifest(|t| t.replace("answers = \"hidden/answers.csv\"\ndaily", "answers = \"data/train.csv\"\ndaily"));
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p.contains("tracks[0].answers: 'data/train.csv' must be inside the hidden/ folder")),
        "{found:#?}"
    );
}

#[test]
fn paths_may_not_escape_the_bundle() {
    for bad in ["../secret.csv", "/etc/passwd", "data/../../x.csv", "C:\\x.csv"] {
        let f = with_manifest(|t| t.replace("file = \"data/train.csv\"", &format!("file = {bad:?}")));
        let found = problems(&f);
        assert!(found.iter().any(|p| p.contains("datasets[0].file")), "{bad}: {found:#?}");
    }
}

#[test]
fn answers_without_usage_column_are_rejected() {
    let mut f = files();
    f.insert("hidden/answers.csv".into(), b"id,found\n10,1\n".to_vec());
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p.starts_with(
            "hidden/answers.csv line 1: an answers file needs the columns 'id', 'found' and 'Usage'; missing 'Usage'"
        )),
        "{found:#?}"
    );
}

#[test]
fn duplicate_and_empty_ids_and_bad_usage_are_line_numbered() {
    let mut f = files();
    f.insert(
        "hidden/answers.csv".into(),
        b"id,found,Usage\n10,1,Public\n10,0,Private\n,1,Private\n12,1,public\n".to_vec(),
    );
    assert_problem(&f, "hidden/answers.csv line 3: id 10 appears twice (first on line 2)");
    assert_problem(&f, "hidden/answers.csv line 4: the id ('id') is empty");
    assert_problem(&f, "hidden/answers.csv line 5: Usage is 'public'; it must be Public or Private");
}

#[test]
fn a_track_needs_public_and_private_rows() {
    let mut f = files();
    f.insert("hidden/answers.csv".into(), b"id,found,Usage\n10,1,Public\n11,0,Public\n12,1,Public\n".to_vec());
    let found = problems(&f);
    assert!(found.iter().any(|p| p.starts_with("hidden/answers.csv: has no Private rows")), "{found:#?}");
}

#[test]
fn closes_before_opens_is_rejected() {
    let f =
        with_manifest(|t| t.replace("closes_at = \"2027-02-28T23:59:59Z\"", "closes_at = \"2026-01-01T00:00:00Z\""));
    assert_problem(&f, "challenge.toml line 7: closes_at: must be later than opens_at");
}

#[test]
fn bad_dates_say_what_is_expected() {
    let f = with_manifest(|t| t.replace("\"2026-12-01T00:00:00Z\"", "\"1 December 2026\""));
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p.starts_with("challenge.toml line 6: opens_at: '1 December 2026' is not an RFC 3339")),
        "{found:#?}"
    );
}

#[test]
fn duplicate_slugs_are_rejected() {
    let f = with_manifest(|t| t.replace("slug = \"program\"", "slug = \"predict\""));
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p.contains("tracks[1].slug: 'predict' is used by another entry of tracks")),
        "{found:#?}"
    );
}

#[test]
fn data_dictionary_must_match_the_header_and_types() {
    let mut f = files();
    f.insert("data/train.csv".into(), b"id,when,extra\n1,2020-01-01,x\nabc,2020-13-45,y\n".to_vec());
    let found = problems(&f);
    assert!(!found.iter().any(|p| p.contains("'extra'")), "undescribed columns are allowed: {found:#?}");
    assert!(
        found.iter().any(|p| p.contains("column 'found' is described but data/train.csv has no such column")),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"data/train.csv line 3: column 'id' is declared integer (whole number) but has 'abc'".to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn a_case_input_must_hold_the_same_ids_as_its_answers() {
    let mut f = files();
    f.insert("hidden/input.csv".into(), b"id,when\n10,2021-01-01\n99,2021-01-02\n".to_vec());
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p == "hidden/input.csv: is missing 2 ids that hidden/answers.csv has, e.g. 11, 12"),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p == "hidden/input.csv: has 1 ids that hidden/answers.csv does not, e.g. 99"),
        "{found:#?}"
    );
}

#[test]
fn invalid_toml_points_at_its_line() {
    let f = with_manifest(|t| t.replace("title = \"A test challenge\"", "title = \"unterminated"));
    let found = problems(&f);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("challenge.toml line 2: is not valid TOML"), "{found:#?}");
}

#[test]
fn required_fields_and_kind_settings_are_checked() {
    let f = with_manifest(|t| {
        t.replace("summary = \"Predict things.\"\n", "")
            .replace("judges_per_entry = 2", "judges_per_entry = 0\nmetric = \"rmse\"")
    });
    let found = problems(&f);
    assert!(found.iter().any(|p| p == "challenge.toml line 1: summary: is required"), "{found:#?}");
    assert!(found.iter().any(|p| p.contains("tracks[2].judges_per_entry: 0 is out of range")), "{found:#?}");
    assert!(
        found.iter().any(|p| p.contains("tracks[2].metric: only applies to predictions and code tracks")),
        "{found:#?}"
    );
}

#[test]
fn binary_metrics_need_zero_or_one_targets() {
    let mut f = files();
    f.insert("hidden/answers.csv".into(), b"id,found,Usage\n10,yes,Public\n11,0,Private\n12,1,Private\n".to_vec());
    assert_problem(&f, "hidden/answers.csv line 2: the target ('found') is 'yes'; roc_auc needs 0 or 1");
}

#[test]
fn bom_and_crlf_are_accepted() {
    let mut f = files();
    f.insert("data/train.csv".into(), b"\xEF\xBB\xBFid,when,found\r\n1,2020-01-01,1\r\n".to_vec());
    assert!(check(&f).is_ok(), "{:#?}", problems(&f));
}
