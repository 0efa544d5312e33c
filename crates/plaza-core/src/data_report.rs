//! Data-quality reports: a resident says one row, one column or a whole
//! file of a dataset is wrong, what it should be and how they know. The
//! challenge's organizers (or the partner organizations they invite) confirm
//! a report, reject it with a reason or mark it a duplicate. Confirmed
//! corrections of a cell are applied together into a new version of the
//! dataset's file, which the change log lists. Pure rules: the store keeps
//! reports, the web layer reads and writes files.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::user::UserId;

/// The longest "what is wrong".
pub const MAX_PROBLEM: usize = 2_000;
/// The longest "what it should be" (and a confirmed correction).
pub const MAX_SHOULD_BE: usize = 1_000;
/// The longest "how do you know".
pub const MAX_HOW_KNOWN: usize = 2_000;
/// The longest name a reporter asks to be thanked by.
pub const MAX_CREDIT_NAME: usize = 100;
/// The longest reason for rejecting a report.
pub const MAX_REASON: usize = 500;
/// Reports one person may send in an hour.
pub const REPORTS_PER_HOUR: u32 = 20;
/// Searches of a file, or rows looked up in it, that one connection may ask
/// for in an hour: each reads the file (up to two million rows).
pub const SEARCHES_PER_HOUR: u64 = 120;
/// Rows a search of a dataset shows at most.
pub const MAX_FOUND_ROWS: usize = 20;
/// The longest search of a dataset's rows.
pub const MAX_SEARCH: usize = 200;

/// What a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportScope {
    /// One row (and maybe one of its cells).
    Row,
    /// One column, in every row.
    Column,
    /// The whole file.
    File,
}

impl ReportScope {
    pub const ALL: [ReportScope; 3] = [ReportScope::Row, ReportScope::Column, ReportScope::File];

    pub fn name(self) -> &'static str {
        match self {
            ReportScope::Row => "row",
            ReportScope::Column => "column",
            ReportScope::File => "file",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == input)
    }
}

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Sent; waiting for someone to look at it.
    Waiting,
    /// The data is wrong as the report says.
    Confirmed,
    /// The data is right, or the report cannot be acted on; its reporter reads why.
    Rejected,
    /// Another report already says the same.
    Duplicate,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 4] =
        [ReportStatus::Waiting, ReportStatus::Confirmed, ReportStatus::Rejected, ReportStatus::Duplicate];

    pub fn name(self) -> &'static str {
        match self {
            ReportStatus::Waiting => "waiting",
            ReportStatus::Confirmed => "confirmed",
            ReportStatus::Rejected => "rejected",
            ReportStatus::Duplicate => "duplicate",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == input)
    }

    /// In the reader's language.
    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("data-report-status-{}", self.name()))
    }
}

/// A report with what was done with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataReport {
    pub id: i64,
    pub challenge_id: i64,
    pub dataset_id: i64,
    pub reporter: UserId,
    pub scope: ReportScope,
    /// Row reports: the row's number in the file, counting data rows from 1.
    pub row: Option<u64>,
    /// Empty when the report is about a whole row or file.
    pub column: String,
    pub problem: String,
    pub should_be: String,
    pub how_known: String,
    /// A picture, cleaned of its metadata: its blob and type.
    pub photo: Option<(String, String)>,
    /// The name the reporter agreed to be thanked by in the change log; empty: not named.
    pub credit_name: String,
    pub status: ReportStatus,
    /// Rejected reports: why, for the reporter.
    pub reason: String,
    /// Duplicates: the report it repeats.
    pub duplicate_of: Option<i64>,
    /// Confirmed row reports about one cell: the value the cell gets in the
    /// next version of the file.
    pub correction: Option<String>,
    /// Once published: the number of the version the correction was made
    /// to (the file after it is the next number).
    pub corrected_in: Option<u32>,
    /// Once published: the cell's value before the correction.
    pub before: Option<String>,
    /// The language the reporter wrote in, for the emails they get.
    pub locale: Option<String>,
    pub created_at: DateTime<Utc>,
    pub triaged_at: Option<DateTime<Utc>>,
}

