//! A dataset described and replaced in the browser: the names a new file
//! gets, the data dictionary kept across a replacement, the licences
//! offered, and the checks of the description form, under the same limits
//! as a bundle's `[[datasets]]` (one rule, one place).

use crate::bundle::{MAX_SUMMARY, MAX_TEXT, MAX_TITLE};
use crate::challenge::{Column, ColumnType, Dataset};
use crate::sniff::SniffedColumn;

/// Common open licences offered in the form, as stored; [`licence_choices`]
/// adds the label each is shown with.
pub const LICENCES: &[&str] =
    &["CC0 1.0", "CC BY 4.0", "CC BY-SA 4.0", "ODbL 1.0", "PDDL 1.0", "Open Government Licence v3.0"];

/// The choice that shows the text field.
pub const OTHER_LICENCE: &str = "other";
/// The longest change note of a replaced file (it goes in an email's subject).
pub const MAX_CHANGE_NOTE: usize = MAX_SUMMARY;

/// The licences of [`LICENCES`] with their labels in the reader's language:
/// (value stored, label shown), such as ("CC BY 4.0", "CC BY 4.0 (credit the source)").
pub fn licence_choices() -> Vec<(&'static str, String)> {
    LICENCES
        .iter()
        .map(|&value| {
            let label = match value {
                "CC0 1.0" => plaza_i18n::tr("edits-dataset-edit-licence-cc0"),
                "CC BY 4.0" => plaza_i18n::tr("edits-dataset-edit-licence-cc-by"),
                "CC BY-SA 4.0" => plaza_i18n::tr("edits-dataset-edit-licence-cc-by-sa"),
                "ODbL 1.0" => plaza_i18n::tr("edits-dataset-edit-licence-odbl"),
                "PDDL 1.0" => plaza_i18n::tr("edits-dataset-edit-licence-pddl"),
                // Its name says it all (the Open Government Licence).
                other => other.to_owned(),
            };
            (value, label)
        })
        .collect()
}

/// The slug a new dataset gets from its file name (`Árboles 2024.csv` ->
/// `rboles-2024`): lowercase letters, digits and single dashes, 3 to 60
/// characters; "dataset" when nothing is left.
pub fn slug_for_file(file_name: &str) -> String {
    let stem = file_stem(file_name);
    let mut slug = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_matches('-').chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() < 3 { "dataset".to_owned() } else { slug }
}

/// A slug not in `taken`: `slug`, then `slug-2`, `slug-3`...
pub fn unique_slug(slug: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == slug) {
        return slug.to_owned();
    }
    (2..).map(|n| format!("{slug}-{n}")).find(|candidate| !taken.contains(candidate)).unwrap_or_default()
}

/// The title a new dataset gets from its file name (`street_trees-2024.csv`
/// -> `Street trees 2024`).
pub fn title_for_file(file_name: &str) -> String {
    let words: Vec<&str> = file_stem(file_name).split(['_', '-', ' ', '.']).filter(|w| !w.is_empty()).collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    let title: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Dataset".to_owned(),
    };
    title.chars().take(MAX_TITLE).collect()
}

/// The name entrants download the stored file as: the upload's name, as CSV.
pub fn stored_file_name(file_name: &str) -> String {
    let stem: String = file_stem(file_name)
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .take(100)
        .collect();
    if stem.is_empty() { "data.csv".to_owned() } else { format!("{stem}.csv") }
}

fn file_stem(file_name: &str) -> &str {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    }
}

/// The data dictionary of a new file: a column keeps its type and
/// description when the earlier file had a column of the same name; a new
/// column gets its sniffed type. Also returns the columns no longer there.
pub fn columns_after_replace(previous: &[Column], sniffed: &[SniffedColumn]) -> (Vec<Column>, Vec<String>) {
    let columns = sniffed
        .iter()
        .map(|new| match previous.iter().find(|old| old.name == new.name) {
            Some(old) => old.clone(),
            None => Column { name: new.name.clone(), column_type: new.column_type, description: String::new() },
        })
        .collect();
    let removed =
        previous.iter().filter(|old| !sniffed.iter().any(|new| new.name == old.name)).map(|c| c.name.clone()).collect();
    (columns, removed)
}

/// The description form as sent: column fields by position in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DescriptionDraft {
    pub title: String,
    /// A value of [`LICENCES`], [`OTHER_LICENCE`] or empty.
    pub license: String,
    pub license_other: String,
    pub source: String,
    pub description: String,
    pub caveats: String,
    /// (type, description) of each column, in the file's order.
    pub columns: Vec<(String, String)>,
}

/// A description that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    pub title: String,
    pub license: String,
    pub source: String,
    pub description: String,
    pub caveats: String,
    pub columns: Vec<Column>,
}

