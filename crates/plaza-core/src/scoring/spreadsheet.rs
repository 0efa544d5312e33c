//! Spreadsheet files sent where a CSV file belongs. Many residents save
//! their predictions from Excel or LibreOffice in the spreadsheet's own
//! format; read as CSV such a file only yields binary noise ("found: PK..."),
//! so it is recognised by its first bytes and refused with what to do.

/// What an entrant reads when their file is a spreadsheet, not a CSV file,
/// in English; [`spreadsheet_message`] says it in the reader's language.
pub const SPREADSHEET_MESSAGE: &str =
    "This is an Excel file. Save it as CSV (in Excel: File > Save As > CSV) and send that file.";

/// What an entrant reads when their file is a spreadsheet, not a CSV file.
pub fn spreadsheet_message() -> String {
    plaza_i18n::tr("scoring-spreadsheet-message")
}

/// The start of every zip file (.xlsx and .ods are zip files).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The start of an OLE compound file (.xls from Excel 97 to 2003).
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// How far from each end of a zip file its entry names are looked for.
const NAMES_WINDOW: usize = 64 * 1024;
/// Entry names (and the .ods `mimetype` entry's text) that only spreadsheets have.
const SPREADSHEET_MARKERS: [&[u8]; 3] = [b"xl/", b"[Content_Types].xml", b"opendocument.spreadsheet"];

/// The kind of spreadsheet a file is, if it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spreadsheet {
    /// An Office Open XML workbook (.xlsx, .xlsm) or an OpenDocument spreadsheet (.ods).
    Zipped,
    /// An Excel 97-2003 workbook (.xls).
    Legacy,
}

/// Whether `bytes` is a spreadsheet file rather than text. A zip file counts
/// when its entry names (at the start, in the local headers, or at the end,
/// in the central directory) are a workbook's; a plain zip of CSV files does not.
pub fn spreadsheet_kind(bytes: &[u8]) -> Option<Spreadsheet> {
    if bytes.starts_with(OLE_MAGIC) {
        return Some(Spreadsheet::Legacy);
    }
    if !bytes.starts_with(ZIP_MAGIC) {
        return None;
    }
    let head = &bytes[..bytes.len().min(NAMES_WINDOW)];
    let tail = &bytes[bytes.len().saturating_sub(NAMES_WINDOW)..];
    let has = |window: &[u8], marker: &[u8]| window.windows(marker.len()).any(|w| w == marker);
    SPREADSHEET_MARKERS.iter().any(|marker| has(head, marker) || has(tail, marker)).then_some(Spreadsheet::Zipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first bytes of a zip file whose first entry is `name`.
    fn zip_starting_with(name: &str) -> Vec<u8> {
        let mut bytes = ZIP_MAGIC.to_vec();
        bytes.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        bytes.extend_from_slice(&(name.len() as u16).to_le_bytes());
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(name.as_bytes());
        bytes.extend_from_slice(&[0x8d, 0x52, 0xcb, 0x6e, 0xc2, 0x30, 0x10, 0xbc]);
        bytes
    }

    #[test]
    fn an_xlsx_file_is_recognised_by_its_entries() {
        assert_eq!(spreadsheet_kind(&zip_starting_with("[Content_Types].xml")), Some(Spreadsheet::Zipped));
        assert_eq!(spreadsheet_kind(&zip_starting_with("xl/workbook.xml")), Some(Spreadsheet::Zipped));
    }

    #[test]
    fn an_ods_file_is_recognised_by_its_mimetype() {
        let mut ods = zip_starting_with("mimetype");
        ods.extend_from_slice(b"application/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(spreadsheet_kind(&ods), Some(Spreadsheet::Zipped));
    }

    #[test]
    fn a_workbook_named_only_in_the_central_directory_is_recognised() {
        let mut bytes = zip_starting_with("docProps/app.xml");
        bytes.extend(std::iter::repeat_n(b'x', 3 * NAMES_WINDOW));
        bytes.extend_from_slice(b"PK\x01\x02....xl/worksheets/sheet1.xml");
        assert_eq!(spreadsheet_kind(&bytes), Some(Spreadsheet::Zipped));
    }

    #[test]
    fn an_xls_file_is_recognised_by_its_ole_header() {
        let mut xls = OLE_MAGIC.to_vec();
        xls.extend_from_slice(&[0; 64]);
        assert_eq!(spreadsheet_kind(&xls), Some(Spreadsheet::Legacy));
    }

    #[test]
    fn csv_text_and_other_zips_are_not_spreadsheets() {
        assert_eq!(spreadsheet_kind(b"id,target\n1,0.5\n"), None);
        assert_eq!(spreadsheet_kind(b"PK,target\n1,0.5\n"), None);
        assert_eq!(spreadsheet_kind(&zip_starting_with("predictions.csv")), None);
        assert_eq!(spreadsheet_kind(b""), None);
        assert_eq!(spreadsheet_kind(&OLE_MAGIC[..4]), None);
    }

    #[test]
    fn predictions_in_a_spreadsheet_are_refused_with_what_to_do() {
        use crate::metric::Metric;
        use crate::scoring::{Answers, parse_predictions};
        let answers =
            Answers::parse(b"id,y,Usage\na,1,Public\nb,0,Private\n", "id", "y", Metric::RocAuc).expect("answers");
        for file in [zip_starting_with("[Content_Types].xml"), [OLE_MAGIC, &[0; 32]].concat()] {
            let refused = parse_predictions(&file, &answers).expect_err("a spreadsheet is not a CSV file");
            assert_eq!(refused.to_string(), SPREADSHEET_MESSAGE);
            assert!(!refused.to_string().contains("found"), "{refused}");
        }
    }
}
