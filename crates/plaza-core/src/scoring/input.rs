//! Reading answers and predictions CSV files: the header, the rows with their
//! line numbers, and the list of problems found on the way.

use std::fmt::{self, Display};

use plaza_i18n::{tr, tr_with};

use super::PredictionErrors;
use super::values::truncate;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A message written only if it is shown: [`Problems`] formats (and so
/// translates) only the problems it lists, however many a file has.
pub(crate) struct Lazy<F>(pub(crate) F);

impl<F: Fn() -> String> Display for Lazy<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(self.0)())
    }
}

/// Collects problems, keeping the first [`PredictionErrors::MAX_LISTED`] and
/// counting the rest. Messages past the limit are never formatted.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    listed: Vec<String>,
    more: usize,
}

impl Problems {
    pub(crate) fn at(&mut self, line: u64, message: impl Display) {
        self.push(Lazy(|| {
            tr_with("scoring-input-line", &[("line", line.into()), ("problem", message.to_string().into())])
        }));
    }

    pub(crate) fn whole(&mut self, message: impl Display) {
        self.push(message);
    }

    fn push(&mut self, message: impl Display) {
        if self.listed.len() < PredictionErrors::MAX_LISTED {
            self.listed.push(message.to_string());
        } else {
            self.more += 1;
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// How many problems were noted, listed or not.
    pub(crate) fn count(&self) -> usize {
        self.listed.len() + self.more
    }

    /// Notes again, in `self`, the problems of `other` from the `from`-th to
    /// the one before the `to`-th (counting from 0, listed or not). Those
    /// `other` only counted are counted: `self` already lists as many as it
    /// may, because it was given everything `other` was, and more.
    pub(crate) fn replay(&mut self, other: &Problems, from: usize, to: usize) {
        for at in from..to {
            match other.listed.get(at) {
                Some(message) => self.push(message),
                None => self.more += 1,
            }
        }
    }

    /// The problems noted so far (at least one is expected).
    pub(crate) fn into_errors(self) -> PredictionErrors {
        PredictionErrors { problems: self.listed, more: self.more }
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, PredictionErrors> {
        if self.listed.is_empty() {
            Ok(value)
        } else {
            Err(PredictionErrors { problems: self.listed, more: self.more })
        }
    }
}

/// The most columns a header (or any row) may have.
pub const MAX_COLUMNS: usize = 1_000;

/// The longest line (the header included), counting the text of its cells
/// (not the commas and quotes around them).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// A CSV file whose header holds the required columns.
pub(crate) struct Table<'b> {
    records: Records<'b>,
    /// Where each required column is, in the order asked for.
    columns: Vec<usize>,
    width: usize,
    lines: Lines<'b>,
    /// Data rows read beyond this many are refused.
    max_rows: usize,
    /// What [`Table::rows`] says when there are more rows than `max_rows`.
    too_many_rows: String,
    /// Whether the file starts with a UTF-8 byte order mark.
    bom: bool,
    /// Whether a column name (required or not) appears twice in the header.
    repeated_column: bool,
    /// Rows of blank cells skipped so far.
    blank_rows: usize,
    /// Data records read so far, blank or not.
    read: usize,
}

/// The records of a CSV file, read straight from its bytes into buffers of a
/// fixed size: a line longer than [`MAX_LINE_BYTES`] or with more than
/// [`MAX_COLUMNS`] fields is refused before anything grows to hold it.
///
/// The parser is `csv_core`'s, with the defaults of `csv::ReaderBuilder`
/// (commas, double quotes, a line ends at LF, CRLF or CR, empty lines are
/// skipped), so files read exactly as the csv crate reads them.
struct Records<'b> {
    reader: csv_core::Reader,
    bytes: &'b [u8],
    /// Bytes before this were read.
    at: usize,
    /// The text of the cells of the last record, one after the other.
    output: Vec<u8>,
    /// Where each cell of the last record ends in `output`.
    ends: Vec<usize>,
    /// The number of cells of the last record.
    fields: usize,
    done: bool,
}

/// What reading one record gave; `start` is the byte offset where reading it
/// began (possibly on the line break before it).
enum Next {
    Record { start: usize },
    TooLong { start: usize },
    TooManyFields { start: usize },
    End,
}

impl<'b> Records<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        Records {
            reader: csv_core::Reader::new(),
            bytes,
            at: 0,
            output: vec![0; MAX_LINE_BYTES],
            ends: vec![0; MAX_COLUMNS],
            fields: 0,
            done: false,
        }
    }

    fn next(&mut self) -> Next {
        if self.done {
            return Next::End;
        }
        let start = self.at;
        let (mut written, mut ended) = (0, 0);
        loop {
            let input = self.bytes.get(self.at..).unwrap_or_default();
            let (result, read, wrote, ends) =
                self.reader.read_record(input, &mut self.output[written..], &mut self.ends[ended..]);
            self.at += read;
            written += wrote;
            ended += ends;
            match result {
                // All the bytes were read: an empty input next says the file ends.
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputFull => {
                    self.done = true;
                    return Next::TooLong { start };
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    self.done = true;
                    return Next::TooManyFields { start };
                }
                csv_core::ReadRecordResult::Record => {
                    self.fields = ended;
                    return Next::Record { start };
                }
                csv_core::ReadRecordResult::End => {
                    self.done = true;
                    return Next::End;
                }
            }
        }
    }

    /// The number of cells of the last record.
    fn len(&self) -> usize {
        self.fields
    }

    /// A cell of the last record.
    fn get(&self, at: usize) -> &[u8] {
        if at >= self.fields {
            return &[];
        }
        let start = if at == 0 { 0 } else { self.ends[at - 1] };
        self.output.get(start..self.ends[at]).unwrap_or_default()
    }

    /// The cells of the last record.
    fn iter(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.fields).map(|at| self.get(at))
    }

    /// The text of all the cells of the last record, one after the other.
    fn as_slice(&self) -> &[u8] {
        let end = if self.fields == 0 { 0 } else { self.ends[self.fields - 1] };
        self.output.get(..end).unwrap_or_default()
    }
}

