//! Pure decisions of the pupil's part: which grades a school has, what a new round's "pupil
//! attends" box starts as, when a pupil's link works, and what a preparation form holds.

use crate::domain::{RoundKind, SchoolType};

/// The grades of a school type: groep 1–8 in primary (and special) education, leerjaar 1–6 in
/// secondary, 1–4 in mbo.
pub fn grades_of(school_type: SchoolType) -> std::ops::RangeInclusive<i64> {
    match school_type {
        SchoolType::Po | SchoolType::So => 1..=8,
        SchoolType::Vo | SchoolType::Vso => 1..=6,
        SchoolType::Mbo => 1..=4,
    }
}

/// Every grade of the school types a school has, in a fixed order (primary first); a school
/// without groups yet is a primary school.
pub fn school_grades(types: &[SchoolType]) -> Vec<(SchoolType, i64)> {
    let mut types: Vec<SchoolType> = types.to_vec();
    if types.is_empty() {
        types.push(SchoolType::Po);
    }
    // Declaration order: po, so, vo, vso, mbo.
    types.sort();
    types.dedup();
    types
        .into_iter()
        .flat_map(|t| grades_of(t).map(move |g| (t, g)))
        .collect()
}

/// What a new round's "pupil attends" box starts as, from the grade setting of each chosen group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundDefault {
    /// Every chosen group's grade has the pupil attend (also: no group chosen yet).
    Attends,
    /// No chosen group's grade has the pupil attend.
    Without,
    /// The grades differ: the person making the round chooses.
    Mixed,
}

pub fn round_default(attends: &[bool]) -> RoundDefault {
    match (attends.iter().any(|a| *a), attends.iter().all(|a| *a)) {
        (_, true) => RoundDefault::Attends,
        (false, false) => RoundDefault::Without,
        (true, false) => RoundDefault::Mixed,
    }
}

/// Pupils prepare progress conversations they attend.
pub fn round_has_preparation(kind: &str, pupil_expected: bool) -> bool {
    pupil_expected && RoundKind::parse(kind) == Some(RoundKind::Progress)
}

/// The moment a round is over for its pupils' links: when sign-up closes or, when later, the
/// end of its last conversation.
pub fn round_over_at(closes_at: i64, last_conversation_end: Option<i64>) -> i64 {
    last_conversation_end.map_or(closes_at, |end| end.max(closes_at))
}

/// A pupil's link works while the round is not archived and not over.
pub fn link_works(archived: bool, over_at: i64, now: i64) -> bool {
    !archived && now < over_at
}

/// The longest answer a pupil may write in one field.
pub const ANSWER_MAX_CHARS: usize = 1500;

/// The preparation as the pupil typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub went_well: String,
    pub work_on: String,
    pub need_school: String,
    pub need_parents: String,
    pub wants_to_lead: bool,
}

/// Why a preparation cannot be saved (the key of the message shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswersProblem {
    Empty,
    TooLong,
}

impl AnswersProblem {
    pub fn key(self) -> &'static str {
        match self {
            AnswersProblem::Empty => "pupilprep-problem-empty",
            AnswersProblem::TooLong => "pupilprep-problem-too-long",
        }
    }
}

/// Trims the answers; something must be written, and nothing too long.
pub fn check_answers(typed: Answers) -> (Answers, Option<AnswersProblem>) {
    let a = Answers {
        went_well: typed.went_well.trim().to_string(),
        work_on: typed.work_on.trim().to_string(),
        need_school: typed.need_school.trim().to_string(),
        need_parents: typed.need_parents.trim().to_string(),
        wants_to_lead: typed.wants_to_lead,
    };
    let fields = [&a.went_well, &a.work_on, &a.need_school, &a.need_parents];
    let problem = if fields.iter().any(|f| f.chars().count() > ANSWER_MAX_CHARS) {
        Some(AnswersProblem::TooLong)
    } else if fields.iter().all(|f| f.is_empty()) {
        Some(AnswersProblem::Empty)
    } else {
        None
    };
    (a, problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_follow_the_school_types() {
        assert_eq!(school_grades(&[]).len(), 8, "no groups yet: groep 1-8");
        let both = school_grades(&[SchoolType::Vo, SchoolType::Po, SchoolType::Vo]);
        assert_eq!(both.len(), 14);
        assert_eq!(both[0], (SchoolType::Po, 1));
        assert_eq!(both[8], (SchoolType::Vo, 1));
        assert_eq!(both[13], (SchoolType::Vo, 6));
        assert_eq!(grades_of(SchoolType::Mbo), 1..=4);
    }

    #[test]
    fn the_round_default_follows_the_chosen_groups_grades() {
        assert_eq!(round_default(&[]), RoundDefault::Attends);
        assert_eq!(round_default(&[true, true]), RoundDefault::Attends);
        assert_eq!(round_default(&[false, false]), RoundDefault::Without);
        assert_eq!(round_default(&[true, false]), RoundDefault::Mixed);
    }

    #[test]
    fn only_progress_rounds_with_the_pupil_have_a_preparation() {
        assert!(round_has_preparation("progress", true));
        assert!(!round_has_preparation("progress", false));
        assert!(!round_has_preparation("start", true));
    }

    #[test]
    fn a_link_works_until_the_last_conversation_or_the_close_whichever_is_later() {
        assert_eq!(round_over_at(100, None), 100);
        assert_eq!(round_over_at(100, Some(250)), 250);
        assert_eq!(round_over_at(300, Some(250)), 300);
        assert!(link_works(false, 250, 249));
        assert!(!link_works(false, 250, 250));
        assert!(
            !link_works(true, 250, 10),
            "an archived round ends its links"
        );
    }

    #[test]
    fn answers_are_trimmed_and_must_say_something() {
        let (a, p) = check_answers(Answers {
            went_well: "  Wiskunde  ".into(),
            ..Answers::default()
        });
        assert_eq!(a.went_well, "Wiskunde");
        assert_eq!(p, None);
        let (_, p) = check_answers(Answers {
            work_on: " ".into(),
            wants_to_lead: true,
            ..Answers::default()
        });
        assert_eq!(p, Some(AnswersProblem::Empty));
        let (_, p) = check_answers(Answers {
            need_parents: "x".repeat(ANSWER_MAX_CHARS + 1),
            ..Answers::default()
        });
        assert_eq!(p, Some(AnswersProblem::TooLong));
    }
}
