//! What a CSV file an organizer uploads looks like, read from its first
//! bytes: its text encoding (UTF-8, UTF-8 with a byte-order mark, or
//! Latin-1/Windows-1252 as spreadsheets in Western Europe and the Americas
//! save it), its delimiter (`,` `;` tab or `|`), its column names, a type
//! for each column that prefills the data dictionary, and the first rows
//! for a preview. [`to_standard_csv`] then rewrites the whole file as UTF-8
//! with commas, the form every other part of Plaza reads.

use std::borrow::Cow;
use std::collections::BTreeSet;

use plaza_i18n::{tr, tr_with};

use crate::challenge::ColumnType;
use crate::scoring::spreadsheet_kind;

/// What an organizer reads when the file is a spreadsheet (Excel or
/// OpenDocument), in the same words entrants read, in English;
/// [`spreadsheet_message`] says it in the reader's language.
pub const SPREADSHEET_MESSAGE: &str =
    "This is an Excel file. Save it as CSV (in Excel: File > Save As > CSV) and upload that file.";
/// A zip file that is not a spreadsheet (in English; [`sniff`] says it in
/// the reader's language).
pub const ZIP_MESSAGE: &str = "This is a zip file, not a CSV file. Unzip it and upload the CSV file that is inside.";
/// A header and nothing else (in English; [`sniff`] and [`convert`] say it
/// in the reader's language).
pub const NO_ROWS_MESSAGE: &str = "The file has column names but no rows of data.";
/// The longest column name a data dictionary holds (as in a bundle).
pub const MAX_COLUMN_NAME: usize = 200;

/// How much of a file is read to sniff it.
pub const SNIFF_BYTES: usize = 1 << 20;
/// Rows shown in a preview.
pub const PREVIEW_ROWS: usize = 10;
/// A text column with at most this many different values (and values
/// repeating) is a category.
const MAX_CATEGORY_VALUES: usize = 20;
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The text encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// Not UTF-8: read as Windows-1252, which includes Latin-1's letters.
    Windows1252,
}

impl Encoding {
    /// What the organizer is told when the file was converted.
    pub fn note(self) -> Option<String> {
        match self {
            Encoding::Utf8 => None,
            Encoding::Utf8Bom => Some(tr("scoring-sniff-note-bom")),
            Encoding::Windows1252 => Some(tr("scoring-sniff-note-latin1")),
        }
    }
}

/// One column as sniffed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SniffedColumn {
    pub name: String,
    pub column_type: ColumnType,
}

/// What a CSV file looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sniffed {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub columns: Vec<SniffedColumn>,
    /// The first rows, as text.
    pub preview: Vec<Vec<String>>,
    /// Data rows read to infer the types (all of them when the file is small).
    pub rows_read: usize,
}

impl Sniffed {
    /// The delimiter in words, for the page.
    pub fn delimiter_name(&self) -> &'static str {
        match self.delimiter {
            b',' => "comma",
            b';' => "semicolon",
            b'\t' => "tab",
            _ => "vertical bar",
        }
    }
}

/// What an organizer reads when the file is a spreadsheet (Excel or OpenDocument).
pub fn spreadsheet_message() -> String {
    tr("scoring-sniff-spreadsheet")
}

/// The text of `bytes` and the encoding it was read in.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => (Cow::Borrowed(text), Encoding::Utf8Bom),
            Err(_) => (Cow::Owned(windows_1252(rest)), Encoding::Windows1252),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
        // A file cut at SNIFF_BYTES may end inside a character.
        Err(err) if err.error_len().is_none() && bytes.len() - err.valid_up_to() < 4 => {
            (Cow::Owned(String::from_utf8_lossy(&bytes[..err.valid_up_to()]).into_owned()), Encoding::Utf8)
        }
        Err(_) => (Cow::Owned(windows_1252(bytes)), Encoding::Windows1252),
    }
}

