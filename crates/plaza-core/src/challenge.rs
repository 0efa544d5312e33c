//! Challenges and what they are made of: datasets with their data dictionary,
//! and tracks of three kinds (predictions, code, ideas).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::metric::Metric;
use crate::slug::Slug;
use crate::timeline::Timeline;

/// A stored file, named by the SHA-256 of its content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BlobRef {
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub id: i64,
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    /// The brief, Markdown as written by the organizer (rendered and sanitized by the web layer).
    pub description_md: String,
    pub host: String,
    pub timeline: Timeline,
    /// Most members a team may have.
    pub max_team_size: u32,
    /// Where residents ask questions (an email address, phone or web page); empty for none.
    pub contact: String,
    /// When the challenge was published; `None` while it is a private draft
    /// that only its organizers and site admins see.
    pub published_at: Option<DateTime<Utc>>,
}

impl Challenge {
    /// A draft is seen by its organizers and site admins only, and nobody takes part in it.
    pub fn is_draft(&self) -> bool {
        self.published_at.is_none()
    }
}

/// Why nobody may take part in a draft, organizers included.
pub fn draft_refusal() -> String {
    plaza_i18n::tr("edits-challenge-draft-refusal")
}

/// The type of a column in a data dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    Integer,
    Number,
    Text,
    Date,
    Datetime,
    Boolean,
    Category,
}

impl ColumnType {
    pub const ALL: [ColumnType; 7] = [
        ColumnType::Integer,
        ColumnType::Number,
        ColumnType::Text,
        ColumnType::Date,
        ColumnType::Datetime,
        ColumnType::Boolean,
        ColumnType::Category,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
            ColumnType::Text => "text",
            ColumnType::Date => "date",
            ColumnType::Datetime => "datetime",
            ColumnType::Boolean => "boolean",
            ColumnType::Category => "category",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == input)
    }

    /// How the type reads on the data guide.
    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("edits-challenge-column-type-{}", self.name()))
    }

    /// Whether a non-empty CSV cell fits this type. Empty cells are missing
    /// values and are allowed in every column.
    pub fn accepts(self, cell: &str) -> bool {
        let cell = cell.trim();
        match self {
            ColumnType::Integer => cell.parse::<i64>().is_ok(),
            ColumnType::Number => cell.parse::<f64>().is_ok_and(f64::is_finite),
            ColumnType::Text | ColumnType::Category => true,
            ColumnType::Date => chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok(),
            ColumnType::Datetime => {
                DateTime::parse_from_rfc3339(cell).is_ok()
                    || chrono::NaiveDateTime::parse_from_str(cell, "%Y-%m-%d %H:%M:%S").is_ok()
                    || chrono::NaiveDateTime::parse_from_str(cell, "%Y-%m-%dT%H:%M:%S").is_ok()
            }
            ColumnType::Boolean => matches!(cell.to_ascii_lowercase().as_str(), "0" | "1" | "true" | "false"),
        }
    }
}

/// One entry of a data dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    #[serde(rename = "type")]
    pub column_type: ColumnType,
    pub description: String,
}

/// A public file of a challenge with its data dictionary and licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    pub id: i64,
    pub slug: Slug,
    pub title: String,
    /// The file's name as entrants download it (`train.csv`).
    pub file_name: String,
    pub license: String,
    pub source: String,
    pub description: String,
    /// Markdown.
    pub caveats: String,
    pub columns: Vec<Column>,
    pub blob: BlobRef,
    /// Data rows, not counting the header.
    pub row_count: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackKind {
    Predictions,
    Code,
    Ideas,
}

impl TrackKind {
    pub fn name(self) -> &'static str {
        match self {
            TrackKind::Predictions => "predictions",
            TrackKind::Code => "code",
            TrackKind::Ideas => "ideas",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [TrackKind::Predictions, TrackKind::Code, TrackKind::Ideas].into_iter().find(|k| k.name() == input)
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("track-kind-{}-label", self.name()))
    }

    /// One plain sentence on what an entry is.
    pub fn explanation(self) -> String {
        plaza_i18n::tr(&format!("track-kind-{}-explanation", self.name()))
    }
}

/// Resource limits for one run of a code entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub time_ms: u64,
    pub memory_mb: u64,
    pub output_kb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self { time_ms: 10_000, memory_mb: 512, output_kb: 4096 }
    }
}

/// One hidden case of a code track: the input given to the program and the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFiles {
    pub input: BlobRef,
    pub answers: BlobRef,
}

