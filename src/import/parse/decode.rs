//! From bytes to text: the encoding (UTF-8, Windows-1252 or UTF-16), newlines, Excel's "sep=" line and the
//! separator; and the cleanup of cells and keys that every later step relies on.

/// UTF-8 (with or without BOM) when valid, otherwise Windows-1252, which is what Dutch Excel writes.
/// A UTF-16 BOM (Excel's "Unicode text") is honoured too.
pub(super) fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

/// CRLF (Windows) and lone CR (old Mac Excel) both become LF, so line numbers count the way editors do.
pub(super) fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Excel understands a first line "sep=;"; honour it and skip it. Returns the rest, the lines skipped and
/// the separator named.
pub(super) fn strip_sep_line(text: &str) -> (&str, usize, Option<char>) {
    let first_line = text.split('\n').next().unwrap_or("");
    let hint = first_line
        .trim()
        .trim_matches('"')
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .and_then(|_| first_line.trim().trim_matches('"').chars().nth(4))
        .filter(|c| matches!(c, ';' | ',' | '\t' | '|'));
    match hint {
        Some(c) => (text.get(first_line.len() + 1..).unwrap_or(""), 1, Some(c)),
        None => (text, 0, None),
    }
}

/// The most frequent of `;`, tab and `,` in the header line, outside quotes. Ties go to `;`, the Dutch
/// Excel default.
pub(super) fn detect_separator(text: &str) -> char {
    let (mut semicolons, mut tabs, mut commas) = (0usize, 0usize, 0usize);
    let mut in_quotes = false;
    for c in text.trim_start_matches(['\n', ' ']).chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            ';' if !in_quotes => semicolons += 1,
            '\t' if !in_quotes => tabs += 1,
            ',' if !in_quotes => commas += 1,
            _ => {}
        }
    }
    if semicolons >= tabs && semicolons >= commas {
        ';'
    } else if tabs >= commas {
        '\t'
    } else {
        ','
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Lowercase and accent-free, without the spaces and punctuation exports sprinkle into headers and codes.
/// With `drop_bracketed`, text in brackets goes too: "Geboortedatum (dd-mm-jjjj)" → "geboortedatum".
pub(super) fn normalise_key(text: &str, drop_bracketed: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if drop_bracketed && depth > 0 => {}
            c if c.is_whitespace() => {}
            '.' | '_' | '-' | '/' | '\\' | ':' | '\'' | '"' | '*' | '#' | '\u{feff}' => {}
            c => out.push(fold_accent(c)),
        }
    }
    out
}

pub(super) fn clean_cell(raw: &str) -> &str {
    let trimmed = raw.trim();
    // Excel writes ="00123" to keep leading zeros; the wrapper is not part of the value.
    match trimmed
        .strip_prefix("=\"")
        .and_then(|r| r.strip_suffix('"'))
    {
        Some(inner) => inner.trim(),
        None => trimmed,
    }
}
