//! A challenge's own words in other languages.
//!
//! Organizers write a challenge in the site's language; they may also give
//! its title, summary and brief, its datasets' descriptions and its tracks'
//! questions in other languages (in the console, or in a bundle's
//! `translations/<language>.toml`). Each translatable piece has a stable
//! key ([`fields`] lists them); pages read the current language's text where
//! there is one and the original elsewhere, counting what they could not
//! translate so the page can say so.
//!
//! Only words are translated: slugs, column names, choices of a question
//! (an entrant's answer is stored as the choice's text), dates and numbers
//! stay as they are.

use std::collections::BTreeMap;

use crate::bundle::{Manifest, TrackSpecKind};
use crate::challenge::{Challenge, Column, Criterion, Dataset, Question, Track, TrackSettings};

/// The most characters one translated text may have (a long brief fits).
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Translations of one challenge into one language: key to text.
pub type Translations = BTreeMap<String, String>;

/// One piece of a challenge that may be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Stable name: `challenge.title`, `dataset.<slug>.description`,
    /// `track.<slug>.question.<key>.label`...
    pub key: String,
    /// What it belongs to, for a person: "The challenge", "Dataset “…”".
    pub group: String,
    /// Which part, for a person: "Title", "Brief".
    pub label: String,
    /// The text as the organizers wrote it.
    pub original: String,
    /// Several lines (a text area) rather than one.
    pub long: bool,
    /// Written in Markdown (the brief, a dataset's caveats).
    pub markdown: bool,
}

fn field(key: String, group: &str, label: String, original: &str, long: bool, markdown: bool) -> Field {
    Field { key, group: group.to_owned(), label, original: original.to_owned(), long, markdown }
}

/// Every translatable piece of a challenge with something written in it, in
/// page order.
pub fn fields(challenge: &Challenge, datasets: &[Dataset], tracks: &[Track]) -> Vec<Field> {
    let mut out = Vec::new();
    push_challenge(&mut out, &challenge.title, &challenge.summary, &challenge.description_md, &challenge.host);
    for d in datasets {
        push_dataset(&mut out, DatasetText::of(d), &d.columns);
    }
    for t in tracks {
        let (criteria, questions) = match &t.settings {
            TrackSettings::Ideas { criteria, questions, .. } => (criteria.as_slice(), questions.as_slice()),
            _ => (&[][..], &[][..]),
        };
        push_track(&mut out, t.slug.as_str(), &t.title, &t.description, criteria, questions);
    }
    out.retain(|f| !f.original.trim().is_empty());
    out
}

/// The same pieces, of a challenge still in a bundle (its manifest and brief).
pub fn manifest_fields(manifest: &Manifest, description_md: &str) -> Vec<Field> {
    let mut out = Vec::new();
    push_challenge(&mut out, &manifest.title, &manifest.summary, description_md, &manifest.host);
    for d in &manifest.datasets {
        let text = DatasetText {
            slug: d.slug.as_str(),
            title: &d.title,
            description: &d.description,
            caveats: &d.caveats,
            license: &d.license,
            source: &d.source,
        };
        push_dataset(&mut out, text, &d.columns);
    }
    for t in &manifest.tracks {
        let (criteria, questions) = match &t.kind {
            TrackSpecKind::Ideas { criteria, questions, .. } => (criteria.as_slice(), questions.as_slice()),
            _ => (&[][..], &[][..]),
        };
        push_track(&mut out, t.slug.as_str(), &t.title, &t.description, criteria, questions);
    }
    out.retain(|f| !f.original.trim().is_empty());
    out
}

fn push_challenge(out: &mut Vec<Field>, title: &str, summary: &str, brief: &str, host: &str) {
    let tr = plaza_i18n::tr;
    let group = tr("content-group-challenge");
    out.push(field("challenge.title".into(), &group, tr("content-label-title"), title, false, false));
    out.push(field("challenge.summary".into(), &group, tr("content-label-summary"), summary, true, false));
    out.push(field("challenge.description".into(), &group, tr("content-label-brief"), brief, true, true));
    out.push(field("challenge.host".into(), &group, tr("content-label-host"), host, false, false));
}

/// A dataset's words, from a stored dataset or a bundle's manifest.
struct DatasetText<'a> {
    slug: &'a str,
    title: &'a str,
    description: &'a str,
    caveats: &'a str,
    license: &'a str,
    source: &'a str,
}

impl<'a> DatasetText<'a> {
    fn of(d: &'a Dataset) -> Self {
        DatasetText {
            slug: d.slug.as_str(),
            title: &d.title,
            description: &d.description,
            caveats: &d.caveats,
            license: &d.license,
            source: &d.source,
        }
    }
}

