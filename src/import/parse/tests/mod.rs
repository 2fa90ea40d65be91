//! Unit tests of the import parser: the Fluent messages behind each problem, and whole files
//! (encodings, separators, structure, robustness, the sample file). Header recognition and the
//! row checks have their own files.

use std::collections::{BTreeSet, HashMap};

use time::macros::date;
use time::Date;

use super::fields::{Field, GuardianField, PupilField};
use super::*;

mod headers;
mod rows;

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
    assert!(out.can_import(), "{out:?}");
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
    let text =
        format!("{HEADER}\r\n1001;Özdemir;Daniëlle;03-09-2016;5B;Jürgen Müller;j@example.org\r\n");
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
    assert!(out.can_import(), "{out:?}");
}

#[test]
fn missing_required_column_names_it_and_lists_found_columns() {
    let out = parse_str(
        "Leerlingnummer;Achternaam;Voornaam;Klas;Ouder 1 e-mail\n1;Jansen;Piet;7;a@example.org\n",
    );
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
        "leerlingnummer;achternaam;roepnaam;geboortedatum;groep\n\u{0};\u{202e};é́́;٠١-٠٢-٢٠١٥;7\n"
            .into(),
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
    assert_eq!(out.error_count(), 0, "{out:#?}");
    assert_eq!(out.warning_count(), 0, "{out:#?}");
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
    assert!(guardians().any(|g| g.interpreter_needed && g.language.as_deref() == Some("arabisch")));
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
