//! Parser for the pupil import: a CSV export from the school administration (ParnasSys, ESIS, Magister or a
//! hand-made Excel sheet) with one pupil per row, their group and up to two guardians.
//!
//! Pure and synchronous: bytes in, a preview out. Nothing here touches the database, and nothing here holds a
//! sentence for people: every problem is a Fluent message id plus variables (see `locales/*/import.ftl`).

use std::collections::HashMap;

use csv::StringRecord;
use time::Date;

use crate::domain::dates::{age_on, parse_date};

/// Largest number of data rows accepted in one file.
pub const MAX_ROWS: usize = 20_000;
const MAX_ID_LEN: usize = 20;
const MAX_NAME_LEN: usize = 100;
const MAX_GROUP_LEN: usize = 40;
const MAX_LANGUAGE_LEN: usize = 50;
const MIN_AGE: i32 = 2;
const MAX_AGE: i32 = 25;
const MAX_GRADE: i64 = 14;

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file or row cannot be imported until this is fixed.
    Error,
    /// Worth a look, but the row can be imported as it is.
    Warning,
}

impl Severity {
    pub fn message_id(self) -> &'static str {
        match self {
            Severity::Error => "import-severity-error",
            Severity::Warning => "import-severity-warning",
        }
    }
}

/// One problem, as a Fluent message id with its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// The field the problem is about (e.g. "guardian1.email"), so a preview can mark the cell.
    pub field: Option<&'static str>,
}

impl Problem {
    fn error(key: &'static str) -> Self {
        Problem {
            severity: Severity::Error,
            key,
            args: Vec::new(),
            field: None,
        }
    }

