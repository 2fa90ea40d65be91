//! The fields a column can hold, with their stable ids ("pupil.last_name", "guardian1.email") and the Fluent
//! message that names each field to people.

use super::keys;

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

// The discriminants index PUPIL_FIELD_IDS / GUARDIAN_FIELD_IDS: keep the orders equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum PupilField {
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
pub(super) enum GuardianField {
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
pub(super) enum Field {
    Pupil(PupilField),
    Guardian(usize, GuardianField),
}

impl Field {
    pub(super) fn id(self) -> &'static str {
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
pub(super) const REQUIRED_COLUMNS: [(PupilField, &str); 5] = [
    (PupilField::ExternalId, keys::MISSING_EXTERNAL_ID),
    (PupilField::LastName, keys::MISSING_LAST_NAME),
    (PupilField::FirstName, keys::MISSING_FIRST_NAME),
    (PupilField::DateOfBirth, keys::MISSING_DATE_OF_BIRTH),
    (PupilField::GroupName, keys::MISSING_GROUP),
];