/// Windows-1252 as browsers decode it (the five unused bytes become the
/// control characters of the same number, as in Latin-1).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Sniffs the first bytes of a CSV file (at most [`SNIFF_BYTES`]; `whole`
/// says whether they are the whole file, so a last line cut short is
/// left out).
pub fn sniff(head: &[u8], whole: bool) -> Result<Sniffed, String> {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    if spreadsheet_kind(head).is_some() || head.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(spreadsheet_message());
    }
    if head.starts_with(b"PK\x03\x04") {
        return Err(tr("scoring-sniff-zip"));
    }
    let (text, encoding) = decode(head);
    let text = if whole { &text[..] } else { text.rfind('\n').map_or(&text[..], |end| &text[..=end]) };
    if text.trim().is_empty() {
        return Err(tr("scoring-sniff-empty"));
    }
    if text.contains('\0') {
        return Err(tr("scoring-sniff-zero-bytes"));
    }
    let delimiter = guess_delimiter(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|err| tr_with("scoring-sniff-header-unreadable", &[("error", err.to_string().into())]))?
        .iter()
        .map(|name| name.trim().to_owned())
        .collect();
    if let Some(position) = header.iter().position(String::is_empty) {
        return Err(tr_with("scoring-sniff-column-without-name", &[("column", (position + 1).into())]));
    }
    let mut seen = BTreeSet::new();
    if let Some(twice) = header.iter().find(|name| !seen.insert(name.as_str())) {
        return Err(tr_with("scoring-sniff-column-twice", &[("name", twice.as_str().into())]));
    }
    if let Some(position) = header.iter().position(|name| name.chars().count() > MAX_COLUMN_NAME) {
        return Err(tr_with(
            "scoring-sniff-column-name-too-long",
            &[("column", (position + 1).into()), ("max", MAX_COLUMN_NAME.into())],
        ));
    }
    if header.iter().all(|name| ColumnType::Number.accepts(name) || ColumnType::Date.accepts(name)) {
        let value = header.first().map_or("", String::as_str);
        return Err(tr_with("scoring-sniff-no-header", &[("value", value.into())]));
    }
    let mut columns: Vec<ColumnGuess> = header.iter().map(|_| ColumnGuess::default()).collect();
    let mut preview = Vec::new();
    let mut rows_read = 0;
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|err| unreadable_line(index as u64 + 2, &err))?;
        if record.len() != header.len() {
            let line = record.position().map_or(index as u64 + 2, csv::Position::line);
            return Err(wrong_width(line, record.len(), header.len(), delimiter));
        }
        rows_read += 1;
        if preview.len() < PREVIEW_ROWS {
            preview.push(record.iter().map(str::to_owned).collect());
        }
        for (guess, cell) in columns.iter_mut().zip(record.iter()) {
            guess.see(cell.trim());
        }
    }
    if whole && rows_read == 0 {
        return Err(tr("scoring-sniff-no-rows"));
    }
    let columns = header
        .into_iter()
        .zip(columns)
        .map(|(name, guess)| SniffedColumn { name, column_type: guess.column_type(rows_read) })
        .collect();
    Ok(Sniffed { encoding, delimiter, columns, preview, rows_read })
}

/// "Line 3 cannot be read: …", with the CSV reader's reason.
fn unreadable_line(line: u64, error: &csv::Error) -> String {
    tr_with("scoring-sniff-line-unreadable", &[("line", line.into()), ("error", error.to_string().into())])
}

/// A row with another number of fields than the first line names columns.
fn wrong_width(line: u64, fields: usize, columns: usize, delimiter: u8) -> String {
    tr_with(
        "scoring-sniff-wrong-width",
        &[
            ("line", line.into()),
            ("fields", fields.into()),
            ("columns", columns.into()),
            ("delimiter", delimiter_key(delimiter).into()),
        ],
    )
}

/// The delimiter as the `$delimiter` selector of the messages.
fn delimiter_key(delimiter: u8) -> &'static str {
    match delimiter {
        b',' => "comma",
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "bar",
    }
}

/// The delimiter that splits the first lines (at least half of
/// them) into the same number of fields as the first, more than one; a
/// comma when none does.
fn guess_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|line| !line.trim().is_empty()).take(20).collect();
    let sample = lines.join("\n");
    let mut best = (b',', 1usize);
    for delimiter in DELIMITERS {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(sample.as_bytes())
            .into_records();
        let Some(Ok(first)) = reader.next() else { continue };
        let fields = first.len();
        // Most lines agree with the first (a ragged line is then refused
        // with its number instead of hiding the delimiter).
        let (mut lines, mut agreeing) = (0usize, 0usize);
        for record in reader {
            lines += 1;
            agreeing += usize::from(record.is_ok_and(|r| r.len() == fields));
        }
        let consistent = agreeing * 2 >= lines;
        if consistent && fields > best.1 {
            best = (delimiter, fields);
        }
    }
    best.0
}