/// A rubric criterion of an ideas track.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub name: String,
    pub weight: u32,
    pub description: String,
    /// Descriptors for levels 1 to 5; empty when the bundle gives none.
    pub levels: Vec<String>,
}

/// The kind of answer an extra question of an ideas track takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One line of text.
    ShortText,
    /// Paragraphs of text.
    LongText,
    /// One of `options`.
    SingleChoice,
    /// Any number of `options`.
    MultipleChoice,
    /// A web address (http or https).
    Link,
    /// An uploaded PDF or image.
    File,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::ShortText,
        QuestionKind::LongText,
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::Link,
        QuestionKind::File,
    ];

    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::Link => "link",
            QuestionKind::File => "file",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == input)
    }

    /// Whether the question offers a list of options to choose from.
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::SingleChoice | QuestionKind::MultipleChoice)
    }
}

/// An extra question an ideas track asks every entrant, besides the
/// standard fields (title, summary, problem, proposal, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// `[a-z0-9_]`, unique within the track: the form field is `q_<key>`.
    pub key: String,
    /// The question as entrants read it.
    pub label: String,
    pub kind: QuestionKind,
    /// Help shown under the field; may be empty.
    #[serde(default)]
    pub help: String,
    /// The choices of a single or multiple choice question; empty otherwise.
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub required: bool,
}

/// What each kind of track needs. Hidden files are named by blob only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrackSettings {
    Predictions {
        metric: Metric,
        id_column: String,
        target_column: String,
        answers: BlobRef,
        daily_limit: u32,
        /// How many entries a team may choose for the final ranking.
        #[serde(default = "default_final_selections")]
        final_selections: u32,
    },
    Code {
        metric: Metric,
        id_column: String,
        target_column: String,
        cases: Vec<CaseFiles>,
        limits: Limits,
        daily_limit: u32,
        /// How many entries a team may choose for the final ranking.
        #[serde(default = "default_final_selections")]
        final_selections: u32,
    },
    Ideas {
        judges_per_entry: u32,
        criteria: Vec<Criterion>,
        /// Extra questions of the entry form, in order.
        #[serde(default)]
        questions: Vec<Question>,
    },
}

/// Entries a team may choose for the final ranking when a track says nothing.
pub const DEFAULT_FINAL_SELECTIONS: u32 = 2;
/// The most a track may allow: more would rank teams by their luckiest entry.
pub const MAX_FINAL_SELECTIONS: u32 = 10;

fn default_final_selections() -> u32 {
    DEFAULT_FINAL_SELECTIONS
}

impl TrackSettings {
    /// How many entries a team may choose for the final ranking (scored tracks).
    pub fn final_selections(&self) -> Option<u32> {
        match self {
            TrackSettings::Predictions { final_selections, .. } | TrackSettings::Code { final_selections, .. } => {
                Some(*final_selections)
            }
            TrackSettings::Ideas { .. } => None,
        }
    }

    pub fn kind(&self) -> TrackKind {
        match self {
            TrackSettings::Predictions { .. } => TrackKind::Predictions,
            TrackSettings::Code { .. } => TrackKind::Code,
            TrackSettings::Ideas { .. } => TrackKind::Ideas,
        }
    }

    pub fn metric(&self) -> Option<Metric> {
        match self {
            TrackSettings::Predictions { metric, .. } | TrackSettings::Code { metric, .. } => Some(*metric),
            TrackSettings::Ideas { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Track {
    pub id: i64,
    pub slug: Slug,
    pub title: String,
    pub description: String,
    pub settings: TrackSettings,
}

impl Track {
    pub fn kind(&self) -> TrackKind {
        self.settings.kind()
    }
}

/// When a challenge was last changed and by which bundle content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub bundle_sha256: String,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_types_check_cells() {
        assert!(ColumnType::Integer.accepts("42"));
        assert!(!ColumnType::Integer.accepts("4.2"));
        assert!(ColumnType::Number.accepts("-4.2e3"));
        assert!(!ColumnType::Number.accepts("NaN"));
        assert!(ColumnType::Date.accepts("2020-08-01"));
        assert!(!ColumnType::Date.accepts("01/08/2020"));
        assert!(ColumnType::Datetime.accepts("2020-08-01 13:00:00"));
        assert!(ColumnType::Datetime.accepts("2020-08-01T13:00:00Z"));
        assert!(ColumnType::Boolean.accepts("TRUE"));
        assert!(!ColumnType::Boolean.accepts("yes"));
    }
}
