use std::collections::BTreeMap;

use super::*;
use crate::challenge::{Question, QuestionKind};

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
[[tracks.questions]]
key = "neighbourhood"
label = "Which neighbourhood is this for?"
kind = "single_choice"
help = "Pick the area that benefits most."
options = ["North", " Central ", "South"]
required = true
[[tracks.questions]]
key = "prototype"
label = "Link to a prototype"
kind = "link"
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
        TrackSpecKind::Ideas { judges_per_entry, criteria, questions } => {
            assert_eq!(*judges_per_entry, 2);
            assert_eq!(criteria[0].levels.len(), 5);
            assert_eq!(
                questions,
                &[
                    Question {
                        key: "neighbourhood".into(),
                        label: "Which neighbourhood is this for?".into(),
                        kind: QuestionKind::SingleChoice,
                        help: "Pick the area that benefits most.".into(),
                        options: vec!["North".into(), "Central".into(), "South".into()],
                        required: true,
                    },
                    Question {
                        key: "prototype".into(),
                        label: "Link to a prototype".into(),
                        kind: QuestionKind::Link,
                        help: String::new(),
                        options: Vec::new(),
                        required: false,
                    },
                ],
                "options are trimmed; help, options and required default to empty and false"
            );
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
fn a_time_zone_is_an_iana_name_and_utc_when_left_out() {
    let f = with_manifest(|t| {
        t.replace(
            "closes_at = \"2027-02-28T23:59:59Z\"",
            "closes_at = \"2027-02-28T23:59:59Z\"\ntime_zone = \"Chicago\"",
        )
    });
    let found = problems(&f);
    assert!(
        found.iter().any(|p| p.starts_with("challenge.toml line 8: time_zone: “Chicago” is not a time zone name")
            && p.contains("America/Chicago")),
        "{found:#?}"
    );
    let fixed = with_manifest(|t| {
        t.replace(
            "closes_at = \"2027-02-28T23:59:59Z\"",
            "closes_at = \"2027-02-28T23:59:59Z\"\ntime_zone = \"America/Chicago\"",
        )
    });
    let bundle = check(&fixed).expect("valid bundle");
    assert_eq!(bundle.manifest.time_zone.map(crate::Zone::name), Some("America/Chicago"));
    assert_eq!(check(&files()).expect("valid bundle").manifest.time_zone, None, "left to the site's default");
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

/// The manifest with the first extra question's `old` line replaced by `new`.
fn with_question(old: &str, new: &str) -> BTreeMap<String, Vec<u8>> {
    with_manifest(|t| {
        let (before, after) = t.split_once("[[tracks.questions]]").expect("the test manifest has questions");
        assert!(after.contains(old), "{old:?} is not in the first question");
        format!("{before}[[tracks.questions]]{}", after.replacen(old, new, 1))
    })
}

#[test]
fn an_unknown_question_kind_lists_the_kinds() {
    let f = with_question("kind = \"single_choice\"", "kind = \"dropdown\"");
    assert_problem(
        &f,
        "challenge.toml line 67: tracks[2].questions[0].kind: unknown kind 'dropdown' \
         (use short_text, long_text, single_choice, multiple_choice, link or file)",
    );
}

#[test]
fn an_unknown_question_key_suggests_the_right_one() {
    let f = with_question("required = true", "requried = true");
    assert_problem(
        &f,
        "challenge.toml line 70: tracks[2].questions[0].requried: unknown key (did you mean 'required'?)",
    );
}

#[test]
fn question_keys_must_be_short_lowercase_words() {
    let f = with_question("key = \"neighbourhood\"", "key = \"Neighbourhood\"");
    assert_problem(
        &f,
        "challenge.toml line 65: tracks[2].questions[0].key: 'Neighbourhood' may only use lowercase letters a-z, \
         digits and '_' (found 'N')",
    );
    let f = with_question("key = \"neighbourhood\"", "key = \"\"");
    assert_problem(&f, "challenge.toml line 65: tracks[2].questions[0].key: must not be empty");
    let f = with_question("key = \"neighbourhood\"", &format!("key = \"{}\"", "a".repeat(41)));
    assert_problem(
        &f,
        "challenge.toml line 65: tracks[2].questions[0].key: is 41 characters long; the most allowed is 40",
    );
    let f = with_question("key = \"neighbourhood\"\n", "");
    assert_problem(&f, "challenge.toml line 64: tracks[2].questions[0].key: is required");
}

#[test]
fn standard_form_fields_are_reserved_question_keys() {
    for reserved in ["title", "summary", "problem", "proposal", "datasets", "beneficiaries", "team", "contact"] {
        let f = with_question("key = \"neighbourhood\"", &format!("key = \"{reserved}\""));
        let found = problems(&f);
        let expected = format!(
            "challenge.toml line 65: tracks[2].questions[0].key: '{reserved}' is reserved: every entry form already \
             asks for it; choose another key (reserved: title, summary, problem, proposal, datasets, beneficiaries, \
             team, contact)"
        );
        assert!(found.contains(&expected), "{reserved}: {found:#?}");
    }
}

#[test]
fn a_question_key_may_appear_once_per_track() {
    let f = with_manifest(|t| t.replace("key = \"prototype\"", "key = \"neighbourhood\""));
    assert_problem(
        &f,
        "challenge.toml line 72: tracks[2].questions[1].key: question 'neighbourhood' appears twice; \
         keys must be unique in a track",
    );
}

#[test]
fn a_question_needs_a_short_label_and_help() {
    let f = with_question("label = \"Which neighbourhood is this for?\"\n", "");
    assert_problem(&f, "challenge.toml line 64: tracks[2].questions[0].label: is required");
    let f = with_question("label = \"Which neighbourhood is this for?\"", &format!("label = \"{}\"", "x".repeat(201)));
    assert_problem(
        &f,
        "challenge.toml line 66: tracks[2].questions[0].label: is 201 characters long; the most allowed is 200",
    );
    let f = with_question("help = \"Pick the area that benefits most.\"", &format!("help = \"{}\"", "x".repeat(1001)));
    assert_problem(
        &f,
        "challenge.toml line 68: tracks[2].questions[0].help: is 1001 characters long; the most allowed is 1000",
    );
}

#[test]
fn choice_questions_need_options() {
    let f = with_question("options = [\"North\", \" Central \", \"South\"]\n", "");
    assert_problem(
        &f,
        "challenge.toml line 64: tracks[2].questions[0].options: is required for a single_choice question: \
         list 2 to 50 choices",
    );
}

#[test]
fn other_questions_refuse_options() {
    let f = with_manifest(|t| t.replace("kind = \"link\"", "kind = \"link\"\noptions = [\"a\", \"b\"]"));
    assert_problem(
        &f,
        "challenge.toml line 75: tracks[2].questions[1].options: only applies to single_choice or multiple_choice \
         questions, not to a link question",
    );
}

#[test]
fn options_are_two_to_fifty_unique_short_strings() {
    let f = with_question("options = [\"North\", \" Central \", \"South\"]", "options = [\"North\"]");
    assert_problem(&f, "challenge.toml line 69: tracks[2].questions[0].options: must list 2 to 50 choices (found 1)");
    let many: Vec<String> = (0..51).map(|i| format!("Area {i}")).collect();
    let f = with_question("options = [\"North\", \" Central \", \"South\"]", &format!("options = {many:?}"));
    assert_problem(&f, "challenge.toml line 69: tracks[2].questions[0].options: must list 2 to 50 choices (found 51)");
    let f = with_question(
        "options = [\"North\", \" Central \", \"South\"]",
        &format!("options = [\"North\", \" \", \"north\", \"North \", 3, \"{}\"]", "x".repeat(201)),
    );
    let found = problems(&f);
    for expected in [
        "challenge.toml line 69: tracks[2].questions[0].options[1]: must not be empty",
        "challenge.toml line 69: tracks[2].questions[0].options[3]: 'North' appears twice; choices must be unique",
        "challenge.toml line 69: tracks[2].questions[0].options[4]: must be a string, not integer",
        "challenge.toml line 69: tracks[2].questions[0].options[5]: is 201 characters long; the most allowed is 200",
    ] {
        assert!(found.iter().any(|p| p == expected), "expected {expected:?} in {found:#?}");
    }
    assert!(!found.iter().any(|p| p.contains("options[2]")), "case differs, so 'north' is another choice: {found:#?}");
    let f = with_question("options = [\"North\", \" Central \", \"South\"]", "options = \"North, South\"");
    assert_problem(
        &f,
        "challenge.toml line 69: tracks[2].questions[0].options: must be a list of 2 to 50 choices, \
         such as [\"North\", \"South\"]",
    );
}

#[test]
fn required_must_be_true_or_false() {
    let f = with_question("required = true", "required = \"yes\"");
    assert_problem(&f, "challenge.toml line 70: tracks[2].questions[0].required: must be true or false, not string");
}

#[test]
fn a_track_has_at_most_thirty_questions() {
    // The test manifest has 2 questions; these add more after them.
    let more = |n: usize| -> String {
        (0..n)
            .map(|i| {
                format!("[[tracks.questions]]\nkey = \"extra_{i}\"\nlabel = \"Extra {i}\"\nkind = \"short_text\"\n")
            })
            .collect()
    };
    let f = with_manifest(|t| format!("{t}{}", more(29)));
    assert_eq!(
        problems(&f),
        ["challenge.toml line 187: tracks[2].questions: at most 30 questions are allowed (found 31)"],
        "the line is the 31st question's, the first one too many"
    );
    let f = with_manifest(|t| format!("{t}{}", more(28)));
    assert!(check(&f).is_ok(), "30 questions are allowed: {:#?}", problems(&f));
}

#[test]
fn questions_only_apply_to_ideas_tracks() {
    let f = with_manifest(|t| {
        t.replace(
            "daily_limit = 3\n",
            "daily_limit = 3\n[[tracks.questions]]\nkey = \"why\"\nlabel = \"Why?\"\nkind = \"short_text\"\n",
        )
    });
    let found = problems(&f);
    assert!(
        found
            .iter()
            .any(|p| p.contains("tracks[0].questions: only applies to ideas tracks, not to a predictions track")),
        "{found:#?}"
    );
}

#[test]
fn a_public_file_with_the_same_content_as_a_hidden_one_is_refused() {
    let mut f = files();
    f.insert("data/train.csv".to_owned(), f["hidden/answers.csv"].clone());
    assert_problem(
        &f,
        "challenge.toml line 12: datasets[0].file: 'data/train.csv' has exactly the same content as the hidden file 'hidden/answers.csv'; it would publish it",
    );
    let mut f = files();
    f.insert("README.md".to_owned(), f["hidden/answers.csv"].clone());
    assert_problem(
        &f,
        "challenge.toml line 4: description: 'README.md' has exactly the same content as the hidden file 'hidden/answers.csv'; it would publish it",
    );
}

#[test]
fn a_public_dataset_may_hold_the_same_test_features_as_a_case_input() {
    let mut f = with_manifest(|t| {
        t.replace(
            "[[datasets.columns]]\nname = \"found\"\ntype = \"boolean\"\ndescription = \"1 if something was found\"\n",
            "",
        )
    });
    f.insert("data/train.csv".to_owned(), f["hidden/input.csv"].clone());
    assert_eq!(problems(&f), Vec::<String>::new());
}

/// Files in memory where some paths are links to others, as a folder with
/// symbolic links would be.
struct Linked {
    files: BTreeMap<String, Vec<u8>>,
    links: BTreeMap<String, String>,
}

impl BundleSource for Linked {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        self.files.read(self.links.get(path).map_or(path, String::as_str))
    }

    fn resolved_path(&self, path: &str) -> std::io::Result<String> {
        Ok(self.links.get(path).cloned().unwrap_or_else(|| path.to_owned()))
    }
}

#[test]
fn a_public_dataset_that_links_into_hidden_is_refused_naming_the_file() {
    let mut files = files();
    files.insert("hidden/other.csv".to_owned(), b"id,when,found\n1,2020-01-01,1\n".to_vec());
    let links = BTreeMap::from([("data/train.csv".to_owned(), "hidden/other.csv".to_owned())]);
    let found: Vec<String> = match check(&Linked { files, links }) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    };
    assert!(
        found.iter().any(|p| p == "challenge.toml line 12: datasets[0].file: 'data/train.csv' is a link to the hidden file 'hidden/other.csv'; a public file must not lead into hidden/"),
        "{found:#?}"
    );
}

