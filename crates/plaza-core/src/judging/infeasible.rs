//! Why an assignment cannot be made, in words an organizer can act on.

use std::fmt;

use serde::Serialize;

use super::{EntryId, JudgeId};

/// How many short entries a message names before it says "and N more".
const NAMED_IN_MESSAGE: usize = 5;

/// An entry that has fewer judges without a conflict than it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShortEntry {
    pub entry: EntryId,
    pub title: String,
    /// Judges on the panel who have not declared a conflict with the entry.
    pub available: usize,
}

/// The reason no assignment exists. Its `Display` is one plain sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Infeasible {
    /// More judges per entry than the panel has.
    PanelTooSmall { per_entry: usize, panel: usize },
    /// Entries (in id order, all of them) whose conflicts leave too few judges.
    TooFewJudges { per_entry: usize, entries: Vec<ShortEntry> },
    /// An assignment to keep that a conflict forbids: the caller must drop it first.
    ConflictAssigned { judge: String, entry: String },
    /// An assignment to keep whose judge is not on the panel.
    UnknownJudge { judge: JudgeId },
    /// An assignment to keep whose entry is not among the entries.
    UnknownEntry { entry: EntryId },
}

impl fmt::Display for Infeasible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Infeasible::PanelTooSmall { per_entry, panel } => {
                let needs = format!("needs {} per entry", judges(*per_entry));
                match panel {
                    0 => write!(f, "{needs} but no judges are on the panel"),
                    1 => write!(f, "{needs} but only 1 judge is on the panel"),
                    n => write!(f, "{needs} but only {n} judges are on the panel"),
                }
            }
            Infeasible::TooFewJudges { per_entry, entries } => match entries.as_slice() {
                [one] => {
                    let has = match one.available {
                        0 => "no judge".to_string(),
                        n => format!("only {}", judges(n)),
                    };
                    write!(f, "entry '{}' has {has} without a conflict; needs {per_entry}", one.title)
                }
                many => {
                    let named: Vec<String> = many
                        .iter()
                        .take(NAMED_IN_MESSAGE)
                        .map(|short| match short.available {
                            0 => format!("'{}' has none", short.title),
                            n => format!("'{}' has {n}", short.title),
                        })
                        .collect();
                    write!(
                        f,
                        "{} entries have too few judges without a conflict (each needs {per_entry}): {}",
                        many.len(),
                        named.join(", ")
                    )?;
                    match many.len().saturating_sub(NAMED_IN_MESSAGE) {
                        0 => Ok(()),
                        more => write!(f, ", and {more} more"),
                    }
                }
            },
            Infeasible::ConflictAssigned { judge, entry } => {
                write!(f, "judge '{judge}' is assigned to entry '{entry}' but has declared a conflict with it")
            }
            Infeasible::UnknownJudge { judge } => {
                write!(f, "an assignment to keep names judge {judge}, who is not on the panel")
            }
            Infeasible::UnknownEntry { entry } => {
                write!(f, "an assignment to keep names entry {entry}, which is not among the entries")
            }
        }
    }
}

impl std::error::Error for Infeasible {}

fn judges(n: usize) -> String {
    if n == 1 { "1 judge".to_string() } else { format!("{n} judges") }
}
