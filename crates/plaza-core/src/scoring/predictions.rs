//! An entrant's predictions file, checked against the answers.

use plaza_i18n::tr_with;

use super::PredictionErrors;
use super::answers::Answers;
use super::input::{self, Chunk, Examples, Lazy, Problems};
use super::labels::LabelTable;
use super::values::{self, Kind, Value};

/// An entry's predictions, aligned row by row with the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Predictions {
    /// One value per answer row: a number, or a class code for label metrics.
    values: Vec<f64>,
}

impl Predictions {
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The predicted values in the order of the answers file; for label
    /// metrics, class codes that only mean something next to those answers.
    pub fn values(&self) -> &[f64] {
        &self.values
    }
}

/// Rows a predictions file may have beyond one per answer (blank rows and
/// mistakes included) before the rest of it is not read.
pub const EXTRA_ROWS: usize = 1_000;

/// Parses and validates a predictions CSV against the answers.
///
/// The header must hold the track's id and target columns (other columns are
/// ignored); then one row for every answer id, in any order, each with a valid
/// prediction. Cells are trimmed; a UTF-8 BOM, CRLF line endings and quoted
/// fields are fine. Work is linear in the size of the file, and memory is
/// bounded whatever the file holds: no line may be longer than
/// [`MAX_LINE_BYTES`](super::MAX_LINE_BYTES) or have more than
/// [`MAX_COLUMNS`](super::MAX_COLUMNS) columns, and reading stops after
/// [`EXTRA_ROWS`] rows more than there are answers, each refusal naming its line.
pub fn parse_predictions(bytes: &[u8], answers: &Answers) -> Result<Predictions, PredictionErrors> {
    let mut out = Problems::default();
    if super::spreadsheet_kind(bytes).is_some() {
        out.whole(super::spreadsheet_message());
        return Err(out.into_errors());
    }
    let n = answers.len();
    let max_rows = n.saturating_add(EXTRA_ROWS);
    let too_many_rows = tr_with("scoring-predictions-too-many-rows", &[("max", max_rows.into()), ("ids", n.into())]);
    let required = [answers.id_column(), answers.target_column()];
    let Some(mut table) = input::open(bytes, &required, max_rows, too_many_rows, &mut out) else {
        return Err(out.into_errors());
    };
    let mut matcher = Matcher::new(answers);
    let rows = table.rows(&mut out, |chunk, out| matcher.chunk(chunk, out));
    matcher.finish(rows, out)
}

/// A predictions file read before its track's answers are at hand: its rows,
/// in chunks, and the problems its rows have on their own, in file order.
/// [`parse_read_predictions`] then checks them against the answers, with the
/// same result and messages as [`parse_predictions`] on the same bytes.
///
/// This is for `plaza score`, which parses the answers afresh: on a machine
/// with two cores, reading the entry and parsing the answers overlap. It
/// holds the cells of every row (about twice the file in memory), so the
/// server, which keeps parsed answers, uses [`parse_predictions`] instead.
pub struct ReadPredictions {
    bytes: Vec<u8>,
    id_column: String,
    target_column: String,
    /// `None` when the file is to be read again with the answers (a
    /// spreadsheet, or a header without the columns): rare, and the messages
    /// are then exactly those of [`parse_predictions`].
    read: Option<ReadRows>,
}

struct ReadRows {
    /// Each chunk, with the number of row problems noted before it.
    chunks: Vec<(Chunk, usize)>,
    /// The problems of rows on their own (their bytes, their fields).
    problems: Problems,
    /// Rows that were not blank.
    rows: usize,
    /// Records read, blank or not.
    records: usize,
}

impl ReadPredictions {
    /// Reads `bytes` as a predictions file with these id and target columns.
    pub fn read(bytes: Vec<u8>, id_column: &str, target_column: &str) -> Self {
        let read = if super::spreadsheet_kind(&bytes).is_some() {
            None
        } else {
            let mut problems = Problems::default();
            // No row limit here: the file is already in memory, and one with
            // more rows than the answers allow is read again with them.
            input::open(&bytes, &[id_column, target_column], usize::MAX, String::new(), &mut problems).map(
                |mut table| {
                    let mut chunks = Vec::new();
                    let rows = table.rows(&mut problems, |chunk, problems| {
                        if chunk.len() > 0 {
                            chunks.push((chunk.clone(), problems.count()));
                        }
                    });
                    ReadRows { chunks, problems, rows, records: table.records_read() }
                },
            )
        };
        ReadPredictions { bytes, id_column: id_column.to_owned(), target_column: target_column.to_owned(), read }
    }

