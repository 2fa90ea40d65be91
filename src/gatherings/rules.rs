//! Pure decisions about gatherings: kinds and audiences, who may plan what, the capacity, how a
//! family's answer is read from the form, and the information-evening wish of a startgesprek.

/// What parents are invited to. Codes are stored in `gatherings.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The class reception at the start of the year: per group, short and informal.
    Reception,
    /// An information evening for a group or a grade (e.g. the step to secondary school).
    Info,
    /// A parent evening for the whole school.
    Plenary,
    /// A group exit session for the families who leave (planned on the exit page).
    Exit,
}

impl Kind {
    /// The kinds planned on the gatherings page (exit sessions are planned on the exit page).
    pub const PLANNED_HERE: [&'static str; 3] = ["reception", "info", "plenary"];

    pub fn parse(code: &str) -> Option<Kind> {
        match code.trim() {
            "reception" => Some(Kind::Reception),
            "info" => Some(Kind::Info),
            "plenary" => Some(Kind::Plenary),
            "exit" => Some(Kind::Exit),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Kind::Reception => "reception",
            Kind::Info => "info",
            Kind::Plenary => "plenary",
            Kind::Exit => "exit",
        }
    }

    /// How long it usually lasts, in minutes (the form's default).
    pub fn usual_minutes(self) -> i64 {
        match self {
            Kind::Reception => 45,
            Kind::Info | Kind::Plenary => 90,
            Kind::Exit => 90,
        }
    }
}

/// Who is invited. Codes are stored in `gatherings.audience`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The families of the pupils in the chosen groups (`gathering_groups`).
    Groups,
    /// The families of the pupils in one grade of the current year.
    Grade,
    /// Every family of the school.
    School,
    /// Families of leaving pupils (exit sessions).
    Leavers,
}

impl Audience {
    pub fn parse(code: &str) -> Option<Audience> {
        match code.trim() {
            "groups" => Some(Audience::Groups),
            "grade" => Some(Audience::Grade),
            "school" => Some(Audience::School),
            "leavers" => Some(Audience::Leavers),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Audience::Groups => "groups",
            Audience::Grade => "grade",
            Audience::School => "school",
            Audience::Leavers => "leavers",
        }
    }
}

/// A teacher plans for their own groups only; a grade or the whole school is for those who see
/// the whole school (director, care coordinator, administrator).
pub fn may_plan(whole_school: bool, audience: Audience, groups_all_own: bool) -> bool {
    match audience {
        Audience::Groups => whole_school || groups_all_own,
        Audience::Grade | Audience::School => whole_school,
        Audience::Leavers => false,
    }
}

/// A family answers for at most this many people.
pub const MAX_PEOPLE: i64 = 6;

/// Whether `people` more fit when `taken` places are taken; no capacity means no limit.
pub fn has_room(taken: i64, people: i64, capacity: Option<i64>) -> bool {
    capacity.is_none_or(|c| taken + people <= c)
}

/// How many people a yes (or maybe) stands for: as typed when 1 to 6, otherwise one.
pub fn people_coming(typed: &str) -> i64 {
    typed
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (1..=MAX_PEOPLE).contains(p))
        .unwrap_or(1)
}

/// A family's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// "yes", "no" or "maybe".
    pub answer: &'static str,
    pub people: i64,
    /// The language an interpreter should speak; empty when none is needed.
    pub interpreter: String,
    pub childcare: bool,
    pub children_join: bool,
}

impl Answer {
    /// Reads the form: an unknown answer is a no; a no carries no people and no needs; an
    /// interpreter language is a code from the list or, for another language, the name as the
    /// family typed it (trimmed, at most `MAX_OTHER_LANGUAGE` characters).
    pub fn read(
        answer: &str,
        people: &str,
        interpreter: bool,
        interpreter_lang: &str,
        childcare: bool,
        children_join: bool,
    ) -> Answer {
        let answer = match answer.trim() {
            "yes" => "yes",
            "maybe" => "maybe",
            _ => "no",
        };
        if answer == "no" {
            return Answer {
                answer,
                people: 0,
                interpreter: String::new(),
                childcare: false,
                children_join: false,
            };
        }
        let lang = interpreter_lang.trim();
        Answer {
            answer,
            people: people_coming(people),
            interpreter: if interpreter {
                lang.chars().take(MAX_OTHER_LANGUAGE).collect()
            } else {
                String::new()
            },
            childcare,
            children_join,
        }
    }

