//! The row checks: dates, leerlingnummers, names, e-mail addresses, guardians, grades, ja/nee
//! columns, relationships, school types and phone numbers.

use super::*;
use crate::import::parse::guardians::{parse_relationship, parse_yes_no};
use crate::import::parse::rows::grade_from_group;

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
