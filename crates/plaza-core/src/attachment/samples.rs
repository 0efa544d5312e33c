//! Small files of each accepted kind that carry a person's name in their
//! metadata, for tests (here and end to end) of the cleaning.

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn xmp(name: &str) -> String {
    format!(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
}

fn jpeg_segment(out: &mut Vec<u8>, marker: u8, body: &[u8]) {
    out.extend_from_slice(&[0xFF, marker]);
    out.extend_from_slice(&u16::try_from(body.len() + 2).unwrap_or(u16::MAX).to_be_bytes());
    out.extend_from_slice(body);
}

/// A 1×1 grey baseline JPEG with the name as EXIF Artist, in XMP, in an
/// IPTC block and in a comment, and a second picture after its end.
pub fn jpeg_with_author(name: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    jpeg_segment(&mut out, 0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    // EXIF: a big-endian TIFF header, one IFD entry (Artist, ASCII).
    let artist = format!("{name}\0");
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x3b\0\x02".to_vec();
    exif.extend_from_slice(&u32::try_from(artist.len()).unwrap_or(0).to_be_bytes());
    exif.extend_from_slice(&26u32.to_be_bytes());
    exif.extend_from_slice(&[0, 0, 0, 0]);
    exif.extend_from_slice(artist.as_bytes());
    jpeg_segment(&mut out, 0xE1, &exif);
    jpeg_segment(&mut out, 0xE1, format!("http://ns.adobe.com/xap/1.0/\0{}", xmp(name)).as_bytes());
    // IPTC By-line (2:80) in a Photoshop image resource block.
    let mut iptc = vec![0x1C, 0x02, 0x50];
    iptc.extend_from_slice(&u16::try_from(name.len()).unwrap_or(0).to_be_bytes());
    iptc.extend_from_slice(name.as_bytes());
    let mut photoshop = b"Photoshop 3.0\08BIM\x04\x04\0\0".to_vec();
    photoshop.extend_from_slice(&u32::try_from(iptc.len()).unwrap_or(0).to_be_bytes());
    photoshop.extend_from_slice(&iptc);
    jpeg_segment(&mut out, 0xED, &photoshop);
    jpeg_segment(&mut out, 0xFE, format!("Made by {name}").as_bytes());
    let mut table = vec![0u8];
    table.extend_from_slice(&[1u8; 64]);
    jpeg_segment(&mut out, 0xDB, &table);
    jpeg_segment(&mut out, 0xC0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
    // DC table: one code of length 1 for category 0; AC table: one code for EOB.
    let mut dc = vec![0x00, 1];
    dc.extend_from_slice(&[0; 15]);
    dc.push(0);
    jpeg_segment(&mut out, 0xC4, &dc);
    let mut ac = vec![0x10, 1];
    ac.extend_from_slice(&[0; 15]);
    ac.push(0);
    jpeg_segment(&mut out, 0xC4, &ac);
    jpeg_segment(&mut out, 0xDA, &[1, 1, 0, 0, 63, 0]);
    // DC diff 0 (code 0), EOB (code 0), padded with ones; then a stuffed 0xFF.
    out.extend_from_slice(&[0x3F, 0xFF, 0x00]);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out.extend_from_slice(format!("\u{0}trailing picture by {name}").as_bytes());
    out
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    out.extend_from_slice(&crc_input);
    out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
}

/// A 1×1 PNG with the name in tEXt (Author), iTXt (XMP), zTXt and eXIf chunks.
pub fn png_with_author(name: &str) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    png_chunk(&mut out, b"tEXt", format!("Author\0{name}").as_bytes());
    png_chunk(&mut out, b"iTXt", format!("XML:com.adobe.xmp\0\0\0\0\0{}", xmp(name)).as_bytes());
    png_chunk(&mut out, b"eXIf", format!("MM\0\x2a\0\0\0\x08{name}").as_bytes());
    // One pixel, filter 0, in a stored zlib block.
    let raw = [0u8, 0x20, 0x40, 0x60, 0xFF];
    let mut idat = vec![0x78, 0x01, 0x01, 0x05, 0x00, 0xFA, 0xFF];
    idat.extend_from_slice(&raw);
    let (mut a, mut b) = (1u32, 0u32);
    for byte in raw {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    idat.extend_from_slice(&((b << 16) | a).to_be_bytes());
    png_chunk(&mut out, b"IDAT", &idat);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

fn gif_sub_blocks(out: &mut Vec<u8>, data: &[u8]) {
    for block in data.chunks(255) {
        out.push(u8::try_from(block.len()).unwrap_or(0));
        out.extend_from_slice(block);
    }
    out.push(0);
}

/// A 1×1 GIF that loops, with the name in a comment, an XMP application
/// extension and a plain-text extension.
pub fn gif_with_author(name: &str) -> Vec<u8> {
    let mut out = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00".to_vec();
    out.extend_from_slice(b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00");
    out.extend_from_slice(b"\x21\xfe");
    gif_sub_blocks(&mut out, format!("Drawn by {name}").as_bytes());
    out.extend_from_slice(b"\x21\xff\x0bXMP DataXMP");
    gif_sub_blocks(&mut out, xmp(name).as_bytes());
    out.extend_from_slice(b"\x21\x01\x0c\0\0\0\0\x01\0\x01\0\x01\x01\x01\x00");
    gif_sub_blocks(&mut out, name.as_bytes());
    out.extend_from_slice(b"\x21\xf9\x04\x01\x00\x00\x00\x00");
    out.extend_from_slice(b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00");
    out.push(0x3B);
    out
}

fn riff_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(kind);
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_le_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
}

/// A 1×1 lossless WebP (extended format) with the name in EXIF and XMP chunks.
pub fn webp_with_author(name: &str) -> Vec<u8> {
    let mut body = b"WEBP".to_vec();
    // VP8X: flags EXIF (bit 3) and XMP (bit 2); canvas 1×1.
    riff_chunk(&mut body, b"VP8X", &[0b0000_1100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    riff_chunk(&mut body, b"VP8L", &[0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00]);
    riff_chunk(&mut body, b"EXIF", format!("MM\0\x2a\0\0\0\x08Artist {name}!").as_bytes());
    riff_chunk(&mut body, b"XMP ", xmp(name).as_bytes());
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(body.len()).unwrap_or(0).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// A one-page PDF with the name in its information dictionary (Author,
/// Creator, Title) and in an XMP stream, saved once more by an incremental
/// update that adds a second information dictionary.
pub fn pdf_with_author(name: &str) -> Vec<u8> {
    let xmp = xmp(name);
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 6 0 R /PieceInfo << /Editor << /Private (by "
            .to_owned()
            + name
            + ") >> >> >>",
        format!("<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n{xmp}\nendstream", xmp.len()),
        format!("<< /Author ({name}) /Creator (Writer of {name}) /Producer (Office) /Title ({name}'s plan) >>"),
        "<< /Length 17 >>\nstream\n0 0 m 100 100 l S\nendstream".to_owned(),
    ];
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in &offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    // The incremental update: a new information dictionary, object 7.
    let seventh = out.len();
    out.extend_from_slice(
        format!("7 0 obj\n<< /Author ({name}) /Subject (Revised by {name}) /Keywords ({name}) >>\nendobj\n").as_bytes(),
    );
    let second_xref = out.len();
    out.extend_from_slice(format!("xref\n7 1\n{seventh:010} 00000 n \n").as_bytes());
    out.extend_from_slice(
        format!("trailer\n<< /Size 8 /Root 1 0 R /Info 7 0 R /Prev {xref} >>\nstartxref\n{second_xref}\n%%EOF\n")
            .as_bytes(),
    );
    out
}
