use super::samples::{gif_with_author, jpeg_with_author, pdf_with_author, png_with_author, webp_with_author};
use super::{CleanError, strip_metadata};
use crate::idea::sniff_attachment;

const NAME: &str = "Jane Resident";
const MAX: usize = 10 * 1024 * 1024;

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Cleans `file`, checks the name was there before and is gone after, and
/// that the result cleans again (it is a well-formed file of its kind).
fn cleaned(file: &[u8]) -> Vec<u8> {
    assert!(contains(file, "Jane"), "the sample carries the name");
    let kind = sniff_attachment(file).expect("a known kind");
    let out = strip_metadata(kind, file, MAX).unwrap_or_else(|e| panic!("{kind}: {e}"));
    assert!(!contains(&out, "Jane") && !contains(&out, "Resident"), "{kind}: {}", String::from_utf8_lossy(&out));
    assert_eq!(sniff_attachment(&out), Some(kind), "still a {kind}");
    let again = strip_metadata(kind, &out, MAX).unwrap_or_else(|e| panic!("{kind} cleaned again: {e}"));
    if kind != "application/pdf" {
        // A PDF is written anew each time; a picture only loses segments.
        assert_eq!(again, out, "{kind}: cleaning twice changes nothing");
    }
    out
}

#[test]
fn a_jpeg_loses_its_exif_xmp_iptc_comment_and_what_follows_its_end() {
    let out = cleaned(&jpeg_with_author(NAME));
    assert!(out.ends_with(&[0xFF, 0xD9]));
    for marker in [0xE1u8, 0xED, 0xFE] {
        assert!(!out.windows(2).any(|w| w == [0xFF, marker]), "no {marker:X} segment");
    }
    assert!(out.windows(4).any(|w| w == b"JFIF"), "the picture's own segments stay");
}

#[test]
fn a_png_loses_its_text_and_exif_chunks_and_keeps_the_picture() {
    let out = cleaned(&png_with_author(NAME));
    for kind in [&b"IHDR"[..], b"IDAT", b"IEND"] {
        assert!(out.windows(4).any(|w| w == kind));
    }
    for kind in [&b"tEXt"[..], b"iTXt", b"eXIf"] {
        assert!(!out.windows(4).any(|w| w == kind));
    }
}

#[test]
fn a_gif_loses_its_comment_and_xmp_but_keeps_looping() {
    let out = cleaned(&gif_with_author(NAME));
    assert!(out.windows(11).any(|w| w == b"NETSCAPE2.0"));
    assert!(!out.windows(2).any(|w| w == [0x21, 0xFE]), "no comment extension");
    assert_eq!(out.last(), Some(&0x3B));
}

#[test]
fn a_webp_loses_its_exif_and_xmp_chunks_and_says_so_in_its_header() {
    let out = cleaned(&webp_with_author(NAME));
    let size = u32::from_le_bytes([out[4], out[5], out[6], out[7]]) as usize;
    assert_eq!(size + 8, out.len(), "the RIFF size is the new length");
    assert_eq!(&out[12..16], b"VP8X");
    assert_eq!(out[20] & 0b1100, 0, "no EXIF or XMP flag");
    assert!(out.windows(4).any(|w| w == b"VP8L"));
}

#[test]
fn a_pdf_loses_every_information_dictionary_and_its_xmp_even_after_incremental_updates() {
    let out = cleaned(&pdf_with_author(NAME));
    let doc = lopdf::Document::load_mem(&out).expect("still a PDF");
    assert_eq!(doc.get_pages().len(), 1);
    assert!(doc.trailer.get(b"Info").is_err());
    assert!(!contains(&out, "/Metadata") && !contains(&out, "/Author") && !contains(&out, "/PieceInfo"));
    assert_eq!(out.windows(7).filter(|w| w == b"trailer").count(), 1, "one trailer");
}

