//! EDEX.XML (EDEXML), the standard export of ParnasSys and ESIS: `<EDEX>` with `<school>`
//! (schooljaar, brincode), `<groepen>` (each `<groep key>` with `naam` and `jaargroep`),
//! `<leerlingen>` (each `<leerling key>` with leerlingnummer, achternaam, voorvoegsel, roepnaam,
//! voorletters, geboortedatum, geslacht, jaargroep and a `<groep key>` reference) and
//! `<leerkrachten>`. Contacts come as `<gezinnen>`: a `<gezin key>` with `<contactpersonen>`,
//! referred to from the leerling by `<gezin key>`.
//!
//! The file is read into the same rows as the CSV import, so the preview, the checks and the
//! commit are shared. Bounded: the caller limits the bytes, this limits nodes and rows; every
//! lookup goes through a map, so reading is linear in the file.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};
use time::Date;

use super::fields::{Field, GuardianField, PupilField};
use super::guardians::{check_shared_emails, clean_email, looks_like_email, parse_relationship};
use super::rows::{check_date_value, collapse_spaces, grade_from_group, Seen};
use super::{keys, GuardianData, ImportRow, ParseOutcome, Problem, PupilData};
use super::{MAX_GROUP_LEN, MAX_ID_LEN, MAX_NAME_LEN, MAX_ROWS};
use crate::domain::Relationship;

/// Problems only an EDEX.XML file can have (Fluent ids in `yearimport.ftl`).
pub mod edex_keys {
    pub const NOT_XML: &str = "yearimport-err-not-xml";
    pub const NOT_EDEX: &str = "yearimport-err-not-edex";
    pub const UNKNOWN_GROUP: &str = "yearimport-err-unknown-group-key";
    pub const NO_GROUP: &str = "yearimport-err-no-group";
}

/// Nodes a school's export needs is a few per field; this is far above any real school.
pub(super) const MAX_NODES: u32 = 2_000_000;

/// True when the bytes look like XML rather than CSV (after a byte-order mark and blanks).
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let (text, _) = decode_xml(bytes);
    text.trim_start().starts_with('<')
}

/// Reads an EDEX.XML file into the import's rows and problems.
pub fn parse_edex(bytes: &[u8], today: Date) -> ParseOutcome {
    let (text, encoding) = decode_xml(bytes);
    let mut outcome = ParseOutcome {
        encoding,
        separator: ' ',
        columns: Vec::new(),
        rows: Vec::new(),
        file_problems: Vec::new(),
    };
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(&text, options) {
        Ok(doc) => doc,
        Err(e) => {
            outcome
                .file_problems
                .push(Problem::error(edex_keys::NOT_XML).with("line", e.pos().row));
            return outcome;
        }
    };
    let root = doc.root_element();
    if !root.tag_name().name().eq_ignore_ascii_case("edex") {
        outcome
            .file_problems
            .push(Problem::error(edex_keys::NOT_EDEX).with("found", root.tag_name().name()));
        return outcome;
    }
    let groups = read_groups(root);
    let families = read_families(root);
    let mut seen = Seen::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut count = 0usize;
    // Line numbers counted on from the previous pupil (pupils come in document order), not from
    // the top of the file each time, which would make reading quadratic.
    let (mut line, mut counted_to) = (1usize, 0usize);
    for pupil in children(root, "leerlingen").flat_map(|l| children(l, "leerling")) {
        count += 1;
        if count > MAX_ROWS {
            continue;
        }
        let start = pupil.range().start.max(counted_to);
        line += text.as_bytes()[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = start;
        let row = read_pupil(pupil, line, today, &groups, &families, &mut ids, &mut seen);
        outcome.rows.push(row);
    }
    if count == 0 {
        outcome
            .file_problems
            .push(Problem::error(keys::FILE_NO_ROWS));
    } else if count > MAX_ROWS {
        outcome.file_problems.push(
            Problem::error(keys::FILE_TOO_MANY_ROWS)
                .with("count", count)
                .with("max", MAX_ROWS),
        );
    }
    outcome
}

/// The text of an XML file: a byte-order mark wins, then the declaration's `encoding` (ParnasSys
/// writes ISO-8859-1 or Windows-1252 and says so), then UTF-8; bytes that are not valid UTF-8
/// without a declaration are read as Windows-1252, like the CSV import does.
pub(super) fn decode_xml(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), encoding.name());
    }
    let declared = declared_encoding(bytes)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()));
    let encoding = match declared {
        Some(e) if e != encoding_rs::UTF_8 => e,
        _ if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        _ => encoding_rs::WINDOWS_1252,
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name())
}

