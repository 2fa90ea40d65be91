//! The letter's QR code: drawn on the server as inline SVG (no JavaScript, no third party).
//!
//! One SVG unit is one module, with the standard quiet zone of four modules around the code;
//! the print stylesheet gives the picture its size on paper.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The quiet zone the renderer draws on each side, in modules.
pub const QUIET_ZONE: usize = 4;

/// The link as an inline `<svg>` element with an accessible name, or None when the text is too
/// long for a QR code (a link never is). Level M survives a crumpled letter from a school bag.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let drawn = code
        .render::<svg::Color<'_>>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .build();
    // Inline in HTML: no XML declaration; a role and a name for screen readers.
    let start = drawn.find("<svg")?;
    Some(drawn[start..].replacen(
        "<svg ",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\" class=\"letter-qr-code\" ",
            attr_escape(label)
        ),
        1,
    ))
}

fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the dark modules back out of the SVG path ("M{x} {y}h{w}v{h}H{x}V{y}" per run).
    fn dark_modules(svg: &str, side: usize) -> Vec<bool> {
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut grid = vec![false; side * side];
        for rect in d.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, w, h) = (nums[0], nums[1], nums[2], nums[3]);
            for yy in y..y + h {
                for xx in x..x + w {
                    grid[yy * side + xx] = true;
                }
            }
        }
        grid
    }

    #[test]
    fn a_letter_link_becomes_a_version_5_code_that_reads_back_module_for_module() {
        // A realistic link: an https origin and a 43-character token, 76 bytes.
        let link = "https://driehoek.obsdelinde.nl/b/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
        assert_eq!(link.len(), 76);
        let picture = svg(link, "QR \"code\"").expect("a link fits");
        assert!(picture.starts_with("<svg role=\"img\" aria-label=\"QR &quot;code&quot;\""));
        assert!(!picture.contains("<?xml"), "no XML declaration inside HTML");
        assert!(picture.ends_with("</svg>"));

        // 76 bytes at level M need version 5: 37 modules, 45 with the quiet zone.
        let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).unwrap();
        assert_eq!(code.version(), qrcode::Version::Normal(5));
        let side = code.width() + 2 * QUIET_ZONE;
        assert_eq!(side, 45);
        assert!(picture.contains("viewBox=\"0 0 45 45\""), "{picture}");

        // Every module of the SVG is the module the encoder made, quiet zone light.
        let grid = dark_modules(&picture, side);
        let colors = code.to_colors();
        for y in 0..side {
            for x in 0..side {
                let inside = (QUIET_ZONE..QUIET_ZONE + code.width()).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + code.width()).contains(&y);
                let expected = inside
                    && colors[(y - QUIET_ZONE) * code.width() + (x - QUIET_ZONE)]
                        == qrcode::Color::Dark;
                assert_eq!(grid[y * side + x], expected, "module ({x}, {y})");
            }
        }
        // The three finder patterns: the top-left module of each is dark.
        let at = |x: usize, y: usize| grid[(y + QUIET_ZONE) * side + x + QUIET_ZONE];
        let w = code.width();
        assert!(at(0, 0) && at(w - 1, 0) && at(0, w - 1));
    }

    #[test]
    fn longer_links_get_bigger_codes() {
        let side = |n: usize| {
            let link = format!("https://x.nl/b/{}", "a".repeat(n));
            let picture = svg(&link, "qr").unwrap();
            let view = picture.split("viewBox=\"0 0 ").nth(1).unwrap();
            view.split(' ').next().unwrap().parse::<usize>().unwrap()
        };
        // Byte capacity at level M: version 4 holds 62, version 5 84, version 6 106.
        assert_eq!(side(62 - 15), 33 + 8);
        assert_eq!(side(84 - 15), 37 + 8);
        assert_eq!(side(85 - 15), 41 + 8);
    }
}