impl DataReport {
    /// Where in the file, in words: "Row 12, column status".
    pub fn place(&self) -> String {
        match (self.scope, self.row) {
            (ReportScope::Row, Some(row)) if !self.column.is_empty() => plaza_i18n::tr_with(
                "data-report-place-cell",
                &[("row", row.into()), ("column", self.column.as_str().into())],
            ),
            (ReportScope::Row, Some(row)) => plaza_i18n::tr_with("data-report-place-row", &[("row", row.into())]),
            (ReportScope::Column, _) => {
                plaza_i18n::tr_with("data-report-place-column", &[("column", self.column.as_str().into())])
            }
            _ => plaza_i18n::tr("data-report-place-file"),
        }
    }

    /// Whether publishing the next version will change a cell for it.
    pub fn awaits_publishing(&self) -> bool {
        self.status == ReportStatus::Confirmed && self.correction.is_some() && self.corrected_in.is_none()
    }
}

/// A report as sent, before its checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ReportDraft {
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub row: String,
    #[serde(default)]
    pub column: String,
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub should_be: String,
    #[serde(default)]
    pub how_known: String,
    /// "yes" when the reporter agrees to be named in the change log.
    #[serde(default)]
    pub credit: String,
    #[serde(default)]
    pub credit_name: String,
}

/// A report that passed its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedReport {
    pub scope: ReportScope,
    pub row: Option<u64>,
    pub column: String,
    pub problem: String,
    pub should_be: String,
    pub how_known: String,
    pub credit_name: String,
}

/// A problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: String,
}

fn problem(field: &'static str, message: String) -> FieldProblem {
    FieldProblem { field, message }
}

/// Trims `text` and checks it has at most `max` characters (and at least
/// one when `required`).
fn bounded(text: &str, max: usize, required: bool, field: &'static str) -> Result<String, FieldProblem> {
    let text = text.trim().replace("\r\n", "\n");
    if required && text.is_empty() {
        return Err(problem(field, plaza_i18n::tr(&format!("data-report-{}-empty", field.replace('_', "-")))));
    }
    let count = text.chars().count();
    if count > max {
        return Err(problem(
            field,
            plaza_i18n::tr_with("data-report-too-long", &[("max", max.into()), ("count", count.into())]),
        ));
    }
    Ok(text)
}

/// Checks a report against the dataset's `columns` and `row_count`; every
/// problem is listed, each with the field it belongs to.
pub fn check_report(
    draft: &ReportDraft,
    columns: &[String],
    row_count: u64,
) -> Result<CheckedReport, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let scope = ReportScope::parse(draft.scope.trim());
    if scope.is_none() {
        problems.push(problem("scope", plaza_i18n::tr("data-report-scope-missing")));
    }
    let mut row = None;
    if scope == Some(ReportScope::Row) {
        match parse_row(&draft.row) {
            Some(n) if n <= row_count => row = Some(n),
            Some(_) => problems
                .push(problem("row", plaza_i18n::tr_with("data-report-row-past-end", &[("rows", row_count.into())]))),
            None => problems.push(problem("row", plaza_i18n::tr("data-report-row-missing"))),
        }
    }
    let column = draft.column.trim().to_owned();
    match scope {
        Some(ReportScope::Column) if column.is_empty() => {
            problems.push(problem("column", plaza_i18n::tr("data-report-column-missing")));
        }
        Some(ReportScope::Row | ReportScope::Column) if !column.is_empty() && !columns.contains(&column) => {
            problems.push(problem("column", plaza_i18n::tr("data-report-column-unknown")));
        }
        _ => {}
    }
    let column = if scope == Some(ReportScope::File) { String::new() } else { column };
    let mut text = |value: &str, max, required, field| match bounded(value, max, required, field) {
        Ok(text) => Some(text),
        Err(found) => {
            problems.push(found);
            None
        }
    };
    let problem_text = text(&draft.problem, MAX_PROBLEM, true, "problem");
    let should_be = text(&draft.should_be, MAX_SHOULD_BE, false, "should_be");
    let how_known = text(&draft.how_known, MAX_HOW_KNOWN, false, "how_known");
    let credit = draft.credit == "yes";
    let credit_name =
        if credit { text(&draft.credit_name, MAX_CREDIT_NAME, true, "credit_name") } else { Some(String::new()) };
    match (scope, problem_text, should_be, how_known, credit_name) {
        (Some(scope), Some(problem), Some(should_be), Some(how_known), Some(credit_name)) if problems.is_empty() => {
            Ok(CheckedReport { scope, row, column, problem, should_be, how_known, credit_name })
        }
        _ => Err(problems),
    }
}

