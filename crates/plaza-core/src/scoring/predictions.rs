//! An entrant's predictions file, checked against the answers.

use super::PredictionErrors;
use super::answers::Answers;
use super::input::{self, Examples, Problems};
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
    let (id_column, target_column, metric) = (answers.id_column(), answers.target_column(), answers.metric());
    let mut out = Problems::default();
    if super::spreadsheet_kind(bytes).is_some() {
        out.whole(super::SPREADSHEET_MESSAGE);
        return Err(out.into_errors());
    }
    let n = answers.len();
    let max_rows = n.saturating_add(EXTRA_ROWS);
    let too_many_rows = format!(
        "the file has more than {max_rows} rows, but there {} only {n} id{} to predict; \
         it needs exactly one row for each",
        if n == 1 { "is" } else { "are" },
        if n == 1 { "" } else { "s" },
    );
    let Some(mut table) = input::open(bytes, &[id_column, target_column], max_rows, too_many_rows, &mut out) else {
        return Err(out.into_errors());
    };
    let kind = Kind::prediction(metric);
    // For each answer row, the line it was predicted on (0 while it has not
    // been) and the value predicted. Side by side, so that a row in a file in
    // any order costs one cache miss, not two.
    let mut predicted = vec![(0u64, f64::NAN); answers.len()];
    let mut new_labels = LabelTable::after(answers.labels());
    let (mut hashes, mut found) = (Vec::new(), Vec::new());
    let rows = table.rows(&mut out, |chunk, out| {
        // The rows of a file in any order land all over the answers' tables:
        // first look up the whole chunk, touching what the rows will use, so
        // that the cache misses overlap; then go through the rows in order.
        hashes.clear();
        hashes.extend((0..chunk.len()).map(|at| answers.hash(chunk.cell(at, 0).trim())));
        answers.warm(&hashes);
        found.clear();
        found.extend(hashes.iter().enumerate().map(|(at, &hash)| {
            let id = chunk.cell(at, 0).trim();
            if id.is_empty() { None } else { answers.find(id, hash) }
        }));
        let mut touched = 0;
        for &row in found.iter().flatten() {
            touched ^= predicted[row].0;
        }
        std::hint::black_box(touched);
        for (at, &row) in found.iter().enumerate() {
            let line = chunk.line(at);
            let id = chunk.cell(at, 0).trim();
            if id.is_empty() {
                out.at(line, format_args!("the id ('{id_column}') is empty"));
                continue;
            }
            let Some(row) = row else {
                out.at(line, format_args!("id {} is not one of the ids to predict", values::truncate(id, 40)));
                continue;
            };
            let (first, value) = &mut predicted[row];
            if *first != 0 {
                out.at(line, format_args!("id {} appears twice (first on line {})", values::truncate(id, 40), first));
                continue;
            }
            *first = line;
            match values::read(kind, chunk.cell(at, 1)) {
                Ok(Value::Number(v)) => *value = v,
                Ok(Value::Label(label)) => {
                    let code = answers.labels().get(label).unwrap_or_else(|| new_labels.intern(label));
                    *value = code as f64;
                }
                Err(refusal) => out.at(
                    line,
                    format_args!("the prediction for id {} {}", values::truncate(id, 40), refusal.describe(metric)),
                ),
            }
        }
    });
    if rows == 0 {
        let s = if n == 1 { "" } else { "s" };
        out.whole(format_args!("the file has a header but no predictions; it needs one row for each of the {n} id{s}"));
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
            match missing {
                1 => out.whole(format_args!("missing 1 id: {examples}")),
                2 | 3 => out.whole(format_args!("missing {missing} ids: {examples}")),
                _ => out.whole(format_args!("missing {missing} ids, e.g. {examples}")),
            }
        }
    }
    out.finish(Predictions { values: predicted.into_iter().map(|(_, value)| value).collect() })
}