    /// Only a yes takes places.
    pub fn takes_places(&self) -> i64 {
        if self.answer == "yes" {
            self.people
        } else {
            0
        }
    }
}

/// Another language, typed by the family, is kept up to this many characters.
pub const MAX_OTHER_LANGUAGE: usize = 60;

/// Whether the interpreter box was ticked without saying which language (an error in the page).
pub fn interpreter_language_missing(answer: &str, ticked: bool, language: &str) -> bool {
    ticked && answer.trim() != "no" && language.trim().is_empty()
}

/// A stored interpreter language as shown: the name of a listed language in itself, else the
/// language as the family typed it.
pub fn interpreter_name(stored: &str) -> String {
    match listed_language(stored) {
        Some(name) => name.to_string(),
        None => stored.to_string(),
    }
}

/// The name of a listed interpreter language code.
pub fn listed_language(code: &str) -> Option<&'static str> {
    INTERPRETER_LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
}

/// Languages an interpreter can be asked for, each named in itself so every parent finds their
/// own whatever the page's language.
pub const INTERPRETER_LANGUAGES: [(&str, &str); 11] = [
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
    ("uk", "Українська"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("fa", "فارسی"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
];

/// The startgesprek's answer to "would you like an information evening?": yes, no or maybe
/// (anything else is "not asked").
pub fn info_evening_choice(code: &str) -> &'static str {
    match code.trim() {
        "yes" => "yes",
        "no" => "no",
        "maybe" => "maybe",
        _ => "",
    }
}

/// A group's wishes are enough to propose an evening once one family said yes or maybe.
pub fn worth_an_evening(yes: i64, maybe: i64) -> bool {
    yes + maybe > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_holds_and_none_means_open() {
        assert!(has_room(28, 2, Some(30)));
        assert!(!has_room(29, 2, Some(30)));
        assert!(has_room(1000, 6, None));
        assert_eq!(people_coming(" 3 "), 3);
        assert_eq!(people_coming("7"), 1);
        assert_eq!(people_coming("0"), 1);
        assert_eq!(people_coming("veel"), 1);
    }

    #[test]
    fn an_answer_is_read_from_the_form() {
        let yes = Answer::read("yes", "2", true, "ar", true, false);
        assert_eq!(yes.answer, "yes");
        assert_eq!((yes.people, yes.interpreter.as_str()), (2, "ar"));
        assert!(yes.childcare);
        assert_eq!(yes.takes_places(), 2);
        let maybe = Answer::read("maybe", "2", true, " Amhaars ", false, false);
        assert_eq!(maybe.interpreter, "Amhaars", "another language as typed");
        assert_eq!(interpreter_name("Amhaars"), "Amhaars");
        assert_eq!(interpreter_name("ar"), "العربية");
        let long = "x".repeat(200);
        assert_eq!(
            Answer::read("yes", "1", true, &long, false, false)
                .interpreter
                .len(),
            MAX_OTHER_LANGUAGE
        );
        assert!(interpreter_language_missing("yes", true, " "));
        assert!(!interpreter_language_missing("no", true, ""));
        assert!(!interpreter_language_missing("yes", false, ""));
        assert_eq!(maybe.takes_places(), 0, "a maybe holds no seat");
        let no = Answer::read("whatever", "3", true, "ar", true, true);
        assert_eq!(no.answer, "no");
        assert_eq!(
            (no.people, no.interpreter.as_str(), no.childcare),
            (0, "", false)
        );
        let unchecked = Answer::read("yes", "1", false, "ar", false, false);
        assert_eq!(
            unchecked.interpreter, "",
            "language only with the box ticked"
        );
    }

    #[test]
    fn teachers_plan_for_their_own_groups_only() {
        assert!(may_plan(false, Audience::Groups, true));
        assert!(!may_plan(false, Audience::Groups, false));
        assert!(!may_plan(false, Audience::School, true));
        assert!(!may_plan(false, Audience::Grade, true));
        assert!(may_plan(true, Audience::School, false));
        assert!(!may_plan(true, Audience::Leavers, false));
    }

    #[test]
    fn startgesprek_wishes() {
        assert_eq!(info_evening_choice("maybe"), "maybe");
        assert_eq!(info_evening_choice("ja"), "");
        assert!(worth_an_evening(0, 1));
        assert!(!worth_an_evening(0, 0));
        for (code, _) in INTERPRETER_LANGUAGES {
            assert!(crate::domain::codes::LANGUAGES.contains(&code));
        }
    }
}
