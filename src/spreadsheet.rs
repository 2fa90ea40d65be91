//! Every export a spreadsheet may open (CSV) is written here, through the `csv` crate, with
//! cells that no spreadsheet evaluates.
//!
//! ASVS 5.0 V1.2.10 (CSV/formula injection): a cell that starts with `=`, `+`, `-`, `@`, a tab,
//! a null character, a carriage return or a line feed is read as a formula by Excel, LibreOffice and Google
//! Sheets (a pupil named `=HYPERLINK(...)` would become a link that leaks data when clicked).
//! Such a cell gets a leading apostrophe, which spreadsheets show as text; quoting and
//! separators are left to the `csv` crate.

use std::borrow::Cow;

/// The characters that make a spreadsheet treat a cell as a formula.
const TRIGGERS: [char; 8] = ['=', '+', '-', '@', '\t', '\0', '\r', '\n'];

/// One cell as a spreadsheet will show it: text stays text.
pub fn safe_cell(value: &str) -> Cow<'_, str> {
    // Leading spaces are skipped by some spreadsheets before they look for a formula.
    match value.trim_start_matches(' ').chars().next() {
        Some(c) if TRIGGERS.contains(&c) => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// A CSV file as Dutch spreadsheets open it by default: `;` between cells, CRLF after rows,
/// quotes where a cell needs them, every cell made safe with [`safe_cell`].
pub fn csv<R, C>(rows: R) -> String
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to a Vec cannot fail.
        out.write_record(row.iter().map(|c| safe_cell(c.as_ref()).into_owned()))
            .expect("csv into memory");
    }
    let bytes = out.into_inner().expect("csv into memory");
    String::from_utf8(bytes).expect("csv of strings is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_become_text() {
        for bad in [
            "=1+1", "+31", "-2", "@SUM(A1)", "\t=1", "\0=1", "\r=1", " =1",
        ] {
            assert!(safe_cell(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(safe_cell("5A"), "5A");
        assert_eq!(safe_cell("12"), "12");
        assert_eq!(safe_cell(""), "");
    }

    #[test]
    fn csv_quotes_and_neutralises() {
        let out = csv([
            vec!["Groep", "=HYPERLINK(\"http://x\";\"klik\")", "2"],
            vec!["a;b", "c\"d", "x"],
        ]);
        assert_eq!(
            out,
            "Groep;\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";2\r\n\"a;b\";\"c\"\"d\";x\r\n"
        );
    }
}
