//! PDF: the document information dictionary and every XMP metadata stream
//! are removed, and the file is written anew with one trailer, so an
//! earlier revision kept by incremental updates (with its own information
//! dictionary) does not survive either.

use lopdf::{Document, LoadOptions, Object};

use super::CleanError;

/// The most one compressed stream may expand to while the file is read.
const MAX_STREAM_BYTES: usize = 16 * 1024 * 1024;
/// How deeply dictionaries and arrays may nest; real files stay far below.
const MAX_DEPTH: usize = 64;
/// Dictionary entries that carry metadata: XMP streams and the private
/// data editing programs leave behind.
const METADATA_KEYS: [&[u8]; 2] = [b"Metadata", b"PieceInfo"];

pub(super) fn pdf(bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, CleanError> {
    let options = LoadOptions { max_decompressed_size: Some(MAX_STREAM_BYTES), ..LoadOptions::default() };
    let mut doc = Document::load_mem_with_options(bytes, options).map_err(|_| CleanError::Unreadable("PDF"))?;
    if doc.was_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
        return Err(CleanError::Encrypted);
    }
    // One trailer is written: nothing points back to an earlier revision.
    for key in [&b"Info"[..], b"Prev", b"XRefStm"] {
        doc.trailer.remove(key);
    }
    for key in METADATA_KEYS {
        doc.trailer.remove(key);
    }
    for object in doc.objects.values_mut() {
        strip(object, 0)?;
    }
    // The old information dictionaries and XMP streams are now referred to
    // by nothing: drop them so they are not written out.
    doc.prune_objects();
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|_| CleanError::Unreadable("PDF"))?;
    if out.len() > max_bytes {
        return Err(CleanError::TooLargeAfterCleaning);
    }
    Ok(out)
}

fn strip(object: &mut Object, depth: usize) -> Result<(), CleanError> {
    if depth > MAX_DEPTH {
        return Err(CleanError::Unreadable("PDF"));
    }
    let dict = match object {
        Object::Dictionary(dict) => dict,
        Object::Stream(stream) => &mut stream.dict,
        Object::Array(items) => {
            for item in items {
                strip(item, depth + 1)?;
            }
            return Ok(());
        }
        _ => return Ok(()),
    };
    for key in METADATA_KEYS {
        dict.remove(key);
    }
    for (_, value) in dict.iter_mut() {
        strip(value, depth + 1)?;
    }
    Ok(())
}
