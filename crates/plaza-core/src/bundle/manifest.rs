//! Reads `challenge.toml` into a draft manifest, collecting every problem with
//! its line and field instead of stopping at the first.

mod fields;
mod questions;
mod rubric;
mod tracks;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use toml::Spanned;
use toml::de::DeTable;

use super::{CaseSpec, DatasetSpec, MANIFEST, Manifest, Problem, TrackSpec, TrackSpecKind};
use crate::challenge::{Column, TrackKind};
use crate::outreach::{Outreach, OutreachDraft, check_outreach};
use crate::slug::Slug;
use crate::timeline::Zone;

pub use questions::{
    MAX_OPTION, MAX_OPTIONS, MAX_QUESTION_HELP, MAX_QUESTION_KEY, MAX_QUESTION_LABEL, MAX_QUESTIONS, MIN_OPTIONS,
    RESERVED_QUESTION_KEYS,
};
pub(crate) use tracks::TrackDraft;

const TOP_KEYS: &[&str] = &[
    "slug",
    "title",
    "summary",
    "description",
    "host",
    "contact",
    "opens_at",
    "closes_at",
    "time_zone",
    "max_team_size",
    "outreach",
    "datasets",
    "tracks",
];
const OUTREACH_KEYS: &[&str] =
    &["phone", "phone_hours", "drop_off_address", "drop_off_hours", "partner_location", "poster_paper"];
const DATASET_KEYS: &[&str] = &["slug", "title", "file", "license", "source", "description", "caveats", "columns"];
const COLUMN_KEYS: &[&str] = &["name", "type", "description"];

pub const MAX_TITLE: usize = 120;
pub const MAX_SUMMARY: usize = 280;
pub const MAX_TEXT: usize = 10_000;
/// Longest contact (an email address, a phone number or a web page, with a few words).
pub const MAX_CONTACT: usize = 200;
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
    pub contact: Option<String>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub time_zone: Option<Zone>,
    pub max_team_size: u32,
    pub outreach: Outreach,
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
            contact: self.contact.unwrap_or_default(),
            opens_at: self.opens_at?,
            closes_at: self.closes_at?,
            time_zone: self.time_zone,
            max_team_size: self.max_team_size,
            outreach: self.outreach,
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
            walker.problems.push(Problem::at_line(
                MANIFEST,
                line,
                plaza_i18n::tr_with("bundle-manifest-not-toml", &[("error", message.into())]),
            ));
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
            contact: self.text_field(table, at, "", "contact", MAX_CONTACT, false),
            opens_at: self.datetime(table, at, "opens_at"),
            closes_at: self.datetime(table, at, "closes_at"),
            time_zone: self.time_zone(table, at),
            max_team_size: self.integer(table, "", "max_team_size", 1, 100).map_or(DEFAULT_MAX_TEAM_SIZE, |n| n as u32),
            ..Draft::default()
        };
        draft.outreach = self.outreach(table);
        if let (Some(opens), Some(closes)) = (draft.opens_at, draft.closes_at)
            && closes <= opens
        {
            let offset = table.get("closes_at").map_or(at, |v| v.span().start);
            self.problem(offset, "closes_at", plaza_i18n::tr("bundle-manifest-closes-before-opens"));
        }
        if let Some(value) = table.get("description")
            && let Some(path) = &draft.description
            && !path.value.to_ascii_lowercase().ends_with(".md")
        {
            self.problem(value.span().start, "description", plaza_i18n::tr("bundle-manifest-description-not-markdown"));
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
            self.problem(at, "tracks", plaza_i18n::tr("bundle-manifest-no-tracks"));
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
                plaza_i18n::tr_with("bundle-manifest-dataset-hidden", &[("path", file.value.as_str().into())]),
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
                self.problem(
                    col_at,
                    &format!("{col_field}.name"),
                    plaza_i18n::tr_with("bundle-manifest-column-twice", &[("column", name.as_str().into())]),
                );
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
}

impl Walker<'_> {
    /// `[outreach]`: ways to take part without a computer, checked by the
    /// same rules as the console's form; all empty when left out.
    fn outreach(&mut self, table: &DeTable<'_>) -> Outreach {
        let Some(value) = table.get("outreach") else {
            return Outreach::default();
        };
        let Some(outreach) = value.get_ref().as_table() else {
            self.problem(value.span().start, "outreach", plaza_i18n::tr("bundle-manifest-outreach-not-table"));
            return Outreach::default();
        };
        self.unknown_keys(outreach, "outreach", OUTREACH_KEYS);
        let at = value.span().start;
        let mut text = |key: &str| self.text_field(outreach, at, "outreach", key, MAX_TEXT, false).unwrap_or_default();
        let draft = OutreachDraft {
            phone: text("phone"),
            phone_hours: text("phone_hours"),
            drop_off_address: text("drop_off_address"),
            drop_off_hours: text("drop_off_hours"),
            partner_location: text("partner_location"),
            paper: text("poster_paper"),
        };
        match check_outreach(&draft) {
            Ok(checked) => checked,
            Err(problems) => {
                for problem in problems {
                    let key = if problem.field == "paper" { "poster_paper" } else { problem.field };
                    let offset = outreach.get(key).map_or(at, |v| v.span().start);
                    self.problem(offset, &format!("outreach.{key}"), problem.message);
                }
                Outreach::default()
            }
        }
    }

    /// `time_zone`: an IANA name; none when left out (the site's default).
    fn time_zone(&mut self, table: &DeTable<'_>, at: usize) -> Option<Zone> {
        let name = self.text_field(table, at, "", "time_zone", 64, false)?;
        Zone::parse(&name)
            .map_err(|message| {
                let offset = table.get("time_zone").map_or(at, |v| v.span().start);
                self.problem(offset, "time_zone", message);
            })
            .ok()
    }
}
