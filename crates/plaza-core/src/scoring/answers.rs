//! The hidden answers of a track, parsed once and shared by every entry.

use plaza_i18n::{tr, tr_with};

use super::ids::Ids;
use super::input::{self, Lazy, Problems};
use super::labels::LabelTable;
use super::values::{self, Kind, Value};
use super::{PredictionErrors, USAGE_COLUMN, Usage};
use crate::metric::Metric;

/// The most rows an answers file may have.
pub const MAX_ROWS: usize = 50_000_000;

/// Hidden answers of a track, parsed once and reused for every entry.
///
/// Rows keep the order of the file; each id maps to its row.
#[derive(Debug, Clone)]
pub struct Answers {
    id_column: String,
    target_column: String,
    metric: Metric,
    /// Ids in file order, indexed.
    ids: Ids,
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

/// When equal ids are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Duplicates {
    /// Each id as its row is read.
    AsRead,
    /// All at once, at the end; problems are then not in line order.
    AtEnd,
    /// Not here: this is one half of a file, whose caller indexes the whole
    /// (see [`Answers::read_halves`]); room is made for the rows of `whole`
    /// bytes, so that the other half is added without moving these.
    Later { whole: usize },
}

impl Subset {
    fn with_capacity(rows: usize) -> Self {
        Subset { rows: Vec::with_capacity(rows), truth: Vec::with_capacity(rows) }
    }
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
        // Answers files are nearly always right: index their ids once at the
        // end, the fastest way. If anything is wrong, read the file again,
        // checking each id as it comes, so that every problem is listed in
        // line order (a second id is reported where it appears).
        if let Some(answers) = Self::read_halves(bytes, id_column, target_column, metric, false) {
            return Ok(answers);
        }
        Self::read(bytes, id_column, target_column, metric, Duplicates::AtEnd, false)
            .or_else(|_| Self::read(bytes, id_column, target_column, metric, Duplicates::AsRead, false))
    }

    /// The answers as [`Answers::parse`] reads them, in one pass over the
    /// file, if the bundle check of answers files would accept the file as
    /// well; `None` if either would refuse it (or might: a yes/no target
    /// spelled `1e0`, a row of blank cells, a column named twice, a byte
    /// order mark), so that the caller can let the bundle check say why.
    pub(crate) fn parse_checked(bytes: &[u8], id_column: &str, target_column: &str, metric: Metric) -> Option<Answers> {
        Self::read_halves(bytes, id_column, target_column, metric, true)
            .or_else(|| Self::read(bytes, id_column, target_column, metric, Duplicates::AtEnd, true).ok())
    }

    /// A large file read as two halves on two threads, then joined: the
    /// answers [`Answers::read`] gives when it finds nothing wrong (ids in file
    /// order, the same rows, targets and checks). `None` when the file cannot
    /// be cut safely (it is small, quotes a cell, or has label targets, whose
    /// codes follow the whole file's order) or anything is wrong with it: the
    /// caller then reads it whole, and says what is wrong and where.
    fn read_halves(
        bytes: &[u8],
        id_column: &str,
        target_column: &str,
        metric: Metric,
        as_bundle_check: bool,
    ) -> Option<Answers> {
        // Without quotes, every line break ends a row, so a half starts at one.
        if bytes.len() < Self::HALVES_BYTES || Kind::truth(metric) == Kind::Label || bytes.contains(&b'"') {
            return None;
        }
        let header_end = bytes.iter().position(|&b| b == b'\n')? + 1;
        let middle = header_end + (bytes.len() - header_end) / 2;
        let cut = middle + bytes[middle..].iter().position(|&b| b == b'\n')? + 1;
        if cut >= bytes.len() {
            return None;
        }
        // The second half, under the same header.
        let mut second = Vec::with_capacity(header_end + bytes.len() - cut);
        second.extend_from_slice(&bytes[..header_end]);
        second.extend_from_slice(&bytes[cut..]);
        let half = |half: &[u8], whole: usize| {
            Self::read(half, id_column, target_column, metric, Duplicates::Later { whole }, as_bundle_check).ok()
        };
        let (first, second) = super::both(|| half(&bytes[..cut], bytes.len()), || half(&second, 0));
        let (mut answers, second) = (first?, second?);
        let offset = answers.ids.len();
        if !answers.ids.extend(&second.ids) || answers.ids.len() > MAX_ROWS {
            return None;
        }
        for (into, from) in [(&mut answers.public, &second.public), (&mut answers.private, &second.private)] {
            into.rows.extend(from.rows.iter().map(|row| row + offset));
            into.truth.extend_from_slice(&from.truth);
        }
        let complete = answers.ids.index_all() && !answers.public.rows.is_empty() && !answers.private.rows.is_empty();
        complete.then_some(answers)
    }

    /// From this size, [`Answers::read_halves`] reads a file in two halves.
    const HALVES_BYTES: usize = 4 << 20;

    fn read(
        bytes: &[u8],
        id_column: &str,
        target_column: &str,
        metric: Metric,
        duplicates: Duplicates,
        as_bundle_check: bool,
    ) -> Result<Answers, PredictionErrors> {
        let as_read = duplicates == Duplicates::AsRead;
        let mut out = Problems::default();
        let required = [id_column, target_column, USAGE_COLUMN];
        let too_many_rows = tr_with("scoring-answers-too-many-rows", &[("max", MAX_ROWS.into())]);
        let Some(mut table) = input::open(bytes, &required, MAX_ROWS, too_many_rows, &mut out) else {
            return Err(out.into_errors());
        };
        let kind = Kind::truth(metric);
        let (hint, id_bytes) = match duplicates {
            Duplicates::Later { whole } if whole > bytes.len() => {
                (table.rows_hint().saturating_mul(whole) / bytes.len() + 1, whole / 2)
            }
            _ => (table.rows_hint(), bytes.len() / 2),
        };
        let mut answers = Answers {
            id_column: id_column.to_owned(),
            target_column: target_column.to_owned(),
            metric,
            ids: Ids::with_capacity(hint, id_bytes),
            labels: LabelTable::default(),
            // Room for every row in each: only the memory used is touched.
            public: Subset::with_capacity(hint),
            private: Subset::with_capacity(hint),
        };
        // The line of each row, to name the first of two equal ids.
        let mut lines: Vec<u64> = Vec::new();
        let rows = table.rows(&mut out, |chunk, out| {
            for at in 0..chunk.len() {
                let line = chunk.line(at);
                let id = chunk.cell(at, 0).trim();
                let usage_cell = chunk.cell(at, 2).trim();
                let usage = Usage::parse(usage_cell);
                if usage.is_none() {
                    out.at(
                        line,
                        Lazy(|| {
                            let value = values::truncate(usage_cell, 40);
                            tr_with(
                                "scoring-answers-bad-usage",
                                &[("column", USAGE_COLUMN.into()), ("value", value.into())],
                            )
                        }),
                    );
                }
                let target_cell = chunk.cell(at, 1);
                if as_bundle_check && kind == Kind::Binary && !bundle_yes_no(target_cell.trim()) {
                    // Never shown: the bundle check reads the file again to say where.
                    out.at(line, "the target is not spelled as the bundle check wants");
                }
                let target = match values::read(kind, target_cell) {
                    Ok(Value::Number(v)) => Some(v),
                    Ok(Value::Label(label)) => Some(answers.labels.intern(label) as f64),
                    Err(refusal) => {
                        out.at(
                            line,
                            Lazy(|| {
                                let problem = refusal.describe(metric);
                                tr_with(
                                    "scoring-answers-bad-target",
                                    &[("column", target_column.into()), ("problem", problem.into())],
                                )
                            }),
                        );
                        None
                    }
                };
                if id.is_empty() {
                    out.at(line, Lazy(|| input::id_empty(id_column)));
                    continue;
                }
                let hash = if as_read { answers.ids.hash(id) } else { 0 };
                if as_read && let Some(first) = answers.ids.find(id, hash) {
                    let first = lines[first];
                    out.at(line, Lazy(|| input::id_twice(id, first)));
                    continue;
                }
                let (Some(usage), Some(target)) = (usage, target) else { continue };
                let pushed = if as_read { answers.ids.push(id, hash) } else { answers.ids.append(id) };
                let Some(row) = pushed else {
                    out.at(line, Lazy(|| tr("scoring-answers-too-many-ids")));
                    continue;
                };
                if as_read {
                    lines.push(line);
                }
                let subset = match usage {
                    Usage::Public => &mut answers.public,
                    Usage::Private => &mut answers.private,
                };
                subset.rows.push(row);
                subset.truth.push(target);
            }
        });
        let whole = !matches!(duplicates, Duplicates::Later { .. });
        if duplicates == Duplicates::AtEnd && out.is_empty() && !answers.ids.index_all() {
            // Never shown: the file is read again to say where.
            out.whole("an id appears twice");
        }
        if as_bundle_check && !table.reads_as_bundle_check() {
            // Never shown, as above.
            out.whole("the bundle check reads this file differently");
        }
        if rows == 0 {
            out.whole(tr("scoring-answers-no-rows"));
        } else if whole && out.is_empty() {
            for (usage, subset) in [(Usage::Public, &answers.public), (Usage::Private, &answers.private)] {
                if subset.rows.is_empty() {
                    out.whole(tr_with(
                        "scoring-answers-no-usage-rows",
                        &[("usage", usage.name().into()), ("column", USAGE_COLUMN.into())],
                    ));
                }
            }
        }
        out.finish(answers)
    }

    /// About how many bytes of memory the answers hold, to bound a cache of them.
    pub fn memory_bytes(&self) -> usize {
        self.ids.memory_bytes()
            + [&self.public, &self.private]
                .iter()
                .map(|subset| subset.rows.capacity() * size_of::<usize>() + subset.truth.capacity() * size_of::<f64>())
                .sum::<usize>()
    }

    /// The number of ids to predict.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.len() == 0
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
        (0..self.ids.len()).map(|row| self.ids.get(row))
    }

    /// The number of rows of one leaderboard.
    pub fn count(&self, usage: Usage) -> usize {
        self.subset(usage).0.len()
    }

    /// The hash of an id, for [`Answers::warm`] and [`Answers::find`].
    pub(crate) fn hash(&self, id: &str) -> u64 {
        self.ids.hash(id)
    }

    /// Prepares the lookups of ids with these hashes (see [`Ids::warm`]).
    pub(crate) fn warm(&self, hashes: &[u64]) {
        self.ids.warm(hashes);
    }

    /// The row of an id whose hash is `hash`.
    pub(crate) fn find(&self, id: &str, hash: u64) -> Option<usize> {
        self.ids.find(id, hash)
    }

    pub(crate) fn id(&self, row: usize) -> &str {
        self.ids.get(row)
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

/// The spellings of a yes/no target the bundle check accepts (a narrower set
/// than scoring reads: `1e0` and `0.00` are yes/no to scoring, not to it).
fn bundle_yes_no(cell: &str) -> bool {
    ["0", "1", "true", "false", "0.0", "1.0"].iter().any(|ok| cell.eq_ignore_ascii_case(ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file large enough to be read in halves: `rows` rows, Public only in
    /// the first `public` rows, with `extra` appended.
    fn file(rows: usize, public: usize, extra: &str) -> Vec<u8> {
        let mut csv = String::from("id,y,Usage\r\n");
        for i in 0..rows {
            let usage = if i < public { "Public" } else { "Private" };
            csv.push_str(&format!("row-{i:08},{}.{},{usage}\r\n", i % 7, i % 100));
        }
        csv.push_str(extra);
        csv.into_bytes()
    }

    fn halves(bytes: &[u8], metric: Metric) -> Option<Answers> {
        Answers::read_halves(bytes, "id", "y", metric, false)
    }

    fn whole(bytes: &[u8], metric: Metric) -> Result<Answers, PredictionErrors> {
        Answers::read(bytes, "id", "y", metric, Duplicates::AtEnd, false)
    }

    fn same(a: &Answers, b: &Answers) {
        assert!(a.ids().eq(b.ids()), "ids in file order");
        for usage in Usage::ALL {
            assert_eq!(a.subset(usage), b.subset(usage), "{usage} rows");
        }
        for (row, id) in b.ids().enumerate().step_by(997) {
            assert_eq!(a.find(id, a.hash(id)), Some(row), "{id}");
        }
    }

    #[test]
    fn a_large_file_read_in_halves_is_the_file_read_whole() {
        // Public rows only near the start: each half alone need not have both.
        let bytes = file(300_000, 1_000, "");
        assert!(bytes.len() >= Answers::HALVES_BYTES);
        let split = halves(&bytes, Metric::Rmse).expect("read in halves");
        same(&split, &whole(&bytes, Metric::Rmse).expect("valid"));
        let parsed = Answers::parse(&bytes, "id", "y", Metric::Rmse).expect("valid");
        same(&parsed, &split);
    }

    #[test]
    fn a_large_file_that_cannot_be_cut_safely_or_has_a_problem_is_read_whole() {
        // An id repeated across the halves, a quoted cell, label targets, a bad target.
        let repeated = file(300_000, 1_000, "row-00000001,1,Public\r\n");
        assert!(halves(&repeated, Metric::Rmse).is_none());
        let message = Answers::parse(&repeated, "id", "y", Metric::Rmse).expect_err("refused").to_string();
        assert!(message.contains("line 300002: id row-00000001 appears twice (first on line 3)"), "{message}");
        assert!(halves(&file(300_000, 1_000, "\"row-x\",1,Public\r\n"), Metric::Rmse).is_none());
        assert!(halves(&file(300_000, 1_000, ""), Metric::Accuracy).is_none());
        let bad = file(300_000, 1_000, "row-y,many,Public\r\n");
        assert!(halves(&bad, Metric::Rmse).is_none());
        assert!(Answers::parse(&bad, "id", "y", Metric::Rmse).is_err());
    }
}