impl From<&Dataset> for Description {
    fn from(dataset: &Dataset) -> Self {
        Description {
            title: dataset.title.clone(),
            license: dataset.license.clone(),
            source: dataset.source.clone(),
            description: dataset.description.clone(),
            caveats: dataset.caveats.clone(),
            columns: dataset.columns.clone(),
        }
    }
}

/// How a stored licence shows in the form: the list's choice and the
/// text field.
pub fn licence_choice(license: &str) -> (String, String) {
    if license.is_empty() {
        (String::new(), String::new())
    } else if LICENCES.contains(&license) {
        (license.to_owned(), String::new())
    } else {
        (OTHER_LICENCE.to_owned(), license.to_owned())
    }
}

/// A problem of the form: the input's `id` (the bundle key) and a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptionProblem {
    pub field: String,
    pub message: String,
}

/// Checks the form against the dataset's columns: every problem at once.
pub fn check_description(draft: &DescriptionDraft, columns: &[Column]) -> Result<Description, Vec<DescriptionProblem>> {
    let mut problems = Vec::new();
    let title = text(&mut problems, "title", Label::Title, &draft.title, MAX_TITLE);
    let license = match draft.license.as_str() {
        OTHER_LICENCE => text(&mut problems, "license", Label::Licence, &draft.license_other, MAX_TEXT),
        "" => String::new(),
        chosen => match LICENCES.iter().find(|value| **value == chosen) {
            Some(value) => (*value).to_owned(),
            None => {
                problems.push(DescriptionProblem {
                    field: "license".into(),
                    message: plaza_i18n::tr("edits-dataset-edit-choose-licence"),
                });
                String::new()
            }
        },
    };
    let source = text(&mut problems, "source", Label::Source, &draft.source, MAX_TEXT);
    let description = text(&mut problems, "description", Label::Description, &draft.description, MAX_TEXT);
    let caveats = text(&mut problems, "caveats", Label::Caveats, &draft.caveats, MAX_TEXT);
    let mut checked = Vec::with_capacity(columns.len());
    for (n, column) in columns.iter().enumerate() {
        let (kind, about) = draft.columns.get(n).map_or(("", ""), |(k, d)| (k.as_str(), d.as_str()));
        let column_type = ColumnType::parse(kind).unwrap_or_else(|| {
            problems.push(DescriptionProblem {
                field: format!("columns-{n}-type"),
                message: plaza_i18n::tr_with(
                    "edits-dataset-edit-choose-type",
                    &[("column", column.name.as_str().into())],
                ),
            });
            column.column_type
        });
        let about = text(&mut problems, &format!("columns-{n}-description"), Label::ColumnDescription, about, MAX_TEXT);
        checked.push(Column { name: column.name.clone(), column_type, description: about });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Description { title, license, source, description, caveats, columns: checked })
}

/// A text field of the description form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Title,
    Licence,
    Source,
    Description,
    Caveats,
    ColumnDescription,
}

impl Label {
    /// The message asking for the field, for the required ones.
    fn needed(self) -> Option<&'static str> {
        match self {
            Label::Title => Some("edits-dataset-edit-write-title"),
            Label::Licence => Some("edits-dataset-edit-write-licence"),
            Label::Source | Label::Description | Label::Caveats | Label::ColumnDescription => None,
        }
    }

    /// The message naming the field.
    fn name(self) -> &'static str {
        match self {
            Label::Title => "edits-dataset-edit-label-title",
            Label::Licence => "edits-dataset-edit-label-licence",
            Label::Source => "edits-dataset-edit-label-source",
            Label::Description => "edits-dataset-edit-label-description",
            Label::Caveats => "edits-dataset-edit-label-caveats",
            Label::ColumnDescription => "edits-dataset-edit-label-column-description",
        }
    }
}

/// A trimmed text field within `max` characters (and present when required).
fn text(problems: &mut Vec<DescriptionProblem>, field: &str, label: Label, value: &str, max: usize) -> String {
    let value = value.trim();
    if let Some(needed) = label.needed()
        && value.is_empty()
    {
        problems.push(DescriptionProblem { field: field.to_owned(), message: plaza_i18n::tr(needed) });
    }
    let len = value.chars().count();
    if len > max {
        problems.push(DescriptionProblem {
            field: field.to_owned(),
            message: plaza_i18n::tr_with(
                "edits-dataset-edit-too-long",
                &[("label", plaza_i18n::tr(label.name()).into()), ("length", len.into()), ("max", max.into())],
            ),
        });
    }
    value.to_owned()
}

