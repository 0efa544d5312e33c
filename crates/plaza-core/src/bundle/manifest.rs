//! Reads `challenge.toml` into a draft manifest, collecting every problem with
//! its line and field instead of stopping at the first.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{CaseSpec, DatasetSpec, MANIFEST, Manifest, Problem, TrackSpec, TrackSpecKind};
use crate::challenge::{Column, ColumnType, Criterion, Limits, Question, QuestionKind, TrackKind};
use crate::metric::Metric;
use crate::slug::Slug;

const TOP_KEYS: &[&str] = &[
    "slug",
    "title",
    "summary",
    "description",
    "host",
    "opens_at",
    "closes_at",
    "max_team_size",
    "datasets",
    "tracks",
];
const DATASET_KEYS: &[&str] = &["slug", "title", "file", "license", "source", "description", "caveats", "columns"];
const COLUMN_KEYS: &[&str] = &["name", "type", "description"];
const TRACK_KEYS: &[&str] = &[
    "slug",
    "kind",
    "title",
    "description",
    "metric",
    "id_column",
    "target_column",
    "answers",
    "daily_limit",
    "final_selections",
    "cases",
    "limits",
    "judges_per_entry",
    "criteria",
    "questions",
];
const CASE_KEYS: &[&str] = &["input", "answers"];
const LIMIT_KEYS: &[&str] = &["time_ms", "memory_mb", "output_kb"];
const CRITERION_KEYS: &[&str] = &["name", "weight", "description", "levels"];
const QUESTION_KEYS: &[&str] = &["key", "label", "kind", "help", "options", "required"];
/// The standard fields of every ideas entry form: an extra question may not
/// take their names, or the form would have two fields with one name.
const RESERVED_QUESTION_KEYS: &[&str] =
    &["title", "summary", "problem", "proposal", "datasets", "beneficiaries", "team", "contact"];
const MAX_QUESTIONS: usize = 30;
const MAX_QUESTION_KEY: usize = 40;
const MAX_QUESTION_LABEL: usize = 200;
const MAX_QUESTION_HELP: usize = 1000;
const MIN_OPTIONS: usize = 2;
const MAX_OPTIONS: usize = 50;
const MAX_OPTION: usize = 200;

pub const MAX_TITLE: usize = 120;
pub const MAX_SUMMARY: usize = 280;
pub const MAX_TEXT: usize = 10_000;
/// Team size when a bundle does not set `max_team_size`.
pub const DEFAULT_MAX_TEAM_SIZE: u32 = 5;

/// A value together with where the manifest says it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located<T> {
    pub value: T,
    pub line: usize,
    pub field: String,
}

#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub slug: Option<Slug>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub description: Option<Located<String>>,
    pub host: Option<String>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub max_team_size: u32,
    pub datasets: Vec<DatasetDraft>,
    pub tracks: Vec<TrackDraft>,
}

#[derive(Debug, Default)]
pub(crate) struct DatasetDraft {
    pub slug: Option<Slug>,
    pub title: Option<String>,
    pub file: Option<Located<String>>,
    pub license: Option<String>,
    pub source: Option<String>,
    pub description: String,
    pub caveats: String,
    pub columns: Vec<Column>,
    /// Where the columns are declared, for problems about them.
    pub columns_field: String,
    pub line: usize,
}

/// A case's input and answers paths, each absent when it was invalid.
pub(crate) type CaseDraft = (Option<Located<String>>, Option<Located<String>>);

#[derive(Debug, Default)]
pub(crate) struct TrackDraft {
    pub slug: Option<Slug>,
    pub kind: Option<TrackKind>,
    pub title: Option<String>,
    pub description: String,
    pub metric: Option<Metric>,
    pub id_column: Option<String>,
    pub target_column: Option<String>,
    pub answers: Option<Located<String>>,
    pub daily_limit: u32,
    pub final_selections: u32,
    pub cases: Vec<CaseDraft>,
    pub limits: Limits,
    pub judges_per_entry: u32,
    pub criteria: Vec<Criterion>,
    pub questions: Vec<Question>,
}

