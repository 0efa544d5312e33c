//! The hidden answers of a track, parsed once and shared by every entry.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use super::input::{self, Problems};
use super::labels::LabelTable;
use super::values::{self, Kind, Value};
use super::{PredictionErrors, USAGE_COLUMN, Usage};
use crate::metric::Metric;

/// Hidden answers of a track, parsed once and reused for every entry.
///
/// Rows keep the order of the file; each id maps to its row.
#[derive(Debug, Clone)]
pub struct Answers {
    id_column: String,
    target_column: String,
    metric: Metric,
    /// Ids in file order; shared with `index`.
    ids: Vec<Arc<str>>,
    index: HashMap<Arc<str>, usize>,
    labels: LabelTable,
    public: Subset,
    private: Subset,
}

/// The rows of one leaderboard and their targets, gathered once.
#[derive(Debug, Clone, Default)]
struct Subset {
    rows: Vec<usize>,
    truth: Vec<f64>,
}

impl Answers {
    /// Parses an answers CSV with the id, target and `Usage` columns. Every id
    /// must be unique, every target valid for `metric`, and there must be both
    /// Public and Private rows.
    pub fn parse(
        bytes: &[u8],
        id_column: &str,
        target_column: &str,
        metric: Metric,
    ) -> Result<Answers, PredictionErrors> {
        let mut out = Problems::default();
        let Some(mut table) = input::open(bytes, &[id_column, target_column, USAGE_COLUMN], &mut out) else {
            return Err(out.into_errors());
        };
        let (id_at, target_at, usage_at) = (table.columns[0], table.columns[1], table.columns[2]);
        let kind = Kind::truth(metric);
        let hint = table.rows_hint();
        let mut answers = Answers {
            id_column: id_column.to_owned(),
            target_column: target_column.to_owned(),
            metric,
            ids: Vec::with_capacity(hint),
            index: HashMap::with_capacity(hint),
            labels: LabelTable::default(),
            public: Subset::default(),
            private: Subset::default(),
        };
        let mut lines: Vec<u64> = Vec::with_capacity(hint);
        let rows = table.rows(&mut out, |line, record, out| {
            let id = record.get(id_at).unwrap_or_default().trim();
            let usage_cell = record.get(usage_at).unwrap_or_default().trim();
            let usage = Usage::parse(usage_cell);
            if usage.is_none() {
                out.at(
                    line,
                    format_args!(
                        "{USAGE_COLUMN} is '{}'; it must be Public or Private",
                        values::truncate(usage_cell, 40)
                    ),
                );
            }
            let target = match values::read(kind, record.get(target_at).unwrap_or_default()) {
                Ok(Value::Number(v)) => Some(v),
                Ok(Value::Label(label)) => Some(answers.labels.intern(label) as f64),
                Err(refusal) => {
                    out.at(line, format_args!("the target ('{target_column}') {}", refusal.describe(metric)));
                    None
                }
            };
            if id.is_empty() {
                out.at(line, format_args!("the id ('{id_column}') is empty"));
                return;
            }
            let row = answers.ids.len();
            let slot = match answers.index.entry(id.into()) {
                Entry::Occupied(first) => {
                    let first = lines[*first.get()];
                    out.at(line, format_args!("id {} appears twice (first on line {first})", values::truncate(id, 40)));
                    return;
                }
                Entry::Vacant(slot) => slot,
            };
            let (Some(usage), Some(target)) = (usage, target) else { return };
            answers.ids.push(Arc::clone(slot.key()));
            slot.insert(row);
            lines.push(line);
            let subset = match usage {
                Usage::Public => &mut answers.public,
                Usage::Private => &mut answers.private,
            };
            subset.rows.push(row);
            subset.truth.push(target);
        });
        if rows == 0 {
            out.whole("the file has a header but no answer rows");
        } else if out.is_empty() {
            for (usage, subset) in [(Usage::Public, &answers.public), (Usage::Private, &answers.private)] {
                if subset.rows.is_empty() {
                    out.whole(format_args!(
                        "there are no {usage} rows; mark some rows {usage} in the {USAGE_COLUMN} column"
                    ));
                }
            }
        }
        out.finish(answers)
    }

    /// The number of ids to predict.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn metric(&self) -> Metric {
        self.metric
    }

    pub fn id_column(&self) -> &str {
        &self.id_column
    }

    pub fn target_column(&self) -> &str {
        &self.target_column
    }

    /// The ids in the order of the answers file.
    pub fn ids(&self) -> impl ExactSizeIterator<Item = &str> {
        self.ids.iter().map(|id| &**id)
    }

    /// The number of rows of one leaderboard.
    pub fn count(&self, usage: Usage) -> usize {
        self.subset(usage).0.len()
    }

    /// The row of an id.
    pub(crate) fn row(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub(crate) fn id(&self, row: usize) -> &str {
        &self.ids[row]
    }

    pub(crate) fn labels(&self) -> &LabelTable {
        &self.labels
    }

    /// The rows of one leaderboard and their targets.
    pub(crate) fn subset(&self, usage: Usage) -> (&[usize], &[f64]) {
        let subset = match usage {
            Usage::Public => &self.public,
            Usage::Private => &self.private,
        };
        (&subset.rows, &subset.truth)
    }
}