/// Line numbers from byte offsets. A line ends at LF, CRLF or a lone CR, as
/// csv reads them.
struct Lines<'b> {
    bytes: &'b [u8],
    /// Everything before `cursor` has been counted; `cursor` is on line `line`.
    cursor: usize,
    line: u64,
}

impl Lines<'_> {
    /// The line of the record whose reading began at `offset`. That position
    /// may point at the line break before the record, so breaks are skipped
    /// first (a record never starts with one).
    fn at(&mut self, offset: usize) -> u64 {
        let mut start = offset.min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.cursor {
            for at in self.cursor..start {
                match self.bytes[at] {
                    b'\n' => self.line += 1,
                    b'\r' if self.bytes.get(at + 1) != Some(&b'\n') => self.line += 1,
                    _ => {}
                }
            }
            self.cursor = start;
        }
        self.line
    }
}

/// "the id ('…') is empty", in answers and predictions files alike.
pub(crate) fn id_empty(column: &str) -> String {
    tr_with("scoring-input-id-empty", &[("column", column.into())])
}

/// "id … appears twice (first on line …)", in answers and predictions files alike.
pub(crate) fn id_twice(id: &str, first: u64) -> String {
    tr_with("scoring-input-id-twice", &[("id", truncate(id, 40).into()), ("first", first.into())])
}

/// A line too long or too wide to be read, in plain words.
fn refused_line(next: &Next, header: bool) -> Option<String> {
    let (id, limit) = match (next, header) {
        (Next::TooLong { .. }, true) => ("scoring-input-header-too-long", MAX_LINE_BYTES / 1024),
        (Next::TooLong { .. }, false) => ("scoring-input-line-too-long", MAX_LINE_BYTES / 1024),
        (Next::TooManyFields { .. }, true) => ("scoring-input-header-too-wide", MAX_COLUMNS),
        (Next::TooManyFields { .. }, false) => ("scoring-input-line-too-wide", MAX_COLUMNS),
        _ => return None,
    };
    // $max: kilobytes for a line too long, columns for one too wide.
    Some(tr_with(id, &[("max", limit.into())]))
}

