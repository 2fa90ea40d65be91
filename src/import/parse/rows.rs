//! One row: the pupil's fields with their checks (required, length, leerlingnummer, date of birth, grade, school
//! type), then the guardians (see `guardians`), and the checks across rows (duplicate numbers, shared e-mails).

use std::collections::HashMap;

use csv::StringRecord;
use time::Date;

use super::decode::normalise_key;
use super::fields::{Field, PupilField};
use super::guardians::{check_shared_emails, read_guardian};
use super::headers::Layout;
use super::{keys, GuardianData, ImportRow, Problem, PupilData};
use super::{MAX_AGE, MAX_GRADE, MAX_GROUP_LEN, MAX_ID_LEN, MAX_NAME_LEN, MIN_AGE};
use crate::domain::dates::{age_on, parse_date};
use crate::domain::SchoolType;

/// What earlier rows contained, for the checks across rows.
#[derive(Default)]
pub(super) struct Seen {
    /// Uppercased leerlingnummer → line of its first occurrence.
    ids: HashMap<String, usize>,
    /// Guardian e-mail → (comparable name, name as written, line) of its first occurrence.
    pub(super) emails: HashMap<String, (String, String, usize)>,
}

pub(super) fn check_row(
    record: &StringRecord,
    line: usize,
    layout: &Layout,
    today: Date,
    seen: &mut Seen,
) -> ImportRow {
    let mut problems = Vec::new();
    check_width(record, layout, &mut problems);
    let pupil = read_pupil(record, line, layout, today, seen, &mut problems);
    let guardians: Vec<GuardianData> = (0..2)
        .filter_map(|slot| read_guardian(slot, record, layout, &mut problems))
        .collect();
    if guardians.is_empty() {
        problems.push(Problem::warning(keys::NO_GUARDIAN));
    }
    check_shared_emails(&guardians, line, seen, &mut problems);
    ImportRow {
        line,
        pupil,
        guardians,
        problems,
    }
}

/// The pupil's cells, each checked.
fn read_pupil(
    record: &StringRecord,
    line: usize,
    layout: &Layout,
    today: Date,
    seen: &mut Seen,
    problems: &mut Vec<Problem>,
) -> PupilData {
    let cell = |f: PupilField| layout.cell(record, Field::Pupil(f));
    let external_id = check_external_id(cell(PupilField::ExternalId), line, layout, seen, problems);

    let first_name = required_text(
        cell(PupilField::FirstName),
        MAX_NAME_LEN,
        layout,
        PupilField::FirstName,
        problems,
    );
    let last_name = required_text(
        cell(PupilField::LastName),
        MAX_NAME_LEN,
        layout,
        PupilField::LastName,
        problems,
    );
    let group_name = required_text(
        cell(PupilField::GroupName),
        MAX_GROUP_LEN,
        layout,
        PupilField::GroupName,
        problems,
    );
    let name_prefix = optional_text(
        cell(PupilField::NamePrefix),
        layout,
        PupilField::NamePrefix,
        problems,
    );
    let initials = optional_text(
        cell(PupilField::Initials),
        layout,
        PupilField::Initials,
        problems,
    );
    let gender = cell(PupilField::Gender).to_string();

    let date_of_birth = check_date_of_birth(cell(PupilField::DateOfBirth), today, layout, problems);
    let grade = check_grade(cell(PupilField::Grade), &group_name, layout, problems);
    let school_type = check_school_type(cell(PupilField::SchoolType), problems);

    PupilData {
        external_id,
        first_name,
        name_prefix,
        last_name,
        initials,
        date_of_birth,
        gender,
        group_name,
        grade,
        school_type,
    }
}

/// More filled cells than headers usually means an unquoted separator inside a value has shifted the row.
fn check_width(record: &StringRecord, layout: &Layout, problems: &mut Vec<Problem>) {
    let width = layout.headers.len();
    if let Some(last) = record
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.trim().is_empty())
        .map(|(i, _)| i)
        .last()
    {
        if last >= width {
            problems.push(
                Problem::warning(keys::ROW_EXTRA_FIELDS)
                    .with("expected", width)
                    .with("found", last + 1),
            );
        }
    }
}

/// The leerlingnummer: required, letters and digits, bounded, and unique in the file.
fn check_external_id(
    raw: &str,
    line: usize,
    layout: &Layout,
    seen: &mut Seen,
    problems: &mut Vec<Problem>,
) -> String {
    let external_id = raw.to_string();
    let id_field = Field::Pupil(PupilField::ExternalId);
    if external_id.is_empty() {
        problems.push(required(layout, id_field));
        return external_id;
    }
    if !external_id.chars().all(|c| c.is_ascii_alphanumeric()) {
        problems.push(
            Problem::error(keys::ID_INVALID)
                .with("value", &external_id)
                .on(id_field),
        );
    }
    check_length(&external_id, MAX_ID_LEN, layout, id_field, problems);
    match seen.ids.get(&external_id.to_uppercase()) {
        Some(first_line) => problems.push(
            Problem::error(keys::ID_DUPLICATE)
                .with("value", &external_id)
                .with("first_line", first_line)
                .on(id_field),
        ),
        None => {
            seen.ids.insert(external_id.to_uppercase(), line);
        }
    }
    external_id
}