    fn warning(key: &'static str) -> Self {
        Problem {
            severity: Severity::Warning,
            key,
            args: Vec::new(),
            field: None,
        }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    fn on(mut self, field: Field) -> Self {
        self.field = Some(field.id());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The value of one Fluent variable, if the problem has it.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct ParseOutcome {
    /// "UTF-8", "Windows-1252", or (for Excel's "Unicode text") "UTF-16LE" / "UTF-16BE".
    pub encoding: &'static str,
    pub separator: char,
    pub columns: Vec<ColumnInfo>,
    pub rows: Vec<ImportRow>,
    pub file_problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnInfo {
    /// The header as it is in the file (trimmed).
    pub header: String,
    /// Field id such as "pupil.last_name" or "guardian1.email"; `None` means the column is ignored.
    pub field: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct ImportRow {
    /// 1-based physical line where the row starts; the header is line 1.
    pub line: usize,
    pub pupil: PupilData,
    /// 0..=2 guardians, only the ones with a name, e-mail or phone.
    pub guardians: Vec<GuardianData>,
    pub problems: Vec<Problem>,
}

impl ImportRow {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilData {
    pub external_id: String,
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    pub initials: String,
    pub date_of_birth: Option<Date>,
    pub gender: String,
    pub group_name: String,
    pub grade: Option<i64>,
    /// "po", "vo", "so", "vso" or "mbo".
    pub school_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianData {
    /// 1 or 2: the guardian's columns in the file (guardian 2 stays 2 when guardian 1 is empty).
    pub slot: u8,
    pub name: String,
    /// Lowercased.
    pub email: Option<String>,
    pub phone: Option<String>,
    /// One of [`RELATIONSHIPS`].
    pub relationship: &'static str,
    pub parental_authority: bool,
    pub own_household: bool,
    /// Lowercase free text or ISO code, as given ("nl", "arabisch").
    pub language: Option<String>,
    pub interpreter_needed: bool,
}

impl ParseOutcome {
    pub fn error_count(&self) -> usize {
        self.all_problems()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.all_problems()
            .filter(|p| p.severity == Severity::Warning)
            .count()
    }

    /// True when there are rows and no errors anywhere; warnings do not block an import.
    pub fn can_import(&self) -> bool {
        !self.rows.is_empty() && self.error_count() == 0
    }

    /// Columns that were not recognised (or duplicated another column) and will not be read.
    pub fn ignored_columns(&self) -> impl Iterator<Item = &ColumnInfo> {
        self.columns.iter().filter(|c| c.field.is_none())
    }

    fn all_problems(&self) -> impl Iterator<Item = &Problem> {
        self.file_problems
            .iter()
            .chain(self.rows.iter().flat_map(|r| r.problems.iter()))
    }
}

/// Relationship codes, each with a Fluent message `relationship-<code>`.
pub const RELATIONSHIPS: [&str; 6] = [
    "mother",
    "father",
    "carer",
    "foster",
    "grandparent",
    "other",
];

/// Fluent message id for a relationship code (unknown codes read as "other").
pub fn relationship_message_id(code: &str) -> &'static str {
    match code {
        "mother" => "relationship-mother",
        "father" => "relationship-father",
        "carer" => "relationship-carer",
        "foster" => "relationship-foster",
        "grandparent" => "relationship-grandparent",
        _ => "relationship-other",
    }
}

/// Every field id with its Fluent message id (`import-field-…`), in display order.
pub fn fields() -> impl Iterator<Item = (&'static str, &'static str)> {
    PUPIL_FIELD_IDS
        .iter()
        .chain(GUARDIAN_FIELD_IDS.iter().flatten())
        .copied()
}

/// Fluent message id for a field id such as "guardian1.email".
pub fn field_message_id(field_id: &str) -> Option<&'static str> {
    fields()
        .find(|(id, _)| *id == field_id)
        .map(|(_, message)| message)
}

/// Fluent message ids of all problems.
pub mod keys {
    pub const FILE_EMPTY: &str = "import-err-file-empty";
    pub const FILE_NO_ROWS: &str = "import-err-file-no-rows";
    pub const FILE_TOO_MANY_ROWS: &str = "import-err-file-too-many-rows";
    pub const FILE_UNREADABLE: &str = "import-err-file-unreadable";
    pub const MISSING_EXTERNAL_ID: &str = "import-err-missing-column-external-id";
    pub const MISSING_LAST_NAME: &str = "import-err-missing-column-last-name";
    pub const MISSING_FIRST_NAME: &str = "import-err-missing-column-first-name";
    pub const MISSING_DATE_OF_BIRTH: &str = "import-err-missing-column-date-of-birth";
    pub const MISSING_GROUP: &str = "import-err-missing-column-group";
    pub const COLUMN_DUPLICATE: &str = "import-warn-column-duplicate";
    pub const NO_GUARDIAN_COLUMNS: &str = "import-warn-no-guardian-columns";
    pub const REQUIRED: &str = "import-err-required";
    pub const TOO_LONG: &str = "import-err-too-long";
    pub const ID_INVALID: &str = "import-err-id-invalid";
    pub const ID_DUPLICATE: &str = "import-err-id-duplicate";
    pub const DATE_INVALID: &str = "import-err-date-invalid";
    pub const DATE_FUTURE: &str = "import-err-date-future";
    pub const DATE_TOO_YOUNG: &str = "import-err-date-too-young";
    pub const DATE_TOO_OLD: &str = "import-err-date-too-old";
    pub const GRADE_INVALID: &str = "import-err-grade-invalid";
    pub const SCHOOL_TYPE_INVALID: &str = "import-err-school-type-invalid";
    pub const EMAIL_INVALID: &str = "import-err-email-invalid";
    pub const GUARDIAN_NO_NAME: &str = "import-err-guardian-no-name";
    pub const YES_NO_INVALID: &str = "import-err-yes-no-invalid";
    pub const NO_GUARDIAN: &str = "import-warn-no-guardian";
    pub const GUARDIAN_NO_EMAIL: &str = "import-warn-guardian-no-email";
    pub const RELATIONSHIP_UNKNOWN: &str = "import-warn-relationship-unknown";
    pub const EMAIL_NAME_CONFLICT: &str = "import-warn-email-name-conflict";
    pub const INTERPRETER_NO_LANGUAGE: &str = "import-warn-interpreter-no-language";
    pub const PHONE_UNUSUAL: &str = "import-warn-phone-unusual";
    pub const ROW_EXTRA_FIELDS: &str = "import-warn-row-extra-fields";
}

/// Every problem message id with the Fluent variables the parser passes to it.
pub const PROBLEM_MESSAGES: &[(&str, &[&str])] = &[
    (keys::FILE_EMPTY, &[]),
    (keys::FILE_NO_ROWS, &[]),
    (keys::FILE_TOO_MANY_ROWS, &["count", "max"]),
    (keys::FILE_UNREADABLE, &["line"]),
    (keys::MISSING_EXTERNAL_ID, &["found"]),
    (keys::MISSING_LAST_NAME, &["found"]),
    (keys::MISSING_FIRST_NAME, &["found"]),
    (keys::MISSING_DATE_OF_BIRTH, &["found"]),
    (keys::MISSING_GROUP, &["found"]),
    (keys::COLUMN_DUPLICATE, &["column", "first"]),
    (keys::NO_GUARDIAN_COLUMNS, &[]),
    (keys::REQUIRED, &["column"]),
    (keys::TOO_LONG, &["column", "length", "max"]),
    (keys::ID_INVALID, &["value"]),
    (keys::ID_DUPLICATE, &["value", "first_line"]),
    (keys::DATE_INVALID, &["value"]),
    (keys::DATE_FUTURE, &["value"]),
    (keys::DATE_TOO_YOUNG, &["value", "min"]),
    (keys::DATE_TOO_OLD, &["value", "max"]),
    (keys::GRADE_INVALID, &["value", "column"]),
    (keys::SCHOOL_TYPE_INVALID, &["value"]),
    (keys::EMAIL_INVALID, &["value", "guardian"]),
    (keys::GUARDIAN_NO_NAME, &["guardian"]),
    (keys::YES_NO_INVALID, &["value", "column"]),
    (keys::NO_GUARDIAN, &[]),
    (keys::GUARDIAN_NO_EMAIL, &["guardian", "name"]),
    (keys::RELATIONSHIP_UNKNOWN, &["value", "guardian"]),
    (
        keys::EMAIL_NAME_CONFLICT,
        &["email", "name", "other_name", "other_line"],
    ),
    (keys::INTERPRETER_NO_LANGUAGE, &["guardian"]),
    (keys::PHONE_UNUSUAL, &["value", "guardian"]),
    (keys::ROW_EXTRA_FIELDS, &["expected", "found"]),
];

// ---------------------------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------------------------

// The discriminants index PUPIL_FIELD_IDS / GUARDIAN_FIELD_IDS: keep the orders equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PupilField {
    ExternalId,
    FirstName,
    NamePrefix,
    LastName,
    Initials,
    DateOfBirth,
    Gender,
    GroupName,
    Grade,
    SchoolType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GuardianField {
    Name,
    FirstName,
    NamePrefix,
    LastName,
    Email,
    Phone,
    Relationship,
    Authority,
    OwnHousehold,
    Language,
    Interpreter,
}

/// A column's meaning; guardian slots are 0 and 1 (shown to people as 1 and 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Pupil(PupilField),
    Guardian(usize, GuardianField),
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Pupil(f) => PUPIL_FIELD_IDS[f as usize].0,
            Field::Guardian(slot, f) => GUARDIAN_FIELD_IDS[slot.min(1)][f as usize].0,
        }
    }
}

const PUPIL_FIELD_IDS: [(&str, &str); 10] = [
    ("pupil.external_id", "import-field-pupil-external-id"),
    ("pupil.first_name", "import-field-pupil-first-name"),
    ("pupil.name_prefix", "import-field-pupil-name-prefix"),
    ("pupil.last_name", "import-field-pupil-last-name"),
    ("pupil.initials", "import-field-pupil-initials"),
    ("pupil.date_of_birth", "import-field-pupil-date-of-birth"),
    ("pupil.gender", "import-field-pupil-gender"),
    ("pupil.group_name", "import-field-pupil-group-name"),
    ("pupil.grade", "import-field-pupil-grade"),
    ("pupil.school_type", "import-field-pupil-school-type"),
];

const GUARDIAN_FIELD_IDS: [[(&str, &str); 11]; 2] = [
    [
        ("guardian1.name", "import-field-guardian1-name"),
        ("guardian1.first_name", "import-field-guardian1-first-name"),
        (
            "guardian1.name_prefix",
            "import-field-guardian1-name-prefix",
        ),
        ("guardian1.last_name", "import-field-guardian1-last-name"),
        ("guardian1.email", "import-field-guardian1-email"),
        ("guardian1.phone", "import-field-guardian1-phone"),
        (
            "guardian1.relationship",
            "import-field-guardian1-relationship",
        ),
        (
            "guardian1.parental_authority",
            "import-field-guardian1-parental-authority",
        ),
        (
            "guardian1.own_household",
            "import-field-guardian1-own-household",
        ),
        ("guardian1.language", "import-field-guardian1-language"),
        (
            "guardian1.interpreter_needed",
            "import-field-guardian1-interpreter-needed",
        ),
    ],
    [
        ("guardian2.name", "import-field-guardian2-name"),
        ("guardian2.first_name", "import-field-guardian2-first-name"),
        (
            "guardian2.name_prefix",
            "import-field-guardian2-name-prefix",
        ),
        ("guardian2.last_name", "import-field-guardian2-last-name"),
        ("guardian2.email", "import-field-guardian2-email"),
        ("guardian2.phone", "import-field-guardian2-phone"),
        (
            "guardian2.relationship",
            "import-field-guardian2-relationship",
        ),
        (
            "guardian2.parental_authority",
            "import-field-guardian2-parental-authority",
        ),
        (
            "guardian2.own_household",
            "import-field-guardian2-own-household",
        ),
        ("guardian2.language", "import-field-guardian2-language"),
        (
            "guardian2.interpreter_needed",
            "import-field-guardian2-interpreter-needed",
        ),
    ],
];

/// Required columns with the file problem reported when one is missing.
const REQUIRED_COLUMNS: [(PupilField, &str); 5] = [
    (PupilField::ExternalId, keys::MISSING_EXTERNAL_ID),
    (PupilField::LastName, keys::MISSING_LAST_NAME),
    (PupilField::FirstName, keys::MISSING_FIRST_NAME),
    (PupilField::DateOfBirth, keys::MISSING_DATE_OF_BIRTH),
    (PupilField::GroupName, keys::MISSING_GROUP),
];

// ---------------------------------------------------------------------------------------------------------------
// Header recognition
// ---------------------------------------------------------------------------------------------------------------

/// Normalised pupil headers. The number is a rank: when two columns mean the same field, the lower rank wins
/// (so "roepnaam" beats "voornamen", and "leerlingnummer" beats a bare "id").
const PUPIL_HEADERS: &[(&str, PupilField, u8)] = {
    use PupilField::*;
    &[
        ("leerlingnummer", ExternalId, 0),
        ("leerlingnr", ExternalId, 0),
        ("llnr", ExternalId, 0),
        ("llnummer", ExternalId, 0),
        ("leerlingid", ExternalId, 0),
        ("leerlingcode", ExternalId, 0),
        ("stamnummer", ExternalId, 0),
        ("stamnr", ExternalId, 0),
        ("studentnummer", ExternalId, 0),
        ("studentnr", ExternalId, 0),
        ("studentnumber", ExternalId, 0),
        ("studentid", ExternalId, 0),
        ("pupilnumber", ExternalId, 0),
        ("pupilid", ExternalId, 0),
        ("id", ExternalId, 1),
        ("nummer", ExternalId, 1),
        ("nr", ExternalId, 1),
        ("achternaam", LastName, 0),
        ("officieleachternaam", LastName, 0),
        ("geslachtsnaam", LastName, 0),
        ("familienaam", LastName, 0),
        ("lastname", LastName, 0),
        ("surname", LastName, 0),
        ("familyname", LastName, 0),
        ("voorvoegsel", NamePrefix, 0),
        ("voorvoegsels", NamePrefix, 0),
        ("tussenvoegsel", NamePrefix, 0),
        ("tussenvoegsels", NamePrefix, 0),
        ("tussenv", NamePrefix, 0),
        ("voorv", NamePrefix, 0),
        ("prefix", NamePrefix, 0),
        ("nameprefix", NamePrefix, 0),
        ("roepnaam", FirstName, 0),
        ("firstname", FirstName, 0),
        ("voornaam", FirstName, 1),
        ("voornamen", FirstName, 1),
        ("officielevoornamen", FirstName, 1),
        ("givenname", FirstName, 1),
        ("givennames", FirstName, 1),
        ("voorletters", Initials, 0),
        ("initialen", Initials, 0),
        ("initials", Initials, 0),
        ("geboortedatum", DateOfBirth, 0),
        ("gebdatum", DateOfBirth, 0),
        ("gebdat", DateOfBirth, 0),
        ("geboortedat", DateOfBirth, 0),
        ("geborenop", DateOfBirth, 0),
        ("dateofbirth", DateOfBirth, 0),
        ("birthdate", DateOfBirth, 0),
        ("birthday", DateOfBirth, 0),
        ("dob", DateOfBirth, 0),
        ("geslacht", Gender, 0),
        ("gender", Gender, 0),
        ("sex", Gender, 0),
        ("groep", GroupName, 0),
        ("groepsnaam", GroupName, 0),
        ("groepnaam", GroupName, 0),
        ("groepscode", GroupName, 0),
        ("groepcode", GroupName, 0),
        ("stamgroep", GroupName, 0),
        ("basisgroep", GroupName, 0),
        ("klas", GroupName, 0),
        ("klasnaam", GroupName, 0),
        ("klascode", GroupName, 0),
        ("stamklas", GroupName, 0),
        ("group", GroupName, 0),
        ("groupname", GroupName, 0),
        ("class", GroupName, 0),
        ("classname", GroupName, 0),
        ("jaargroep", Grade, 0),
        ("leerjaar", Grade, 0),
        ("groepsniveau", Grade, 0),
        ("jaarlaag", Grade, 0),
        ("grade", Grade, 0),
        ("gradelevel", Grade, 0),
        ("year", Grade, 0),
        ("yeargroup", Grade, 0),
        ("schooltype", SchoolType, 0),
        ("schoolsoort", SchoolType, 0),
        ("onderwijstype", SchoolType, 0),
        ("onderwijssoort", SchoolType, 0),
        ("soortonderwijs", SchoolType, 0),
        ("typeonderwijs", SchoolType, 0),
    ]
};

/// Words that may decorate a pupil header: "Achternaam leerling", "Student last name".
const PUPIL_WORDS: [&str; 5] = ["leerlingen", "leerling", "student", "pupil", "kind"];

/// Words that mark a guardian column. "moeder"/"vader" also imply the slot and the relationship. Where one word
/// ends or starts another ("ouderverzorger" / "verzorger" / "ouder"), the longer one comes first.
const GUARDIAN_WORDS: &[(&str, Option<(usize, &str)>)] = &[
    ("ouderofverzorger", None),
    ("ouderverzorger", None),
    ("parentorguardian", None),
    ("parentguardian", None),
    ("contactpersoon", None),
    ("verzorgende", None),
    ("verzorgster", None),
    ("verzorger", None),
    ("caregiver", None),
    ("guardian", None),
    ("parent", None),
    ("carer", None),
    ("ouder", None),
    ("moeder", Some((0, "mother"))),
    ("mother", Some((0, "mother"))),
    ("vader", Some((1, "father"))),
    ("father", Some((1, "father"))),
];

/// What is left of a guardian header once the guardian word and number are gone. An empty rest ("Ouder 1")
/// is the name.
const GUARDIAN_FIELD_WORDS: &[(&str, GuardianField)] = {
    use GuardianField::*;
    &[
        ("", Name),
        ("naam", Name),
        ("volledigenaam", Name),
        ("name", Name),
        ("fullname", Name),
        ("voornaam", FirstName),
        ("roepnaam", FirstName),
        ("firstname", FirstName),
        ("achternaam", LastName),
        ("lastname", LastName),
        ("surname", LastName),
        ("voorvoegsel", NamePrefix),
        ("voorvoegsels", NamePrefix),
        ("tussenvoegsel", NamePrefix),
        ("tussenvoegsels", NamePrefix),
        ("prefix", NamePrefix),
        ("email", Email),
        ("emailadres", Email),
        ("mail", Email),
        ("mailadres", Email),
        ("emailaddress", Email),
        ("telefoon", Phone),
        ("telefoonnummer", Phone),
        ("tel", Phone),
        ("telnr", Phone),
        ("mobiel", Phone),
        ("mobielnummer", Phone),
        ("mobieltelefoon", Phone),
        ("mobieletelefoon", Phone),
        ("gsm", Phone),
        ("phone", Phone),
        ("phonenumber", Phone),
        ("telephone", Phone),
        ("mobile", Phone),
        ("mobilephone", Phone),
        ("relatie", Relationship),
        ("relatietotleerling", Relationship),
        ("relatietotkind", Relationship),
        ("rol", Relationship),
        ("relationship", Relationship),
        ("relation", Relationship),
        ("role", Relationship),
        ("gezag", Authority),
        ("ouderlijkgezag", Authority),
        ("heeftgezag", Authority),
        ("gezaghebbend", Authority),
        ("parentalauthority", Authority),
        ("authority", Authority),
        ("eigenadres", OwnHousehold),
        ("apartwonend", OwnHousehold),
        ("gescheiden", OwnHousehold),
        ("gescheidenwonend", OwnHousehold),
        ("eigenhuishouden", OwnHousehold),
        ("anderadres", OwnHousehold),
        ("ownhousehold", OwnHousehold),
        ("separatehousehold", OwnHousehold),
        ("livesseparately", OwnHousehold),
        ("taal", Language),
        ("voertaal", Language),
        ("thuistaal", Language),
        ("spreektaal", Language),
        ("language", Language),
        ("homelanguage", Language),
        ("tolk", Interpreter),
        ("tolknodig", Interpreter),
        ("interpreter", Interpreter),
        ("interpreterneeded", Interpreter),
        ("needsinterpreter", Interpreter),
    ]
};

/// Ordinals between the number and the guardian word: "1e ouder", "2de ouder", "1st parent".
const ORDINALS: [&str; 6] = ["", "ste", "de", "e", "st", "nd"];

#[derive(Debug, Clone, Copy)]
struct HeaderMatch {
    field: Field,
    rank: u8,
    /// Relationship implied by a "moeder"/"vader" header.
    implied_relationship: Option<&'static str>,
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
fn normalise_key(text: &str, drop_bracketed: bool) -> String {
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

fn match_header(header: &str) -> Option<HeaderMatch> {
    let full = normalise_key(header, false);
    // Bracketed text is usually a hint ("(dd-mm-jjjj)"), but may hold the slot ("Naam (ouder 1)"): try both.
    match_normalised(&full).or_else(|| {
        let short = normalise_key(header, true);
        if short == full {
            None
        } else {
            match_normalised(&short)
        }
    })
}

fn match_normalised(key: &str) -> Option<HeaderMatch> {
    if key.is_empty() {
        return None;
    }
    let pupil = |(field, rank)| HeaderMatch {
        field: Field::Pupil(field),
        rank,
        implied_relationship: None,
    };
    lookup_pupil(key)
        .map(pupil)
        .or_else(|| match_guardian(key))
        .or_else(|| {
            // "Achternaam leerling", "Leerling roepnaam"
            PUPIL_WORDS.iter().find_map(|w| {
                let rest = key.strip_suffix(w).or_else(|| key.strip_prefix(w))?;
                lookup_pupil(rest).map(pupil)
            })
        })
}

fn lookup_pupil(key: &str) -> Option<(PupilField, u8)> {
    PUPIL_HEADERS
        .iter()
        .find(|(name, _, _)| *name == key)
        .map(|&(_, field, rank)| (field, rank))
}

fn lookup_guardian_field(word: &str) -> Option<GuardianField> {
    GUARDIAN_FIELD_WORDS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, field)| field)
}

/// Guardian headers are a guardian word, an optional number 1 or 2 and a field word, in either order:
/// "Ouder 1 e-mail", "E-mailadres ouder/verzorger 1", "parent1_email", "Naam moeder".
fn match_guardian(key: &str) -> Option<HeaderMatch> {
    let digits: Vec<(usize, char)> = key
        .char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .collect();
    let (number_slot, before, after) = match digits.as_slice() {
        [] => (None, key, ""),
        // The digit is ASCII, so slicing around it stays on char boundaries.
        [(i, '1')] => (Some(0), &key[..*i], &key[i + 1..]),
        [(i, '2')] => (Some(1), &key[..*i], &key[i + 1..]),
        _ => return None,
    };
    for &(word, implied) in GUARDIAN_WORDS {
        // Guardian word before the number: "ouder 1 naam", "naam ouder 1".
        let mut candidates = Vec::new();
        if let Some(rest) = before.strip_suffix(word) {
            candidates.push(format!("{rest}{after}"));
        }
        // Guardian word after the number: "naam 1e ouder".
        for ordinal in ORDINALS {
            if let Some(rest) = after
                .strip_prefix(ordinal)
                .and_then(|a| a.strip_prefix(word))
            {
                candidates.push(format!("{before}{rest}"));
            }
        }
        // No number: "oudernaam" (the suffix case, "naam moeder", is covered above).
        if number_slot.is_none() {
            if let Some(rest) = key.strip_prefix(word) {
                candidates.push(rest.to_string());
            }
        }
        if let Some(field) = candidates.iter().find_map(|c| lookup_guardian_field(c)) {
            let slot = number_slot.or(implied.map(|(slot, _)| slot)).unwrap_or(0);
            return Some(HeaderMatch {
                field: Field::Guardian(slot, field),
                rank: 0,
                implied_relationship: implied.map(|(_, relationship)| relationship),
            });
        }
    }
    None
}

/// Which column holds which field, decided once from the header.
struct Layout {
    headers: Vec<String>,
    cols: HashMap<Field, usize>,
    implied_relationship: [Option<&'static str>; 2],
}

impl Layout {
    fn from_headers(headers: Vec<String>) -> (Layout, Vec<ColumnInfo>, Vec<Problem>) {
        let matches: Vec<Option<HeaderMatch>> = headers.iter().map(|h| match_header(h)).collect();
        let rank_of = |i: usize| matches[i].map_or(u8::MAX, |m| m.rank);

        // Per field the lowest rank wins, then the leftmost column.
        let mut cols: HashMap<Field, usize> = HashMap::new();
        for (i, m) in matches.iter().enumerate() {
            if let Some(m) = m {
                match cols.get(&m.field) {
                    Some(&j) if rank_of(j) <= m.rank => {}
                    _ => {
                        cols.insert(m.field, i);
                    }
                }
            }
        }

        let mut columns = Vec::with_capacity(headers.len());
        let mut problems = Vec::new();
        let mut implied_relationship = [None, None];
        for (i, (header, m)) in headers.iter().zip(&matches).enumerate() {
            let mut field = None;
            if let Some(m) = m {
                match cols.get(&m.field) {
                    Some(&chosen) if chosen == i => {
                        field = Some(m.field.id());
                        if let (Field::Guardian(slot, _), Some(r)) =
                            (m.field, m.implied_relationship)
                        {
                            implied_relationship[slot.min(1)] = Some(r);
                        }
                    }
                    // Two columns of equal standing for one field: say which one is used.
                    Some(&chosen) if rank_of(chosen) == m.rank => problems.push(
                        Problem::warning(keys::COLUMN_DUPLICATE)
                            .with("column", header)
                            .with("first", &headers[chosen])
                            .on(m.field),
                    ),
                    _ => {}
                }
            }
            columns.push(ColumnInfo {
                header: header.clone(),
                field,
            });
        }
        (
            Layout {
                headers,
                cols,
                implied_relationship,
            },
            columns,
            problems,
        )
    }

    fn has(&self, field: Field) -> bool {
        self.cols.contains_key(&field)
    }

    fn has_any_guardian(&self) -> bool {
        self.cols.keys().any(|f| matches!(f, Field::Guardian(..)))
    }

    fn header(&self, field: Field) -> &str {
        self.cols
            .get(&field)
            .and_then(|&i| self.headers.get(i))
            .map_or("", String::as_str)
    }

    /// The cleaned cell for a field; "" when the column is absent or the row is short.
    fn cell<'r>(&self, record: &'r StringRecord, field: Field) -> &'r str {
        self.cols
            .get(&field)
            .and_then(|&i| record.get(i))
            .map_or("", clean_cell)
    }
}

fn clean_cell(raw: &str) -> &str {
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

// ---------------------------------------------------------------------------------------------------------------
// Decoding and separator
// ---------------------------------------------------------------------------------------------------------------

/// UTF-8 (with or without BOM) when valid, otherwise Windows-1252, which is what Dutch Excel writes.
/// A UTF-16 BOM (Excel's "Unicode text") is honoured too.
fn decode(bytes: &[u8]) -> (String, &'static str) {
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
fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Excel understands a first line "sep=;"; honour it and skip it. Returns the rest, the lines skipped and
/// the separator named.
fn strip_sep_line(text: &str) -> (&str, usize, Option<char>) {
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
fn detect_separator(text: &str) -> char {
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

// ---------------------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------------------

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
    let line_of =
        |position: Option<&csv::Position>| position.map_or(0, |p| p.line() as usize) + line_offset;

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => {
            outcome
                .file_problems
                .push(Problem::error(keys::FILE_UNREADABLE).with("line", line_of(e.position())));
            return outcome;
        }
        None => {
            outcome.file_problems.push(Problem::error(keys::FILE_EMPTY));
            return outcome;
        }
    };
    let headers: Vec<String> = header.iter().map(|h| clean_cell(h).to_string()).collect();
    let (layout, columns, column_problems) = Layout::from_headers(headers);
    outcome.columns = columns;
    outcome.file_problems.extend(column_problems);

    // Without the required columns every row would be an error: report the columns and stop.
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
        return outcome;
    }
    if !layout.has_any_guardian() {
        outcome
            .file_problems
            .push(Problem::warning(keys::NO_GUARDIAN_COLUMNS));
    }

    let mut seen = Seen::default();
    let mut data_rows = 0usize;
    for result in records {
        let record = match result {
            Ok(record) => record,
            Err(e) => {
                outcome.file_problems.push(
                    Problem::error(keys::FILE_UNREADABLE).with("line", line_of(e.position())),
                );
                break;
            }
        };
        // Excel leaves rows of bare separators below the data; they are not pupils.
        if record.iter().all(|f| clean_cell(f).is_empty()) {
            continue;
        }
        data_rows += 1;
        // Past the limit only count, so the message can say how many rows there are.
        if data_rows <= MAX_ROWS {
            let line = line_of(record.position());
            outcome
                .rows
                .push(check_row(&record, line, &layout, today, &mut seen));
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
    outcome
}

/// What earlier rows contained, for the checks across rows.
#[derive(Default)]
struct Seen {
    /// Uppercased leerlingnummer → line of its first occurrence.
    ids: HashMap<String, usize>,
    /// Guardian e-mail → (comparable name, name as written, line) of its first occurrence.
    emails: HashMap<String, (String, String, usize)>,
}

fn check_row(
    record: &StringRecord,
    line: usize,
    layout: &Layout,
    today: Date,
    seen: &mut Seen,
) -> ImportRow {
    let mut problems = Vec::new();
    let cell = |f: PupilField| layout.cell(record, Field::Pupil(f));

    // More filled cells than headers usually means an unquoted separator inside a value has shifted the row.
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

    let external_id = cell(PupilField::ExternalId).to_string();
    let id_field = Field::Pupil(PupilField::ExternalId);
    if external_id.is_empty() {
        problems.push(required(layout, id_field));
    } else {
        if !external_id.chars().all(|c| c.is_ascii_alphanumeric()) {
            problems.push(
                Problem::error(keys::ID_INVALID)
                    .with("value", &external_id)
                    .on(id_field),
            );
        }
        check_length(&external_id, MAX_ID_LEN, layout, id_field, &mut problems);
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
    }

    let first_name = required_text(
        cell(PupilField::FirstName),
        MAX_NAME_LEN,
        layout,
        PupilField::FirstName,
        &mut problems,
    );
    let last_name = required_text(
        cell(PupilField::LastName),
        MAX_NAME_LEN,
        layout,
        PupilField::LastName,
        &mut problems,
    );
    let group_name = required_text(
        cell(PupilField::GroupName),
        MAX_GROUP_LEN,
        layout,
        PupilField::GroupName,
        &mut problems,
    );
    let name_prefix = collapse_spaces(cell(PupilField::NamePrefix));
    check_length(
        &name_prefix,
        MAX_NAME_LEN,
        layout,
        Field::Pupil(PupilField::NamePrefix),
        &mut problems,
    );
    let initials = collapse_spaces(cell(PupilField::Initials));
    check_length(
        &initials,
        MAX_NAME_LEN,
        layout,
        Field::Pupil(PupilField::Initials),
        &mut problems,
    );
    let gender = cell(PupilField::Gender).to_string();

    let date_of_birth =
        check_date_of_birth(cell(PupilField::DateOfBirth), today, layout, &mut problems);

    let grade_field = Field::Pupil(PupilField::Grade);
    let grade = match cell(PupilField::Grade) {
        "" => grade_from_group(&group_name),
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
    };

    let school_type = match cell(PupilField::SchoolType) {
        "" => None,
        raw => match parse_school_type(raw) {
            Some(code) => Some(code.to_string()),
            None => {
                problems.push(
                    Problem::error(keys::SCHOOL_TYPE_INVALID)
                        .with("value", raw)
                        .on(Field::Pupil(PupilField::SchoolType)),
                );
                None
            }
        },
    };

    let guardians: Vec<GuardianData> = (0..2)
        .filter_map(|slot| read_guardian(slot, record, layout, &mut problems))
        .collect();
    if guardians.is_empty() {
        problems.push(Problem::warning(keys::NO_GUARDIAN));
    }
    check_shared_emails(&guardians, line, seen, &mut problems);

    ImportRow {
        line,
        pupil: PupilData {
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
        },
        guardians,
        problems,
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

fn check_length(
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

fn collapse_spaces(value: &str) -> String {
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
fn grade_from_group(group: &str) -> Option<i64> {
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

fn parse_school_type(raw: &str) -> Option<&'static str> {
    Some(match normalise_key(raw, true).as_str() {
        "po" | "bao" | "basisonderwijs" | "primaironderwijs" | "sbo" | "speciaalbasisonderwijs" => {
            "po"
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
        | "praktijkonderwijs" => "vo",
        "so" | "speciaalonderwijs" => "so",
        "vso" | "voortgezetspeciaalonderwijs" => "vso",
        "mbo" | "middelbaarberoepsonderwijs" => "mbo",
        _ => return None,
    })
}

/// ja/nee and the usual spellings; `None` for anything else (including empty).
fn parse_yes_no(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "1" | "waar" | "true" | "x" | "wel" => Some(true),
        "nee" | "n" | "no" | "0" | "onwaar" | "false" | "niet" => Some(false),
        _ => None,
    }
}

fn parse_relationship(raw: &str) -> Option<&'static str> {
    Some(match normalise_key(raw, true).as_str() {
        "moeder" | "mother" | "mama" | "mam" | "mum" | "mom" | "biologischemoeder" => "mother",
        "vader" | "father" | "papa" | "pap" | "dad" | "biologischevader" => "father",
        "verzorger" | "verzorgster" | "ouderverzorger" | "ouder" | "parent" | "carer"
        | "caregiver" | "guardian" | "stiefmoeder" | "stiefvader" | "stiefouder" | "stepmother"
        | "stepfather" | "stepparent" => "carer",
        "pleegouder" | "pleegmoeder" | "pleegvader" | "pleegzorg" | "foster" | "fosterparent"
        | "fostermother" | "fosterfather" => "foster",
        "grootouder" | "grootmoeder" | "grootvader" | "oma" | "opa" | "grandparent"
        | "grandmother" | "grandfather" | "grandma" | "grandpa" => "grandparent",
        "anders" | "overig" | "overige" | "other" | "voogd" | "tante" | "oom" | "broer" | "zus"
        | "aunt" | "uncle" | "brother" | "sister" => "other",
        _ => return None,
    })
}

fn read_guardian(
    slot: usize,
    record: &StringRecord,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) -> Option<GuardianData> {
    use GuardianField as G;
    let field = |f: GuardianField| Field::Guardian(slot, f);
    let cell = |f: GuardianField| layout.cell(record, field(f));
    let number = slot + 1;

    // Some exports split the name into parts; join them when there is no full name.
    let mut name = collapse_spaces(cell(G::Name));
    if name.is_empty() {
        name = collapse_spaces(
            &[cell(G::FirstName), cell(G::NamePrefix), cell(G::LastName)].join(" "),
        );
    }
    let raw_email = cell(G::Email);
    let phone = cell(G::Phone);
    // Only a name, e-mail or phone makes a guardian; a lone "ja" under "gezag" is a template default.
    if name.is_empty() && raw_email.is_empty() && phone.is_empty() {
        return None;
    }

    if name.is_empty() {
        problems.push(
            Problem::error(keys::GUARDIAN_NO_NAME)
                .with("guardian", number)
                .on(field(G::Name)),
        );
    }
    check_length(&name, MAX_NAME_LEN, layout, field(G::Name), problems);

    let email = match clean_email(raw_email) {
        email if email.is_empty() => {
            if !name.is_empty() {
                problems.push(
                    Problem::warning(keys::GUARDIAN_NO_EMAIL)
                        .with("guardian", number)
                        .with("name", &name)
                        .on(field(G::Email)),
                );
            }
            None
        }
        email => {
            if !looks_like_email(&email) {
                problems.push(
                    Problem::error(keys::EMAIL_INVALID)
                        .with("value", raw_email)
                        .with("guardian", number)
                        .on(field(G::Email)),
                );
            }
            Some(email)
        }
    };

    let phone = (!phone.is_empty()).then(|| {
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if digits < 6 || phone.chars().any(char::is_alphabetic) {
            problems.push(
                Problem::warning(keys::PHONE_UNUSUAL)
                    .with("value", phone)
                    .with("guardian", number)
                    .on(field(G::Phone)),
            );
        }
        phone.to_string()
    });

    let relationship = match cell(G::Relationship) {
        "" => layout.implied_relationship[slot.min(1)].unwrap_or("carer"),
        raw => parse_relationship(raw).unwrap_or_else(|| {
            problems.push(
                Problem::warning(keys::RELATIONSHIP_UNKNOWN)
                    .with("value", raw)
                    .with("guardian", number)
                    .on(field(G::Relationship)),
            );
            "other"
        }),
    };

    let mut yes_no = |f: GuardianField, default: bool| {
        let raw = cell(f);
        if raw.is_empty() {
            return default;
        }
        parse_yes_no(raw).unwrap_or_else(|| {
            problems.push(
                Problem::error(keys::YES_NO_INVALID)
                    .with("value", raw)
                    .with("column", layout.header(field(f)))
                    .on(field(f)),
            );
            default
        })
    };
    let parental_authority = yes_no(G::Authority, true);
    let own_household = yes_no(G::OwnHousehold, false);
    let interpreter_needed = yes_no(G::Interpreter, false);

    let language = collapse_spaces(cell(G::Language)).to_lowercase();
    check_length(
        &language,
        MAX_LANGUAGE_LEN,
        layout,
        field(G::Language),
        problems,
    );
    if interpreter_needed && language.is_empty() {
        problems.push(
            Problem::warning(keys::INTERPRETER_NO_LANGUAGE)
                .with("guardian", number)
                .on(field(G::Language)),
        );
    }

    Some(GuardianData {
        slot: if slot == 0 { 1 } else { 2 },
        name,
        email,
        phone,
        relationship,
        parental_authority,
        own_household,
        language: (!language.is_empty()).then_some(language),
        interpreter_needed,
    })
}

fn clean_email(raw: &str) -> String {
    let trimmed = raw.trim();
    // Copied from a mail program, addresses sometimes keep their "mailto:".
    let without_scheme = match trimmed.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => trimmed.get(7..).unwrap_or(""),
        _ => trimmed,
    };
    without_scheme.trim().to_lowercase()
}

/// One @, something before it, a dot inside the domain, no spaces or list separators.
fn looks_like_email(email: &str) -> bool {
    if email.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, ',' | ';' | '<' | '>' | '"' | '(' | ')')
    }) {
        return false;
    }
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Siblings share guardians with the same e-mail and name: fine. The same e-mail under another name is worth a
/// look, because invitations go to the address.
fn check_shared_emails(
    guardians: &[GuardianData],
    line: usize,
    seen: &mut Seen,
    problems: &mut Vec<Problem>,
) {
    for guardian in guardians {
        let Some(email) = guardian.email.as_deref().filter(|e| looks_like_email(e)) else {
            continue;
        };
        if guardian.name.is_empty() {
            continue;
        }
        let comparable = normalise_key(&guardian.name, false);
        match seen.emails.get(email) {
            Some((other, other_name, other_line)) if *other != comparable => problems.push(
                Problem::warning(keys::EMAIL_NAME_CONFLICT)
                    .with("email", email)
                    .with("name", &guardian.name)
                    .with("other_name", other_name)
                    .with("other_line", other_line)
                    .on(Field::Guardian(
                        usize::from(guardian.slot.saturating_sub(1)),
                        GuardianField::Email,
                    )),
            ),
            Some(_) => {}
            None => {
                seen.emails
                    .insert(email.to_string(), (comparable, guardian.name.clone(), line));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use time::macros::date;

    const TODAY: Date = date!(2025 - 09 - 01);
    const NL_FTL: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/nl/import.ftl"
    ));
    const EN_FTL: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en/import.ftl"
    ));
    const SAMPLE: &[u8] = include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/sample-import.csv"
    ));

    const HEADER: &str =
        "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail";

    /// Parses and checks that every problem uses a declared key with declared variables and the right severity.
    fn parse(bytes: &[u8]) -> ParseOutcome {
        let outcome = parse_import(bytes, TODAY);
        for p in outcome
            .file_problems
            .iter()
            .chain(outcome.rows.iter().flat_map(|r| &r.problems))
        {
            let (_, declared) = PROBLEM_MESSAGES
                .iter()
                .find(|(k, _)| *k == p.key)
                .unwrap_or_else(|| panic!("undeclared problem key {}", p.key));
            for (name, _) in &p.args {
                assert!(
                    declared.contains(name),
                    "{} gets undeclared variable {name}",
                    p.key
                );
            }
            let expected = if p.key.starts_with("import-err-") {
                Severity::Error
            } else {
                Severity::Warning
            };
            assert_eq!(p.severity, expected, "{}", p.key);
            if let Some(field) = p.field {
                assert!(field_message_id(field).is_some(), "unknown field {field}");
            }
        }
        outcome
    }

    fn parse_str(text: &str) -> ParseOutcome {
        parse(text.as_bytes())
    }

    fn keys_of(problems: &[Problem]) -> Vec<&'static str> {
        problems.iter().map(|p| p.key).collect()
    }