    /// The file as it was given.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Checks a predictions file read by [`ReadPredictions::read`] against the
/// answers: the same as [`parse_predictions`] on its bytes.
pub fn parse_read_predictions(file: &ReadPredictions, answers: &Answers) -> Result<Predictions, PredictionErrors> {
    let same_columns = file.id_column == answers.id_column() && file.target_column == answers.target_column();
    let max_rows = answers.len().saturating_add(EXTRA_ROWS);
    let Some(read) = file.read.as_ref().filter(|read| same_columns && read.records <= max_rows) else {
        return parse_predictions(&file.bytes, answers);
    };
    let mut out = Problems::default();
    let mut matcher = Matcher::new(answers);
    // Looking ids up waits on memory: on a large file, each half of the
    // chunks is looked up (and its numbers read) on a thread of its own first.
    let half = read.chunks.len() / 2;
    let (first, second) = if read.rows < PARALLEL_ROWS {
        Default::default()
    } else {
        super::both(|| look_up_all(answers, &read.chunks[..half]), || look_up_all(answers, &read.chunks[half..]))
    };
    let mut replayed = 0;
    let mut rows = first.0.into_iter().chain(second.0);
    let mut numbers = first.1.into_iter().chain(second.1);
    let looked_up = read.rows >= PARALLEL_ROWS;
    for (chunk, before) in &read.chunks {
        out.replay(&read.problems, replayed, *before);
        replayed = *before;
        if !looked_up {
            matcher.chunk(chunk, &mut out);
        } else {
            matcher.found.clear();
            matcher.found.extend(rows.by_ref().take(chunk.len()));
            matcher.numbers.clear();
            matcher.numbers.extend(numbers.by_ref().take(chunk.len()));
            matcher.apply(chunk, &mut out);
            matcher.numbers.clear();
        }
    }
    out.replay(&read.problems, replayed, read.problems.count());
    matcher.finish(read.rows, out)
}

/// From this many rows, [`parse_read_predictions`] looks ids up on two threads.
const PARALLEL_ROWS: usize = 100_000;

/// The rows of the answers that the ids of a chunk are, `None` for an empty
/// id or one that is not there.
fn look_up(answers: &Answers, chunk: &Chunk, hashes: &mut Vec<u64>, found: &mut Vec<Option<usize>>) {
    // The rows of a file in any order land all over the answers' tables:
    // first look up the whole chunk, touching what the rows will use, so
    // that the cache misses overlap; then go through the rows in order.
    hashes.clear();
    hashes.extend((0..chunk.len()).map(|at| answers.hash(chunk.cell(at, 0).trim())));
    answers.warm(hashes);
    found.clear();
    found.extend(hashes.iter().enumerate().map(|(at, &hash)| {
        let id = chunk.cell(at, 0).trim();
        if id.is_empty() { None } else { answers.find(id, hash) }
    }));
}

/// [`look_up`] on every row of some chunks, in order, and each row's
/// prediction read as a number where it is one (NaN, which no prediction
/// is: a label, or a refusal, which [`Matcher::apply`] reads again to say why).
fn look_up_all(answers: &Answers, chunks: &[(Chunk, usize)]) -> (Vec<Option<usize>>, Vec<f64>) {
    let kind = Kind::prediction(answers.metric());
    let (mut hashes, mut found) = (Vec::new(), Vec::new());
    let rows = chunks.iter().map(|(chunk, _)| chunk.len()).sum();
    let (mut all, mut numbers) = (Vec::with_capacity(rows), Vec::with_capacity(rows));
    for (chunk, _) in chunks {
        look_up(answers, chunk, &mut hashes, &mut found);
        all.extend_from_slice(&found);
        numbers.extend((0..chunk.len()).map(|at| match values::read(kind, chunk.cell(at, 1)) {
            Ok(Value::Number(v)) => v,
            _ => f64::NAN,
        }));
    }
    (all, numbers)
}

/// Matches rows of predictions with the answers, a chunk at a time.
struct Matcher<'a> {
    answers: &'a Answers,
    kind: Kind,
    /// For each answer row, the line it was predicted on (0 while it has not
    /// been) and the value predicted. Side by side, so that a row in a file in
    /// any order costs one cache miss, not two.
    predicted: Vec<(u64, f64)>,
    new_labels: LabelTable,
    hashes: Vec<u64>,
    found: Vec<Option<usize>>,
    /// When set (see [`look_up_all`]), the rows' predictions read as numbers.
    numbers: Vec<f64>,
}