/// What `after` changes of `before`, as audit rows: (field, before, after),
/// fields named as in a bundle (`datasets.trees.license`,
/// `datasets.trees.columns.height.description`).
pub fn description_changes(slug: &str, before: &Description, after: &Description) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut field = |name: String, old: &str, new: &str| {
        if old != new {
            out.push((name, old.to_owned(), new.to_owned()));
        }
    };
    field(format!("datasets.{slug}.title"), &before.title, &after.title);
    field(format!("datasets.{slug}.license"), &before.license, &after.license);
    field(format!("datasets.{slug}.source"), &before.source, &after.source);
    field(format!("datasets.{slug}.description"), &before.description, &after.description);
    field(format!("datasets.{slug}.caveats"), &before.caveats, &after.caveats);
    for new in &after.columns {
        let old = before.columns.iter().find(|c| c.name == new.name);
        let (old_type, old_about) = old.map_or(("", ""), |c| (c.column_type.name(), c.description.as_str()));
        field(format!("datasets.{slug}.columns.{}.type", new.name), old_type, new.column_type.name());
        field(format!("datasets.{slug}.columns.{}.description", new.name), old_about, &new.description);
    }
    out
}

/// A short hash of everything the description form shows, so a save made
/// from a page someone else changed since (or whose file was replaced) is
/// refused instead of undoing their change.
pub fn fingerprint(dataset: &Dataset) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in [&dataset.title, &dataset.license, &dataset.source, &dataset.description, &dataset.caveats] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    for column in &dataset.columns {
        for part in [column.name.as_str(), column.column_type.name(), column.description.as_str()] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
    }
    hasher.update(dataset.blob.sha256.as_bytes());
    let digest = hasher.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks a replacement's change note.
pub fn check_change_note(note: &str) -> Result<String, String> {
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    if note.is_empty() {
        return Err(plaza_i18n::tr("edits-dataset-edit-change-note-needed"));
    }
    let len = note.chars().count();
    if len > MAX_CHANGE_NOTE {
        return Err(plaza_i18n::tr_with(
            "edits-dataset-edit-change-note-too-long",
            &[("length", len.into()), ("max", MAX_CHANGE_NOTE.into())],
        ));
    }
    Ok(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(name: &str, column_type: ColumnType, description: &str) -> Column {
        Column { name: name.into(), column_type, description: description.into() }
    }

    #[test]
    fn names_come_from_the_file_name() {
        assert_eq!(slug_for_file("Street_Trees 2024.csv"), "street-trees-2024");
        assert_eq!(slug_for_file("C:\\\\data\\\\é.csv"), "dataset");
        assert_eq!(unique_slug("trees", &["trees".into(), "trees-2".into()]), "trees-3");
        assert_eq!(title_for_file("street_trees-2024.txt"), "Street trees 2024");
        assert_eq!(stored_file_name("árboles 2024.txt"), "árboles_2024.csv");
    }

    #[test]
    fn a_replacement_keeps_descriptions_of_columns_with_the_same_name() {
        let previous = [column("id", ColumnType::Integer, "The row"), column("gone", ColumnType::Text, "Old")];
        let sniffed = [
            SniffedColumn { name: "id".into(), column_type: ColumnType::Text },
            SniffedColumn { name: "new".into(), column_type: ColumnType::Date },
        ];
        let (columns, removed) = columns_after_replace(&previous, &sniffed);
        assert_eq!(columns, vec![column("id", ColumnType::Integer, "The row"), column("new", ColumnType::Date, "")]);
        assert_eq!(removed, vec!["gone".to_owned()]);
    }

    #[test]
    fn the_form_is_checked_with_the_bundle_limits_and_names_each_field() {
        let columns = [column("id", ColumnType::Integer, "")];
        let draft = DescriptionDraft {
            title: " ".into(),
            license: "WTFPL".into(),
            caveats: "x".repeat(MAX_TEXT + 1),
            columns: vec![("colour".into(), "y".repeat(MAX_TEXT + 1))],
            ..Default::default()
        };
        let problems = check_description(&draft, &columns).expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["title", "license", "caveats", "columns-0-type", "columns-0-description"]);
        let draft = DescriptionDraft {
            title: "Trees".into(),
            license: OTHER_LICENCE.into(),
            license_other: "City open data licence".into(),
            columns: vec![("integer".into(), "Row number".into())],
            ..Default::default()
        };
        let description = check_description(&draft, &columns).expect("valid");
        assert_eq!(description.license, "City open data licence");
        assert_eq!(licence_choice(&description.license), (OTHER_LICENCE.to_owned(), description.license.clone()));
        let before = Description {
            title: "Old".into(),
            license: String::new(),
            source: String::new(),
            description: String::new(),
            caveats: String::new(),
            columns: columns.to_vec(),
        };
        let changed: Vec<String> =
            description_changes("trees", &before, &description).into_iter().map(|c| c.0).collect();
        assert_eq!(
            changed,
            ["datasets.trees.title", "datasets.trees.license", "datasets.trees.columns.id.description"]
        );
    }

    #[test]
    fn a_change_note_is_required_and_short() {
        assert!(check_change_note("  ").is_err());
        assert_eq!(check_change_note(" Fixed\nrow 12 ").as_deref(), Ok("Fixed row 12"));
        assert!(check_change_note(&"x".repeat(MAX_CHANGE_NOTE + 1)).is_err());
    }
}