/// Opens a CSV file and finds the `required` columns in its header (names are
/// trimmed and case-sensitive). Returns `None` after noting why not.
///
/// At most `max_rows` data rows are read; `too_many_rows` says why when there
/// are more. No line may be longer than [`MAX_LINE_BYTES`] or have more than
/// [`MAX_COLUMNS`] cells.
pub(crate) fn open<'b>(
    bytes: &'b [u8],
    required: &[&str],
    max_rows: usize,
    too_many_rows: String,
    out: &mut Problems,
) -> Option<Table<'b>> {
    let bom = bytes.starts_with(UTF8_BOM);
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        out.whole(tr_with("scoring-input-empty", &[("columns", quoted_list(required).into())]));
        return None;
    }
    let mut records = Records::new(bytes);
    let mut lines = Lines { bytes, cursor: 0, line: 1 };
    let first = records.next();
    if let Some(refusal) = refused_line(&first, true) {
        let line = match first {
            Next::TooLong { start } | Next::TooManyFields { start } => lines.at(start),
            _ => 1,
        };
        out.at(line, refusal);
        return None;
    }
    let mut header = Vec::with_capacity(records.len());
    for field in records.iter() {
        match std::str::from_utf8(field) {
            Ok(name) => header.push(name.trim().to_owned()),
            Err(_) => {
                out.at(1, tr("scoring-input-header-not-utf8"));
                return None;
            }
        }
    }
    let mut columns = Vec::with_capacity(required.len());
    for name in required {
        let mut found = header.iter().enumerate().filter(|(_, h)| h == name).map(|(at, _)| at);
        if let Some(at) = found.next() {
            columns.push(at);
        }
        if found.next().is_some() {
            out.at(1, tr_with("scoring-input-column-twice", &[("name", (*name).into())]));
        }
    }
    if columns.len() < required.len() {
        out.at(
            1,
            tr_with(
                "scoring-input-missing-columns",
                &[
                    ("columns", quoted_list(required).into()),
                    ("found", found_list(&header).into()),
                    ("hint", header_hint(required, &header).into()),
                ],
            ),
        );
        return None;
    }
    if !out.is_empty() {
        return None;
    }
    let mut names: Vec<&str> = header.iter().map(String::as_str).collect();
    names.sort_unstable();
    let repeated_column = names.windows(2).any(|pair| pair[0] == pair[1]);
    Some(Table {
        records,
        columns,
        width: header.len(),
        lines,
        max_rows,
        too_many_rows,
        bom,
        repeated_column,
        blank_rows: 0,
        read: 0,
    })
}

impl Table<'_> {
    /// Whether the file reads the same to the bundle check (the `csv` crate
    /// on whole records) as here: no byte order mark, no column named twice,
    /// no row of blank cells (skipped here, refused there). Only meaningful
    /// once [`Table::rows`] has read the file.
    pub(crate) fn reads_as_bundle_check(&self) -> bool {
        !self.bom && !self.repeated_column && self.blank_rows == 0
    }

    /// The data records [`Table::rows`] read, blank or not (one more than
    /// `max_rows` when it stopped there).
    pub(crate) fn records_read(&self) -> usize {
        self.read
    }

    /// At least the number of data rows (the number of line breaks, plus one).
    pub(crate) fn rows_hint(&self) -> usize {
        self.lines.bytes.iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// Reads every data row that has as many fields as the header, and hands
    /// the required cells of consecutive rows to `rows` a [`Chunk`] at a time,
    /// in file order. Rows of blank cells are skipped. Problems with a row
    /// itself (its number of fields, its bytes, its length) are noted in line
    /// order with those `rows` notes: the pending chunk is handed over first.
    /// Reading stops at a line that is too long or too wide, and after
    /// `max_rows` rows, blank or not. Returns the number of rows that were not blank.
    pub(crate) fn rows(&mut self, out: &mut Problems, mut rows: impl FnMut(&Chunk, &mut Problems)) -> usize {
        let mut chunk = Chunk::new(self.columns.len());
        // Rows that were not blank, and rows read (blank or not).
        let mut count = 0;
        loop {
            if chunk.len() == Chunk::ROWS {
                rows(&chunk, out);
                chunk.clear();
            }
            let next = self.records.next();
            let start = match next {
                Next::End => break,
                Next::Record { start } | Next::TooLong { start } | Next::TooManyFields { start } => start,
            };
            let line = self.lines.at(start);
            if let Some(refusal) = refused_line(&next, false) {
                rows(&chunk, out);
                chunk.clear();
                out.at(line, refusal);
                break;
            }
            self.read += 1;
            if self.read > self.max_rows {
                rows(&chunk, out);
                chunk.clear();
                out.at(line, &self.too_many_rows);
                break;
            }
            let record = &self.records;
            if !is_utf8(record) {
                rows(&chunk, out);
                chunk.clear();
                out.at(line, Lazy(|| tr("scoring-input-not-utf8")));
                count += 1;
                continue;
            }
            if record.iter().all(is_blank) {
                self.blank_rows += 1;
                continue;
            }
            count += 1;
            if record.len() != self.width {
                let (fields, width) = (record.len(), self.width);
                rows(&chunk, out);
                chunk.clear();
                out.at(
                    line,
                    Lazy(|| {
                        // Too many fields: most likely a comma inside a value.
                        let hint =
                            if fields > width { format!(" {}", tr("scoring-input-comma-hint")) } else { String::new() };
                        tr_with(
                            "scoring-input-wrong-width",
                            &[("fields", fields.into()), ("width", width.into()), ("hint", hint.into())],
                        )
                    }),
                );
                continue;
            }
            chunk.push(line, self.columns.iter().map(|&at| text(record.get(at))));
        }
        rows(&chunk, out);
        count
    }
}

