use serde_json::json;

use super::*;

fn challenge() -> Result<Challenge, serde_json::Error> {
    serde_json::from_value(json!({
        "id": 1, "slug": "trees", "title": "Street trees", "summary": "Which trees need care?",
        "description_md": "# The brief\nRead this.", "host": "City", "max_team_size": 4, "contact": "",
        "published_at": null,
        "timeline": {"opens_at": "2027-01-01T00:00:00Z", "closes_at": "2027-02-01T00:00:00Z",
                     "results_published_at": null, "zone": "America/Toronto"}
    }))
}

fn dataset() -> Result<Dataset, serde_json::Error> {
    serde_json::from_value(json!({
        "id": 1, "slug": "trees", "title": "Trees", "file_name": "trees.csv", "license": "OGL",
        "source": "City", "description": "One row per tree.", "caveats": "",
        "columns": [{"name": "id", "type": "integer", "description": "The tree's number."},
                    {"name": "species", "type": "text", "description": ""}],
        "blob": {"sha256": "00", "size": 1}, "row_count": 2
    }))
}

fn ideas_track() -> Result<Track, serde_json::Error> {
    serde_json::from_value(json!({
        "id": 1, "slug": "ideas", "title": "Ideas", "description": "Tell us.",
        "settings": {"kind": "ideas", "judges_per_entry": 2, "criteria": [],
                     "questions": [{"key": "street", "label": "Which street?", "kind": "short_text",
                                    "help": "", "options": [], "required": false}]}
    }))
}

#[test]
fn fields_list_only_what_is_written_with_stable_keys() -> Result<(), serde_json::Error> {
    let keys: Vec<String> =
        fields(&challenge()?, &[dataset()?], &[ideas_track()?]).into_iter().map(|f| f.key).collect();
    assert_eq!(
        keys,
        [
            "challenge.title",
            "challenge.summary",
            "challenge.description",
            "challenge.host",
            "dataset.trees.title",
            "dataset.trees.description",
            "dataset.trees.license",
            "dataset.trees.source",
            "dataset.trees.column.id",
            "track.ideas.title",
            "track.ideas.description",
            "track.ideas.question.street.label",
        ]
    );
    Ok(())
}

#[test]
fn translated_where_given_original_and_counted_elsewhere() -> Result<(), serde_json::Error> {
    let translations: Translations = [
        ("challenge.title".to_owned(), "Árboles de la calle".to_owned()),
        ("challenge.summary".to_owned(), "   ".to_owned()),
        ("dataset.trees.column.id".to_owned(), "El número del árbol.".to_owned()),
        ("track.ideas.question.street.label".to_owned(), "¿Qué calle?".to_owned()),
    ]
    .into_iter()
    .collect();
    let mut c = challenge()?;
    assert_eq!(translate_challenge(&mut c, &translations), 3, "summary, brief and host are not translated");
    assert_eq!(c.title, "Árboles de la calle");
    assert_eq!(c.summary, "Which trees need care?");
    let mut d = dataset()?;
    assert_eq!(
        translate_dataset(&mut d, &translations),
        4,
        "title, description, licence, source; empty ones do not count"
    );
    assert_eq!(d.columns[0].description, "El número del árbol.");
    let mut t = ideas_track()?;
    assert_eq!(translate_track(&mut t, &translations), 2);
    let TrackSettings::Ideas { questions, .. } = &t.settings else { panic!("an ideas track") };
    assert_eq!(questions[0].label, "¿Qué calle?");
    Ok(())
}

#[test]
fn check_refuses_unknown_keys_and_long_texts_and_drops_empty_ones() -> Result<(), serde_json::Error> {
    let known = fields(&challenge()?, &[dataset()?], &[]);
    let given: Translations =
        [("challenge.title".to_owned(), " Árboles \r\n".to_owned()), ("challenge.summary".to_owned(), "".to_owned())]
            .into_iter()
            .collect();
    let kept = check(&known, given).map_err(|p| serde_json::Error::io(std::io::Error::other(p.join("; "))))?;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept["challenge.title"], "Árboles");

    let hostile: Translations = [
        ("challenge.contact".to_owned(), "x".to_owned()),
        ("challenge.description".to_owned(), "a".repeat(MAX_TEXT_CHARS + 1)),
    ]
    .into_iter()
    .collect();
    let Err(problems) = check(&known, hostile) else { panic!("refused") };
    assert_eq!(problems.len(), 2);
    assert!(problems[0].contains("challenge.contact"), "{problems:?}");
    assert!(problems[1].contains("challenge.description"), "{problems:?}");
    Ok(())
}

#[test]
fn a_bundle_file_reads_as_quoted_keys_or_tables_and_writes_back_the_same() -> Result<(), String> {
    let quoted = from_toml("\"challenge.title\" = \"Árboles\"\n\"dataset.trees.column.Tree ID\" = \"Número\"\n")?;
    let tables = from_toml("[challenge]\ntitle = \"Árboles\"\n[dataset.trees.column]\n\"Tree ID\" = \"Número\"\n")?;
    assert_eq!(quoted, tables);
    assert_eq!(quoted["dataset.trees.column.Tree ID"], "Número");
    let multi = from_toml("\"challenge.description\" = \"\"\"\n# Resumen\n\nLínea \"dos\".\n\"\"\"\n")?;
    assert_eq!(from_toml(&to_toml(&multi))?, multi, "{}", to_toml(&multi));
    assert_eq!(from_toml(&to_toml(&quoted))?, quoted);
    let hostile: Translations = [
        ("a\"b".to_owned(), "ends with a quote\" and \\ backslash \u{7} bell\ttab".to_owned()),
        ("c".to_owned(), "two\nlines ending with \"\"\"\n\\".to_owned()),
    ]
    .into_iter()
    .collect();
    assert_eq!(from_toml(&to_toml(&hostile))?, hostile, "{}", to_toml(&hostile));

    let not_text = from_toml("[challenge]\ntitle = 3\n").err().unwrap_or_default();
    assert!(not_text.contains("challenge.title"), "{not_text}");
    let broken = from_toml("[challenge\n").err().unwrap_or_default();
    assert!(broken.contains("TOML"), "{broken}");
    Ok(())
}
