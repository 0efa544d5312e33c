//! QR codes for printed posters, drawn as one SVG path.
//!
//! Sized to scan from a metre away: the usual rule is a code at least a
//! tenth of the distance wide, with modules (its squares) of 2.5 mm or more
//! and a quiet zone of four modules all round. A short link
//! (`https://plaza.city.example/c/k7m2qx`) fits a version 3 or 4 code, which
//! prints [`MIN_PRINTED_MM`] wide with modules of about 2.7 mm; a longer
//! address makes the code wider, up to [`MAX_PRINTED_MM`], so that its
//! modules stay at [`MODULE_MM`].

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

/// Narrowest printed width of the code with its quiet zone, in millimetres.
pub const MIN_PRINTED_MM: f64 = 100.0;
/// Widest: what the poster's column leaves room for.
pub const MAX_PRINTED_MM: f64 = 120.0;
/// The module width kept between the two.
pub const MODULE_MM: f64 = 2.6;
/// Modules of light margin on each side (the QR standard's minimum).
pub const QUIET_ZONE: usize = 4;

/// A QR code as an SVG element ([`printed_mm`] wide), one unit per module, with
/// `label` as its accessible name. `None` when `text` is too long for any
/// QR code (a link of thousands of characters).
pub fn svg(text: &str, label: &str) -> Option<String> {
    // Level M (15% of the code may be damaged) keeps short links in small
    // versions, so the modules print large.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let side = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                // One horizontal run of dark modules is one rectangle.
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, x - start);
            } else {
                x += 1;
            }
        }
    }
    let label = escape(label);
    let mm = printed_mm(side);
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"{label}\" \
         width=\"{mm}mm\" height=\"{mm}mm\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// The printed width of a code of `side` modules (quiet zone included),
/// in whole millimetres.
fn printed_mm(side: usize) -> f64 {
    (side as f64 * MODULE_MM).clamp(MIN_PRINTED_MM, MAX_PRINTED_MM).ceil()
}

/// The width of one module in millimetres when `text` is printed.
#[cfg(test)]
fn module_mm(text: &str) -> Option<f64> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let side = code.width() + 2 * QUIET_ZONE;
    Some(printed_mm(side) / side as f64)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws the SVG's path (as written above: `M x y h w v1 h-w z` runs)
    /// into a greyscale image, `scale` pixels a module.
    fn rasterize(svg: &str, scale: usize) -> (usize, Vec<u8>) {
        let view = svg.split("viewBox=\"0 0 ").nth(1).expect("a viewBox");
        let side: usize = view.split(' ').next().and_then(|n| n.parse().ok()).expect("the side in modules");
        let d = svg.split(" d=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("the path");
        let size = side * scale;
        let mut pixels = vec![255u8; size * size];
        for run in d.split('z').filter(|r| !r.is_empty()) {
            let run = run.strip_prefix('M').expect("a move");
            let (xy, rest) = run.split_once('h').expect("a run's width");
            let (x, y) = xy.split_once(' ').expect("x and y");
            let (x, y): (usize, usize) = (x.parse().expect("x"), y.parse().expect("y"));
            let w: usize = rest.split('v').next().and_then(|w| w.parse().ok()).expect("the width");
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + w) * scale {
                    pixels[py * size + px] = 0;
                }
            }
        }
        (size, pixels)
    }

    fn decode(svg: &str) -> String {
        let (size, pixels) = rasterize(svg, 6);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| pixels[y * size + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("the code decodes").1
    }

    #[test]
    fn the_svg_decodes_to_the_link() {
        for link in ["http://127.0.0.1:8080/c/k7m2qx", "https://open-data.city-of-springfield.example.gov/c/abc234"] {
            let svg = svg(link, "QR code").expect("a code");
            assert_eq!(decode(&svg), link);
            assert!(svg.contains("width=\"100mm\"") || svg.contains("width=\"107mm\""), "{svg}");
        }
    }

    #[test]
    fn modules_print_large_enough_to_scan_from_a_metre() {
        // Short links on public addresses up to about 80 characters print modules of 2.5 mm or more.
        for length in [1, 20, 40, 50] {
            let link = format!("https://{}.example.org/c/k7m2qx", "a".repeat(length));
            let module = module_mm(&link).expect("a code");
            assert!(module >= 2.5, "{} characters: {module} mm", link.len());
        }
        assert!(module_mm("http://127.0.0.1:8080/c/k7m2qx").expect("a code") >= 2.7);
    }

    #[test]
    fn labels_are_escaped_and_huge_texts_refused() {
        let svg = svg("x", "a \"quoted\" <label> & more").expect("a code");
        assert!(svg.contains("aria-label=\"a &quot;quoted&quot; &lt;label&gt; &amp; more\""), "{svg}");
        assert!(super::svg(&"x".repeat(5000), "too long").is_none());
    }
}