/// The `encoding="…"` of an XML declaration at the start of the file (ASCII in every encoding
/// the declaration may name).
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    let head: String = head.iter().map(|&b| char::from(b)).collect();
    let decl = head.trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let rest = &decl[decl.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim().to_string())
}

/// Child elements by local name (EDEXML files carry a namespace; versions differ in it).
pub(super) fn children<'a, 'i: 'a, 'n>(
    node: Node<'a, 'i>,
    name: &'n str,
) -> impl Iterator<Item = Node<'a, 'i>> + use<'a, 'i, 'n> {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name().eq_ignore_ascii_case(name))
}

pub(super) fn child_text(node: Node, names: &[&str]) -> String {
    names
        .iter()
        .find_map(|name| {
            children(node, name)
                .next()
                .and_then(|n| n.text())
                .map(collapse_spaces)
        })
        .unwrap_or_default()
}

/// Group key → (name, jaargroep).
fn read_groups(root: Node) -> HashMap<String, (String, Option<i64>)> {
    children(root, "groepen")
        .flat_map(|g| children(g, "groep"))
        .filter_map(|g| {
            let key = g.attribute("key")?.trim().to_string();
            let name = child_text(g, &["naam"]);
            let grade = child_text(g, &["jaargroep"]).parse().ok();
            Some((key, (name, grade)))
        })
        .collect()
}

/// Family key → its contact persons.
fn read_families<'a, 'i>(root: Node<'a, 'i>) -> HashMap<String, Vec<Node<'a, 'i>>> {
    children(root, "gezinnen")
        .flat_map(|g| children(g, "gezin"))
        .filter_map(|family| {
            let key = family.attribute("key")?.trim().to_string();
            let contacts = children(family, "contactpersonen")
                .flat_map(|c| children(c, "contactpersoon"))
                .collect();
            Some((key, contacts))
        })
        .collect()
}

fn read_pupil(
    node: Node,
    line: usize,
    today: Date,
    groups: &HashMap<String, (String, Option<i64>)>,
    families: &HashMap<String, Vec<Node>>,
    ids: &mut HashMap<String, usize>,
    seen: &mut Seen,
) -> ImportRow {
    let mut problems = Vec::new();
    let field = Field::Pupil;
    let mut external_id = child_text(node, &["leerlingnummer"]);
    if external_id.is_empty() {
        external_id = node.attribute("key").unwrap_or("").trim().to_string();
    }
    check_id(&external_id, line, ids, &mut problems);
    let last_name = required(node, "achternaam", PupilField::LastName, &mut problems);
    let mut first_name = child_text(node, &["roepnaam"]);
    if first_name.is_empty() {
        first_name = child_text(node, &["voornamen"]);
    }
    if first_name.is_empty() {
        problems.push(missing("roepnaam", PupilField::FirstName));
    }
    too_long(
        &first_name,
        MAX_NAME_LEN,
        "roepnaam",
        field(PupilField::FirstName),
        &mut problems,
    );
    let raw_date = child_text(node, &["geboortedatum"]);
    let date_of_birth = if raw_date.is_empty() {
        problems.push(missing("geboortedatum", PupilField::DateOfBirth));
        None
    } else {
        check_date_value(
            &raw_date,
            today,
            field(PupilField::DateOfBirth),
            &mut problems,
        )
    };
    let group_key = children(node, "groep")
        .next()
        .and_then(|g| g.attribute("key"))
        .unwrap_or("")
        .trim()
        .to_string();
    let (group_name, group_grade) = match groups.get(&group_key) {
        Some((name, grade)) if !name.is_empty() => (name.clone(), *grade),
        _ if group_key.is_empty() => {
            problems.push(Problem::error(edex_keys::NO_GROUP).on(field(PupilField::GroupName)));
            (String::new(), None)
        }
        _ => {
            problems.push(
                Problem::error(edex_keys::UNKNOWN_GROUP)
                    .with("value", &group_key)
                    .on(field(PupilField::GroupName)),
            );
            (String::new(), None)
        }
    };
    too_long(
        &group_name,
        MAX_GROUP_LEN,
        "groep",
        field(PupilField::GroupName),
        &mut problems,
    );
    let grade = child_text(node, &["jaargroep"])
        .parse()
        .ok()
        .or(group_grade)
        .or_else(|| grade_from_group(&group_name));
    let guardians = read_guardians(node, families, &mut problems);
    if guardians.is_empty() {
        problems.push(Problem::warning(keys::NO_GUARDIAN));
    }
    check_shared_emails(&guardians, line, seen, &mut problems);
    ImportRow {
        line,
        pupil: PupilData {
            external_id,
            first_name,
            name_prefix: child_text(node, &["voorvoegsel", "voorvoegsels"]),
            last_name,
            initials: child_text(node, &["voorletters-1", "voorletters"]),
            date_of_birth,
            gender: gender(&child_text(node, &["geslacht"])),
            group_name,
            grade,
            school_type: None,
        },
        guardians,
        problems,
    }
}