fn push_dataset(out: &mut Vec<Field>, d: DatasetText<'_>, columns: &[Column]) {
    let tr = plaza_i18n::tr;
    let group = plaza_i18n::tr_with("content-group-dataset", &[("name", d.title.into())]);
    let base = format!("dataset.{}", d.slug);
    out.push(field(format!("{base}.title"), &group, tr("content-label-title"), d.title, false, false));
    out.push(field(format!("{base}.description"), &group, tr("content-label-description"), d.description, true, false));
    out.push(field(format!("{base}.caveats"), &group, tr("content-label-caveats"), d.caveats, true, true));
    out.push(field(format!("{base}.license"), &group, tr("content-label-license"), d.license, false, false));
    out.push(field(format!("{base}.source"), &group, tr("content-label-source"), d.source, false, false));
    for column in columns {
        out.push(field(
            format!("{base}.column.{}", column.name),
            &group,
            plaza_i18n::tr_with("content-label-column", &[("column", column.name.as_str().into())]),
            &column.description,
            false,
            false,
        ));
    }
}

fn push_track(
    out: &mut Vec<Field>,
    slug: &str,
    title: &str,
    description: &str,
    criteria: &[Criterion],
    questions: &[Question],
) {
    let tr = plaza_i18n::tr;
    let group = plaza_i18n::tr_with("content-group-track", &[("name", title.into())]);
    let base = format!("track.{slug}");
    out.push(field(format!("{base}.title"), &group, tr("content-label-title"), title, false, false));
    out.push(field(format!("{base}.description"), &group, tr("content-label-description"), description, true, true));
    for criterion in criteria {
        let base = format!("{base}.criterion.{}", criterion.name);
        let name = criterion.name.as_str();
        let label = |id: &str| plaza_i18n::tr_with(id, &[("name", name.into())]);
        out.push(field(format!("{base}.name"), &group, label("content-label-criterion"), name, false, false));
        out.push(field(
            format!("{base}.description"),
            &group,
            label("content-label-criterion-description"),
            &criterion.description,
            true,
            false,
        ));
        for (i, level) in criterion.levels.iter().enumerate() {
            out.push(field(
                format!("{base}.level.{}", i + 1),
                &group,
                plaza_i18n::tr_with(
                    "content-label-criterion-level",
                    &[("name", name.into()), ("level", (i + 1).into())],
                ),
                level,
                false,
                false,
            ));
        }
    }
    for question in questions {
        let base = format!("{base}.question.{}", question.key);
        let key = question.key.as_str();
        out.push(field(
            format!("{base}.label"),
            &group,
            plaza_i18n::tr_with("content-label-question", &[("key", key.into())]),
            &question.label,
            false,
            false,
        ));
        out.push(field(
            format!("{base}.help"),
            &group,
            plaza_i18n::tr_with("content-label-question-help", &[("key", key.into())]),
            &question.help,
            true,
            false,
        ));
        for (i, option) in question.options.iter().enumerate() {
            out.push(field(
                format!("{base}.option.{}", i + 1),
                &group,
                plaza_i18n::tr_with("content-label-question-option", &[("key", key.into()), ("n", (i + 1).into())]),
                option,
                false,
                false,
            ));
        }
    }
}

/// Replaces `text` by its translation under `key`; returns 1 when there was
/// something to translate and no translation, else 0.
fn apply(translations: &Translations, key: &str, text: &mut String) -> usize {
    if text.trim().is_empty() {
        return 0;
    }
    match translations.get(key) {
        Some(translated) if !translated.trim().is_empty() => {
            text.clone_from(translated);
            0
        }
        _ => 1,
    }
}

/// The challenge's title, summary and brief in the translations' language;
/// returns how many of them have no translation.
pub fn translate_challenge(challenge: &mut Challenge, translations: &Translations) -> usize {
    apply(translations, "challenge.title", &mut challenge.title)
        + apply(translations, "challenge.summary", &mut challenge.summary)
        + apply(translations, "challenge.description", &mut challenge.description_md)
        + apply(translations, "challenge.host", &mut challenge.host)
}

/// Only the challenge's title, summary and host (lists of challenges).
pub fn translate_challenge_heading(challenge: &mut Challenge, translations: &Translations) -> usize {
    apply(translations, "challenge.title", &mut challenge.title)
        + apply(translations, "challenge.summary", &mut challenge.summary)
        + apply(translations, "challenge.host", &mut challenge.host)
}

/// A dataset's title, description, caveats and column descriptions.
pub fn translate_dataset(dataset: &mut Dataset, translations: &Translations) -> usize {
    let base = format!("dataset.{}", dataset.slug);
    let mut missing = apply(translations, &format!("{base}.title"), &mut dataset.title)
        + apply(translations, &format!("{base}.description"), &mut dataset.description)
        + apply(translations, &format!("{base}.caveats"), &mut dataset.caveats)
        + apply(translations, &format!("{base}.license"), &mut dataset.license)
        + apply(translations, &format!("{base}.source"), &mut dataset.source);
    for column in &mut dataset.columns {
        missing += apply(translations, &format!("{base}.column.{}", column.name), &mut column.description);
    }
    missing
}

