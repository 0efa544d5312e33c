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

/// Parses and validates a predictions CSV against the answers.
///
/// The header must hold the track's id and target columns (other columns are
/// ignored); then one row for every answer id, in any order, each with a valid
/// prediction. Cells are trimmed; a UTF-8 BOM, CRLF line endings and quoted
/// fields are fine. Work is linear in the size of the file.
pub fn parse_predictions(bytes: &[u8], answers: &Answers) -> Result<Predictions, PredictionErrors> {
    let (id_column, target_column, metric) = (answers.id_column(), answers.target_column(), answers.metric());
    let mut out = Problems::default();
    let Some(mut table) = input::open(bytes, &[id_column, target_column], &mut out) else {
        return Err(out.into_errors());
    };
    let (id_at, target_at) = (table.columns[0], table.columns[1]);
    let kind = Kind::prediction(metric);
    let mut values = vec![f64::NAN; answers.len()];
    // The line each answer row was predicted on; 0 while it has not been.
    let mut lines = vec![0u64; answers.len()];
    let mut new_labels = LabelTable::after(answers.labels());
    let rows = table.rows(&mut out, |line, record, out| {
        let id = record.get(id_at).unwrap_or_default().trim();
        if id.is_empty() {
            out.at(line, format_args!("the id ('{id_column}') is empty"));
            return;
        }
        let Some(row) = answers.row(id) else {
            out.at(line, format_args!("id {} is not one of the ids to predict", values::truncate(id, 40)));
            return;
        };
        if lines[row] != 0 {
            out.at(line, format_args!("id {} appears twice (first on line {})", values::truncate(id, 40), lines[row]));
            return;
        }
        lines[row] = line;
        match values::read(kind, record.get(target_at).unwrap_or_default()) {
            Ok(Value::Number(v)) => values[row] = v,
            Ok(Value::Label(label)) => {
                let code = answers.labels().get(label).unwrap_or_else(|| new_labels.intern(label));
                values[row] = code as f64;
            }
            Err(refusal) => out.at(
                line,
                format_args!("the prediction for id {} {}", values::truncate(id, 40), refusal.describe(metric)),
            ),
        }
    });
    if rows == 0 {
        let n = answers.len();
        let s = if n == 1 { "" } else { "s" };
        out.whole(format_args!("the file has a header but no predictions; it needs one row for each of the {n} id{s}"));
    } else {
        let missing = lines.iter().filter(|&&line| line == 0).count();
        if missing > 0 {
            let examples = Examples(
                lines
                    .iter()
                    .enumerate()
                    .filter(|(_, line)| **line == 0)
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
    out.finish(Predictions { values })
}
