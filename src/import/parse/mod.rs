//! Parser for the pupil import: a CSV export from the school administration (ParnasSys, ESIS, Magister or a
//! hand-made Excel sheet) with one pupil per row, their group and up to two guardians.
//!
//! Pure and synchronous: bytes in, a preview out. Nothing here touches the database, and nothing here holds a
//! sentence for people: every problem is a Fluent message id plus variables (see `locales/*/import.ftl`).
//!
//! - `decode`: bytes to text (encodings, newlines, separator) and the cleanup of cells and keys;
//! - `fields` and `headers`: what each column means, recognised from the header line;
//! - `rows` and `guardians`: reading and checking each row's pupil and guardians;
//! - `edex`: the same rows read from an EDEX.XML file (EDEXML);
//! - `outcome`: the preview (rows, problems as message ids) that the pages show.

mod decode;
mod edex;
mod edex_school;
mod fields;
mod guardians;
mod headers;
mod outcome;
mod rows;
#[cfg(test)]
mod tests;

use csv::StringRecord;
use time::Date;

use decode::{clean_cell, decode, detect_separator, normalise_newlines, strip_sep_line};
use fields::{Field, REQUIRED_COLUMNS};
use headers::Layout;
use rows::{check_row, Seen};

pub use edex::{edex_keys, looks_like_xml, parse_edex};
pub use edex_school::{read_school, EdexSchool};
pub use fields::{field_message_id, fields};
pub use guardians::{relationship_message_id, RELATIONSHIPS};
pub use outcome::{
    keys, ColumnInfo, GuardianData, ImportRow, ParseOutcome, Problem, PupilData, Severity,
    PROBLEM_MESSAGES,
};

/// Largest number of data rows accepted in one file.
pub const MAX_ROWS: usize = 20_000;
const MAX_ID_LEN: usize = 20;
const MAX_NAME_LEN: usize = 100;
const MAX_GROUP_LEN: usize = 40;
const MAX_LANGUAGE_LEN: usize = 50;
const MIN_AGE: i32 = 2;
const MAX_AGE: i32 = 25;
const MAX_GRADE: i64 = 14;

/// A school administration export of either kind: EDEX.XML when it looks like XML, else CSV.
pub fn parse_any(bytes: &[u8], today: Date) -> ParseOutcome {
    if looks_like_xml(bytes) {
        parse_edex(bytes, today)
    } else {
        parse_import(bytes, today)
    }
}

/// Turns an uploaded file into a preview. `today` is the reference date for the age check.
pub fn parse_import(bytes: &[u8], today: Date) -> ParseOutcome {
    let (text, encoding) = decode(bytes);
    let text = normalise_newlines(text);
    let (body, line_offset, hinted) = strip_sep_line(&text);
    let separator = hinted.unwrap_or_else(|| detect_separator(body));
    let mut outcome = ParseOutcome {
        encoding,
        separator,
        columns: Vec::new(),
        rows: Vec::new(),
        file_problems: Vec::new(),
    };

    if body.trim().is_empty() {
        outcome.file_problems.push(Problem::error(keys::FILE_EMPTY));
        return outcome;
    }

    // Separators are ASCII by construction, so `as u8` is exact.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(body.as_bytes());
    let mut records = reader.records();

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => {
            outcome.file_problems.push(
                Problem::error(keys::FILE_UNREADABLE)
                    .with("line", line_of(e.position(), line_offset)),
            );
            return outcome;
        }
        None => {
            outcome.file_problems.push(Problem::error(keys::FILE_EMPTY));
            return outcome;
        }
    };
    let Some(layout) = read_header(&header, &mut outcome) else {
        return outcome;
    };
    read_rows(records, &layout, today, line_offset, &mut outcome);
    outcome
}

/// 1-based physical line of a record, counting the lines skipped before the header.
fn line_of(position: Option<&csv::Position>, line_offset: usize) -> usize {
    position.map_or(0, |p| p.line() as usize) + line_offset
}

/// Decides the columns from the header line. `None` when required columns are missing: then every row would be
/// an error, so the file problems name the columns and no row is read.
fn read_header(header: &StringRecord, outcome: &mut ParseOutcome) -> Option<Layout> {
    let headers: Vec<String> = header.iter().map(|h| clean_cell(h).to_string()).collect();
    let (layout, columns, column_problems) = Layout::from_headers(headers);
    outcome.columns = columns;
    outcome.file_problems.extend(column_problems);

    let found = outcome
        .columns
        .iter()
        .map(|c| c.header.as_str())
        .filter(|h| !h.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let missing: Vec<Problem> = REQUIRED_COLUMNS
        .iter()
        .filter(|(field, _)| !layout.has(Field::Pupil(*field)))
        .map(|&(field, key)| {
            Problem::error(key)
                .with("found", &found)
                .on(Field::Pupil(field))
        })
        .collect();
    if !missing.is_empty() {
        outcome.file_problems.extend(missing);
        return None;
    }
    if !layout.has_any_guardian() {
        outcome
            .file_problems
            .push(Problem::warning(keys::NO_GUARDIAN_COLUMNS));
    }
    Some(layout)
}

/// Checks every data row; past `MAX_ROWS` rows are only counted, so the message can say how many there are.
fn read_rows(
    records: impl Iterator<Item = csv::Result<StringRecord>>,
    layout: &Layout,
    today: Date,
    line_offset: usize,
    outcome: &mut ParseOutcome,
) {
    let mut seen = Seen::default();
    let mut data_rows = 0usize;
    for result in records {
        let record = match result {
            Ok(record) => record,
            Err(e) => {
                outcome.file_problems.push(
                    Problem::error(keys::FILE_UNREADABLE)
                        .with("line", line_of(e.position(), line_offset)),
                );
                break;
            }
        };
        // Excel leaves rows of bare separators below the data; they are not pupils.
        if record.iter().all(|f| clean_cell(f).is_empty()) {
            continue;
        }
        data_rows += 1;
        if data_rows <= MAX_ROWS {
            let line = line_of(record.position(), line_offset);
            outcome
                .rows
                .push(check_row(&record, line, layout, today, &mut seen));
        }
    }

    if data_rows == 0 {
        outcome
            .file_problems
            .push(Problem::error(keys::FILE_NO_ROWS));
    } else if data_rows > MAX_ROWS {
        outcome.file_problems.push(
            Problem::error(keys::FILE_TOO_MANY_ROWS)
                .with("count", data_rows)
                .with("max", MAX_ROWS),
        );
    }
}
