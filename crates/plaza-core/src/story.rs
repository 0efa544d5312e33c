//! Data stories: residents and local organizations tell what is behind a
//! dataset's numbers, optionally tied to a place, a date range or some rows,
//! with an optional picture. A story appears once the organizers (or their
//! partner organizations) publish it; they may fix a typo (with a note the
//! public reads) or decline it with a reason its author reads.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::data_report::FieldProblem;
use crate::user::UserId;

pub const MAX_TITLE: usize = 120;
pub const MAX_BODY: usize = 3_000;
pub const MAX_PLACE: usize = 200;
pub const MAX_ROWS: usize = 200;
pub const MAX_ORGANIZATION: usize = 120;
pub const MAX_ALT: usize = 300;
pub const MAX_NOTE: usize = 300;
/// Stories one person may send in an hour.
pub const STORIES_PER_HOUR: u32 = 10;

/// Where a story stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryStatus {
    Waiting,
    Published,
    Declined,
}

impl StoryStatus {
    pub const ALL: [StoryStatus; 3] = [StoryStatus::Waiting, StoryStatus::Published, StoryStatus::Declined];

    pub fn name(self) -> &'static str {
        match self {
            StoryStatus::Waiting => "waiting",
            StoryStatus::Published => "published",
            StoryStatus::Declined => "declined",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == input)
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("story-status-{}", self.name()))
    }
}

/// What a story says, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryText {
    pub title: String,
    pub body: String,
    pub place: String,
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
    /// Rows it is about, as written ("12, 40-45").
    pub rows: String,
    /// The organization the author writes for; empty: in their own name.
    pub organization: String,
}

/// A story with what was done with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub id: i64,
    pub challenge_id: i64,
    pub dataset_id: i64,
    pub author: UserId,
    pub text: StoryText,
    /// A picture cleaned of its metadata: blob, type and its description.
    pub picture: Option<(String, String, String)>,
    pub status: StoryStatus,
    /// Declined: why, for the author.
    pub reason: String,
    /// A typo fixed by the moderators: their note, shown with the story.
    pub edit_note: String,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A story as sent, before its checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct StoryDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub date_from: String,
    #[serde(default)]
    pub date_to: String,
    #[serde(default)]
    pub rows: String,
    #[serde(default)]
    pub organization: String,
}

fn text(value: &str, max: usize, required: bool, field: &'static str, problems: &mut Vec<FieldProblem>) -> String {
    let value = value.trim().replace("\r\n", "\n");
    if required && value.is_empty() {
        problems.push(FieldProblem { field, message: plaza_i18n::tr(&format!("story-{field}-empty")) });
    }
    let count = value.chars().count();
    if count > max {
        problems.push(FieldProblem {
            field,
            message: plaza_i18n::tr_with("story-too-long", &[("max", max.into()), ("count", count.into())]),
        });
    }
    value
}

fn date(value: &str, field: &'static str, problems: &mut Vec<FieldProblem>) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(day) => Some(day),
        Err(_) => {
            problems.push(FieldProblem { field, message: plaza_i18n::tr("story-date-unreadable") });
            None
        }
    }
}

/// Checks the rows a story names ("12, 40-45") against the file's `row_count`.
fn check_rows(rows: &str, row_count: u64) -> bool {
    rows.split(',').map(str::trim).filter(|part| !part.is_empty()).all(|part| {
        let (from, to) = part.split_once('-').unwrap_or((part, part));
        match (from.trim().parse::<u64>(), to.trim().parse::<u64>()) {
            (Ok(from), Ok(to)) => from >= 1 && from <= to && to <= row_count,
            _ => false,
        }
    })
}

/// Checks a story; every problem is listed with its field.
pub fn check_story(draft: &StoryDraft, row_count: u64) -> Result<StoryText, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let title = text(&draft.title, MAX_TITLE, true, "title", &mut problems);
    let body = text(&draft.body, MAX_BODY, true, "body", &mut problems);
    let place = text(&draft.place, MAX_PLACE, false, "place", &mut problems);
    let rows = text(&draft.rows, MAX_ROWS, false, "rows", &mut problems);
    let organization = text(&draft.organization, MAX_ORGANIZATION, false, "organization", &mut problems);
    if !rows.is_empty() && !check_rows(&rows, row_count) {
        problems.push(FieldProblem {
            field: "rows",
            message: plaza_i18n::tr_with("story-rows-unreadable", &[("rows", row_count.into())]),
        });
    }
    let date_from = date(&draft.date_from, "date_from", &mut problems);
    let date_to = date(&draft.date_to, "date_to", &mut problems);
    if let (Some(from), Some(to)) = (date_from, date_to)
        && from > to
    {
        problems.push(FieldProblem { field: "date_to", message: plaza_i18n::tr("story-dates-backwards") });
    }
    if problems.is_empty() {
        Ok(StoryText { title, body, place, date_from, date_to, rows, organization })
    } else {
        Err(problems)
    }
}

/// Checks a short text a moderator writes (a reason, a note); `empty_id`
/// is the message when it is empty.
pub fn check_note(value: &str, empty_id: &str) -> Result<String, String> {
    let value = value.trim().replace("\r\n", "\n");
    if value.is_empty() {
        return Err(plaza_i18n::tr(empty_id));
    }
    let count = value.chars().count();
    if count > MAX_NOTE {
        return Err(plaza_i18n::tr_with("story-too-long", &[("max", MAX_NOTE.into()), ("count", count.into())]));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> StoryDraft {
        StoryDraft {
            title: " The Sunday zeros ".into(),
            body: "The sensor is switched off on Sundays to save power.".into(),
            place: "Corner of King and Bay".into(),
            date_from: "2024-01-07".into(),
            date_to: "2024-12-29".into(),
            rows: "12, 40-45".into(),
            organization: String::new(),
        }
    }

    #[test]
    fn a_story_is_checked() {
        let story = check_story(&draft(), 100).map_err(|p| format!("{p:?}"));
        assert_eq!(story.as_ref().map(|s| s.title.as_str()), Ok("The Sunday zeros"));
        let mut bad = draft();
        bad.title = " ".into();
        bad.rows = "12, 90-120".into();
        bad.date_from = "2025-01-01".into();
        bad.date_to = "7 January".into();
        let fields: Vec<&str> = check_story(&bad, 100).err().unwrap_or_default().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["title", "rows", "date_to"]);
        let mut backwards = draft();
        backwards.date_from = "2025-01-01".into();
        let fields: Vec<&str> =
            check_story(&backwards, 100).err().unwrap_or_default().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["date_to"]);
        let mut long = draft();
        long.body = "x".repeat(MAX_BODY + 1);
        assert!(check_story(&long, 100).is_err());
    }

    #[test]
    fn rows_are_numbers_and_ranges_inside_the_file() {
        assert!(check_rows("1", 1));
        assert!(check_rows("3-5, 9", 10));
        assert!(!check_rows("0", 10));
        assert!(!check_rows("5-3", 10));
        assert!(!check_rows("11", 10));
        assert!(!check_rows("row three", 10));
    }
}