impl Draft {
    /// The manifest, when every required field was given and valid.
    pub fn into_manifest(self) -> Option<Manifest> {
        let datasets = self
            .datasets
            .into_iter()
            .map(|d| {
                Some(DatasetSpec {
                    slug: d.slug?,
                    title: d.title?,
                    file: d.file?.value,
                    license: d.license?,
                    source: d.source?,
                    description: d.description,
                    caveats: d.caveats,
                    columns: d.columns,
                    row_count: 0,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let tracks = self
            .tracks
            .into_iter()
            .map(|t| {
                let kind = match t.kind? {
                    TrackKind::Predictions => TrackSpecKind::Predictions {
                        metric: t.metric?,
                        id_column: t.id_column?,
                        target_column: t.target_column?,
                        answers: t.answers?.value,
                        daily_limit: t.daily_limit,
                        final_selections: t.final_selections,
                    },
                    TrackKind::Code => TrackSpecKind::Code {
                        metric: t.metric?,
                        id_column: t.id_column?,
                        target_column: t.target_column?,
                        cases: t
                            .cases
                            .into_iter()
                            .map(|(input, answers)| Some(CaseSpec { input: input?.value, answers: answers?.value }))
                            .collect::<Option<Vec<_>>>()?,
                        limits: t.limits,
                        daily_limit: t.daily_limit,
                        final_selections: t.final_selections,
                    },
                    TrackKind::Ideas => TrackSpecKind::Ideas {
                        judges_per_entry: t.judges_per_entry,
                        criteria: t.criteria,
                        questions: t.questions,
                    },
                };
                Some(TrackSpec { slug: t.slug?, title: t.title?, description: t.description, kind })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Manifest {
            slug: self.slug?,
            title: self.title?,
            summary: self.summary?,
            description: self.description?.value,
            host: self.host?,
            opens_at: self.opens_at?,
            closes_at: self.closes_at?,
            max_team_size: self.max_team_size,
            datasets,
            tracks,
        })
    }
}

/// Parses the manifest text. Always returns a draft (possibly incomplete) so
/// that the files it does name can still be checked.
pub(crate) fn parse(text: &str) -> (Draft, Vec<Problem>) {
    let mut walker = Walker { text, problems: Vec::new() };
    let draft = match DeTable::parse(text) {
        Ok(root) => walker.document(&root),
        Err(err) => {
            let line = err.span().map_or(1, |span| walker.line(span.start));
            let message = err.message().trim().to_owned();
            walker.problems.push(Problem::at_line(MANIFEST, line, format!("is not valid TOML: {message}")));
            Draft::default()
        }
    };
    (draft, walker.problems)
}

struct Walker<'t> {
    text: &'t str,
    problems: Vec<Problem>,
}

impl Walker<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }

    fn problem(&mut self, offset: usize, field: &str, message: impl Into<String>) {
        let line = self.line(offset);
        self.problems.push(Problem::field(MANIFEST, line, field, message));
    }

    fn document(&mut self, root: &Spanned<DeTable<'_>>) -> Draft {
        let table = root.get_ref();
        self.unknown_keys(table, "", TOP_KEYS);
        let at = root.span().start;
        let mut draft = Draft {
            slug: self.slug(table, at, "", "slug"),
            title: self.text_field(table, at, "", "title", MAX_TITLE, true),
            summary: self.text_field(table, at, "", "summary", MAX_SUMMARY, true),
            description: self.path(table, at, "", "description", true),
            host: self.text_field(table, at, "", "host", MAX_TITLE * 2, true),
            opens_at: self.datetime(table, at, "opens_at"),
            closes_at: self.datetime(table, at, "closes_at"),
            max_team_size: self.integer(table, "", "max_team_size", 1, 100).map_or(DEFAULT_MAX_TEAM_SIZE, |n| n as u32),
            ..Draft::default()
        };
        if let (Some(opens), Some(closes)) = (draft.opens_at, draft.closes_at)
            && closes <= opens
        {
            let offset = table.get("closes_at").map_or(at, |v| v.span().start);
            self.problem(offset, "closes_at", "must be later than opens_at");
        }
        if let Some(value) = table.get("description")
            && let Some(path) = &draft.description
            && !path.value.to_ascii_lowercase().ends_with(".md")
        {
            self.problem(value.span().start, "description", "must name a Markdown file ending in .md");
        }

        for (index, item, item_at) in self.array_of_tables(table, "datasets", "") {
            let field = format!("datasets[{index}]");
            let dataset = self.dataset(item, item_at, &field);
            draft.datasets.push(dataset);
        }
        for (index, item, item_at) in self.array_of_tables(table, "tracks", "") {
            let field = format!("tracks[{index}]");
            let track = self.track(item, item_at, &field);
            draft.tracks.push(track);
        }
        if table.get("tracks").is_none() {
            self.problem(at, "tracks", "at least one [[tracks]] table is required");
        }
        self.duplicate_slugs(table, "datasets", draft.datasets.iter().map(|d| d.slug.clone()));
        self.duplicate_slugs(table, "tracks", draft.tracks.iter().map(|t| t.slug.clone()));
        draft
    }

    fn dataset(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> DatasetDraft {
        self.unknown_keys(table, field, DATASET_KEYS);
        let file = self.path(table, at, field, "file", true);
        if let Some(file) = &file
            && super::is_hidden_path(&file.value)
        {
            self.problem(
                table.get("file").map_or(at, |v| v.span().start),
                &format!("{field}.file"),
                format!(
                    "'{}' is in the hidden/ folder, so it cannot be a public dataset (hidden files are never published)",
                    file.value
                ),
            );
        }
        let mut columns = Vec::new();
        let mut names = BTreeSet::new();
        for (index, col_table, col_at) in self.array_of_tables(table, "columns", field) {
            let col_field = format!("{field}.columns[{index}]");
            self.unknown_keys(col_table, &col_field, COLUMN_KEYS);
            let name = self.text_field(col_table, col_at, &col_field, "name", 200, true);
            let column_type = self.column_type(col_table, col_at, &col_field);
            let description = self.text_field(col_table, col_at, &col_field, "description", MAX_TEXT, true);
            if let Some(name) = &name
                && !names.insert(name.clone())
            {
                self.problem(col_at, &format!("{col_field}.name"), format!("column '{name}' is described twice"));
            }
            if let (Some(name), Some(column_type), Some(description)) = (name, column_type, description) {
                columns.push(Column { name, column_type, description });
            }
        }
        DatasetDraft {
            slug: self.slug(table, at, field, "slug"),
            title: self.text_field(table, at, field, "title", MAX_TITLE, true),
            file,
            license: self.text_field(table, at, field, "license", MAX_TEXT, true),
            source: self.text_field(table, at, field, "source", MAX_TEXT, true),
            description: self.text_field(table, at, field, "description", MAX_TEXT, false).unwrap_or_default(),
            caveats: self.text_field(table, at, field, "caveats", MAX_TEXT, false).unwrap_or_default(),
            columns,
            columns_field: format!("{field}.columns"),
            line: self.line(at),
        }
    }

    fn track(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> TrackDraft {
        self.unknown_keys(table, field, TRACK_KEYS);
        let kind = match self.string(table, at, field, "kind", true) {
            Some((value, offset)) => match TrackKind::parse(&value) {
                Some(kind) => Some(kind),
                None => {
                    self.problem(
                        offset,
                        &format!("{field}.kind"),
                        format!("unknown kind '{value}' (expected predictions, code or ideas)"),
                    );
                    None
                }
            },
            None => None,
        };
        let mut track = TrackDraft {
            slug: self.slug(table, at, field, "slug"),
            kind,
            title: self.text_field(table, at, field, "title", MAX_TITLE, true),
            description: self.text_field(table, at, field, "description", MAX_TEXT, false).unwrap_or_default(),
            daily_limit: 5,
            final_selections: crate::challenge::DEFAULT_FINAL_SELECTIONS,
            judges_per_entry: 3,
            ..TrackDraft::default()
        };
        let scored = matches!(kind, Some(TrackKind::Predictions | TrackKind::Code));
        let only_for = |key: &str| -> Option<&'static str> {
            match key {
                "metric" | "id_column" | "target_column" | "daily_limit" | "final_selections" => {
                    (!scored).then_some("predictions and code tracks")
                }
                "answers" => (kind != Some(TrackKind::Predictions)).then_some("predictions tracks"),
                "cases" | "limits" => (kind != Some(TrackKind::Code)).then_some("code tracks"),
                "judges_per_entry" | "criteria" | "questions" => {
                    (kind != Some(TrackKind::Ideas)).then_some("ideas tracks")
                }
                _ => None,
            }
        };
        if let Some(kind) = kind {
            for (key, value) in table.iter() {
                if let Some(allowed) = only_for(key.get_ref()) {
                    self.problem(
                        value.span().start,
                        &format!("{field}.{}", key.get_ref()),
                        format!("only applies to {allowed}, not to a {} track", kind.name()),
                    );
                }
            }
        }
        if scored {
            track.metric = match self.string(table, at, field, "metric", true) {
                Some((name, offset)) => match Metric::parse(&name) {
                    Ok(metric) => Some(metric),
                    Err(err) => {
                        self.problem(offset, &format!("{field}.metric"), err.to_string());
                        None
                    }
                },
                None => None,
            };
            track.id_column = self.text_field(table, at, field, "id_column", 200, true);
            track.target_column = self.text_field(table, at, field, "target_column", 200, true);
            if track.id_column.is_some() && track.id_column == track.target_column {
                let offset = table.get("target_column").map_or(at, |v| v.span().start);
                self.problem(offset, &format!("{field}.target_column"), "must differ from id_column");
            }
            for reserved in ["Usage"] {
                for key in ["id_column", "target_column"] {
                    if table.get(key).and_then(|v| v.get_ref().as_str()) == Some(reserved) {
                        let offset = table.get(key).map_or(at, |v| v.span().start);
                        self.problem(
                            offset,
                            &format!("{field}.{key}"),
                            "'Usage' is reserved for the Public/Private column of answers files",
                        );
                    }
                }
            }
            track.daily_limit = self.integer(table, field, "daily_limit", 1, 1000).unwrap_or(5) as u32;
            track.final_selections =
                self.integer(table, field, "final_selections", 1, i64::from(crate::challenge::MAX_FINAL_SELECTIONS))
                    .unwrap_or(i64::from(crate::challenge::DEFAULT_FINAL_SELECTIONS)) as u32;
        }
        match kind {
            Some(TrackKind::Predictions) => {
                track.answers = self.hidden_path(table, at, field, "answers");
            }
            Some(TrackKind::Code) => {
                for (index, case, case_at) in self.array_of_tables(table, "cases", field) {
                    let case_field = format!("{field}.cases[{index}]");
                    self.unknown_keys(case, &case_field, CASE_KEYS);
                    let input = self.hidden_path(case, case_at, &case_field, "input");
                    let answers = self.hidden_path(case, case_at, &case_field, "answers");
                    track.cases.push((input, answers));
                }
                if table.get("cases").is_none() {
                    self.problem(
                        at,
                        &format!("{field}.cases"),
                        "a code track needs at least one [[tracks.cases]] table with input and answers",
                    );
                }
                if let Some(limits) = table.get("limits") {
                    let limits_field = format!("{field}.limits");
                    match limits.get_ref().as_table() {
                        Some(limits_table) => {
                            self.unknown_keys(limits_table, &limits_field, LIMIT_KEYS);
                            let defaults = Limits::default();
                            track.limits = Limits {
                                time_ms: self
                                    .integer(limits_table, &limits_field, "time_ms", 1, 600_000)
                                    .map_or(defaults.time_ms, |v| v as u64),
                                memory_mb: self
                                    .integer(limits_table, &limits_field, "memory_mb", 1, 4096)
                                    .map_or(defaults.memory_mb, |v| v as u64),
                                output_kb: self
                                    .integer(limits_table, &limits_field, "output_kb", 1, 1_048_576)
                                    .map_or(defaults.output_kb, |v| v as u64),
                            };
                        }
                        None => self.problem(
                            limits.span().start,
                            &limits_field,
                            "must be a table with time_ms, memory_mb and output_kb",
                        ),
                    }
                }
            }
            Some(TrackKind::Ideas) => {
                track.judges_per_entry = self.integer(table, field, "judges_per_entry", 1, 50).unwrap_or(3) as u32;
                let mut names = BTreeSet::new();
                for (index, c_table, c_at) in self.array_of_tables(table, "criteria", field) {
                    let c_field = format!("{field}.criteria[{index}]");
                    self.unknown_keys(c_table, &c_field, CRITERION_KEYS);
                    let name = self.text_field(c_table, c_at, &c_field, "name", MAX_TITLE, true);
                    let weight = self.integer(c_table, &c_field, "weight", 1, 100).unwrap_or(1) as u32;
                    let description = self.text_field(c_table, c_at, &c_field, "description", MAX_TEXT, true);
                    let levels = self.levels(c_table, &c_field);
                    if let Some(name) = &name
                        && !names.insert(name.clone())
                    {
                        self.problem(c_at, &format!("{c_field}.name"), format!("criterion '{name}' appears twice"));
                    }
                    if let (Some(name), Some(description)) = (name, description) {
                        track.criteria.push(Criterion { name, weight, description, levels });
                    }
                }
                if table.get("criteria").is_none() {
                    self.problem(
                        at,
                        &format!("{field}.criteria"),
                        "an ideas track needs at least one [[tracks.criteria]] table for its rubric",
                    );
                }
                track.questions = self.questions(table, field);
            }
            None => {}
        }
        track
    }

    /// The extra questions of an ideas track's entry form, in order.
    fn questions(&mut self, table: &DeTable<'_>, field: &str) -> Vec<Question> {
        if let Some(value) = table.get("questions")
            && let Some(array) = value.get_ref().as_array()
            && let Some(extra) = array.get(MAX_QUESTIONS)
        {
            self.problem(
                extra.span().start,
                &format!("{field}.questions"),
                format!("at most {MAX_QUESTIONS} questions are allowed (found {})", array.len()),
            );
        }
        let mut keys = BTreeSet::new();
        let mut questions = Vec::new();
        for (index, q_table, q_at) in self.array_of_tables(table, "questions", field) {
            let q_field = format!("{field}.questions[{index}]");
            self.unknown_keys(q_table, &q_field, QUESTION_KEYS);
            let key = self.question_key(q_table, q_at, &q_field);
            let label = self.text_field(q_table, q_at, &q_field, "label", MAX_QUESTION_LABEL, true);
            let kind = self.question_kind(q_table, q_at, &q_field);
            let help = self.text_field(q_table, q_at, &q_field, "help", MAX_QUESTION_HELP, false).unwrap_or_default();
            let options = self.options(q_table, q_at, &q_field, kind);
            let required = self.boolean(q_table, &q_field, "required").unwrap_or(false);
            if let Some(key) = &key
                && !keys.insert(key.clone())
            {
                let offset = q_table.get("key").map_or(q_at, |v| v.span().start);
                self.problem(
                    offset,
                    &format!("{q_field}.key"),
                    format!("question '{key}' appears twice; keys must be unique in a track"),
                );
            }
            if let (Some(key), Some(label), Some(kind)) = (key, label, kind) {
                questions.push(Question { key, label, kind, help, options, required });
            }
        }
        questions
    }

    fn question_key(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<String> {
        let (key, offset) = self.string(table, at, field, "key", true)?;
        let len = key.chars().count();
        let reason = if key.is_empty() {
            "must not be empty".to_owned()
        } else if len > MAX_QUESTION_KEY {
            format!("is {len} characters long; the most allowed is {MAX_QUESTION_KEY}")
        } else if let Some(bad) = key.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')) {
            format!("'{key}' may only use lowercase letters a-z, digits and '_' (found {bad:?})")
        } else if RESERVED_QUESTION_KEYS.contains(&key.as_str()) {
            format!(
                "'{key}' is reserved: every entry form already asks for it; choose another key (reserved: {})",
                RESERVED_QUESTION_KEYS.join(", ")
            )
        } else {
            return Some(key);
        };
        self.problem(offset, &format!("{field}.key"), reason);
        None
    }

    fn question_kind(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<QuestionKind> {
        let (value, offset) = self.string(table, at, field, "kind", true)?;
        let parsed = QuestionKind::parse(&value);
        if parsed.is_none() {
            let known = or_list(&QuestionKind::ALL.map(QuestionKind::name));
            self.problem(offset, &format!("{field}.kind"), format!("unknown kind '{value}' (use {known})"));
        }
        parsed
    }

    /// The choices of a question: required for single and multiple choice,
    /// refused for every other kind.
    fn options(&mut self, table: &DeTable<'_>, at: usize, field: &str, kind: Option<QuestionKind>) -> Vec<String> {
        let path = format!("{field}.options");
        let Some(value) = table.get("options") else {
            if let Some(kind) = kind
                && kind.has_options()
            {
                self.problem(
                    at,
                    &path,
                    format!("is required for a {} question: list {MIN_OPTIONS} to {MAX_OPTIONS} choices", kind.name()),
                );
            }
            return Vec::new();
        };
        if let Some(kind) = kind
            && !kind.has_options()
        {
            let choice_kinds: Vec<&str> =
                QuestionKind::ALL.into_iter().filter(|k| k.has_options()).map(QuestionKind::name).collect();
            self.problem(
                value.span().start,
                &path,
                format!("only applies to {} questions, not to a {} question", or_list(&choice_kinds), kind.name()),
            );
            return Vec::new();
        }
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span().start,
                &path,
                format!("must be a list of {MIN_OPTIONS} to {MAX_OPTIONS} choices, such as [\"North\", \"South\"]"),
            );
            return Vec::new();
        };
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&array.len()) {
            self.problem(
                value.span().start,
                &path,
                format!("must list {MIN_OPTIONS} to {MAX_OPTIONS} choices (found {})", array.len()),
            );
        }
        let mut options: Vec<String> = Vec::new();
        for (index, item) in array.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(text) = item.get_ref().as_str() else {
                let found = item.get_ref().type_str();
                self.problem(item.span().start, &item_path, format!("must be a string, not {found}"));
                continue;
            };
            let text = text.trim();
            let len = text.chars().count();
            let reason = if text.is_empty() {
                "must not be empty".to_owned()
            } else if len > MAX_OPTION {
                format!("is {len} characters long; the most allowed is {MAX_OPTION}")
            } else if options.iter().any(|o| o == text) {
                format!("'{text}' appears twice; choices must be unique")
            } else {
                options.push(text.to_owned());
                continue;
            };
            self.problem(item.span().start, &item_path, reason);
        }
        options
    }