/// EDEXML writes gender as a code: 1 man, 2 vrouw (0 and 9: not known / not given).
fn gender(code: &str) -> String {
    match code {
        "1" => "m".into(),
        "2" => "v".into(),
        "0" | "9" => String::new(),
        other => other.to_lowercase(),
    }
}

fn check_id(id: &str, line: usize, ids: &mut HashMap<String, usize>, problems: &mut Vec<Problem>) {
    let field = Field::Pupil(PupilField::ExternalId);
    if id.is_empty() {
        problems.push(missing("leerlingnummer", PupilField::ExternalId));
        return;
    }
    if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        problems.push(Problem::error(keys::ID_INVALID).with("value", id).on(field));
    }
    too_long(id, MAX_ID_LEN, "leerlingnummer", field, problems);
    match ids.get(&id.to_uppercase()) {
        Some(first_line) => problems.push(
            Problem::error(keys::ID_DUPLICATE)
                .with("value", id)
                .with("first_line", first_line)
                .on(field),
        ),
        None => {
            ids.insert(id.to_uppercase(), line);
        }
    }
}

fn required(node: Node, name: &'static str, f: PupilField, problems: &mut Vec<Problem>) -> String {
    let value = child_text(node, &[name]);
    if value.is_empty() {
        problems.push(missing(name, f));
    }
    too_long(&value, MAX_NAME_LEN, name, Field::Pupil(f), problems);
    value
}

fn missing(element: &str, f: PupilField) -> Problem {
    Problem::error(keys::REQUIRED)
        .with("column", element)
        .on(Field::Pupil(f))
}

fn too_long(value: &str, max: usize, element: &str, field: Field, problems: &mut Vec<Problem>) {
    let length = value.chars().count();
    if length > max {
        problems.push(
            Problem::error(keys::TOO_LONG)
                .with("column", element)
                .with("length", length)
                .with("max", max)
                .on(field),
        );
    }
}

/// The first two contact persons of the pupil's family (the import keeps two guardians).
fn read_guardians(
    pupil: Node,
    families: &HashMap<String, Vec<Node>>,
    problems: &mut Vec<Problem>,
) -> Vec<GuardianData> {
    let Some(contacts) = children(pupil, "gezin")
        .next()
        .and_then(|g| g.attribute("key"))
        .and_then(|key| families.get(key.trim()))
    else {
        return Vec::new();
    };
    contacts
        .iter()
        .take(2)
        .enumerate()
        .filter_map(|(slot, c)| read_contact(*c, slot, problems))
        .collect()
}