/// What the values of one column could be.
#[derive(Debug)]
struct ColumnGuess {
    /// Types every non-empty value so far fits, most specific first.
    fits: Vec<ColumnType>,
    values: BTreeSet<String>,
    non_empty: usize,
}

impl Default for ColumnGuess {
    fn default() -> Self {
        Self {
            fits: vec![
                ColumnType::Boolean,
                ColumnType::Integer,
                ColumnType::Number,
                ColumnType::Date,
                ColumnType::Datetime,
            ],
            values: BTreeSet::new(),
            non_empty: 0,
        }
    }
}

impl ColumnGuess {
    fn see(&mut self, cell: &str) {
        if cell.is_empty() {
            return;
        }
        self.non_empty += 1;
        self.fits.retain(|column_type| column_type.accepts(cell));
        if self.values.len() <= MAX_CATEGORY_VALUES {
            self.values.insert(cell.chars().take(200).collect());
        }
    }

    fn column_type(&self, rows: usize) -> ColumnType {
        if self.non_empty == 0 {
            return ColumnType::Text;
        }
        if let Some(first) = self.fits.first() {
            return *first;
        }
        let few = self.values.len() <= MAX_CATEGORY_VALUES && self.values.len() * 2 <= rows.max(1);
        if few { ColumnType::Category } else { ColumnType::Text }
    }
}

/// The whole file as UTF-8 CSV with commas, as Plaza stores datasets.
pub fn to_standard_csv(bytes: &[u8], sniffed: &Sniffed) -> Result<Vec<u8>, String> {
    let text = match sniffed.encoding {
        Encoding::Utf8 => {
            Cow::Borrowed(std::str::from_utf8(bytes).map_err(|_| tr("scoring-sniff-not-utf8-further-on"))?)
        }
        Encoding::Utf8Bom => Cow::Borrowed(
            std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
                .map_err(|_| tr("scoring-sniff-not-utf8-further-on"))?,
        ),
        Encoding::Windows1252 => Cow::Owned(windows_1252(bytes)),
    };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(sniffed.delimiter).has_headers(false).from_reader(text.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(bytes.len()));
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => writer.write_record(&record).map_err(|err| err.to_string())?,
            Err(err) => {
                let line = err.position().map_or(0, csv::Position::line);
                return Err(unreadable_line(line, &err));
            }
        }
    }
    writer.into_inner().map_err(|err| err.to_string())
}

/// Why a whole file could not be rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConvertError {
    /// A line is not UTF-8 although the first megabyte was: the caller may
    /// read the file again as Windows-1252 when that megabyte was plain ASCII.
    NotUtf8 { line: u64 },
    /// A sentence for the organizer.
    Refused(String),
    /// Reading or writing failed (the disk, not the file).
    Io(String),
}

impl ConvertError {
    /// The sentence for the organizer.
    pub fn message(&self) -> String {
        match self {
            ConvertError::NotUtf8 { line } => tr_with("scoring-sniff-line-not-utf8", &[("line", (*line).into())]),
            ConvertError::Refused(message) => message.clone(),
            ConvertError::Io(message) => message.clone(),
        }
    }
}

/// Rewrites a whole file as UTF-8 CSV with commas, one record at a time,
/// so a large file is never held whole: the header becomes the sniffed
/// column names, and a row with another number of fields is refused with
/// its line number. Returns the number of data rows.
pub fn convert<R: std::io::Read, W: std::io::Write>(
    input: R,
    sniffed: &Sniffed,
    encoding: Encoding,
    out: W,
) -> Result<u64, ConvertError> {
    let input: Box<dyn std::io::Read + '_> = match encoding {
        Encoding::Windows1252 => Box::new(Windows1252Reader::new(input)),
        Encoding::Utf8 | Encoding::Utf8Bom => Box::new(input),
    };
    // The csv reader drops a byte-order mark at the start of the input.
    let mut reader =
        csv::ReaderBuilder::new().delimiter(sniffed.delimiter).has_headers(false).flexible(true).from_reader(input);
    let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(out));
    let io = |err: &dyn std::fmt::Display| ConvertError::Io(format!("The converted file could not be written: {err}"));
    writer.write_record(sniffed.columns.iter().map(|c| c.name.as_str())).map_err(|e| io(&e))?;
    let width = sniffed.columns.len();
    let mut record = csv::StringRecord::new();
    let mut rows = 0u64;
    let mut first = true;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(rows + 2, csv::Position::line);
                if first {
                    first = false;
                    continue;
                }
                if record.len() != width {
                    return Err(ConvertError::Refused(wrong_width(line, record.len(), width, sniffed.delimiter)));
                }
                writer.write_record(&record).map_err(|e| io(&e))?;
                rows += 1;
            }
            Err(err) => {
                let line = err.position().map_or(rows + 2, csv::Position::line);
                return Err(match err.kind() {
                    csv::ErrorKind::Utf8 { .. } => ConvertError::NotUtf8 { line },
                    csv::ErrorKind::Io(inner) => ConvertError::Io(format!("The file could not be read: {inner}")),
                    _ => ConvertError::Refused(unreadable_line(line, &err)),
                });
            }
        }
    }
    if rows == 0 {
        return Err(ConvertError::Refused(tr("scoring-sniff-no-rows")));
    }
    let buffered = writer.into_inner().map_err(|e| io(&e.error().to_string()))?;
    buffered.into_inner().map_err(|e| io(&e.error().to_string()))?.flush().map_err(|e| io(&e))?;
    Ok(rows)
}

