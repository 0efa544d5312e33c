//! The CSV files Plaza writes for organizers (audit log, results). A cell
//! that a spreadsheet would read as a formula (it starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return) is written with a leading `'`, so
//! an idea titled `=HYPERLINK(...)` stays text. Plain numbers (Plaza's own
//! scores, such as `-0.5`) stay numbers.

use std::borrow::Cow;

/// `cell` as it is safe to put in a spreadsheet.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// A decimal number as Plaza writes them: an optional sign, digits, at
/// most one point, optional exponent. Nothing a spreadsheet would evaluate.
fn is_plain_number(cell: &str) -> bool {
    let body = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['-', '+']).unwrap_or(e))),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (digits(whole) || whole.is_empty()) && (digits(fraction) || fraction.is_empty()) && mantissa.len() > 1
        }
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(digits)
}

/// A CSV being written: every cell goes through [`csv_cell`].
pub struct CsvExport {
    out: csv::Writer<Vec<u8>>,
}

impl Default for CsvExport {
    fn default() -> Self {
        Self::new()
    }
}

impl CsvExport {
    pub fn new() -> Self {
        Self { out: csv::Writer::from_writer(Vec::new()) }
    }

    pub fn row<I, S>(&mut self, cells: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells.into_iter().map(|c| csv_cell(c.as_ref()).into_owned()).collect();
        self.out.write_record(&cells)
    }

    /// The finished file.
    pub fn finish(self) -> std::io::Result<Vec<u8>> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_become_text() {
        for risky in
            ["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(1)", "\tx", "\r=1", "-", "=", "-cmd|' /C calc'!A0"]
        {
            assert_eq!(csv_cell(risky), format!("'{risky}"), "{risky:?}");
        }
    }

    #[test]
    fn ordinary_text_and_plaza_numbers_are_left_alone() {
        for plain in ["Shade trees", "", "4.500000", "-0.5", "+3", "-12", "1e-3", "-.5", "-2.", "a=b", " =1"] {
            assert_eq!(csv_cell(plain), plain, "{plain:?}");
        }
        for not_number in ["-.", "-1e", "-1.2.3", "-1,5", "-0x10", "--1"] {
            assert_eq!(csv_cell(not_number), format!("'{not_number}"), "{not_number:?}");
        }
    }

    #[test]
    fn a_written_file_carries_the_neutral_cells() -> std::io::Result<()> {
        let mut out = CsvExport::new();
        out.row(["title", "score"]).map_err(std::io::Error::other)?;
        out.row(["=HYPERLINK(\"http://evil\")", "-0.250000"]).map_err(std::io::Error::other)?;
        let text = String::from_utf8(out.finish()?).map_err(std::io::Error::other)?;
        assert_eq!(text, "title,score\n\"'=HYPERLINK(\"\"http://evil\"\")\",-0.250000\n");
        Ok(())
    }
}
