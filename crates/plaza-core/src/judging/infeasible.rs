//! Why an assignment cannot be made, in words an organizer can act on.

use std::fmt;

use plaza_i18n::tr_with;
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
        f.write_str(&self.sentence())
    }
}

impl Infeasible {
    /// The sentence, in the reader's language.
    fn sentence(&self) -> String {
        match self {
            Infeasible::PanelTooSmall { per_entry, panel } => tr_with(
                "core-infeasible-panel-too-small",
                &[("per_entry", (*per_entry).into()), ("panel", (*panel).into())],
            ),
            Infeasible::TooFewJudges { per_entry, entries } => match entries.as_slice() {
                [one] => tr_with(
                    "core-infeasible-entry-short",
                    &[
                        ("title", one.title.as_str().into()),
                        ("available", one.available.into()),
                        ("per_entry", (*per_entry).into()),
                    ],
                ),
                many => {
                    let named: Vec<String> = many
                        .iter()
                        .take(NAMED_IN_MESSAGE)
                        .map(|short| match short.available {
                            0 => tr_with("core-infeasible-named-none", &[("title", short.title.as_str().into())]),
                            n => tr_with(
                                "core-infeasible-named-some",
                                &[("title", short.title.as_str().into()), ("available", n.into())],
                            ),
                        })
                        .collect();
                    let mut sentence = tr_with(
                        "core-infeasible-entries-short",
                        &[
                            ("count", many.len().into()),
                            ("per_entry", (*per_entry).into()),
                            ("named", named.join(", ").into()),
                        ],
                    );
                    let more = many.len().saturating_sub(NAMED_IN_MESSAGE);
                    if more > 0 {
                        sentence.push_str(&tr_with("core-infeasible-and-more", &[("more", more.into())]));
                    }
                    sentence
                }
            },
            Infeasible::ConflictAssigned { judge, entry } => tr_with(
                "core-infeasible-conflict-assigned",
                &[("judge", judge.as_str().into()), ("entry", entry.as_str().into())],
            ),
            Infeasible::UnknownJudge { judge } => {
                tr_with("core-infeasible-unknown-judge", &[("judge", judge.to_string().into())])
            }
            Infeasible::UnknownEntry { entry } => {
                tr_with("core-infeasible-unknown-entry", &[("entry", entry.to_string().into())])
            }
        }
    }
}

impl std::error::Error for Infeasible {}