fn read_contact(c: Node, slot: usize, problems: &mut Vec<Problem>) -> Option<GuardianData> {
    let field = |f| Field::Guardian(slot, f);
    let number = slot + 1;
    let first = child_text(c, &["roepnaam", "voorletters"]);
    let name = collapse_spaces(
        &[
            first,
            child_text(c, &["voorvoegsel"]),
            child_text(c, &["achternaam"]),
        ]
        .join(" "),
    );
    let raw_email = child_text(c, &["emailadres"]);
    let phone = child_text(c, &["telefoonnummer", "telefoon"]);
    if name.is_empty() && raw_email.is_empty() && phone.is_empty() {
        return None;
    }
    if name.is_empty() {
        problems.push(
            Problem::error(keys::GUARDIAN_NO_NAME)
                .with("guardian", number)
                .on(field(GuardianField::Name)),
        );
    }
    too_long(
        &name,
        MAX_NAME_LEN,
        "achternaam",
        field(GuardianField::Name),
        problems,
    );
    let email = match clean_email(&raw_email) {
        e if e.is_empty() => {
            problems.push(
                Problem::warning(keys::GUARDIAN_NO_EMAIL)
                    .with("guardian", number)
                    .with("name", &name)
                    .on(field(GuardianField::Email)),
            );
            None
        }
        e => {
            if !looks_like_email(&e) {
                problems.push(
                    Problem::error(keys::EMAIL_INVALID)
                        .with("value", &raw_email)
                        .with("guardian", number)
                        .on(field(GuardianField::Email)),
                );
            }
            Some(e)
        }
    };
    let relationship = match child_text(c, &["relatie"]) {
        r if r.is_empty() => Relationship::Carer.code(),
        r => parse_relationship(&r).unwrap_or(Relationship::Other.code()),
    };
    let authority = !matches!(
        child_text(c, &["gezag"]).to_lowercase().as_str(),
        "nee" | "0" | "false"
    );
    Some(GuardianData {
        slot: if slot == 0 { 1 } else { 2 },
        name,
        email,
        phone: (!phone.is_empty()).then_some(phone),
        relationship,
        parental_authority: authority,
        own_household: false,
        language: None,
        interpreter_needed: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        time::macros::date!(2027 - 06 - 20)
    }

    const FILE: &str = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<EDEX xmlns="http://www.edustandaard.nl/edex">
  <school><schooljaar>2027-2028</schooljaar><brincode>99XX</brincode></school>
  <groepen>
    <groep key="G6"><naam>6</naam><jaargroep>6</jaargroep></groep>
  </groepen>
  <leerlingen>
    <leerling key="L1">
      <leerlingnummer>701</leerlingnummer>
      <achternaam>Çelik</achternaam><roepnaam>Zoë</roepnaam>
      <geboortedatum>2016-03-14</geboortedatum><geslacht>2</geslacht>
      <jaargroep>6</jaargroep><groep key="G6"/><gezin key="F1"/>
    </leerling>
    <leerling key="L2">
      <leerlingnummer>701</leerlingnummer>
      <achternaam>Bos</achternaam><roepnaam>Tim</roepnaam>
      <geboortedatum>31-02-2016</geboortedatum><groep key="G9"/>
    </leerling>
  </leerlingen>
  <gezinnen><gezin key="F1"><contactpersonen>
    <contactpersoon key="C1"><relatie>Moeder</relatie><roepnaam>Ayşe</roepnaam>
      <achternaam>Çelik</achternaam><emailadres>Ayse@Example.org</emailadres></contactpersoon>
  </contactpersonen></gezin></gezinnen>
</EDEX>"#;

    fn latin1(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
        // "ş" is not in Latin-1: the test file keeps only what the encoding can hold.
        let _ = unmappable;
        bytes.into_owned()
    }

    #[test]
    fn reads_pupils_groups_and_contacts_in_the_declared_encoding() {
        let out = parse_edex(&latin1(&FILE.replace('ş', "s")), today());
        assert_eq!(out.encoding, "windows-1252");
        assert!(out.file_problems.is_empty(), "{:?}", out.file_problems);
        let first = &out.rows[0];
        assert_eq!(first.pupil.external_id, "701");
        assert_eq!(first.pupil.last_name, "Çelik");
        assert_eq!(first.pupil.first_name, "Zoë");
        assert_eq!(first.pupil.group_name, "6");
        assert_eq!(first.pupil.grade, Some(6));
        assert_eq!(
            first.guardians[0].email.as_deref(),
            Some("ayse@example.org")
        );
        assert_eq!(first.guardians[0].relationship, "mother");
        assert!(!first.has_errors(), "{:?}", first.problems);
    }

    #[test]
    fn names_each_problem_on_its_line() {
        let out = parse_edex(FILE.as_bytes(), today());
        let second = &out.rows[1];
        let problems: Vec<&str> = second.problems.iter().map(|p| p.key).collect();
        assert!(problems.contains(&keys::ID_DUPLICATE));
        assert!(problems.contains(&keys::DATE_INVALID));
        assert!(problems.contains(&edex_keys::UNKNOWN_GROUP));
        assert!(second.line > out.rows[0].line);
    }

    #[test]
    fn refuses_what_is_not_an_edex_file() {
        let broken = parse_edex(b"<EDEX><leerlingen><leerling>", today());
        assert_eq!(broken.file_problems[0].key, edex_keys::NOT_XML);
        let other = parse_edex(b"<?xml version=\"1.0\"?><html/>", today());
        assert_eq!(other.file_problems[0].key, edex_keys::NOT_EDEX);
        let dtd = parse_edex(
            b"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><EDEX>&a;</EDEX>",
            today(),
        );
        assert_eq!(dtd.file_problems[0].key, edex_keys::NOT_XML);
        assert!(looks_like_xml(b"\xef\xbb\xbf  <?xml version=\"1.0\"?>"));
        assert!(!looks_like_xml(b"leerlingnummer;achternaam"));
    }
}
