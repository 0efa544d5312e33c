//! A `[[tracks]]` table: its kind, and the settings of predictions and code
//! tracks (an ideas track's rubric and questions are read in their own modules).

use toml::de::DeTable;

use super::{Located, MAX_TEXT, MAX_TITLE, Walker};
use crate::challenge::{Criterion, Limits, Question, TrackKind};
use crate::metric::Metric;
use crate::slug::Slug;

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

impl Walker<'_> {
    pub(super) fn track(&mut self, table: &DeTable<'_>, at: usize, field: &str) -> TrackDraft {
        self.unknown_keys(table, field, TRACK_KEYS);
        let kind = match self.string(table, at, field, "kind", true) {
            Some((value, offset)) => match TrackKind::parse(&value) {
                Some(kind) => Some(kind),
                None => {
                    self.problem(
                        offset,
                        &format!("{field}.kind"),
                        plaza_i18n::tr_with("bundle-manifest-tracks-unknown-kind", &[("value", value.as_str().into())]),
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
            judges_per_entry: crate::judging::rubric::DEFAULT_JUDGES_PER_ENTRY,
            ..TrackDraft::default()
        };
        let scored = matches!(kind, Some(TrackKind::Predictions | TrackKind::Code));
        // The message for a key that only other kinds of track take.
        let only_for = |key: &str| -> Option<&'static str> {
            match key {
                "metric" | "id_column" | "target_column" | "daily_limit" | "final_selections" => {
                    (!scored).then_some("bundle-manifest-tracks-only-scored")
                }
                "answers" => {
                    (kind != Some(TrackKind::Predictions)).then_some("bundle-manifest-tracks-only-predictions")
                }
                "cases" | "limits" => (kind != Some(TrackKind::Code)).then_some("bundle-manifest-tracks-only-code"),
                "judges_per_entry" | "criteria" | "questions" => {
                    (kind != Some(TrackKind::Ideas)).then_some("bundle-manifest-tracks-only-ideas")
                }
                _ => None,
            }
        };
        if let Some(kind) = kind {
            for (key, value) in table.iter() {
                if let Some(message) = only_for(key.get_ref()) {
                    self.problem(
                        value.span().start,
                        &format!("{field}.{}", key.get_ref()),
                        plaza_i18n::tr_with(message, &[("kind", kind.name().into())]),
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
                self.problem(
                    offset,
                    &format!("{field}.target_column"),
                    plaza_i18n::tr("bundle-manifest-tracks-same-columns"),
                );
            }
            for reserved in ["Usage"] {
                for key in ["id_column", "target_column"] {
                    if table.get(key).and_then(|v| v.get_ref().as_str()) == Some(reserved) {
                        let offset = table.get(key).map_or(at, |v| v.span().start);
                        self.problem(
                            offset,
                            &format!("{field}.{key}"),
                            plaza_i18n::tr("bundle-manifest-tracks-usage-reserved"),
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
                    self.problem(at, &format!("{field}.cases"), plaza_i18n::tr("bundle-manifest-tracks-no-cases"));
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
                            plaza_i18n::tr("bundle-manifest-tracks-limits-not-table"),
                        ),
                    }
                }
            }
            Some(TrackKind::Ideas) => self.ideas(table, at, field, &mut track),
            None => {}
        }
        track
    }
}
