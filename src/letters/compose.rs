//! What a letter says, in the guardian's language: pure, so it is tested without a database.
//! The school's own words (its name, the round's title, the place) stay as the school wrote them.

use crate::i18n::Lang;
use crate::rounds::invitations::{attendees, join_names, place};
use crate::rounds::Round;
use crate::timefmt;

use super::qr;

/// One printed letter, every text already in the letter's language.
pub struct Letter {
    /// `lang` and `dir` of the letter's block, so a letter in Arabic reads right to left on a
    /// page whose chrome is Dutch.
    pub lang: &'static str,
    pub dir: &'static str,
    pub school: String,
    pub printed_on: String,
    pub heading: String,
    pub greeting: String,
    pub intro: String,
    /// (label, value) lines: what, how long, where, with whom, the child, the deadline.
    pub facts: Vec<(String, String)>,
    pub timetable_note: Option<String>,
    pub steps_heading: String,
    pub steps: Vec<String>,
    pub link_label: String,
    pub link: String,
    /// Inline SVG drawn on the server (trusted markup: made by `qr::svg` from the link).
    pub qr_svg: String,
    pub personal: String,
    pub help: Vec<String>,
    pub closing: String,
}

/// Languages written right to left among those a guardian may prefer.
pub fn direction(lang_code: &str) -> &'static str {
    crate::i18n::Lang::from_code(lang_code).map_or("ltr", |lang| lang.dir())
}

/// What a letter is made of besides the round.
pub struct Parts<'a> {
    pub school: &'a str,
    pub school_contact: &'a str,
    pub guardian: &'a str,
    pub children: &'a [String],
    pub link: &'a str,
    pub today: time::Date,
}

pub fn letter(lang: Lang, round: &Round, parts: &Parts<'_>) -> Letter {
    let children = join_names(lang, parts.children);
    let one = |key: &str| lang.t(key);
    let with = |key: &str, args: &[(&str, String)]| lang.tr(key, args);
    let kind = match round.kind.as_str() {
        "start" | "progress" | "exit" => round.kind.as_str(),
        _ => "other",
    };
    let child_along = if round.pupil_expected {
        one("letter-child-along")
    } else {
        one("letter-child-not-along")
    };
    let facts = vec![
        (one("letter-fact-what"), round.title.clone()),
        (
            one("letter-fact-duration"),
            lang.tn("letter-minutes", "minutes", round.slot_minutes),
        ),
        (one("letter-fact-where"), place(lang, round)),
        (one("letter-fact-who"), attendees(lang, round)),
        (one("letter-fact-child"), child_along),
        (
            one("letter-fact-deadline"),
            timefmt::datetime(lang, round.closes_at),
        ),
    ];
    let mut help = vec![one("letter-help-interpreter")];
    if !parts.school_contact.trim().is_empty() {
        help.push(with(
            "letter-help-contact",
            &[("contact", parts.school_contact.trim().to_string())],
        ));
    }
    help.push(one("letter-help-no-internet"));
    let qr_svg = qr::svg(parts.link, &one("letter-qr-label")).unwrap_or_default();
    Letter {
        lang: lang.code(),
        dir: direction(lang.code()),
        school: parts.school.to_string(),
        printed_on: timefmt::date(lang, parts.today),
        heading: with("letter-heading", &[("children", children.clone())]),
        greeting: with("letter-greeting", &[("parent", parts.guardian.to_string())]),
        intro: with(
            &format!("letter-intro-{kind}"),
            &[("children", children), ("school", parts.school.to_string())],
        ),
        facts,
        timetable_note: (round.scheduling == "timetable").then(|| one("letter-timetable-note")),
        steps_heading: one("letter-steps-heading"),
        steps: vec![
            one("letter-step-scan"),
            one("letter-step-type"),
            one("letter-step-choose"),
        ],
        link_label: one("letter-link-label"),
        link: parts.link.to_string(),
        qr_svg,
        personal: one("letter-personal"),
        help,
        closing: with("letter-closing", &[("school", parts.school.to_string())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(kind: &str) -> Round {
        Round {
            id: 1,
            school_id: 1,
            kind: kind.into(),
            title: "Startgesprekken".into(),
            opens_at: 0,
            closes_at: 1_789_000_000,
            slot_minutes: 20,
            gap_minutes: 0,
            form: "school".into(),
            location: "lokaal 12".into(),
            pupil_expected: true,
            attendees: String::new(),
            invitation_text: String::new(),
            reminder_hours: 24,
            scheduling: "self".into(),
        }
    }

    fn parts<'a>(children: &'a [String], contact: &'a str) -> Parts<'a> {
        Parts {
            school: "OBS De Linde",
            school_contact: contact,
            guardian: "Linda Bakker",
            children,
            link: "https://x.nl/b/abc",
            today: time::macros::date!(2026 - 09 - 07),
        }
    }

    fn all_text(l: &Letter) -> String {
        let mut s = vec![
            l.heading.clone(),
            l.greeting.clone(),
            l.intro.clone(),
            l.steps.join(" "),
            l.personal.clone(),
            l.help.join(" "),
            l.closing.clone(),
            l.printed_on.clone(),
        ];
        for (k, v) in &l.facts {
            s.push(format!("{k} {v}"));
        }
        s.join("\n")
    }

    #[test]
    fn a_letter_names_the_children_the_facts_and_the_link_in_its_language() {
        let kids = vec!["Sem".to_string(), "Lotte".to_string()];
        let nl = letter(Lang::Nl, &round("start"), &parts(&kids, "010-1234567"));
        let en = letter(Lang::En, &round("start"), &parts(&kids, ""));
        let (nl_text, en_text) = (all_text(&nl), all_text(&en));
        assert!(nl_text.contains("Sem en Lotte"), "{nl_text}");
        assert!(en_text.contains("Sem and Lotte"), "{en_text}");
        for t in [&nl_text, &en_text] {
            assert!(t.contains("Linda Bakker") && t.contains("OBS De Linde"));
            assert!(t.contains("lokaal 12") && t.contains("20"));
        }
        assert!(nl_text.contains("010-1234567"), "the school's phone");
        assert!(nl_text.contains("september 2026") && en_text.contains("September 2026"));
        assert_ne!(nl.steps, en.steps);
        assert_eq!((nl.lang, en.lang, nl.dir), ("nl", "en", "ltr"));
        assert!(nl.qr_svg.starts_with("<svg") && nl.link == "https://x.nl/b/abc");
        // Every text was found: no raw key leaks into a letter.
        for t in [&nl_text, &en_text] {
            assert!(!t.contains("letter-"), "{t}");
        }
    }

    #[test]
    fn each_kind_of_round_has_its_own_intro_and_arabic_reads_right_to_left() {
        let kids = vec!["Sem".to_string()];
        let intros: Vec<String> = ["start", "progress", "exit", "other", "unknown"]
            .iter()
            .map(|k| letter(Lang::Nl, &round(k), &parts(&kids, "")).intro)
            .collect();
        assert_ne!(intros[0], intros[1]);
        assert_ne!(intros[1], intros[2]);
        assert_eq!(intros[3], intros[4], "an unknown kind reads as 'other'");
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("tr"), "ltr");
    }
}