/// A row number as people type it: "12", " 12 ", "row 12", "#12".
pub fn parse_row(input: &str) -> Option<u64> {
    let digits: String = input.trim().trim_start_matches(|c: char| !c.is_ascii_digit()).to_owned();
    digits.parse::<u64>().ok().filter(|n| *n >= 1)
}

/// What the organizers decide about a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    /// Confirmed; for a report about one cell, the value it should get.
    Confirm {
        correction: Option<String>,
    },
    Reject {
        reason: String,
    },
    DuplicateOf(i64),
}

/// Checks a correction for a confirmed report.
pub fn check_correction(value: &str) -> Result<String, String> {
    let value = value.trim().replace("\r\n", "\n");
    let count = value.chars().count();
    if count > MAX_SHOULD_BE {
        return Err(plaza_i18n::tr_with(
            "data-report-too-long",
            &[("max", MAX_SHOULD_BE.into()), ("count", count.into())],
        ));
    }
    Ok(value)
}

/// Checks why a report is rejected.
pub fn check_reason(value: &str) -> Result<String, String> {
    let value = value.trim().replace("\r\n", "\n");
    if value.is_empty() {
        return Err(plaza_i18n::tr("data-report-reason-empty"));
    }
    let count = value.chars().count();
    if count > MAX_REASON {
        return Err(plaza_i18n::tr_with(
            "data-report-too-long",
            &[("max", MAX_REASON.into()), ("count", count.into())],
        ));
    }
    Ok(value)
}

/// One cell to change in the next version of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub report_id: i64,
    /// Data rows counted from 1.
    pub row: u64,
    pub column: String,
    pub value: String,
}

/// What applying corrections did: the rows written and, for each report,
/// the value its cell had before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub rows: u64,
    pub before: BTreeMap<i64, String>,
}

/// Why corrections could not be applied, in words for the organizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplyError {
    /// The file could not be read or written.
    Io(String),
    /// A report's row or column is not in the file (it changed since).
    NotInFile { report_id: i64, place: String },
}

impl std::fmt::Display for ApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApplyError::Io(message) => f.write_str(message),
            ApplyError::NotInFile { report_id, place } => f.write_str(&plaza_i18n::tr_with(
                "data-report-not-in-file",
                &[("id", (*report_id).into()), ("place", place.as_str().into())],
            )),
        }
    }
}

