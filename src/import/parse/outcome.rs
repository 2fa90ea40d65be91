//! What the parser hands to the pages: the outcome with its rows and problems. A problem is a Fluent message id
//! with its variables, never a sentence.

use time::Date;

use super::fields::Field;

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
    pub(super) fn error(key: &'static str) -> Self {
        Problem {
            severity: Severity::Error,
            key,
            args: Vec::new(),
            field: None,
        }
    }

    pub(super) fn warning(key: &'static str) -> Self {
        Problem {
            severity: Severity::Warning,
            key,
            args: Vec::new(),
            field: None,
        }
    }

    pub(super) fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    pub(super) fn on(mut self, field: Field) -> Self {
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
    /// A `Relationship` code (see [`super::RELATIONSHIPS`]).
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