/// The grade column when filled (0–14), otherwise the leading number of the group name.
fn check_grade(
    raw: &str,
    group_name: &str,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) -> Option<i64> {
    let grade_field = Field::Pupil(PupilField::Grade);
    match raw {
        "" => grade_from_group(group_name),
        raw => match raw.parse::<i64>() {
            Ok(n) if (0..=MAX_GRADE).contains(&n) => Some(n),
            _ => {
                problems.push(
                    Problem::error(keys::GRADE_INVALID)
                        .with("value", raw)
                        .with("column", layout.header(grade_field))
                        .on(grade_field),
                );
                None
            }
        },
    }
}

fn check_school_type(raw: &str, problems: &mut Vec<Problem>) -> Option<String> {
    match raw {
        "" => None,
        raw => match parse_school_type(raw) {
            Some(school_type) => Some(school_type.code().to_string()),
            None => {
                problems.push(
                    Problem::error(keys::SCHOOL_TYPE_INVALID)
                        .with("value", raw)
                        .on(Field::Pupil(PupilField::SchoolType)),
                );
                None
            }
        },
    }
}

fn required(layout: &Layout, field: Field) -> Problem {
    Problem::error(keys::REQUIRED)
        .with("column", layout.header(field))
        .on(field)
}

fn required_text(
    raw: &str,
    max: usize,
    layout: &Layout,
    field: PupilField,
    problems: &mut Vec<Problem>,
) -> String {
    let value = collapse_spaces(raw);
    if value.is_empty() {
        problems.push(required(layout, Field::Pupil(field)));
    }
    check_length(&value, max, layout, Field::Pupil(field), problems);
    value
}

/// A name part that may be empty: spaces collapsed, length checked.
fn optional_text(
    raw: &str,
    layout: &Layout,
    field: PupilField,
    problems: &mut Vec<Problem>,
) -> String {
    let value = collapse_spaces(raw);
    check_length(&value, MAX_NAME_LEN, layout, Field::Pupil(field), problems);
    value
}

pub(super) fn check_length(
    value: &str,
    max: usize,
    layout: &Layout,
    field: Field,
    problems: &mut Vec<Problem>,
) {
    let length = value.chars().count();
    if length > max {
        problems.push(
            Problem::error(keys::TOO_LONG)
                .with("column", layout.header(field))
                .with("length", length)
                .with("max", max)
                .on(field),
        );
    }
}

pub(super) fn collapse_spaces(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_date_of_birth(
    raw: &str,
    today: Date,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    let field = Field::Pupil(PupilField::DateOfBirth);
    if raw.is_empty() {
        problems.push(required(layout, field));
        return None;
    }
    check_date_value(raw, today, field, problems)
}

/// A filled-in date of birth: readable, not in the future, a plausible age for a pupil.
pub(super) fn check_date_value(
    raw: &str,
    today: Date,
    field: Field,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    let Some(date) = parse_date(raw) else {
        problems.push(
            Problem::error(keys::DATE_INVALID)
                .with("value", raw)
                .on(field),
        );
        return None;
    };
    let age = age_on(date, today);
    if date > today {
        problems.push(
            Problem::error(keys::DATE_FUTURE)
                .with("value", raw)
                .on(field),
        );
    } else if age < MIN_AGE {
        problems.push(
            Problem::error(keys::DATE_TOO_YOUNG)
                .with("value", raw)
                .with("min", MIN_AGE)
                .on(field),
        );
    } else if age > MAX_AGE {
        problems.push(
            Problem::error(keys::DATE_TOO_OLD)
                .with("value", raw)
                .with("max", MAX_AGE)
                .on(field),
        );
    }
    Some(date)
}

/// The grade from a leading number in the group name: "7B" → 7, "groep 7" → 7, "1/2a" → 1.
pub(super) fn grade_from_group(group: &str) -> Option<i64> {
    let lower = group.trim().to_lowercase();
    let mut rest = lower.as_str();
    for word in [
        "groep", "group", "grade", "gr", "klas", "class", "leerjaar", "jaar", "year",
    ] {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r.trim_start_matches([' ', '.', '-']);
            break;
        }
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|n| (0..=MAX_GRADE).contains(n))
}

/// The school type as schools write it ("basisonderwijs", "havo", "sbo") to its `SchoolType`.
fn parse_school_type(raw: &str) -> Option<SchoolType> {
    Some(match normalise_key(raw, true).as_str() {
        "po" | "bao" | "basisonderwijs" | "primaironderwijs" | "sbo" | "speciaalbasisonderwijs" => {
            SchoolType::Po
        }
        "vo"
        | "voortgezetonderwijs"
        | "vmbo"
        | "mavo"
        | "havo"
        | "vwo"
        | "atheneum"
        | "gymnasium"
        | "pro"
        | "praktijkonderwijs" => SchoolType::Vo,
        "so" | "speciaalonderwijs" => SchoolType::So,
        "vso" | "voortgezetspeciaalonderwijs" => SchoolType::Vso,
        "mbo" | "middelbaarberoepsonderwijs" => SchoolType::Mbo,
        _ => return None,
    })
}