/// Copies the CSV `input` (UTF-8, commas, a header row) to `output` with
/// each correction's cell replaced, one record at a time. Two corrections
/// of the same cell: the later report wins. Nothing else changes, not even
/// the quoting of untouched records' fields beyond what CSV requires.
pub fn apply_corrections<R: Read, W: Write>(
    input: R,
    output: W,
    corrections: &[Correction],
) -> Result<Applied, ApplyError> {
    let io = |e: csv::Error| ApplyError::Io(e.to_string());
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(input);
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(output);
    let headers = reader.headers().map_err(io)?.clone();
    writer.write_record(&headers).map_err(io)?;
    // Row number → (column index, value, report), in report order.
    let mut by_row: BTreeMap<u64, Vec<(usize, &Correction)>> = BTreeMap::new();
    let mut ordered: Vec<&Correction> = corrections.iter().collect();
    ordered.sort_by_key(|c| c.report_id);
    for correction in ordered {
        let Some(index) = headers.iter().position(|h| h == correction.column) else {
            return Err(not_in_file(correction));
        };
        by_row.entry(correction.row).or_default().push((index, correction));
    }
    let mut before = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    let mut rows = 0u64;
    while reader.read_record(&mut record).map_err(io)? {
        rows += 1;
        match by_row.remove(&rows) {
            None => writer.write_record(&record).map_err(io)?,
            Some(changes) => {
                let mut fields: Vec<String> = record.iter().map(str::to_owned).collect();
                for (index, correction) in changes {
                    let Some(cell) = fields.get_mut(index) else { return Err(not_in_file(correction)) };
                    before.insert(correction.report_id, std::mem::replace(cell, correction.value.clone()));
                }
                writer.write_record(&fields).map_err(io)?;
            }
        }
    }
    if let Some(correction) = by_row.into_values().flatten().map(|(_, c)| c).next() {
        return Err(not_in_file(correction));
    }
    writer.flush().map_err(|e| ApplyError::Io(e.to_string()))?;
    Ok(Applied { rows, before })
}

fn not_in_file(correction: &Correction) -> ApplyError {
    ApplyError::NotInFile {
        report_id: correction.report_id,
        place: plaza_i18n::tr_with(
            "data-report-place-cell",
            &[("row", correction.row.into()), ("column", correction.column.as_str().into())],
        ),
    }
}

/// A row found by a search: its number and its cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundRow {
    pub number: u64,
    pub cells: Vec<String>,
}

/// What a look through a file found: its header, the first
/// [`MAX_FOUND_ROWS`] rows matching a search, and the row asked for.
pub type Found = (Vec<String>, Vec<FoundRow>, Option<FoundRow>);

/// Reads the header of the CSV `input` and at most `max_rows` rows: those
/// that contain `query` (ignoring case) in a cell, where a number finds the
/// row of that number and rows with a cell of exactly that value; and row
/// `wanted`. With `max_rows` 0 only the header is read.
pub fn find_rows<R: Read>(input: R, query: &str, wanted: Option<u64>, max_rows: u64) -> Result<Found, String> {
    let needle = query.trim().to_lowercase();
    let number = query.trim().parse::<u64>().ok();
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(input);
    let headers: Vec<String> = reader.headers().map_err(|e| e.to_string())?.iter().map(str::to_owned).collect();
    let mut found = Vec::new();
    let mut chosen = None;
    let mut record = csv::StringRecord::new();
    let mut row = 0u64;
    loop {
        let searching = !needle.is_empty() && found.len() < MAX_FOUND_ROWS;
        let looking = wanted.is_some_and(|n| n > row) && chosen.is_none();
        if (!searching && !looking) || row >= max_rows || !reader.read_record(&mut record).map_err(|e| e.to_string())? {
            break;
        }
        row += 1;
        if wanted == Some(row) {
            chosen = Some(FoundRow { number: row, cells: record.iter().map(str::to_owned).collect() });
        }
        if !searching {
            continue;
        }
        // A number is a row's number or a whole cell (an id); words may be part of a cell.
        let matches = match number {
            Some(number) => number == row || record.iter().any(|cell| cell.trim() == needle),
            None => record.iter().any(|cell| cell.to_lowercase().contains(&needle)),
        };
        if matches {
            found.push(FoundRow { number: row, cells: record.iter().map(str::to_owned).collect() });
        }
    }
    Ok((headers, found, chosen))
}

/// A file's header and some of its rows by number.
pub type Rows = (Vec<String>, BTreeMap<u64, Vec<String>>);

/// The header of the CSV `input` and its rows numbered `wanted`, read up
/// to the last of them.
pub fn rows_at<R: Read>(input: R, wanted: &[u64]) -> Result<Rows, String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(input);
    let headers: Vec<String> = reader.headers().map_err(|e| e.to_string())?.iter().map(str::to_owned).collect();
    let last = wanted.iter().copied().max().unwrap_or(0);
    let mut rows = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    let mut row = 0u64;
    while row < last && reader.read_record(&mut record).map_err(|e| e.to_string())? {
        row += 1;
        if wanted.contains(&row) {
            rows.insert(row, record.iter().map(str::to_owned).collect());
        }
    }
    Ok((headers, rows))
}

