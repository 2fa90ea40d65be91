//! Next year's export from the school administration, matched to the school's pupils by
//! leerlingnummer: who moves into which group, who is new, who is not in the file any more,
//! which groups do not exist yet, and which guardian addresses change. Not being in the file
//! makes a leaver only of a pupil in a final grade (groep 8, the exam year): a partial export
//! (one location, a few groups) must not archive the rest of the school. Pure: the
//! caller reads what the school has (one query each) and every lookup is a map, so matching is
//! linear in the file and the school.

use std::collections::{HashMap, HashSet};

use super::parse::ParseOutcome;
use crate::domain::PersonName;

/// A pupil the school has (also one who left earlier: the same number brings them back).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KnownPupil {
    pub id: i64,
    pub external_id: String,
    #[sqlx(flatten)]
    pub name: PersonName,
    /// This year's group, when the pupil has one.
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    /// 1 when archived (left in an earlier year).
    pub archived: i64,
    pub destination: String,
}

/// A guardian address on file for an active pupil: (leerlingnummer, guardian name, e-mail).
pub type KnownAddress = (String, String, String);

/// A pupil the file places in a group of the coming year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub line: usize,
    /// None for a newcomer.
    pub pupil_id: Option<i64>,
    pub external_id: String,
    pub name: String,
    /// This year's group ("" for a newcomer or a pupil without a group).
    pub from_group: String,
    pub to_group: String,
    /// The group does not exist in the coming year yet and will be made.
    pub new_group: bool,
}

/// A pupil of this year the file does not name: proposed to leave when in a final grade,
/// otherwise only listed (leaving when the administrator ticks them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaving {
    pub pupil_id: i64,
    pub name: String,
    pub group_id: Option<i64>,
    pub group_name: String,
    /// The destination on file (from an earlier preparation), as a starting value.
    pub destination: String,
}

/// A guardian whose address in the file differs from the one on file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressChange {
    pub line: usize,
    pub pupil: String,
    pub guardian: String,
    pub old: String,
    pub new: String,
}

/// More pupils outside the final grades missing than this share of the school (1 in 10) or
/// this number makes the file look like a partial export.
const PARTIAL_SHARE: usize = 10;
const PARTIAL_COUNT: usize = 30;

#[derive(Debug, Default)]
pub struct Proposal {
    pub moves: Vec<Placed>,
    pub newcomers: Vec<Placed>,
    /// Not in the file and in a final grade: proposed (pre-ticked) as leavers.
    pub leavers: Vec<Leaving>,
    /// Not in the file but not in a final grade: listed, not leaving unless ticked.
    pub absent: Vec<Leaving>,
    /// Group names of the file the coming year does not have yet, in file order.
    pub new_groups: Vec<String>,
    pub address_changes: Vec<AddressChange>,
}

impl Proposal {
    /// Whether so many pupils outside the final grades are missing that the file may be a
    /// partial export (one location, a few groups). `active` is the school's number of pupils.
    pub fn looks_partial(&self, active: usize) -> bool {
        let missing = self.absent.len();
        missing >= PARTIAL_COUNT || missing * PARTIAL_SHARE > active
    }
}