#[test]
fn one_answers_file_gets_the_same_messages_as_in_a_bundle() {
    let bad = b"id,found,Usage\n10,1,Public\n10,0,Private\n12,7,Private\n".to_vec();
    let mut f = files();
    f.insert("hidden/answers.csv".into(), bad.clone());
    // The bundle's two tracks share the file: each problem is listed once per track.
    let mut in_bundle: Vec<String> =
        problems(&f).into_iter().filter(|p| p.starts_with("hidden/answers.csv") && !p.contains("rmse")).collect();
    in_bundle.dedup();
    let alone: Vec<String> = check_answers_file("hidden/answers.csv", &bad, "id", "found", Metric::RocAuc)
        .expect_err("refused")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(alone, in_bundle);
    assert!(alone.contains(&"hidden/answers.csv line 3: id 10 appears twice (first on line 2)".to_owned()));
    assert!(alone.contains(&"hidden/answers.csv line 4: the target ('found') is '7'; roc_auc needs 0 or 1".to_owned()));
    let good = b"id,found,Usage\n10,1,Public\n11,0,Private\n".to_vec();
    let ids = check_answers_file("answers.csv", &good, "id", "found", Metric::RocAuc).expect("accepted");
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["10", "11"]);
}

#[test]
fn one_case_checks_its_input_against_its_answers() {
    let answers = b"id,found,Usage\n10,1,Public\n11,0,Private\n12,1,Private\n".to_vec();
    let input = b"id,when\n10,2021-01-01\n99,2021-01-02\n".to_vec();
    let found: Vec<String> =
        check_case_files(("input.csv", &input), ("answers.csv", &answers), "id", "found", Metric::Rmse)
            .expect_err("refused")
            .iter()
            .map(ToString::to_string)
            .collect();
    assert!(found.contains(&"input.csv: is missing 2 ids that answers.csv has, e.g. 11, 12".to_owned()), "{found:#?}");
    let input = b"id,when\n10,a\n11,b\n12,c\n".to_vec();
    assert!(check_case_files(("input.csv", &input), ("answers.csv", &answers), "id", "found", Metric::Rmse).is_ok());
}