    fn levels(&mut self, table: &DeTable<'_>, field: &str) -> Vec<String> {
        let Some(value) = table.get("levels") else {
            return Vec::new();
        };
        let field = format!("{field}.levels");
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span().start, &field, "must be a list of 5 descriptions, level 1 first");
            return Vec::new();
        };
        let levels: Vec<String> =
            array.iter().filter_map(|v| v.get_ref().as_str().map(|s| s.trim().to_owned())).collect();
        if levels.len() != array.len() || levels.len() != 5 || levels.iter().any(String::is_empty) {
            self.problem(
                value.span().start,
                &field,
                format!(
                    "must be a list of exactly 5 non-empty descriptions, level 1 first (found {} entries)",
                    array.len()
                ),
            );
            return Vec::new();
        }
        levels
    }

    fn unknown_keys(&mut self, table: &DeTable<'_>, field: &str, known: &[&str]) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let path = if field.is_empty() { name.to_owned() } else { format!("{field}.{name}") };
            let suggestion = known
                .iter()
                .map(|k| (strsim::damerau_levenshtein(name, k), *k))
                .filter(|(distance, _)| *distance <= 2)
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, k)| format!(" (did you mean '{k}'?)"))
                .unwrap_or_default();
            self.problem(key.span().start, &path, format!("unknown key{suggestion}"));
        }
    }

    fn array_of_tables<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        key: &str,
        field: &str,
    ) -> Vec<(usize, &'a DeTable<'i>, usize)> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span().start, &path, format!("must be a list of tables, written [[{key}]]"));
            return Vec::new();
        };
        let mut tables = Vec::new();
        for (index, item) in array.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(inner) => tables.push((index, inner, item.span().start)),
                _ => self.problem(item.span().start, &format!("{path}[{index}]"), "must be a table"),
            }
        }
        tables
    }

    fn string(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        required: bool,
    ) -> Option<(String, usize)> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        match table.get(key) {
            None => {
                if required {
                    self.problem(at, &path, "is required");
                }
                None
            }
            Some(value) => match value.get_ref().as_str() {
                Some(s) => Some((s.to_owned(), value.span().start)),
                None => {
                    self.problem(
                        value.span().start,
                        &path,
                        format!("must be a string, not {}", value.get_ref().type_str()),
                    );
                    None
                }
            },
        }
    }

    fn text_field(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        max: usize,
        required: bool,
    ) -> Option<String> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, required)?;
        let trimmed = value.trim().to_owned();
        if trimmed.is_empty() {
            if required {
                self.problem(offset, &path, "must not be empty");
            }
            return None;
        }
        let len = trimmed.chars().count();
        if len > max {
            self.problem(offset, &path, format!("is {len} characters long; the most allowed is {max}"));
            return None;
        }
        Some(trimmed)
    }

    fn slug(&mut self, table: &DeTable<'_>, at: usize, field: &str, key: &str) -> Option<Slug> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, true)?;
        match Slug::parse(&value) {
            Ok(slug) => Some(slug),
            Err(err) => {
                self.problem(offset, &path, err.to_string());
                None
            }
        }
    }

    fn path(
        &mut self,
        table: &DeTable<'_>,
        at: usize,
        field: &str,
        key: &str,
        required: bool,
    ) -> Option<Located<String>> {
        let path_field = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let (value, offset) = self.string(table, at, field, key, required)?;
        match check_relative_path(&value) {
            Ok(()) => Some(Located { value, line: self.line(offset), field: path_field }),
            Err(reason) => {
                self.problem(offset, &path_field, format!("'{value}' {reason}"));
                None
            }
        }
    }

    fn hidden_path(&mut self, table: &DeTable<'_>, at: usize, field: &str, key: &str) -> Option<Located<String>> {
        let located = self.path(table, at, field, key, true)?;
        if !super::is_hidden_path(&located.value) {
            let offset = table.get(key).map_or(at, |v| v.span().start);
            self.problem(
                offset,
                &located.field,
                format!("'{}' must be inside the hidden/ folder so that it is never published", located.value),
            );
            return None;
        }
        Some(located)
    }

    fn integer(&mut self, table: &DeTable<'_>, field: &str, key: &str, min: i64, max: i64) -> Option<i64> {
        let path = if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
        let value = table.get(key)?;
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok());
        match parsed {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.problem(
                    value.span().start,
                    &path,
                    format!("{n} is out of range: use a whole number from {min} to {max}"),
                );
                None
            }
            None => {
                self.problem(value.span().start, &path, format!("must be a whole number from {min} to {max}"));
                None
            }
        }
    }

    fn boolean(&mut self, table: &DeTable<'_>, field: &str, key: &str) -> Option<bool> {
        let value = table.get(key)?;
        let parsed = value.get_ref().as_bool();
        if parsed.is_none() {
            self.problem(
                value.span().start,
                &format!("{field}.{key}"),
                format!("must be true or false, not {}", value.get_ref().type_str()),
            );
        }
        parsed
    }

    fn datetime(&mut self, table: &DeTable<'_>, at: usize, key: &str) -> Option<DateTime<Utc>> {
        let Some(value) = table.get(key) else {
            self.problem(at, key, "is required (an RFC 3339 date and time such as \"2027-02-28T23:59:59Z\")");
            return None;
        };
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            other => {
                self.problem(
                    value.span().start,
                    key,
                    format!("must be a date and time such as \"2027-02-28T23:59:59Z\", not {}", other.type_str()),
                );
                return None;
            }
        };
        match DateTime::parse_from_rfc3339(text.trim()) {
            Ok(parsed) => Some(parsed.with_timezone(&Utc)),
            Err(_) => {
                self.problem(
                    value.span().start,
                    key,
                    format!(
                        "'{text}' is not an RFC 3339 date and time with a time zone, such as \"2027-02-28T23:59:59Z\""
                    ),
                );
                None
            }
        }
    }

    fn column_type(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> Option<ColumnType> {
        let (value, offset) = self.string(table, at, field, "type", true)?;
        let parsed = ColumnType::parse(&value);
        if parsed.is_none() {
            let known = ColumnType::ALL.map(ColumnType::name).join(", ");
            self.problem(offset, &format!("{field}.type"), format!("unknown type '{value}' (expected one of {known})"));
        }
        parsed
    }

    fn duplicate_slugs(&mut self, table: &DeTable<'_>, key: &str, slugs: impl Iterator<Item = Option<Slug>>) {
        let mut seen = BTreeSet::new();
        let items = table.get(key).and_then(|v| v.get_ref().as_array());
        for (index, slug) in slugs.enumerate() {
            let Some(slug) = slug else { continue };
            if !seen.insert(slug.clone()) {
                let offset = items.and_then(|a| a.get(index)).map_or(0, |v| v.span().start);
                self.problem(
                    offset,
                    &format!("{key}[{index}].slug"),
                    format!("'{slug}' is used by another entry of {key}; slugs must be unique"),
                );
            }
        }
    }
}

/// `a, b or c`, for messages that list what is allowed.
fn or_list(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

/// Why a bundle path is unsafe or malformed, if it is.
pub(crate) fn check_relative_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("is empty");
    }
    if path.starts_with('/') || path.contains(':') {
        return Err("must be a path relative to the bundle folder");
    }
    if path.contains('\\') {
        return Err("must use '/' to separate folders");
    }
    if path.split('/').any(|part| part == ".." || part == "." || part.is_empty()) {
        return Err("must stay inside the bundle folder (no '..', '.' or empty parts)");
    }
    if path.chars().any(char::is_control) {
        return Err("contains a control character");
    }
    Ok(())
}
