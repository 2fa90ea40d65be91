//! Header recognition: which column holds which field, from the words schools and their software put in the
//! header line ("Achternaam leerling", "E-mailadres ouder/verzorger 1", "parent1_email", "Naam moeder"). The
//! word tables are data; the matching below them folds case, accents and punctuation first.

use std::collections::HashMap;

use csv::StringRecord;

use super::decode::{clean_cell, normalise_key};
use super::fields::{Field, GuardianField, PupilField};
use super::{keys, ColumnInfo, Problem};
use crate::domain::Relationship;

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
const GUARDIAN_WORDS: &[(&str, Option<(usize, Relationship)>)] = &[
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
    ("moeder", Some((0, Relationship::Mother))),
    ("mother", Some((0, Relationship::Mother))),
    ("vader", Some((1, Relationship::Father))),
    ("father", Some((1, Relationship::Father))),
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
pub(super) struct HeaderMatch {
    pub(super) field: Field,
    pub(super) rank: u8,
    /// Relationship implied by a "moeder"/"vader" header.
    pub(super) implied_relationship: Option<Relationship>,
}

pub(super) fn match_header(header: &str) -> Option<HeaderMatch> {
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
pub(super) struct Layout {
    pub(super) headers: Vec<String>,
    cols: HashMap<Field, usize>,
    pub(super) implied_relationship: [Option<Relationship>; 2],
}

impl Layout {
    pub(super) fn from_headers(headers: Vec<String>) -> (Layout, Vec<ColumnInfo>, Vec<Problem>) {
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

    pub(super) fn has(&self, field: Field) -> bool {
        self.cols.contains_key(&field)
    }

    pub(super) fn has_any_guardian(&self) -> bool {
        self.cols.keys().any(|f| matches!(f, Field::Guardian(..)))
    }

    pub(super) fn header(&self, field: Field) -> &str {
        self.cols
            .get(&field)
            .and_then(|&i| self.headers.get(i))
            .map_or("", String::as_str)
    }

    /// The cleaned cell for a field; "" when the column is absent or the row is short.
    pub(super) fn cell<'r>(&self, record: &'r StringRecord, field: Field) -> &'r str {
        self.cols
            .get(&field)
            .and_then(|&i| record.get(i))
            .map_or("", clean_cell)
    }
}