/// The required cells (in the order asked for) of up to [`Chunk::ROWS`]
/// consecutive rows, with their line numbers.
///
/// Rows come in chunks so that the work on each row that waits on memory
/// (looking ids up in a table of a million) can be started for all the rows of
/// a chunk before any of it is used.
#[derive(Clone)]
pub(crate) struct Chunk {
    /// The cells, one after the other.
    text: String,
    /// Where each cell ends in `text`, `columns` per row.
    ends: Vec<usize>,
    lines: Vec<u64>,
    columns: usize,
}

impl Chunk {
    /// Rows per chunk: enough to overlap many cache misses, few enough that
    /// what they touch stays in the cache until the rows are used.
    const ROWS: usize = 256;

    fn new(columns: usize) -> Self {
        Chunk {
            text: String::with_capacity(Self::ROWS * columns * 16),
            ends: Vec::with_capacity(Self::ROWS * columns),
            lines: Vec::with_capacity(Self::ROWS),
            columns,
        }
    }

    fn push<'c>(&mut self, line: u64, cells: impl Iterator<Item = &'c str>) {
        for cell in cells {
            self.text.push_str(cell);
            self.ends.push(self.text.len());
        }
        self.lines.push(line);
    }

    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
        self.lines.clear();
    }

    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// The line of a row.
    pub(crate) fn line(&self, row: usize) -> u64 {
        self.lines[row]
    }

    /// A cell of a row, untrimmed; `column` counts the required columns.
    pub(crate) fn cell(&self, row: usize, column: usize) -> &str {
        let at = row * self.columns + column;
        let start = if at == 0 { 0 } else { self.ends[at - 1] };
        &self.text[start..self.ends[at]]
    }
}

/// Whether every field is UTF-8.
fn is_utf8(record: &Records<'_>) -> bool {
    record.as_slice().is_ascii() || record.iter().all(|field| std::str::from_utf8(field).is_ok())
}

/// Whether a field of a record that [`is_utf8`] is only white space (as
/// `str::trim` sees it). Most fields start with a visible ASCII character,
/// which settles it without the UTF-8 check.
fn is_blank(field: &[u8]) -> bool {
    match field.first() {
        None => true,
        Some(byte) if byte.is_ascii_graphic() => false,
        Some(_) => text(field).trim().is_empty(),
    }
}

/// A field of a record that [`is_utf8`].
fn text(field: &[u8]) -> &str {
    std::str::from_utf8(field).unwrap_or_default()
}

/// `'a' and 'b'`, `'a', 'b' and 'c'`.
pub(crate) fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            tr_with("scoring-input-list-and", &[("first", rest.join(", ").into()), ("last", last.as_str().into())])
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

fn found_list(header: &[String]) -> String {
    const SHOWN: usize = 12;
    let names: Vec<String> = header.iter().take(SHOWN).map(|h| truncate(h, 40)).collect();
    let list = names.join(", ");
    if header.len() > SHOWN {
        return tr_with("scoring-input-found-more", &[("names", list.into()), ("count", header.len().into())]);
    }
    list
}

/// A likely cause of missing columns: a different case, or another separator.
fn header_hint(required: &[&str], header: &[String]) -> String {
    for name in required {
        if header.iter().any(|h| h == name) {
            continue;
        }
        if let Some(near) = header.iter().find(|h| h.eq_ignore_ascii_case(name)) {
            let found = truncate(near, 40);
            let hint = tr_with("scoring-input-hint-case", &[("found", found.into()), ("name", (*name).into())]);
            return format!(" {hint}");
        }
    }
    if let [only] = header {
        for (sep, name) in [(';', "semicolons"), ('\t', "tabs"), ('|', "bars")] {
            if only.contains(sep) {
                return format!(" {}", tr_with("scoring-input-hint-separator", &[("separator", name.into())]));
            }
        }
    }
    String::new()
}

/// Example ids for a message: the first three, then "…".
pub(crate) struct Examples<'a>(pub(crate) Vec<&'a str>);

impl Display for Examples<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, id) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(&truncate(id, 40))?;
        }
        Ok(())
    }
}