/// Matches the file's rows to the school's pupils. `coming_groups` are the names of the coming
/// year's groups; `final_groups` this year's groups whose pupils leave the school (the
/// promotion proposal's rule).
pub fn propose(
    outcome: &ParseOutcome,
    known: &[KnownPupil],
    coming_groups: &[String],
    addresses: &[KnownAddress],
    final_groups: &HashSet<i64>,
) -> Proposal {
    let by_number: HashMap<&str, &KnownPupil> =
        known.iter().map(|p| (p.external_id.as_str(), p)).collect();
    let existing: HashSet<&str> = coming_groups.iter().map(String::as_str).collect();
    // (leerlingnummer, lowercased guardian name) → address on file.
    let on_file: HashMap<(&str, String), &str> = addresses
        .iter()
        .map(|(nr, name, email)| ((nr.as_str(), name.to_lowercase()), email.as_str()))
        .collect();
    let mut proposal = Proposal::default();
    let mut named: HashSet<&str> = HashSet::new();
    let mut new_groups: HashSet<&str> = HashSet::new();
    for row in &outcome.rows {
        let p = &row.pupil;
        named.insert(p.external_id.as_str());
        let new_group = !existing.contains(p.group_name.as_str());
        if new_group && !p.group_name.is_empty() && new_groups.insert(p.group_name.as_str()) {
            proposal.new_groups.push(p.group_name.clone());
        }
        let known = by_number.get(p.external_id.as_str());
        let placed = Placed {
            line: row.line,
            pupil_id: known.map(|k| k.id),
            external_id: p.external_id.clone(),
            name: PersonName {
                first_name: p.first_name.clone(),
                name_prefix: p.name_prefix.clone(),
                last_name: p.last_name.clone(),
            }
            .sorted(),
            from_group: known
                .filter(|k| k.archived == 0)
                .and_then(|k| k.group_name.clone())
                .unwrap_or_default(),
            to_group: p.group_name.clone(),
            new_group,
        };
        for g in &row.guardians {
            let Some(new) = &g.email else { continue };
            let key = (p.external_id.as_str(), g.name.to_lowercase());
            if let Some(old) = on_file.get(&key).filter(|old| **old != new.as_str()) {
                proposal.address_changes.push(AddressChange {
                    line: row.line,
                    pupil: placed.name.clone(),
                    guardian: g.name.clone(),
                    old: (*old).to_string(),
                    new: new.clone(),
                });
            }
        }
        match known {
            Some(_) => proposal.moves.push(placed),
            None => proposal.newcomers.push(placed),
        }
    }
    for k in known
        .iter()
        .filter(|k| k.archived == 0 && !named.contains(k.external_id.as_str()))
    {
        let missing = Leaving {
            pupil_id: k.id,
            name: k.name.sorted(),
            group_id: k.group_id,
            group_name: k.group_name.clone().unwrap_or_default(),
            destination: k.destination.clone(),
        };
        if k.group_id.is_some_and(|g| final_groups.contains(&g)) {
            proposal.leavers.push(missing);
        } else {
            proposal.absent.push(missing);
        }
    }
    proposal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::parse::parse_import;

    fn known(id: i64, nr: &str, first: &str, group: &str) -> KnownPupil {
        known_in(id, nr, first, group, 1)
    }

    fn known_in(id: i64, nr: &str, first: &str, group: &str, group_id: i64) -> KnownPupil {
        KnownPupil {
            id,
            external_id: nr.into(),
            name: PersonName {
                first_name: first.into(),
                name_prefix: String::new(),
                last_name: "Jaarsma".into(),
            },
            group_id: Some(group_id),
            group_name: Some(group.into()),
            archived: 0,
            destination: String::new(),
        }
    }

    #[test]
    fn known_numbers_move_new_numbers_arrive_missing_numbers_leave() {
        let csv =
            "leerlingnummer;achternaam;roepnaam;geboortedatum;groep;ouder 1 naam;ouder 1 e-mail\n\
                   701;Jaarsma;Ada;14-03-2016;6;Anna Jaarsma;anna.nieuw@example.org\n\
                   900;Visser;Noor;02-02-2020;3;Piet Visser;piet@example.org\n";
        let outcome = parse_import(csv.as_bytes(), time::macros::date!(2027 - 06 - 20));
        let school = [
            known(1, "701", "Ada", "5"),
            known_in(2, "703", "Cas", "8", 8),
            known(3, "704", "Dirk", "5"),
        ];
        let addresses = [(
            "701".to_string(),
            "Anna Jaarsma".to_string(),
            "anna@example.org".to_string(),
        )];
        let finals = HashSet::from([8]);
        let p = propose(&outcome, &school, &["6".to_string()], &addresses, &finals);
        assert_eq!(p.moves.len(), 1);
        assert_eq!(p.moves[0].pupil_id, Some(1));
        assert_eq!(p.moves[0].from_group, "5");
        assert!(!p.moves[0].new_group);
        assert_eq!(p.newcomers.len(), 1);
        assert_eq!(p.newcomers[0].name, "Visser, Noor");
        assert!(p.newcomers[0].new_group);
        assert_eq!(p.new_groups, ["3"]);
        // Cas (groep 8) leaves; Dirk (groep 5) is only listed as not in the file.
        assert_eq!(p.leavers.len(), 1);
        assert_eq!(p.leavers[0].pupil_id, 2);
        assert_eq!(p.absent.len(), 1);
        assert_eq!(p.absent[0].pupil_id, 3);
        assert!(p.looks_partial(3), "1 of 3 missing outside the final grade");
        assert!(!p.looks_partial(30), "1 of 30 missing is a pupil who moved");
        assert_eq!(p.address_changes.len(), 1);
        assert_eq!(p.address_changes[0].old, "anna@example.org");
        assert_eq!(p.address_changes[0].new, "anna.nieuw@example.org");
    }

    /// A large school's EDEX.XML (5,000 pupils, each with a family) is read and matched in one
    /// pass: every pupil is found, and the time is printed for the report.
    #[test]
    fn a_large_edex_file_is_read_and_matched_in_linear_time() {
        let n = 5_000;
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><EDEX><groepen><groep key=\"G\"><naam>5</naam></groep></groepen><leerlingen>",
        );
        let mut families = String::from("<gezinnen>");
        let mut school = Vec::with_capacity(n);
        for i in 0..n {
            xml.push_str(&format!(
                "<leerling key=\"{i}\"><leerlingnummer>{i}</leerlingnummer><achternaam>Bos</achternaam>\
                 <roepnaam>Kind{i}</roepnaam><geboortedatum>2017-01-01</geboortedatum><groep key=\"G\"/>\
                 <gezin key=\"F{i}\"/></leerling>"
            ));
            families.push_str(&format!(
                "<gezin key=\"F{i}\"><contactpersonen><contactpersoon><roepnaam>Ouder{i}</roepnaam>\
                 <achternaam>Bos</achternaam><emailadres>ouder{i}@example.org</emailadres></contactpersoon>\
                 </contactpersonen></gezin>"
            ));
            school.push(known(i as i64, &(i + 1).to_string(), "Kind", "4"));
        }
        xml.push_str("</leerlingen>");
        xml.push_str(&families);
        xml.push_str("</gezinnen></EDEX>");
        let started = std::time::Instant::now();
        let outcome =
            crate::import::parse::parse_edex(xml.as_bytes(), time::macros::date!(2027 - 06 - 20));
        let parsed = started.elapsed();
        let p = propose(&outcome, &school, &["5".to_string()], &[], &HashSet::new());
        let total = started.elapsed();
        println!(
            "EDEX {n} pupils ({} KB): parsed in {parsed:?}, matched in {:?}",
            xml.len() / 1024,
            total - parsed
        );
        assert!(outcome.can_import(), "{:?}", outcome.file_problems);
        assert_eq!(p.moves.len(), n - 1);
        assert_eq!(p.newcomers.len(), 1);
        assert_eq!(p.absent.len(), 1);
        assert!(p.leavers.is_empty());
    }
}