mod one_pass {
    use proptest::prelude::*;

    use super::*;
    use crate::bundle::files::{check_answers, check_answers_by_record, check_answers_parsed};
    use crate::scoring::{Answers, Usage};

    const HEADERS: &[&str] =
        &["id,y,Usage", "\u{feff}id,y,Usage", "id,y,Usage,y", " id , y , Usage ", "id,Usage", "Usage,y,id,note"];
    const IDS: &[&str] = &["1", "2", "3", " 4 ", "", "R0000005", "a\"b"];
    const TARGETS: &[&str] =
        &["0", "1", "0.0", "1.0", "TRUE", "false", "0.00", "1e0", "2", "-1", "nan", "inf", "x", " ", "3.5", "\"1\""];
    const USAGES: &[&str] = &["Public", "Private", " Public ", "public", ""];

    /// One line of an answers file: a row, or something odd.
    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => (0..IDS.len(), 0..TARGETS.len(), 0..USAGES.len(), 0..3usize).prop_map(|(i, t, u, extra)| {
                let mut row = format!("{},{},{}", IDS[i], TARGETS[t], USAGES[u]);
                row.push_str(&",z".repeat(extra));
                row
            }),
            1 => Just(",,".to_owned()),
            1 => Just(String::new()),
            1 => Just("  ".to_owned()),
            1 => Just("\"5\",1,Private".to_owned()),
        ]
    }

    fn file() -> impl Strategy<Value = String> {
        (0..HEADERS.len(), proptest::collection::vec(line(), 0..8), any::<bool>()).prop_map(|(h, lines, crlf)| {
            let end = if crlf { "\r\n" } else { "\n" };
            let mut text = HEADERS[h].to_owned();
            for line in lines {
                text.push_str(end);
                text.push_str(&line);
            }
            text.push_str(end);
            text
        })
    }

    fn messages(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    fn same_answers(a: &Answers, b: &Answers) -> bool {
        a.ids().eq(b.ids())
            && Usage::ALL.iter().all(|&u| a.count(u) == b.count(u))
            && a.metric() == b.metric()
            && a.memory_bytes() > 0
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The one-pass reading changes no message: whatever the file, the
        /// bundle check says exactly what its record-by-record reading says,
        /// and the answers it parses are those scoring would parse.
        #[test]
        fn answers_read_in_one_pass_get_the_same_messages_and_ids(
            text in file(),
            metric in prop::sample::select(vec![Metric::RocAuc, Metric::Rmse, Metric::Rmsle, Metric::Accuracy, Metric::F1]),
        ) {
            let bytes = text.as_bytes();
            let (mut by_record, mut fast, mut parsed_problems) = (Vec::new(), Vec::new(), Vec::new());
            let old_ids = check_answers_by_record("hidden/a.csv", bytes, "id", "y", Some(metric), &mut by_record);
            let new_ids = check_answers("hidden/a.csv", bytes, "id", "y", Some(metric), &mut fast);
            prop_assert_eq!(messages(&fast), messages(&by_record));
            prop_assert_eq!(&new_ids, &old_ids);
            let parsed = check_answers_parsed("hidden/a.csv", bytes, "id", "y", Some(metric), &mut parsed_problems);
            prop_assert_eq!(messages(&parsed_problems), messages(&by_record));
            let scoring = Answers::parse(bytes, "id", "y", metric).ok();
            if by_record.is_empty() {
                match (&parsed, &scoring) {
                    (Some(parsed), Some(scoring)) => prop_assert!(same_answers(parsed, scoring)),
                    (None, None) => {}
                    _ => prop_assert!(false, "one-pass answers {:?} but scoring's {:?}", parsed.is_some(), scoring.is_some()),
                }
            } else {
                prop_assert!(parsed.is_none(), "refused answers are not parsed");
            }
            if let Some(fast) = Answers::parse_checked(bytes, "id", "y", metric) {
                prop_assert!(by_record.is_empty(), "the one-pass reading accepted what the check refuses: {:?}", by_record);
                let scoring = scoring.expect("scoring reads what the one-pass reading accepted");
                prop_assert!(same_answers(&fast, &scoring));
            }
        }
    }

    #[test]
    fn odd_but_valid_answers_are_checked_record_by_record_with_the_old_messages() {
        // A yes/no target spelled 1e0: scoring reads it, the bundle check does not.
        let text = b"id,y,Usage\n1,1e0,Public\n2,0,Private\n";
        assert!(Answers::parse_checked(text, "id", "y", Metric::RocAuc).is_none());
        let mut problems = Vec::new();
        assert!(check_answers("hidden/a.csv", text, "id", "y", Some(Metric::RocAuc), &mut problems).is_none());
        assert_eq!(messages(&problems), ["hidden/a.csv line 2: the target ('y') is '1e0'; roc_auc needs 0 or 1"]);
        // A row of blank cells: skipped by scoring, refused by the check.
        let text = b"id,y,Usage\n1,1,Public\n,,\n2,0,Private\n";
        assert!(Answers::parse_checked(text, "id", "y", Metric::RocAuc).is_none());
        let mut problems = Vec::new();
        assert!(check_answers_parsed("hidden/a.csv", text, "id", "y", Some(Metric::RocAuc), &mut problems).is_none());
        assert_eq!(
            messages(&problems),
            [
                "hidden/a.csv line 3: the id ('id') is empty",
                "hidden/a.csv line 3: Usage is ''; it must be Public or Private",
                "hidden/a.csv line 3: the target ('y') is empty",
            ]
        );
    }

    #[test]
    fn scoring_one_track_reads_only_that_tracks_files() {
        let mut f = files();
        // Another track's files are broken; the predictions track does not use them.
        f.insert("hidden/input.csv".into(), b"id,when\n10,2021-01-01\n10,2021-01-02\n".to_vec());
        f.insert("data/train.csv".into(), b"id,when,found\nx,2020-01-01,1\n".to_vec());
        assert!(check(&f).is_err(), "the whole bundle is refused");
        let checked = check_track(&f, "predict").expect("the predictions track can be scored");
        let answers = checked.answers.expect("answers parsed while checked");
        assert_eq!(answers.ids().collect::<Vec<_>>(), ["10", "11", "12"]);
        assert_eq!(answers.count(Usage::Public), 1);
        // The code track needs those files: the same messages as the whole check.
        let whole = problems(&f);
        let code = check_track(&f, "program").expect_err("the code track cannot be scored");
        let code: Vec<String> = code.iter().map(ToString::to_string).collect();
        assert!(!code.is_empty());
        assert!(code.iter().all(|p| whole.contains(p)), "{code:#?} not all in {whole:#?}");
        assert!(code.iter().any(|p| p.contains("appears twice")), "{code:#?}");
    }

    #[test]
    fn a_scored_tracks_broken_answers_get_the_messages_of_the_whole_check() {
        let mut f = files();
        f.insert("hidden/answers.csv".into(), b"id,found,Usage\n10,yes,Public\n10,0,Private\n12,1,Secret\n".to_vec());
        let whole = problems(&f);
        let scored = check_track(&f, "predict").expect_err("refused");
        let scored: Vec<String> = scored.iter().map(ToString::to_string).collect();
        // The whole check also reads the file as the code track's answers (an rmse track).
        let mut answers: Vec<&String> = whole.iter().filter(|p| p.starts_with("hidden/answers.csv")).collect();
        answers.dedup();
        answers.retain(|p| !p.ends_with("which is not a number"));
        assert_eq!(scored.iter().collect::<Vec<_>>(), answers);
        assert!(scored.contains(&"hidden/answers.csv line 3: id 10 appears twice (first on line 2)".to_owned()));
    }

    #[test]
    fn a_track_that_does_not_exist_leaves_the_manifest_checked_alone() {
        let f = files();
        let checked = check_track(&f, "nope").expect("the manifest is fine");
        assert!(checked.answers.is_none());
        assert_eq!(checked.manifest.tracks.len(), 3);
        let broken = with_manifest(|m| m.replace("metric = \"roc_auc\"", "metric = \"roc-auc\""));
        assert!(check_track(&broken, "nope").is_err(), "manifest problems are still reported");
    }
}
