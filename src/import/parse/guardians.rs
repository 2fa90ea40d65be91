//! A guardian's columns (up to two per row): name, e-mail, phone, relationship, the ja/nee columns and the
//! language, with their checks; and the check across rows that one e-mail address belongs to one person.

use csv::StringRecord;

use super::decode::normalise_key;
use super::fields::{Field, GuardianField};
use super::headers::Layout;
use super::rows::{check_length, collapse_spaces, Seen};
use super::{keys, GuardianData, Problem};
use super::{MAX_LANGUAGE_LEN, MAX_NAME_LEN};
use crate::domain::Relationship;

/// Relationship codes, each with a Fluent message `relationship-<code>`: the domain's list.
pub const RELATIONSHIPS: &[&str] = Relationship::CODES;

/// Fluent message id for a relationship code (unknown codes read as "other").
pub fn relationship_message_id(code: &str) -> &'static str {
    let relationship = Relationship::ALL
        .iter()
        .copied()
        .find(|r| r.code() == code)
        .unwrap_or(Relationship::Other);
    match relationship {
        Relationship::Mother => "relationship-mother",
        Relationship::Father => "relationship-father",
        Relationship::Carer => "relationship-carer",
        Relationship::Foster => "relationship-foster",
        Relationship::Grandparent => "relationship-grandparent",
        Relationship::Other => "relationship-other",
    }
}

/// ja/nee and the usual spellings; `None` for anything else (including empty).
pub(super) fn parse_yes_no(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "1" | "waar" | "true" | "x" | "wel" => Some(true),
        "nee" | "n" | "no" | "0" | "onwaar" | "false" | "niet" => Some(false),
        _ => None,
    }
}

/// A relationship as schools write it ("moeder", "pleegouder", "oma"), as its code.
pub(super) fn parse_relationship(raw: &str) -> Option<&'static str> {
    relationship_from_text(raw).map(Relationship::code)
}

fn relationship_from_text(raw: &str) -> Option<Relationship> {
    Some(match normalise_key(raw, true).as_str() {
        "moeder" | "mother" | "mama" | "mam" | "mum" | "mom" | "biologischemoeder" => {
            Relationship::Mother
        }
        "vader" | "father" | "papa" | "pap" | "dad" | "biologischevader" => Relationship::Father,
        "verzorger" | "verzorgster" | "ouderverzorger" | "ouder" | "parent" | "carer"
        | "caregiver" | "guardian" | "stiefmoeder" | "stiefvader" | "stiefouder" | "stepmother"
        | "stepfather" | "stepparent" => Relationship::Carer,
        "pleegouder" | "pleegmoeder" | "pleegvader" | "pleegzorg" | "foster" | "fosterparent"
        | "fostermother" | "fosterfather" => Relationship::Foster,
        "grootouder" | "grootmoeder" | "grootvader" | "oma" | "opa" | "grandparent"
        | "grandmother" | "grandfather" | "grandma" | "grandpa" => Relationship::Grandparent,
        "anders" | "overig" | "overige" | "other" | "voogd" | "tante" | "oom" | "broer" | "zus"
        | "aunt" | "uncle" | "brother" | "sister" => Relationship::Other,
        _ => return None,
    })
}

/// One guardian's columns; `None` when the guardian is absent (no name, e-mail or phone).
pub(super) fn read_guardian(
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

    let email = check_email(raw_email, &name, slot, problems);
    let phone = check_phone(phone, slot, problems);
    let relationship = check_relationship(cell(G::Relationship), slot, layout, problems);

    let mut yes_no = |f: GuardianField, default: bool| {
        check_yes_no(cell(f), field(f), default, layout, problems)
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

/// A ja/nee column: empty gives the default, anything unreadable an error (and the default).
fn check_yes_no(
    raw: &str,
    field: Field,
    default: bool,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) -> bool {
    if raw.is_empty() {
        return default;
    }
    parse_yes_no(raw).unwrap_or_else(|| {
        problems.push(
            Problem::error(keys::YES_NO_INVALID)
                .with("value", raw)
                .with("column", layout.header(field))
                .on(field),
        );
        default
    })
}

/// The cleaned, lowercased address; a guardian with a name but no address gets a warning (no invitations by
/// mail), an address that cannot be one an error.
fn check_email(
    raw_email: &str,
    name: &str,
    slot: usize,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let field = Field::Guardian(slot, GuardianField::Email);
    let number = slot + 1;
    match clean_email(raw_email) {
        email if email.is_empty() => {
            if !name.is_empty() {
                problems.push(
                    Problem::warning(keys::GUARDIAN_NO_EMAIL)
                        .with("guardian", number)
                        .with("name", name)
                        .on(field),
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
                        .on(field),
                );
            }
            Some(email)
        }
    }
}

/// The phone number as written; fewer than six digits or letters in it get a warning.
fn check_phone(phone: &str, slot: usize, problems: &mut Vec<Problem>) -> Option<String> {
    (!phone.is_empty()).then(|| {
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if digits < 6 || phone.chars().any(char::is_alphabetic) {
            problems.push(
                Problem::warning(keys::PHONE_UNUSUAL)
                    .with("value", phone)
                    .with("guardian", slot + 1)
                    .on(Field::Guardian(slot, GuardianField::Phone)),
            );
        }
        phone.to_string()
    })
}

/// The relationship column; when empty, what a "moeder"/"vader" header implies, else carer. An unknown word
/// reads as "other" with a warning.
fn check_relationship(
    raw: &str,
    slot: usize,
    layout: &Layout,
    problems: &mut Vec<Problem>,
) -> &'static str {
    match raw {
        "" => layout.implied_relationship[slot.min(1)]
            .unwrap_or(Relationship::Carer)
            .code(),
        raw => parse_relationship(raw).unwrap_or_else(|| {
            problems.push(
                Problem::warning(keys::RELATIONSHIP_UNKNOWN)
                    .with("value", raw)
                    .with("guardian", slot + 1)
                    .on(Field::Guardian(slot, GuardianField::Relationship)),
            );
            Relationship::Other.code()
        }),
    }
}

pub(super) fn clean_email(raw: &str) -> String {
    let trimmed = raw.trim();
    // Copied from a mail program, addresses sometimes keep their "mailto:".
    let without_scheme = match trimmed.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => trimmed.get(7..).unwrap_or(""),
        _ => trimmed,
    };
    without_scheme.trim().to_lowercase()
}

/// One @, something before it, a dot inside the domain, no spaces or list separators.
pub(super) fn looks_like_email(email: &str) -> bool {
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
pub(super) fn check_shared_emails(
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
