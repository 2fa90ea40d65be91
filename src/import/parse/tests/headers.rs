//! Header recognition: exports of the school administrations, English headers, the many ways
//! to write a guardian column, and equal columns.

use super::*;
use crate::import::parse::headers::match_header;

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
    assert!(out.can_import(), "{out:?}");
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