impl<'a> Matcher<'a> {
    fn new(answers: &'a Answers) -> Self {
        Matcher {
            answers,
            kind: Kind::prediction(answers.metric()),
            predicted: vec![(0u64, f64::NAN); answers.len()],
            new_labels: LabelTable::after(answers.labels()),
            hashes: Vec::new(),
            found: Vec::new(),
            numbers: Vec::new(),
        }
    }

    fn chunk(&mut self, chunk: &Chunk, out: &mut Problems) {
        look_up(self.answers, chunk, &mut self.hashes, &mut self.found);
        self.apply(chunk, out);
    }

    /// The rest of [`Matcher::chunk`], once the rows of the chunk's ids are in `found`.
    fn apply(&mut self, chunk: &Chunk, out: &mut Problems) {
        let Matcher { answers, kind, predicted, new_labels, found, numbers, .. } = self;
        let (id_column, metric) = (answers.id_column(), answers.metric());
        let mut touched = 0;
        for &row in found.iter().flatten() {
            touched ^= predicted[row].0;
        }
        std::hint::black_box(touched);
        for (at, &row) in found.iter().enumerate() {
            let line = chunk.line(at);
            let id = chunk.cell(at, 0).trim();
            if id.is_empty() {
                out.at(line, Lazy(|| input::id_empty(id_column)));
                continue;
            }
            let Some(row) = row else {
                out.at(
                    line,
                    Lazy(|| tr_with("scoring-predictions-unknown-id", &[("id", values::truncate(id, 40).into())])),
                );
                continue;
            };
            let (first, value) = &mut predicted[row];
            if *first != 0 {
                let earlier = *first;
                out.at(line, Lazy(|| input::id_twice(id, earlier)));
                continue;
            }
            *first = line;
            if let Some(&number) = numbers.get(at).filter(|number| !number.is_nan()) {
                *value = number;
                continue;
            }
            match values::read(*kind, chunk.cell(at, 1)) {
                Ok(Value::Number(v)) => *value = v,
                Ok(Value::Label(label)) => {
                    let code = answers.labels().get(label).unwrap_or_else(|| new_labels.intern(label));
                    *value = code as f64;
                }
                Err(refusal) => out.at(
                    line,
                    Lazy(|| {
                        let (id, problem) = (values::truncate(id, 40), refusal.describe(metric));
                        tr_with("scoring-predictions-bad-prediction", &[("id", id.into()), ("problem", problem.into())])
                    }),
                ),
            }
        }
    }

    /// The predictions, or every problem, once all `rows` (not blank) are in.
    fn finish(self, rows: usize, mut out: Problems) -> Result<Predictions, PredictionErrors> {
        let (answers, predicted) = (self.answers, self.predicted);
        let n = answers.len();
        if rows == 0 {
            out.whole(tr_with("scoring-predictions-no-rows", &[("ids", n.into())]));
        } else {
            let missing = predicted.iter().filter(|(line, _)| *line == 0).count();
            if missing > 0 {
                let examples = Examples(
                    predicted
                        .iter()
                        .enumerate()
                        .filter(|(_, (line, _))| *line == 0)
                        .take(3)
                        .map(|(row, _)| answers.id(row))
                        .collect(),
                );
                // Up to three missing ids are all listed; more are shown by their first three.
                let id = if missing <= 3 { "scoring-predictions-missing" } else { "scoring-predictions-missing-some" };
                out.whole(tr_with(id, &[("count", missing.into()), ("examples", examples.to_string().into())]));
            }
        }
        out.finish(Predictions { values: predicted.into_iter().map(|(_, value)| value).collect() })
    }
}