#[test]
fn damaged_and_unfinished_files_are_refused_not_stored_with_their_metadata() {
    for file in [jpeg_with_author(NAME), png_with_author(NAME), gif_with_author(NAME), webp_with_author(NAME)] {
        let kind = sniff_attachment(&file).expect("kind");
        // Cut before the end marker: the walk cannot finish.
        let cut = &file[..file.len() / 2];
        assert!(matches!(strip_metadata(kind, cut, MAX), Err(CleanError::Unreadable(_))), "{kind} cut in half");
    }
    assert!(matches!(strip_metadata("application/pdf", b"%PDF-1.4 a map", MAX), Err(CleanError::Unreadable("PDF"))));
    assert_eq!(strip_metadata("text/html", b"<html>", MAX), Err(CleanError::UnknownType));
    // A segment length that points past the end of the file.
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF];
    jpeg.extend_from_slice(b"Jane");
    assert!(strip_metadata("image/jpeg", &jpeg, MAX).is_err());
    let mut png = b"\x89PNG\r\n\x1a\n\xff\xff\xff\xfftEXt".to_vec();
    png.extend_from_slice(b"Jane");
    assert!(strip_metadata("image/png", &png, MAX).is_err());
    let mut webp = b"RIFF\xff\xff\xff\x7fWEBP".to_vec();
    webp.extend_from_slice(b"VP8L\x04\0\0\0abcd");
    assert!(strip_metadata("image/webp", &webp, MAX).is_err(), "a RIFF size past the end");
}

#[test]
fn a_cleaned_file_past_the_limit_is_refused() {
    let file = png_with_author(NAME);
    assert_eq!(strip_metadata("image/png", &file, 20), Err(CleanError::TooLargeAfterCleaning));
}

mod walkers_on_arbitrary_input {
    use proptest::prelude::*;

    use super::super::strip_metadata;

    proptest! {
        #[test]
        fn never_panic_and_never_grow(kind in 0usize..4, tail in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let (content_type, magic): (&str, &[u8]) = [
                ("image/jpeg", &[0xFF, 0xD8, 0xFF][..]),
                ("image/png", b"\x89PNG\r\n\x1a\n"),
                ("image/gif", b"GIF89a"),
                ("image/webp", b"RIFF\x10\0\0\0WEBP"),
            ][kind];
            let mut file = magic.to_vec();
            file.extend_from_slice(&tail);
            if let Ok(out) = strip_metadata(content_type, &file, usize::MAX) {
                prop_assert!(out.len() <= file.len() + 1);
            }
        }
    }
}

/// A PDF whose objects all sit in object streams, one object each, the
/// catalog in the first.
fn pdf_with_object_streams(count: u32) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for n in 0..count {
        offsets.push(out.len());
        let inner = if n == 0 { "<< /Type /Catalog >>" } else { "<< >>" };
        let header = format!("{} 0 ", 1000 + n);
        let content = format!("{header}{inner}");
        out.extend_from_slice(
            format!(
                "{} 0 obj\n<< /Type /ObjStm /N 1 /First {} /Length {} >>\nstream\n{content}\nendstream\nendobj\n",
                n + 1,
                header.len(),
                content.len()
            )
            .as_bytes(),
        );
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes());
    for offset in &offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1000 0 R >>\nstartxref\n{xref}\n%%EOF\n", offsets.len() + 1).as_bytes(),
    );
    out
}

#[test]
fn a_pdf_with_too_many_object_streams_is_refused_before_they_are_expanded() {
    let many = pdf_with_object_streams(200);
    assert_eq!(strip_metadata("application/pdf", &many, MAX), Err(CleanError::Unreadable("PDF")));
    // The same kind of file with a few object streams reads: the bound is on their number.
    let few = pdf_with_object_streams(3);
    let cleaned = strip_metadata("application/pdf", &few, MAX).expect("a few object streams are fine");
    assert!(lopdf::Document::load_mem(&cleaned).is_ok());
}