/// Reads Windows-1252 bytes as UTF-8.
struct Windows1252Reader<R> {
    inner: R,
    raw: Vec<u8>,
    pending: Vec<u8>,
    at: usize,
}

impl<R: std::io::Read> Windows1252Reader<R> {
    fn new(inner: R) -> Self {
        Self { inner, raw: vec![0; 32 * 1024], pending: Vec::new(), at: 0 }
    }
}

impl<R: std::io::Read> std::io::Read for Windows1252Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                return Ok(0);
            }
            self.pending = windows_1252(&self.raw[..n]).into_bytes();
            self.at = 0;
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(sniffed: &Sniffed) -> Vec<(&str, ColumnType)> {
        sniffed.columns.iter().map(|c| (c.name.as_str(), c.column_type)).collect()
    }

    #[test]
    fn a_latin1_file_with_semicolons_is_read_and_converted() {
        // "Café Ñandú;12,5" as a Spanish spreadsheet saves it.
        let mut file = b"id;nombre;barrio;abierto;fecha;nota\n".to_vec();
        for n in 1..=40 {
            file.extend_from_slice(format!("{n};Caf").as_bytes());
            file.extend_from_slice(b"\xE9 \xD1and\xFA ");
            let barrio = ["Norte", "Sur"][n % 2];
            file.extend_from_slice(format!("{n};{barrio};{};2024-03-{:02};{n}.5\n", n % 2, n % 28 + 1).as_bytes());
        }
        let sniffed = sniff(&file, true).expect("sniffed");
        assert_eq!(sniffed.encoding, Encoding::Windows1252);
        assert!(sniffed.encoding.note().is_some_and(|note| note.contains("Latin-1")));
        assert_eq!(sniffed.delimiter, b';');
        assert_eq!(sniffed.delimiter_name(), "semicolon");
        assert_eq!(
            types(&sniffed),
            vec![
                ("id", ColumnType::Integer),
                ("nombre", ColumnType::Text),
                ("barrio", ColumnType::Category),
                ("abierto", ColumnType::Boolean),
                ("fecha", ColumnType::Date),
                ("nota", ColumnType::Number),
            ]
        );
        assert_eq!(sniffed.rows_read, 40);
        assert_eq!(sniffed.preview.len(), PREVIEW_ROWS);
        assert!(sniffed.preview[0][1].starts_with("Café Ñand"), "{:?}", sniffed.preview[0]);

        let standard = String::from_utf8(to_standard_csv(&file, &sniffed).expect("converted")).expect("utf-8");
        assert!(standard.starts_with("id,nombre,barrio,abierto,fecha,nota\n1,Café Ñandú 1,Sur,1,"), "{standard}");
        assert_eq!(standard.lines().count(), 41);
    }

    #[test]
    fn a_utf8_file_with_a_byte_order_mark_and_tabs() {
        let file = "\u{feff}station\tvalue\twhen\nA\t1\t2024-01-01T10:00:00Z\nB\t2\t2024-01-01T11:00:00Z\n";
        let sniffed = sniff(file.as_bytes(), true).expect("sniffed");
        assert_eq!(sniffed.encoding, Encoding::Utf8Bom);
        assert_eq!(sniffed.delimiter, b'\t');
        assert_eq!(sniffed.columns[0].name, "station", "the mark is not part of the first name");
        assert_eq!(sniffed.columns[2].column_type, ColumnType::Datetime);
        let standard = to_standard_csv(file.as_bytes(), &sniffed).expect("converted");
        assert!(standard.starts_with(b"station,value,when\n"));
    }

    #[test]
    fn quoted_delimiters_do_not_fool_the_guess() {
        let file = "name,comment\n\"Smith; John\",\"a; b; c\"\n\"Doe; Jane\",\"d; e\"\n";
        let sniffed = sniff(file.as_bytes(), true).expect("sniffed");
        assert_eq!(sniffed.delimiter, b',');
        assert_eq!(sniffed.preview[0], vec!["Smith; John".to_owned(), "a; b; c".to_owned()]);
    }

    #[test]
    fn a_head_cut_mid_line_or_mid_character_is_read_up_to_the_last_whole_line() {
        let mut file = "id,name\n1,Zoë\n2,Zoë\n".as_bytes().to_vec();
        file.extend_from_slice("3,Zo".as_bytes());
        file.push(0xC3); // the first byte of ë, cut
        let sniffed = sniff(&file, false).expect("sniffed");
        assert_eq!(sniffed.encoding, Encoding::Utf8);
        assert_eq!(sniffed.rows_read, 2);
    }

    #[test]
    fn files_that_are_not_csv_get_a_plain_reason() {
        let cases: [(&[u8], &str); 5] = [
            (b"PK\x03\x04\x14\x00", "This is a zip file"),
            (b"\xD0\xCF\x11\xE0\xA1\xB1", "Save it as CSV"),
            (b"  \n", "The file is empty"),
            (b"a,,c\n1,2,3\n", "Column 2 has no name"),
            (b"a,b,a\n1,2,3\n", "Two columns are named 'a'"),
        ];
        for (bytes, expected) in cases {
            let err = sniff(bytes, true).expect_err("refused");
            assert!(err.contains(expected), "{err}");
        }
        let ragged = sniff(b"a,b\n1,2\n3\n", true).expect_err("ragged");
        assert!(ragged.contains("Line 3 has 1 fields but the first line names 2 columns"), "{ragged}");
    }

    #[test]
    fn windows_1252_letters_and_punctuation() {
        assert_eq!(windows_1252(b"\x80 \x93quoted\x94 caf\xe9"), "€ “quoted” café");
    }

    #[test]
    fn a_whole_latin1_file_is_converted_as_a_stream_and_counted() {
        let file = b"id;nombre\n1;Caf\xe9\n2;Ni\xf1o\n";
        let sniffed = sniff(file, true).expect("sniffed");
        let mut out = Vec::new();
        let rows = convert(&file[..], &sniffed, sniffed.encoding, &mut out).expect("converted");
        assert_eq!(rows, 2);
        assert_eq!(String::from_utf8(out).expect("utf-8"), "id,nombre\n1,Café\n2,Niño\n");
    }

    #[test]
    fn a_ragged_row_past_the_sniffed_head_is_refused_with_its_line() {
        let file = "a,b\n1,2\n3,4\n5\n";
        let sniffed = sniff(&file.as_bytes()[..8], false).expect("sniffed");
        let err = convert(file.as_bytes(), &sniffed, sniffed.encoding, Vec::new()).expect_err("ragged");
        assert_eq!(err, ConvertError::Refused("Line 4 has 1 fields but the first line names 2 columns. Check the delimiter (a comma) and quotes on that line.".into()));
        let latin = b"a,b\n1,2\n3,\xe9\n";
        let sniffed = sniff(&latin[..8], false).expect("sniffed");
        let err = convert(&latin[..], &sniffed, sniffed.encoding, Vec::new()).expect_err("not utf-8");
        assert_eq!(err, ConvertError::NotUtf8 { line: 3 });
    }

    #[test]
    fn values_in_the_first_line_and_long_names_are_refused() {
        let err = sniff(b"12,2024-01-01\n3,2024-01-02\n", true).expect_err("no header");
        assert!(err.contains("The first line holds values"), "{err}");
        let long = format!("{},b\n1,2\n", "x".repeat(201));
        assert!(sniff(long.as_bytes(), true).expect_err("long").contains("longer than 200"));
        assert_eq!(sniff(b"a,b\n", true).expect_err("no rows"), NO_ROWS_MESSAGE);
    }
}
