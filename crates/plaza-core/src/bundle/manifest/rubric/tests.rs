//! The bundle side of the rubric limits: each reaches the author as
//! "line: field: problem", with the judging module's limits.

use super::super::parse;

/// An ideas track with one criterion, `extra` added to the track table and
/// `criterion` to the criterion table.
fn manifest(extra: &str, criterion: &str) -> String {
    format!(
        "[[tracks]]\nslug = \"ideas\"\nkind = \"ideas\"\ntitle = \"Ideas\"\n{extra}\n\
         [[tracks.criteria]]\nname = \"Impact\"\ndescription = \"Who benefits?\"\n{criterion}\n"
    )
}

/// The problems about the track (the rest of the manifest is left out on purpose).
fn track_problems(text: &str) -> Vec<String> {
    let (_, problems) = parse(text);
    problems.iter().map(ToString::to_string).filter(|p| p.contains("tracks[0]")).collect()
}

#[test]
fn a_valid_rubric_has_no_problems_and_fills_the_track() {
    let (draft, _) = parse(&manifest("judges_per_entry = 20", "weight = 100"));
    assert_eq!(draft.tracks[0].judges_per_entry, 20);
    assert_eq!(draft.tracks[0].criteria[0].weight, 100);
    assert_eq!(track_problems(&manifest("", "")), Vec::<String>::new());
    let (draft, _) = parse(&manifest("", ""));
    assert_eq!((draft.tracks[0].judges_per_entry, draft.tracks[0].criteria[0].weight), (3, 1), "the defaults");
}

#[test]
fn judges_per_entry_over_20_is_refused_with_the_range() {
    assert_eq!(
        track_problems(&manifest("judges_per_entry = 21", "")),
        ["challenge.toml line 5: tracks[0].judges_per_entry: 21 is out of range: use a whole number from 1 to 20"]
    );
    assert_eq!(
        track_problems(&manifest("judges_per_entry = \"3\"", "")),
        ["challenge.toml line 5: tracks[0].judges_per_entry: must be a whole number from 1 to 20"]
    );
}

#[test]
fn a_criterion_description_over_2000_characters_is_refused() {
    let text = |n: usize| manifest("", "").replace("Who benefits?", &"d".repeat(n));
    assert_eq!(track_problems(&text(2000)), Vec::<String>::new());
    assert_eq!(
        track_problems(&text(2001)),
        ["challenge.toml line 8: tracks[0].criteria[0].description: is 2001 characters long; the most allowed is 2000"]
    );
}

#[test]
fn levels_are_five_descriptions_or_none() {
    assert_eq!(track_problems(&manifest("", "levels = []")), Vec::<String>::new());
    let four = track_problems(&manifest("", "levels = [\"a\", \"b\", \"c\", \"d\"]"));
    assert_eq!(
        four,
        ["challenge.toml line 9: tracks[0].criteria[0].levels: must be a list of exactly 5 non-empty descriptions, \
          level 1 first (found 4 entries)"]
    );
    let numbers = track_problems(&manifest("", "levels = [1, 2, 3, 4, 5]"));
    assert_eq!(numbers.len(), 1, "{numbers:?}");
    assert!(numbers[0].contains("criteria[0].levels: must be a list of exactly 5"), "{numbers:?}");
}

#[test]
fn an_empty_list_of_criteria_is_refused_and_a_missing_one_is_said_once() {
    let empty = "[[tracks]]\nslug = \"ideas\"\nkind = \"ideas\"\ntitle = \"Ideas\"\ncriteria = []\n";
    assert_eq!(
        track_problems(empty),
        ["challenge.toml line 5: tracks[0].criteria: the rubric needs at least one criterion"]
    );
    let missing = "[[tracks]]\nslug = \"ideas\"\nkind = \"ideas\"\ntitle = \"Ideas\"\n";
    assert_eq!(
        track_problems(missing),
        ["challenge.toml line 1: tracks[0].criteria: an ideas track needs at least one [[tracks.criteria]] table \
          for its rubric"]
    );
}

#[test]
fn a_criterion_of_the_wrong_shape_is_reported_once() {
    let nameless = manifest("", "").replace("name = \"Impact\"\n", "");
    assert_eq!(track_problems(&nameless), ["challenge.toml line 6: tracks[0].criteria[0].name: is required"]);
}

#[test]
fn a_criterion_named_twice_is_refused_at_the_second() {
    let twice = format!("{}[[tracks.criteria]]\nname = \"Impact\"\ndescription = \"Again\"\n", manifest("", ""));
    assert_eq!(
        track_problems(&twice),
        ["challenge.toml line 10: tracks[0].criteria[1].name: criterion 'Impact' appears twice"]
    );
}
