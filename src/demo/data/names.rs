//! Plausible people: names by background (Polish surnames take their feminine form, patronymic
//! backgrounds use a father's first name), and unique e-mail addresses and phone numbers made
//! from them.

use std::collections::HashSet;

use super::rng::Rng;
use super::tables::{pool, Origin, DUTCH_ELDER_MEN, DUTCH_ELDER_WOMEN, EMAIL_DOMAINS, ORIGINS};
use crate::domain::PersonName;

pub(super) fn pick_origin(rng: &mut Rng) -> Origin {
    let weights: Vec<f64> = ORIGINS.iter().map(|(_, w)| *w).collect();
    ORIGINS[rng.weighted(&weights)].0
}

pub(super) fn pick_non_dutch_origin(rng: &mut Rng) -> Origin {
    let weights: Vec<f64> = ORIGINS
        .iter()
        .map(|(o, w)| if *o == Origin::Dutch { 0.0 } else { *w })
        .collect();
    ORIGINS[rng.weighted(&weights)].0
}

pub(super) fn adult_first_name(rng: &mut Rng, origin: Origin, female: bool, elder: bool) -> String {
    let p = pool(origin);
    let list = match (origin, female, elder) {
        (Origin::Dutch, false, true) => DUTCH_ELDER_MEN,
        (Origin::Dutch, true, true) => DUTCH_ELDER_WOMEN,
        (_, false, _) => p.men,
        (_, true, _) => p.women,
    };
    rng.pick(list).to_string()
}

/// A family name in its base (masculine) form: (prefix, last). Patronymic backgrounds use a
/// man's first name (the bearer's father).
pub(super) fn family_name(rng: &mut Rng, origin: Origin) -> (String, String) {
    let p = pool(origin);
    if p.patronymic || p.surnames.is_empty() {
        return (String::new(), rng.pick(p.men).to_string());
    }
    let (prefix, last) = rng.pick(p.surnames);
    (prefix.to_string(), last.to_string())
}

/// Polish surnames in -ski/-cki/-dzki take -ska/-cka/-dzka for women and girls.
pub(super) fn gendered(last: &str, female: bool) -> String {
    if female && (last.ends_with("ski") || last.ends_with("cki") || last.ends_with("zki")) {
        let mut s = last[..last.len() - 1].to_string();
        s.push('a');
        s
    } else {
        last.to_string()
    }
}

/// The base form of a (possibly feminine Polish) surname: "Kowalska" -> "Kowalski".
pub(super) fn masculine(last: &str) -> String {
    if last.ends_with("ska") || last.ends_with("cka") || last.ends_with("zka") {
        let mut s = last[..last.len() - 1].to_string();
        s.push('i');
        s
    } else {
        last.to_string()
    }
}

pub(super) fn adult(rng: &mut Rng, origin: Origin, female: bool, elder: bool) -> PersonName {
    let first = adult_first_name(rng, origin, female, elder);
    let (prefix, last) = family_name(rng, origin);
    PersonName {
        first_name: first,
        name_prefix: prefix,
        last_name: gendered(&last, female),
    }
}

/// ASCII, lower case, only letters and digits: "Daniëlle van 't Hof" -> "daniellevanthof".
pub(super) fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        for lc in c.to_lowercase() {
            let mapped = match lc {
                'a'..='z' | '0'..='9' => Some(lc),
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => Some('a'),
                'é' | 'è' | 'ê' | 'ë' | 'ę' => Some('e'),
                'í' | 'ì' | 'î' | 'ï' | 'ı' => Some('i'),
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => Some('o'),
                'ú' | 'ù' | 'û' | 'ü' => Some('u'),
                'ç' | 'ć' => Some('c'),
                'ş' | 'ś' => Some('s'),
                'ğ' => Some('g'),
                'ł' => Some('l'),
                'ń' | 'ñ' => Some('n'),
                'ż' | 'ź' => Some('z'),
                'ý' | 'ÿ' => Some('y'),
                _ => None,
            };
            if let Some(m) = mapped {
                out.push(m);
            }
        }
    }
    out
}

pub(super) fn unique_email(
    rng: &mut Rng,
    used: &mut HashSet<String>,
    name: &PersonName,
    birth_year: i32,
) -> String {
    let mut first = fold(&name.first_name);
    if first.is_empty() {
        first = "ouder".to_string();
    }
    let mut last = fold(&format!("{}{}", name.name_prefix, name.last_name));
    if last.is_empty() {
        last = "ouder".to_string();
    }
    let initial = &first[..1];
    let yy = birth_year.rem_euclid(100);
    let local = match rng.below(7) {
        0 | 1 => format!("{first}.{last}"),
        2 => format!("{initial}.{last}"),
        3 => format!("{first}{last}"),
        4 => format!("{first}{yy:02}"),
        5 => format!("{first}_{last}"),
        _ => format!("{last}.{first}"),
    };
    let domain = rng.pick(EMAIL_DOMAINS);
    let mut email = format!("{local}@{domain}");
    let mut tries = 0u32;
    while used.contains(&email) {
        tries += 1;
        let n = if tries < 20 {
            rng.range(2, 99) as u64
        } else {
            100 + tries as u64
        };
        email = format!("{local}{n}@{domain}");
    }
    used.insert(email.clone());
    email
}

pub(super) fn unique_phone(rng: &mut Rng, used: &mut HashSet<u64>) -> String {
    // 8 digits after 06, first digit 1–6 as in real mobile numbers. There is no officially
    // reserved fictitious 06 range in the Netherlands: never dial these.
    let mut n = 10_000_000 + rng.below(60_000_000);
    while used.contains(&n) {
        n = 10_000_000 + (n - 10_000_000 + 1) % 60_000_000;
    }
    used.insert(n);
    format!("06-{:04} {:04}", n / 10_000, n % 10_000)
}

pub(super) fn staff_person(rng: &mut Rng, female: bool) -> PersonName {
    let origin = match rng.below(100) {
        0..=79 => Origin::Dutch,
        80..=86 => Origin::Surinamese,
        87..=93 => Origin::Moroccan,
        _ => Origin::Turkish,
    };
    adult(rng, origin, female, false)
}

pub(super) fn initial_of(name: &str) -> String {
    let mut s: String = name
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    s.push('.');
    s
}
