//! PDF: the document information dictionary and every XMP metadata stream
//! are removed, and the file is written anew with one trailer, so an
//! earlier revision kept by incremental updates (with its own information
//! dictionary) does not survive either.

use std::cell::Cell;

use lopdf::{Document, LoadOptions, Object, ObjectId};

use super::CleanError;

/// The most one compressed object or cross-reference stream may expand to
/// while the file is read.
const MAX_STREAM_BYTES: usize = 2 * 1024 * 1024;
/// The most object streams a file may hold: with [`MAX_STREAM_BYTES`] each,
/// what reading expands stays within 256 MB. Real files of 10 MB hold a
/// few dozen.
const MAX_OBJECT_STREAMS: usize = 128;

thread_local! {
    /// Object streams met while the current file is read (lopdf is built
    /// without its parallel loader, so reading stays on this thread).
    static OBJECT_STREAMS: Cell<usize> = const { Cell::new(0) };
}

/// Counts object streams as lopdf meets them, before it expands them; past
/// the bound the rest are skipped and the file is refused afterwards.
fn count_object_streams(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object
        && stream.dict.has_type(b"ObjStm")
    {
        let seen = OBJECT_STREAMS.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        if seen > MAX_OBJECT_STREAMS {
            return None;
        }
    }
    // lopdf keeps its own copy of a top-level object and the returned one of
    // an object inside an object stream: give back an equal object.
    Some((id, object.clone()))
}
/// How deeply dictionaries and arrays may nest; real files stay far below.
const MAX_DEPTH: usize = 64;
/// Dictionary entries that carry metadata: XMP streams and the private
/// data editing programs leave behind.
const METADATA_KEYS: [&[u8]; 2] = [b"Metadata", b"PieceInfo"];

pub(super) fn pdf(bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, CleanError> {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        filter: Some(count_object_streams),
        ..LoadOptions::default()
    };
    OBJECT_STREAMS.with(|count| count.set(0));
    let loaded = Document::load_mem_with_options(bytes, options);
    if OBJECT_STREAMS.with(Cell::get) > MAX_OBJECT_STREAMS {
        return Err(CleanError::Unreadable("PDF"));
    }
    let mut doc = loaded.map_err(|_| CleanError::Unreadable("PDF"))?;
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