/// A dataset's title only.
pub fn translate_dataset_title(dataset: &mut Dataset, translations: &Translations) -> usize {
    apply(translations, &format!("dataset.{}.title", dataset.slug), &mut dataset.title)
}

/// A track's title, description and the labels and help of its questions.
pub fn translate_track(track: &mut Track, translations: &Translations) -> usize {
    let base = format!("track.{}", track.slug);
    let mut missing = apply(translations, &format!("{base}.title"), &mut track.title)
        + apply(translations, &format!("{base}.description"), &mut track.description);
    if let TrackSettings::Ideas { criteria, questions, .. } = &mut track.settings {
        for criterion in criteria {
            let base = format!("{base}.criterion.{}", criterion.name);
            missing += apply(translations, &format!("{base}.description"), &mut criterion.description);
            for (i, level) in criterion.levels.iter_mut().enumerate() {
                missing += apply(translations, &format!("{base}.level.{}", i + 1), level);
            }
            // The name last: the keys above are made with the name as written.
            missing += apply(translations, &format!("{base}.name"), &mut criterion.name);
        }
        for question in questions {
            let base = format!("{base}.question.{}", question.key);
            missing += apply(translations, &format!("{base}.label"), &mut question.label)
                + apply(translations, &format!("{base}.help"), &mut question.help);
        }
    }
    missing
}

/// Checks translations given for a challenge (from the console or a
/// bundle): every key must name one of its fields and every text fit the
/// limit. Empty texts are dropped (the original is shown). Returns the kept
/// translations, or every problem found.
pub fn check(known: &[Field], given: Translations) -> Result<Translations, Vec<String>> {
    let mut problems = Vec::new();
    let mut kept = Translations::new();
    for (key, text) in given {
        if !known.iter().any(|f| f.key == key) {
            problems.push(plaza_i18n::tr_with("content-problem-unknown-key", &[("key", key.as_str().into())]));
            continue;
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            problems.push(plaza_i18n::tr_with(
                "content-problem-too-long",
                &[("key", key.as_str().into()), ("max", MAX_TEXT_CHARS.into())],
            ));
            continue;
        }
        let text = text.trim().replace("\r\n", "\n");
        if !text.is_empty() {
            kept.insert(key, text);
        }
    }
    if problems.is_empty() { Ok(kept) } else { Err(problems) }
}

/// Where a bundle keeps its translations into `language`.
pub fn bundle_path(language: &str) -> String {
    format!("translations/{language}.toml")
}

/// The largest translations file read from a bundle.
pub const MAX_BUNDLE_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Reads a bundle's translations file: each piece's key and its text, as
/// quoted keys (`"challenge.title" = "..."`) or as tables (`[challenge]`
/// then `title = "..."`), which mean the same. Returns why it cannot be read.
pub fn from_toml(text: &str) -> Result<Translations, String> {
    let table: toml::Table = text.parse().map_err(|err: toml::de::Error| {
        plaza_i18n::tr_with("content-problem-toml", &[("reason", err.message().into())])
    })?;
    let mut out = Translations::new();
    flatten(String::new(), &table, &mut out)?;
    Ok(out)
}

fn flatten(prefix: String, table: &toml::Table, out: &mut Translations) -> Result<(), String> {
    for (key, value) in table {
        let key = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            toml::Value::String(text) => {
                out.insert(key, text.clone());
            }
            toml::Value::Table(inner) => flatten(key, inner, out)?,
            _ => return Err(plaza_i18n::tr_with("content-problem-not-text", &[("key", key.as_str().into())])),
        }
    }
    Ok(())
}

/// The translations as a bundle's file: one quoted key per piece, in key
/// order; a text of several lines as a multi-line string, so the file reads
/// like the brief it translates.
pub fn to_toml(translations: &Translations) -> String {
    let mut out = String::new();
    for (key, text) in translations {
        out.push('"');
        out.push_str(&escape(key, false));
        out.push_str("\" = ");
        if text.contains('\n') {
            out.push_str("\"\"\"\n");
            out.push_str(&escape(text, true));
            out.push_str("\"\"\"\n");
        } else {
            out.push('"');
            out.push_str(&escape(text, false));
            out.push_str("\"\n");
        }
    }
    out
}

/// Text inside a TOML basic string (`multi_line`: a `"""` one, where line
/// breaks stay as they are).
fn escape(text: &str, multi_line: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' if multi_line => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