/// The middle of the times reports waited to be triaged, in hours (rounded
/// up); `None` before any report was triaged.
pub fn median_triage_hours(waits: &[chrono::Duration]) -> Option<i64> {
    if waits.is_empty() {
        return None;
    }
    let mut minutes: Vec<i64> = waits.iter().map(|d| d.num_minutes().max(0)).collect();
    minutes.sort_unstable();
    let middle = minutes[minutes.len() / 2];
    Some((middle + 59) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(scope: &str, row: &str, column: &str) -> ReportDraft {
        ReportDraft {
            scope: scope.into(),
            row: row.into(),
            column: column.into(),
            problem: " The shop closed in 2023. ".into(),
            ..ReportDraft::default()
        }
    }

    #[test]
    fn reports_are_checked_against_the_file() {
        let columns = vec!["id".to_owned(), "status".to_owned()];
        let ok = check_report(&draft("row", "row 3", "status"), &columns, 10).map_err(|p| format!("{p:?}"));
        assert_eq!(ok.as_ref().map(|r| (r.row, r.problem.as_str())), Ok((Some(3), "The shop closed in 2023.")));
        let past = check_report(&draft("row", "11", ""), &columns, 10).err().unwrap_or_default();
        assert_eq!(past.iter().map(|p| p.field).collect::<Vec<_>>(), ["row"]);
        let unknown = check_report(&draft("column", "", "colour"), &columns, 10).err().unwrap_or_default();
        assert_eq!(unknown.iter().map(|p| p.field).collect::<Vec<_>>(), ["column"]);
        let mut empty = draft("", "", "");
        empty.problem = "   ".into();
        empty.credit = "yes".into();
        let all = check_report(&empty, &columns, 10).err().unwrap_or_default();
        assert_eq!(all.iter().map(|p| p.field).collect::<Vec<_>>(), ["scope", "problem", "credit_name"]);
        let file = check_report(&draft("file", "", "status"), &columns, 10).map(|r| r.column);
        assert_eq!(file, Ok(String::new()));
        let mut long = draft("file", "", "");
        long.how_known = "x".repeat(MAX_HOW_KNOWN + 1);
        assert!(check_report(&long, &columns, 10).is_err());
    }

    #[test]
    fn row_numbers_as_people_type_them() {
        assert_eq!(parse_row(" 12 "), Some(12));
        assert_eq!(parse_row("#7"), Some(7));
        assert_eq!(parse_row("Row 1"), Some(1));
        assert_eq!(parse_row("0"), None);
        assert_eq!(parse_row("twelve"), None);
        assert_eq!(parse_row("99999999999999999999999"), None);
    }

    #[test]
    fn corrections_change_only_their_cells() {
        let input = "id,name,status\n1,\"Bakery, Main St\",open\n2,Café,open\n3,Deli,open\n";
        let corrections = vec![
            Correction { report_id: 9, row: 2, column: "status".into(), value: "closed".into() },
            Correction { report_id: 4, row: 2, column: "status".into(), value: "moved".into() },
            Correction { report_id: 5, row: 3, column: "name".into(), value: "Deli \"Nord\"".into() },
        ];
        let mut out = Vec::new();
        let applied = apply_corrections(input.as_bytes(), &mut out, &corrections).map_err(|e| e.to_string());
        assert_eq!(applied.as_ref().map(|a| a.rows), Ok(3));
        assert_eq!(
            String::from_utf8_lossy(&out),
            "id,name,status\n1,\"Bakery, Main St\",open\n2,Café,closed\n3,\"Deli \"\"Nord\"\"\",open\n"
        );
        let before = applied.map(|a| a.before).unwrap_or_default();
        assert_eq!(before.get(&5).map(String::as_str), Some("Deli"));
        // The later report wins; the earlier one saw the first value.
        assert_eq!(before.get(&4).map(String::as_str), Some("open"));
        assert_eq!(before.get(&9).map(String::as_str), Some("moved"));
    }

    #[test]
    fn corrections_outside_the_file_are_refused() {
        let input = "id,status\n1,open\n";
        let past = [Correction { report_id: 1, row: 2, column: "status".into(), value: "x".into() }];
        assert!(matches!(
            apply_corrections(input.as_bytes(), Vec::new(), &past),
            Err(ApplyError::NotInFile { report_id: 1, .. })
        ));
        let column = [Correction { report_id: 2, row: 1, column: "colour".into(), value: "x".into() }];
        assert!(matches!(
            apply_corrections(input.as_bytes(), Vec::new(), &column),
            Err(ApplyError::NotInFile { report_id: 2, .. })
        ));
        let short = "id,status\n1\n";
        let cell = [Correction { report_id: 3, row: 1, column: "status".into(), value: "x".into() }];
        assert!(matches!(
            apply_corrections(short.as_bytes(), Vec::new(), &cell),
            Err(ApplyError::NotInFile { report_id: 3, .. })
        ));
    }

    #[test]
    fn rows_are_found_by_text_or_number() {
        let input = "id,name\n10,Oak\n11,Maple\n12,Red oak\n";
        let (headers, found, _) = find_rows(input.as_bytes(), "OAK", None, 100).unwrap_or_default();
        assert_eq!(headers, ["id", "name"]);
        assert_eq!(found.iter().map(|r| r.number).collect::<Vec<_>>(), [1, 3]);
        let (_, by_number, _) = find_rows(input.as_bytes(), "2", None, 100).unwrap_or_default();
        assert_eq!(by_number.iter().map(|r| r.number).collect::<Vec<_>>(), [2]);
        let (_, by_id, _) = find_rows(input.as_bytes(), "12", None, 100).unwrap_or_default();
        assert_eq!(by_id.iter().map(|r| r.number).collect::<Vec<_>>(), [3]);
        let (_, none, chosen) = find_rows(input.as_bytes(), "  ", Some(2), 100).unwrap_or_default();
        assert!(none.is_empty());
        assert_eq!(chosen.map(|r| r.cells), Some(vec!["11".to_owned(), "Maple".to_owned()]));
        // Only so many rows are read.
        let (_, first_only, _) = find_rows(input.as_bytes(), "oak", None, 2).unwrap_or_default();
        assert_eq!(first_only.iter().map(|r| r.number).collect::<Vec<_>>(), [1]);
        let (header_only, nothing, _) = find_rows(input.as_bytes(), "oak", None, 0).unwrap_or_default();
        assert_eq!((header_only.len(), nothing.len()), (2, 0));
    }

    #[test]
    fn rows_by_number() {
        let input = "id,name\n10,Oak\n11,Maple\n12,Red oak\n";
        let (headers, rows) = rows_at(input.as_bytes(), &[3, 1, 9]).unwrap_or_default();
        assert_eq!(headers, ["id", "name"]);
        assert_eq!(rows.keys().copied().collect::<Vec<_>>(), [1, 3]);
        assert_eq!(rows.get(&3).map(|r| r[1].as_str()), Some("Red oak"));
    }

    #[test]
    fn median_triage_time() {
        assert_eq!(median_triage_hours(&[]), None);
        let waits = [chrono::Duration::minutes(30), chrono::Duration::hours(5), chrono::Duration::hours(50)];
        assert_eq!(median_triage_hours(&waits), Some(5));
        assert_eq!(median_triage_hours(&[chrono::Duration::minutes(61)]), Some(2));
    }

    #[test]
    fn statuses_and_scopes_round_trip() {
        for status in ReportStatus::ALL {
            assert_eq!(ReportStatus::parse(status.name()), Some(status));
        }
        for scope in ReportScope::ALL {
            assert_eq!(ReportScope::parse(scope.name()), Some(scope));
        }
    }
}
