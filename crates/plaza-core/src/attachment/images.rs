//! Segment walkers for the picture formats Plaza accepts. Each copies the
//! picture's own segments unchanged (no re-encoding) and leaves out those
//! that carry text about the file: who made it, with what, where. Each walk
//! reads every length before it uses it and never goes past the input; a
//! file that does not follow its format's layout is refused (`None`).

/// JPEG: leaves out APP1 (EXIF, XMP), APP12 (picture info), APP13
/// (IPTC/Photoshop), the multi-picture APP2 index, COM comments and
/// anything after the end-of-image marker (where extra pictures hide).
pub(super) fn jpeg(b: &[u8]) -> Option<Vec<u8>> {
    if !b.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2;
    loop {
        if *b.get(i)? != 0xFF {
            return None;
        }
        while *b.get(i)? == 0xFF {
            i += 1;
        }
        let marker = *b.get(i)?;
        i += 1;
        match marker {
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            0xD0..=0xD7 | 0x01 => {
                out.extend_from_slice(&[0xFF, marker]);
                continue;
            }
            0x00 | 0xD8 => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?]));
        let end = i.checked_add(len)?;
        if len < 2 || end > b.len() {
            return None;
        }
        let body = &b[i + 2..end];
        let drop = matches!(marker, 0xE1 | 0xEC | 0xED | 0xFE) || (marker == 0xE2 && body.starts_with(b"MPF\0"));
        if !drop {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&b[i..end]);
        }
        i = end;
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is not a
            // stuffed zero or a restart marker.
            let start = i;
            loop {
                if *b.get(i)? == 0xFF {
                    let next = *b.get(i + 1)?;
                    if next == 0x00 || (0xD0..=0xD7).contains(&next) {
                        i += 2;
                        continue;
                    }
                    if next != 0xFF {
                        break;
                    }
                }
                i += 1;
            }
            out.extend_from_slice(&b[start..i]);
        }
    }
}

/// PNG: leaves out the text chunks (tEXt, zTXt, iTXt), EXIF (eXIf), the
/// time stamp (tIME) and anything after IEND.
pub(super) fn png(b: &[u8]) -> Option<Vec<u8>> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if !b.starts_with(SIGNATURE) {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(SIGNATURE);
    let mut i = SIGNATURE.len();
    loop {
        let header = b.get(i..i + 8)?;
        let len = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
        if len > 0x7FFF_FFFF {
            return None;
        }
        let kind = &header[4..8];
        let end = i.checked_add(12)?.checked_add(usize::try_from(len).ok()?)?;
        if end > b.len() {
            return None;
        }
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(&b[i..end]);
        }
        i = end;
        if kind == b"IEND" {
            return Some(out);
        }
    }
}

/// GIF: leaves out comment, plain-text and application extensions (XMP and
/// others) except the looping extensions animations need, and anything
/// after the trailer.
pub(super) fn gif(b: &[u8]) -> Option<Vec<u8>> {
    if !(b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a")) {
        return None;
    }
    let flags = *b.get(10)?;
    let mut i = 13;
    if flags & 0x80 != 0 {
        i += 3 << ((flags & 7) + 1);
    }
    if i > b.len() {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&b[..i]);
    // Data sub-blocks: a size byte, that many bytes, until a zero size.
    let sub_blocks = |mut j: usize| -> Option<usize> {
        loop {
            let size = usize::from(*b.get(j)?);
            j += 1;
            if size == 0 {
                return Some(j);
            }
            j += size;
        }
    };
    loop {
        match *b.get(i)? {
            0x21 => {
                let label = *b.get(i + 1)?;
                let end = sub_blocks(i + 2)?;
                if end > b.len() {
                    return None;
                }
                let looping = label == 0xFF
                    && matches!(b.get(i + 2..i + 14), Some(block) if block == b"\x0bNETSCAPE2.0" || block == b"\x0bANIMEXTS1.0");
                if label == 0xF9 || looping {
                    out.extend_from_slice(&b[i..end]);
                }
                i = end;
            }
            0x2C => {
                let flags = *b.get(i + 9)?;
                let mut j = i + 10;
                if flags & 0x80 != 0 {
                    j += 3 << ((flags & 7) + 1);
                }
                // The LZW minimum code size, then the picture's sub-blocks.
                let end = sub_blocks(j + 1)?;
                if end > b.len() {
                    return None;
                }
                out.extend_from_slice(&b[i..end]);
                i = end;
            }
            0x3B => {
                out.push(0x3B);
                return Some(out);
            }
            _ => return None,
        }
    }
}

/// WebP: leaves out the EXIF and XMP chunks, clears their flags in the
/// VP8X header, writes the RIFF size anew and leaves out anything after
/// the RIFF container.
pub(super) fn webp(b: &[u8]) -> Option<Vec<u8>> {
    if b.len() < 12 || !b.starts_with(b"RIFF") || &b[8..12] != b"WEBP" {
        return None;
    }
    let riff = usize::try_from(u32::from_le_bytes([b[4], b[5], b[6], b[7]])).ok()?;
    let end = riff.checked_add(8)?;
    if end > b.len() || riff < 4 {
        return None;
    }
    let mut out = Vec::with_capacity(end);
    out.extend_from_slice(b"RIFF\0\0\0\0WEBP");
    let mut i = 12;
    let mut picture = false;
    while i < end {
        let header = b.get(i..i + 8)?;
        let kind = &header[..4];
        let size = usize::try_from(u32::from_le_bytes([header[4], header[5], header[6], header[7]])).ok()?;
        let data_end = (i + 8).checked_add(size)?;
        let next = data_end.checked_add(size & 1)?;
        if data_end > end {
            return None;
        }
        let next = next.min(end);
        picture |= matches!(kind, b"VP8 " | b"VP8L" | b"VP8X");
        if !matches!(kind, b"EXIF" | b"XMP ") {
            let at = out.len();
            out.extend_from_slice(&b[i..next]);
            if next == data_end && size & 1 == 1 {
                out.push(0);
            }
            if kind == b"VP8X" && size > 0 {
                // Flags: bit 3 says an EXIF chunk follows, bit 2 an XMP chunk.
                out[at + 8] &= !0b0000_1100;
            }
        }
        i = next;
    }
    if !picture {
        return None;
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}