    fn row_keys(outcome: &ParseOutcome, index: usize) -> Vec<&'static str> {
        keys_of(&outcome.rows[index].problems)
    }

    /// Fluent message ids with the variables each uses (a small reader, enough for our own files).
    fn ftl_messages(src: &str) -> HashMap<String, BTreeSet<String>> {
        let mut messages = HashMap::new();
        let mut current: Option<String> = None;
        for line in src.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                let (id, _) = line
                    .split_once('=')
                    .unwrap_or_else(|| panic!("not a message: {line}"));
                let id = id.trim().to_string();
                assert!(
                    id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "odd message id {id}"
                );
                assert!(
                    messages.insert(id.clone(), BTreeSet::new()).is_none(),
                    "duplicate message id {id}"
                );
                current = Some(id);
            }
            let id = current
                .as_ref()
                .expect("continuation line before any message");
            let vars = messages.get_mut(id).expect("current message exists");
            for part in line.split('$').skip(1) {
                let var: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                vars.insert(var);
            }
        }
        messages
    }

    #[test]
    fn fluent_files_cover_every_message_in_both_languages() {
        let nl = ftl_messages(NL_FTL);
        let en = ftl_messages(EN_FTL);
        let nl_ids: BTreeSet<_> = nl.keys().collect();
        let en_ids: BTreeSet<_> = en.keys().collect();
        assert_eq!(nl_ids, en_ids, "nl and en must have the same message ids");

        let mut expected: Vec<&str> = PROBLEM_MESSAGES.iter().map(|(k, _)| *k).collect();
        expected.extend(fields().map(|(_, message)| message));
        expected.extend(
            RELATIONSHIPS
                .iter()
                .map(|code| relationship_message_id(code)),
        );
        expected.extend([Severity::Error.message_id(), Severity::Warning.message_id()]);
        for id in &expected {
            assert!(nl.contains_key(*id), "nl misses {id}");
            assert!(en.contains_key(*id), "en misses {id}");
        }
        for id in nl.keys() {
            assert!(
                id.starts_with("import-") || id.starts_with("relationship-"),
                "{id}"
            );
        }
        for (key, declared) in PROBLEM_MESSAGES {
            for (lang, messages) in [("nl", &nl), ("en", &en)] {
                for var in &messages[*key] {
                    assert!(
                        declared.contains(&var.as_str()),
                        "{lang} {key} uses ${var}, which the parser never passes"
                    );
                }
            }
        }
        // Each field id is unique, and maps back to itself.
        let ids: BTreeSet<_> = fields().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), 10 + 22);
        for f in [PupilField::ExternalId, PupilField::SchoolType] {
            assert!(field_message_id(Field::Pupil(f).id()).is_some());
        }
        assert_eq!(
            Field::Guardian(1, GuardianField::Interpreter).id(),
            "guardian2.interpreter_needed"
        );
        assert_eq!(
            Field::Pupil(PupilField::SchoolType).id(),
            "pupil.school_type"
        );
    }

    #[test]
    fn semicolon_with_utf8_bom() {
        let text = format!(
            "\u{feff}{HEADER}\r\n1001;Özdemir;Daniëlle;03-09-2016;5B;Ayşe Özdemir;Ayse@Example.org\r\n"
        );
        let out = parse_str(&text);
        assert_eq!(out.encoding, "UTF-8");
        assert_eq!(out.separator, ';');
        assert_eq!(
            out.columns[0].header, "leerlingnummer",
            "BOM must not stick to the first header"
        );
        assert_eq!(out.columns[0].field, Some("pupil.external_id"));
        assert!(out.file_problems.is_empty(), "{:?}", out.file_problems);
        let row = &out.rows[0];
        assert_eq!(row.line, 2);
        assert_eq!(row.pupil.last_name, "Özdemir");
        assert_eq!(row.pupil.first_name, "Daniëlle");
        assert_eq!(row.pupil.date_of_birth, Some(date!(2016 - 09 - 03)));
        assert_eq!(row.pupil.grade, Some(5));
        assert_eq!(row.guardians[0].email.as_deref(), Some("ayse@example.org"));
        assert!(row.problems.is_empty(), "{:?}", row.problems);
        assert!(out.can_import());
    }

    #[test]
    fn comma_separated() {
        let out = parse_str(
            "leerlingnummer,achternaam,roepnaam,geboortedatum,groep,ouder 1 naam\n1,Jansen,Piet,1-2-2015,7,Anna Jansen\n",
        );
        assert_eq!(out.separator, ',');
        assert_eq!(out.rows[0].pupil.last_name, "Jansen");
        assert_eq!(out.rows[0].guardians[0].name, "Anna Jansen");
        assert!(out.can_import(), "{:?}", out);
    }

    #[test]
    fn tab_separated_and_lone_carriage_returns() {
        let out = parse_str("leerlingnummer\tachternaam\troepnaam\tgeboortedatum\tgroep\r1\tJansen\tPiet\t01-02-2015\t7\r");
        assert_eq!(out.separator, '\t');
        assert_eq!(out.rows.len(), 1);
        assert_eq!(out.rows[0].line, 2);
        assert_eq!(out.rows[0].pupil.first_name, "Piet");
        assert_eq!(keys_of(&out.file_problems), [keys::NO_GUARDIAN_COLUMNS]);
        assert_eq!(row_keys(&out, 0), [keys::NO_GUARDIAN]);
        assert!(out.can_import(), "warnings do not block");
    }

    #[test]
    fn windows_1252_bytes_decode() {
        let text = format!(
            "{HEADER}\r\n1001;Özdemir;Daniëlle;03-09-2016;5B;Jürgen Müller;j@example.org\r\n"
        );
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        assert!(!unmappable);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "test data must not be valid UTF-8"
        );
        let out = parse(&bytes);
        assert_eq!(out.encoding, "Windows-1252");
        assert_eq!(out.rows[0].pupil.last_name, "Özdemir");
        assert_eq!(out.rows[0].pupil.first_name, "Daniëlle");
        assert_eq!(out.rows[0].guardians[0].name, "Jürgen Müller");
        assert!(out.can_import());
    }

    #[test]
    fn utf16_from_excel_unicode_text() {
        let text = "leerlingnummer\tachternaam\troepnaam\tgeboortedatum\tgroep\r\n1\tÖzdemir\tEmre\t01-02-2015\t7\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let out = parse(&bytes);
        assert_eq!(out.encoding, "UTF-16LE");
        assert_eq!(out.rows[0].pupil.last_name, "Özdemir");
    }

    #[test]
    fn quoted_fields_with_separators_and_newlines() {
        let text = format!(
            "{HEADER};opmerking\n\
             1;\"Vries; de\";\"Jan\";01-02-2015;\"7\";\"Anna\";a@example.org;\"regel een\nregel twee\"\n\
             2;Bakker;Sem;01-02-2015;7;Bo;b@example.org;\n"
        );
        let out = parse_str(&text);
        assert_eq!(out.separator, ';');
        assert_eq!(out.rows.len(), 2);
        assert_eq!(out.rows[0].pupil.last_name, "Vries; de");
        assert_eq!(out.rows[0].line, 2);
        assert_eq!(
            out.rows[1].line, 4,
            "the quoted newline makes row 2 start on physical line 4"
        );
        assert_eq!(out.columns[7].field, None, "unknown column is ignored");
        assert_eq!(out.ignored_columns().count(), 1);
        assert!(out.can_import(), "{:?}", out);
    }

    fn row_with_date(date: &str) -> ParseOutcome {
        parse_str(&format!(
            "{HEADER}\n1;Jansen;Piet;{date};7;Anna;a@example.org\n"
        ))
    }

    #[test]
    fn bad_future_and_out_of_range_dates() {
        let out = row_with_date("31-02-2015");
        assert_eq!(row_keys(&out, 0), [keys::DATE_INVALID]);
        assert_eq!(out.rows[0].problems[0].arg("value"), Some("31-02-2015"));
        assert_eq!(out.rows[0].problems[0].field, Some("pupil.date_of_birth"));
        assert!(!out.can_import());

        assert_eq!(
            row_keys(&row_with_date("02-09-2025"), 0),
            [keys::DATE_FUTURE]
        );
        assert_eq!(
            row_keys(&row_with_date("01-06-2024"), 0),
            [keys::DATE_TOO_YOUNG]
        );
        assert_eq!(
            row_keys(&row_with_date("31-08-1999"), 0),
            [keys::DATE_TOO_OLD]
        );
        // Boundaries: exactly 2 and exactly 25 today are fine.
        assert!(row_with_date("01-09-2023").can_import());
        assert!(row_with_date("01-09-2000").can_import());
        assert_eq!(row_keys(&row_with_date(""), 0), [keys::REQUIRED]);
    }

    #[test]
    fn missing_required_column_names_it_and_lists_found_columns() {
        let out = parse_str("Leerlingnummer;Achternaam;Voornaam;Klas;Ouder 1 e-mail\n1;Jansen;Piet;7;a@example.org\n");
        assert_eq!(keys_of(&out.file_problems), [keys::MISSING_DATE_OF_BIRTH]);
        assert_eq!(
            out.file_problems[0].arg("found"),
            Some("Leerlingnummer, Achternaam, Voornaam, Klas, Ouder 1 e-mail")
        );
        assert!(out.rows.is_empty());
        assert!(!out.can_import());
        assert_eq!(out.error_count(), 1);
    }

    #[test]
    fn empty_header_only_and_too_many_rows() {
        for empty in [&b""[..], b"   \r\n\r\n", b"\xEF\xBB\xBF", b";;;\n"] {
            let out = parse(empty);
            assert!(!out.can_import());
            assert!(out.rows.is_empty());
        }
        assert_eq!(keys_of(&parse(b"").file_problems), [keys::FILE_EMPTY]);
        let out = parse_str(&format!("{HEADER}\n;;;;;;\n\n"));
        assert_eq!(keys_of(&out.file_problems), [keys::FILE_NO_ROWS]);

        let mut text = String::from(HEADER);
        for i in 0..=MAX_ROWS {
            text.push_str(&format!(
                "\n{i};Jansen;Piet;01-02-2015;7;Anna;a@example.org"
            ));
        }
        let out = parse_str(&text);
        assert_eq!(keys_of(&out.file_problems), [keys::FILE_TOO_MANY_ROWS]);
        assert_eq!(out.file_problems[0].arg("count"), Some("20001"));
        assert_eq!(out.rows.len(), MAX_ROWS);
        assert!(!out.can_import());
    }

    #[test]
    fn duplicate_leerlingnummer_names_the_first_line() {
        let out = parse_str(&format!(
            "{HEADER}\n1001;Jansen;Piet;01-02-2015;7;Anna;a@example.org\n1002;Bakker;Sem;01-02-2015;7;Bo;b@example.org\n\
             1001;Smit;Lotte;01-02-2015;7;Eva;e@example.org\n"
        ));
        assert!(out.rows[0].problems.is_empty());
        assert_eq!(row_keys(&out, 2), [keys::ID_DUPLICATE]);
        assert_eq!(out.rows[2].problems[0].arg("first_line"), Some("2"));
        assert_eq!(out.rows[2].problems[0].arg("value"), Some("1001"));
    }

    #[test]
    fn leerlingnummer_checks() {
        let out = parse_str(&format!(
            "{HEADER}\n12 34;Jansen;Piet;01-02-2015;7;Anna;a@example.org\n123456789012345678901;Bakker;Sem;01-02-2015;7;Bo;b@example.org\n\
             =\"00123\";Smit;Lotte;01-02-2015;7;Eva;e@example.org\n;Visser;Tim;01-02-2015;7;Eva;e@example.org\n"
        ));
        assert_eq!(row_keys(&out, 0), [keys::ID_INVALID]);
        assert_eq!(row_keys(&out, 1), [keys::TOO_LONG]);
        assert_eq!(
            out.rows[1].problems[0].arg("column"),
            Some("leerlingnummer")
        );
        assert!(
            out.rows[2].problems.is_empty(),
            "Excel's =\"…\" wrapper is unwrapped"
        );
        assert_eq!(out.rows[2].pupil.external_id, "00123");
        assert_eq!(row_keys(&out, 3), [keys::REQUIRED]);
    }

    #[test]
    fn names_and_group_are_required_and_bounded() {
        let long = "x".repeat(101);
        let out = parse_str(&format!(
            "{HEADER}\n1;;{long};01-02-2015;;Anna;a@example.org\n"
        ));
        assert_eq!(
            row_keys(&out, 0),
            [keys::TOO_LONG, keys::REQUIRED, keys::REQUIRED]
        );
        let columns: Vec<_> = out.rows[0]
            .problems
            .iter()
            .filter_map(|p| p.arg("column"))
            .collect();
        assert_eq!(columns, ["roepnaam", "achternaam", "groep"]);
        let out = parse_str(&format!(
            "{HEADER}\n1;Jansen;Piet;01-02-2015;{};Anna;a@example.org\n",
            "g".repeat(41)
        ));
        assert_eq!(row_keys(&out, 0), [keys::TOO_LONG]);
        assert_eq!(out.rows[0].problems[0].arg("max"), Some("40"));
    }

    #[test]
    fn bad_email_and_email_cleanup() {
        let cases = [
            ("anna@example.org", None),
            ("  Anna.Jansen@Example.ORG ", None),
            ("mailto:anna@example.org", None),
            ("anna@example", Some("anna@example")),
            ("anna example.org", Some("anna example.org")),
            ("anna@@example.org", Some("anna@@example.org")),
            (
                "a@example.org, b@example.org",
                Some("a@example.org, b@example.org"),
            ),
            ("@example.org", Some("@example.org")),
            ("anna@.org", Some("anna@.org")),
        ];
        for (email, bad) in cases {
            let out = parse_str(&format!(
                "{HEADER}\n1;Jansen;Piet;01-02-2015;7;Anna;{email}\n"
            ));
            let problems = &out.rows[0].problems;
            match bad {
                None => {
                    assert!(problems.is_empty(), "{email}: {problems:?}");
                    let stored = out.rows[0].guardians[0]
                        .email
                        .as_deref()
                        .unwrap_or_default();
                    assert_eq!(stored, stored.to_lowercase());
                    assert!(!stored.starts_with("mailto") && !stored.contains(' '));
                }
                Some(value) => {
                    assert_eq!(keys_of(problems), [keys::EMAIL_INVALID], "{email}");
                    assert_eq!(problems[0].arg("value"), Some(value));
                    assert_eq!(problems[0].arg("guardian"), Some("1"));
                    assert_eq!(problems[0].field, Some("guardian1.email"));
                }
            }
        }
    }

    #[test]
    fn guardian_with_phone_but_no_name() {
        let out = parse_str(
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail;ouder 2 naam;ouder 2 telefoon\n\
             1;Jansen;Piet;01-02-2015;7;Anna;a@example.org;;06-12345678\n",
        );
        assert_eq!(row_keys(&out, 0), [keys::GUARDIAN_NO_NAME]);
        assert_eq!(out.rows[0].problems[0].arg("guardian"), Some("2"));
        assert_eq!(out.rows[0].guardians.len(), 2);
        assert_eq!(out.rows[0].guardians[1].slot, 2);
        assert!(!out.can_import());
    }

    #[test]
    fn guardian_without_name_email_or_phone_is_absent() {
        let out = parse_str(
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail;ouder 2 naam;ouder 2 gezag\n\
             1;Jansen;Piet;01-02-2015;7;;;;ja\n",
        );
        assert!(out.rows[0].guardians.is_empty());
        assert_eq!(row_keys(&out, 0), [keys::NO_GUARDIAN]);
        assert_eq!(out.warning_count(), 1);
        assert!(out.can_import());
    }

    #[test]
    fn siblings_sharing_a_guardian_do_not_warn() {
        let out = parse_str(&format!(
            "{HEADER};ouder 2 naam;ouder 2 e-mail\n\
             1;de Vries;Noor;01-02-2015;7;Eva de Vries;eva@example.org;Tom de Vries;tom@example.org\n\
             2;de Vries;Finn;01-02-2017;5;eva  de vries;EVA@example.org;Tom de Vries;tom@example.org\n"
        ));
        assert!(
            out.rows.iter().all(|r| r.problems.is_empty()),
            "{:?}",
            out.rows
        );
        assert_eq!(out.warning_count(), 0);
    }

    #[test]
    fn same_email_with_another_name_warns() {
        let out = parse_str(&format!(
            "{HEADER}\n1;Jansen;Piet;01-02-2015;7;Anna Jansen;ouders@example.org\n2;Bakker;Sem;01-02-2015;7;Bo Bakker;ouders@example.org\n"
        ));
        assert!(out.rows[0].problems.is_empty());
        assert_eq!(row_keys(&out, 1), [keys::EMAIL_NAME_CONFLICT]);
        let p = &out.rows[1].problems[0];
        assert_eq!(p.arg("other_name"), Some("Anna Jansen"));
        assert_eq!(p.arg("other_line"), Some("2"));
        assert_eq!(p.arg("name"), Some("Bo Bakker"));
        assert!(out.can_import(), "a warning, not an error");
    }

    #[test]
    fn grade_from_column_or_group_name() {
        assert_eq!(grade_from_group("7B"), Some(7));
        assert_eq!(grade_from_group("groep 1/2a"), Some(1));
        assert_eq!(grade_from_group("1/2a"), Some(1));
        assert_eq!(grade_from_group("Groep 8"), Some(8));
        assert_eq!(grade_from_group("gr. 4"), Some(4));
        assert_eq!(grade_from_group("H3A"), None);
        assert_eq!(grade_from_group("Kikkers"), None);
        assert_eq!(grade_from_group("15a"), None);
        assert_eq!(grade_from_group("123"), None);

        let text = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;jaargroep\n\
                    1;A;B;01-02-2015;7B;\n2;A;B;01-02-2019;groep 1/2a;\n3;A;B;01-02-2015;Kikkers;6\n4;A;B;01-02-2015;7B;zeven\n5;A;B;01-02-2015;7B;15\n";
        let out = parse_str(text);
        let grades: Vec<_> = out.rows.iter().map(|r| r.pupil.grade).collect();
        assert_eq!(grades, [Some(7), Some(1), Some(6), None, None]);
        assert!(row_keys(&out, 3).contains(&keys::GRADE_INVALID));
        assert_eq!(
            out.rows[4]
                .problems
                .iter()
                .find(|p| p.key == keys::GRADE_INVALID)
                .and_then(|p| p.arg("column")),
            Some("jaargroep")
        );
    }

    #[test]
    fn parnassys_like_header() {
        let header = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Voornamen;Voorletters;Geb. datum;Geslacht;Groepsnaam;Groepsniveau;Schooltype;\
                      Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1;Telefoon ouder/verzorger 1;Relatie ouder/verzorger 1;\
                      Ouderlijk gezag ouder/verzorger 1;Eigen adres ouder/verzorger 1;Taal ouder/verzorger 1;Tolk nodig ouder/verzorger 1;\
                      Verzorger2 naam;Email verzorger 2;Mobiel ouder 2;Rol ouder 2;Gezag ouder 2;Apart wonend ouder 2;Voertaal ouder 2;Tolk ouder 2;Adres";
        let out = parse_str(&format!("{header}\n"));
        let fields: Vec<_> = out.columns.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                Some("pupil.external_id"),
                Some("pupil.last_name"),
                Some("pupil.name_prefix"),
                Some("pupil.first_name"),
                None, // roepnaam wins over voornamen
                Some("pupil.initials"),
                Some("pupil.date_of_birth"),
                Some("pupil.gender"),
                Some("pupil.group_name"),
                Some("pupil.grade"),
                Some("pupil.school_type"),
                Some("guardian1.name"),
                Some("guardian1.email"),
                Some("guardian1.phone"),
                Some("guardian1.relationship"),
                Some("guardian1.parental_authority"),
                Some("guardian1.own_household"),
                Some("guardian1.language"),
                Some("guardian1.interpreter_needed"),
                Some("guardian2.name"),
                Some("guardian2.email"),
                Some("guardian2.phone"),
                Some("guardian2.relationship"),
                Some("guardian2.parental_authority"),
                Some("guardian2.own_household"),
                Some("guardian2.language"),
                Some("guardian2.interpreter_needed"),
                None,
            ]
        );
        // Lower-ranked alternatives are dropped silently; only equal ones warn.
        assert_eq!(keys_of(&out.file_problems), [keys::FILE_NO_ROWS]);
    }

    #[test]
    fn english_header() {
        let header = "Student number,Last name,Prefix,First name,Initials,Date of birth,Gender,Class,Grade,School type,\
                      Parent 1 name,Parent 1 email,Parent 1 phone,Parent 1 relationship,Parent 1 parental authority,\
                      Parent 1 own household,Parent 1 language,Parent 1 interpreter,Guardian 2 name,Guardian 2 e-mail,Notes";
        let out = parse_str(&format!(
            "{header}\nA17,Smith,,John,J.,2015-02-01,M,4a,4,po,Mary Smith,mary@example.org,+31 6 12345678,mother,yes,no,en,no,Bob Smith,bob@example.org,\n"
        ));
        let fields: Vec<_> = out.columns.iter().filter_map(|c| c.field).collect();
        assert_eq!(fields.len(), 20);
        assert_eq!(out.columns[20].field, None);
        assert!(out.can_import(), "{:?}", out);
        let row = &out.rows[0];
        assert_eq!(row.pupil.external_id, "A17");
        assert_eq!(row.pupil.school_type.as_deref(), Some("po"));
        assert_eq!(row.guardians[0].relationship, "mother");
        assert_eq!(row.guardians[0].language.as_deref(), Some("en"));
        assert_eq!(row.guardians[1].relationship, "carer");
    }

    #[test]
    fn header_variants() {
        let cases = [
            ("ouder1_email", Some("guardian1.email")),
            ("Ouder 2 - E-mail", Some("guardian2.email")),
            ("parent2Phone", Some("guardian2.phone")),
            ("Naam 1e ouder", Some("guardian1.name")),
            ("E-mail 2de ouder", Some("guardian2.email")),
            ("Ouder/verzorger 1", Some("guardian1.name")),
            (
                "Ouder 1 ouderlijk gezag",
                Some("guardian1.parental_authority"),
            ),
            (
                "Guardian 1 interpreter needed",
                Some("guardian1.interpreter_needed"),
            ),
            ("Naam (ouder 1)", Some("guardian1.name")),
            ("Voornaam ouder 2", Some("guardian2.first_name")),
            ("Naam moeder", Some("guardian1.name")),
            ("E-mail vader", Some("guardian2.email")),
            ("E-mail ouder", Some("guardian1.email")),
            ("Geboortedatum (dd-mm-jjjj)", Some("pupil.date_of_birth")),
            ("GEBOORTEDATUM", Some("pupil.date_of_birth")),
            ("Achternaam leerling", Some("pupil.last_name")),
            ("Leerling roepnaam", Some("pupil.first_name")),
            ("Stamnr.", Some("pupil.external_id")),
            ("Tussenv.", Some("pupil.name_prefix")),
            ("Officiële achternaam", Some("pupil.last_name")),
            (
                "Gezag ouder 1 (ja/nee)",
                Some("guardian1.parental_authority"),
            ),
            ("ouderlijk gezag", None),
            ("ouder 3 naam", None),
            ("telefoon 1", None),
            ("Opmerkingen", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(
                match_header(header).map(|m| m.field.id()),
                expected,
                "{header}"
            );
        }
    }

    #[test]
    fn equal_columns_warn_and_the_first_is_used() {
        let out = parse_str(
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;klas\n1;A;B;01-02-2015;7B;8C\n",
        );
        assert_eq!(
            keys_of(&out.file_problems),
            [keys::COLUMN_DUPLICATE, keys::NO_GUARDIAN_COLUMNS]
        );
        assert_eq!(out.file_problems[0].arg("column"), Some("klas"));
        assert_eq!(out.file_problems[0].arg("first"), Some("groep"));
        assert_eq!(out.rows[0].pupil.group_name, "7B");
        assert_eq!(out.columns[5].field, None);
    }

    #[test]
    fn mother_and_father_columns_and_split_names() {
        let out = parse_str(
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;voornaam moeder;achternaam moeder;e-mail moeder;naam vader;e-mail vader\n\
             1;Jansen;Piet;01-02-2015;7;Anna;Jansen;anna@example.org;Bert de Boer;bert@example.org\n",
        );
        let g = &out.rows[0].guardians;
        assert_eq!(
            (g[0].name.as_str(), g[0].relationship, g[0].slot),
            ("Anna Jansen", "mother", 1)
        );
        assert_eq!(
            (g[1].name.as_str(), g[1].relationship, g[1].slot),
            ("Bert de Boer", "father", 2)
        );
        assert!(out.can_import());
    }

    #[test]
    fn yes_no_parsing_and_defaults() {
        for (raw, expected) in [
            ("ja", Some(true)),
            ("J", Some(true)),
            ("Yes", Some(true)),
            ("1", Some(true)),
            ("waar", Some(true)),
            ("x", Some(true)),
            (" JA ", Some(true)),
            ("nee", Some(false)),
            ("N", Some(false)),
            ("no", Some(false)),
            ("0", Some(false)),
            ("onwaar", Some(false)),
            ("misschien", None),
            ("", None),
            ("jaa", None),
        ] {
            assert_eq!(parse_yes_no(raw), expected, "{raw:?}");
        }

        let header = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail;ouder 1 gezag;ouder 1 eigen adres;ouder 1 tolk;ouder 1 taal";
        let out = parse_str(&format!(
            "{header}\n1;A;B;01-02-2015;7;Anna;a@example.org;;;;\n2;A;C;01-02-2015;7;Anna;a@example.org;nee;ja;j;Arabisch\n\
             3;A;D;01-02-2015;7;Anna;a@example.org;soms;x;ja;\n"
        ));
        let g = |i: usize| &out.rows[i].guardians[0];
        assert!(
            g(0).parental_authority && !g(0).own_household && !g(0).interpreter_needed,
            "defaults"
        );
        assert_eq!(g(0).language, None);
        assert!(!g(1).parental_authority && g(1).own_household && g(1).interpreter_needed);
        assert_eq!(g(1).language.as_deref(), Some("arabisch"));
        assert!(out.rows[1].problems.is_empty());
        assert_eq!(
            row_keys(&out, 2),
            [keys::YES_NO_INVALID, keys::INTERPRETER_NO_LANGUAGE]
        );
        assert_eq!(out.rows[2].problems[0].arg("value"), Some("soms"));
        assert_eq!(out.rows[2].problems[0].arg("column"), Some("ouder 1 gezag"));
    }

    #[test]
    fn relationships_and_school_types() {
        for (raw, code) in [
            ("Moeder", Some("mother")),
            ("vader", Some("father")),
            ("Verzorger", Some("carer")),
            ("pleegouder", Some("foster")),
            ("Grootouder", Some("grandparent")),
            ("oma", Some("grandparent")),
            ("mother", Some("mother")),
            ("father", Some("father")),
            ("carer", Some("carer")),
            ("foster parent", Some("foster")),
            ("grandparent", Some("grandparent")),
            ("other", Some("other")),
            ("anders", Some("other")),
            ("buurvrouw", None),
        ] {
            assert_eq!(parse_relationship(raw), code, "{raw}");
        }
        for code in RELATIONSHIPS {
            assert!(relationship_message_id(code).ends_with(code));
        }
        let out = parse_str(&format!("{HEADER};ouder 1 relatie;schooltype\n1;A;B;01-02-2015;7;Anna;a@example.org;buurvrouw;havo\n2;A;C;01-02-2015;7;Anna;a@example.org;;kinderopvang\n"));
        assert_eq!(out.rows[0].guardians[0].relationship, "other");
        assert_eq!(row_keys(&out, 0), [keys::RELATIONSHIP_UNKNOWN]);
        assert_eq!(out.rows[0].pupil.school_type.as_deref(), Some("vo"));
        assert_eq!(row_keys(&out, 1), [keys::SCHOOL_TYPE_INVALID]);
    }

    #[test]
    fn shifted_rows_and_sep_line() {
        let out = parse_str(&format!("{HEADER}\n1;Jansen;Piet;01-02-2015;7;Anna;a@example.org;;\n2;Jansen;Piet, Jan;01-02-2015;7;Anna;a@example.org;x\n"));
        assert!(
            out.rows[0].problems.is_empty(),
            "trailing empty cells are fine"
        );
        assert_eq!(row_keys(&out, 1), [keys::ROW_EXTRA_FIELDS]);
        assert_eq!(out.rows[1].problems[0].arg("found"), Some("8"));

        // Five commas and five semicolons: without the sep= line this would be read as ';'.
        let out = parse_str("sep=,\nleerlingnummer,achternaam,roepnaam,geboortedatum,groep,opmerking;a;b;c;d;e\n1,Jansen,Piet,01-02-2015,7\n");
        assert_eq!(out.separator, ',');
        assert_eq!(
            out.rows[0].line, 3,
            "the sep= line still counts as a physical line"
        );
    }

    #[test]
    fn phone_warnings() {
        let header = "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail;ouder 1 telefoon";
        let out = parse_str(&format!("{header}\n1;A;B;01-02-2015;7;Anna;a@example.org;06-12345678\n2;A;C;01-02-2015;7;Anna;a@example.org;onbekend\n"));
        assert!(out.rows[0].problems.is_empty());
        assert_eq!(
            out.rows[0].guardians[0].phone.as_deref(),
            Some("06-12345678")
        );
        assert_eq!(row_keys(&out, 1), [keys::PHONE_UNUSUAL]);
    }

    #[test]
    fn garbage_never_panics() {
        let mut inputs: Vec<Vec<u8>> = vec![
            vec![0xFF, 0xFE, 0xFF],
            vec![0xFE, 0xFF, 0x00],
            vec![0xEF, 0xBB, 0xBF, 0xFF, 0x00, b';', b'\n'],
            vec![0; 64],
            b"\"\"\"\n;;\"\n\r\r\r\"".to_vec(),
            b"sep=".to_vec(),
            b"sep=;".to_vec(),
            b"\"sep=\xE9\"\nx".to_vec(),
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\u{0};\u{202e};é́́;٠١-٠٢-٢٠١٥;7\n".into(),
            format!("{HEADER}\n1;A;B;29-02-2016;groep 99999999999999999999;\u{2028};@\n").into_bytes(),
            format!("{HEADER}\n1;A;B;-1-1-1;0;;mailto:\n\"unterminated").into_bytes(),
        ];
        // A deterministic pseudo-random byte soup with plenty of separators and quotes.
        const SOUP: &[u8] = b";,\t\"\n\r0123456789-/.@ abc\xC3\xA9\xC3\x96\xE9\xFF\x80";
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..50 {
            let bytes: Vec<u8> = (0..400)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    SOUP[(state % SOUP.len() as u64) as usize]
                })
                .collect();
            inputs.push(bytes);
        }
        for input in &inputs {
            let out = parse(input);
            let _ = (out.can_import(), out.error_count(), out.warning_count());
        }
    }

    #[test]
    fn a_thousand_rows_parse_quickly() {
        let mut text = String::from(
            "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 telefoon;Ouder 2 naam;Ouder 2 e-mail;Ouder 2 gezag\r\n",
        );
        for i in 0..1000 {
            text.push_str(&format!(
                "{};Jansen{i};van der;Piet;{:02}-{:02}-{};{}B;Anna Jansen{i};anna{i}@example.org;06-1234{i:04};Bert Jansen{i};bert{i}@example.org;ja\r\n",
                100_000 + i,
                i % 28 + 1,
                i % 12 + 1,
                2012 + i % 8,
                i % 8 + 1,
            ));
        }
        let start = std::time::Instant::now();
        let out = parse_import(text.as_bytes(), TODAY);
        let elapsed = start.elapsed();
        println!("parsed 1,000 rows in {elapsed:?}");
        assert_eq!(out.rows.len(), 1000);
        assert!(
            out.can_import(),
            "{:?}",
            out.rows.iter().find(|r| !r.problems.is_empty())
        );
        assert!(
            elapsed < std::time::Duration::from_secs(2),
            "took {elapsed:?}"
        );
    }

    #[test]
    fn sample_file_imports_cleanly() {
        let out = parse(SAMPLE);
        assert_eq!(out.encoding, "UTF-8");
        assert_eq!(out.separator, ';');
        assert_eq!(out.ignored_columns().count(), 0, "{:?}", out.columns);
        assert_eq!(out.error_count(), 0, "{:#?}", out);
        assert_eq!(out.warning_count(), 0, "{:#?}", out);
        assert!(out.can_import());
        assert!(out.rows.len() >= 12);
        let groups: BTreeSet<_> = out
            .rows
            .iter()
            .map(|r| r.pupil.group_name.as_str())
            .collect();
        assert_eq!(groups.len(), 3);
        assert!(out.rows.iter().all(|r| r.pupil.grade.is_some()));
        let guardians = || out.rows.iter().flat_map(|r| &r.guardians);
        assert!(guardians().any(|g| g.own_household), "separated parents");
        assert!(
            guardians().any(|g| g.interpreter_needed && g.language.as_deref() == Some("arabisch"))
        );
        let mut per_email: HashMap<&str, usize> = HashMap::new();
        for email in guardians().filter_map(|g| g.email.as_deref()) {
            *per_email.entry(email).or_default() += 1;
        }
        assert!(
            per_email.values().any(|n| *n >= 2),
            "siblings share a guardian"
        );
        assert!(guardians().all(|g| g
            .email
            .as_deref()
            .is_some_and(|e| e.ends_with("@example.org"))));
    }
}
