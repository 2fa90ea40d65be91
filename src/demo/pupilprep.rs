//! The pupil's part in the demo: the school has the pupil attend progress conversations from
//! groep 5 on, and in this year's round the mentors of the oldest groups printed slips; a few
//! of their pupils have prepared the conversation already (one would like to lead it). The demo
//! school is a primary school, so the oldest groups stand in for the secondary-school flavour.
//! Everything is written through the feature's own functions; only the look-ups are here.

use crate::auth::{Roles, StaffUser};
use crate::db::Db;
use crate::domain::SchoolType;
use crate::i18n::Lang;
use crate::pupilprep::{self, rules::Answers};

/// (went well, want to work on, need from school, need from parents, would like to lead)
const ANSWERS: &[(&str, &str, &str, &str, bool)] = &[
    (
        "Mijn werkstuk over de Gouden Eeuw kreeg een mooi cijfer.",
        "Rustig blijven bij toetsen, vooral bij rekenen.",
        "Dat de juf een oefentoets met mij doorneemt.",
        "Dat ze me overhoren voor de toets van vrijdag.",
        true,
    ),
    (
        "Ik heb nieuwe vrienden gemaakt in de klas.",
        "Mijn huiswerk op tijd plannen.",
        "Een planner en af en toe vragen of het lukt.",
        "Dat we samen kijken naar mijn weekplanning.",
        false,
    ),
    (
        "Begrijpend lezen gaat veel beter dan vorig jaar.",
        "Spelling, vooral de werkwoorden.",
        "Extra oefenbladen voor werkwoordspelling.",
        "",
        false,
    ),
    (
        "Bij gym en tekenen doe ik goed mee.",
        "Meer durven zeggen in de klas.",
        "Dat de meester mij soms de beurt geeft als ik mijn vinger niet opsteek.",
        "Dat ze vragen hoe mijn dag was.",
        true,
    ),
];

#[derive(sqlx::FromRow)]
struct Person {
    id: i64,
    name: String,
    email: String,
}

fn staff_user(p: Person, school_id: i64, roles: Roles) -> StaffUser {
    StaffUser {
        id: p.id,
        school_id,
        name: p.name,
        email: p.email,
        roles,
        board: false,
    }
}

pub async fn add(db: &Db, school_id: i64, round_id: i64, base_url: &str) -> anyhow::Result<()> {
    let director: Option<Person> = sqlx::query_as(
        "SELECT id, name, email FROM staff WHERE school_id = $1 AND is_director = 1 ORDER BY id LIMIT 1",
    )
    .bind(school_id)
    .fetch_optional(db.read())
    .await?;
    if let Some(director) = director {
        let roles = Roles {
            director: true,
            ..Roles::default()
        };
        let me = staff_user(director, school_id, roles);
        let grades: Vec<(SchoolType, i64, bool)> = pupilprep::rules::grades_of(SchoolType::Po)
            .map(|g| (SchoolType::Po, g, g >= 5))
            .collect();
        pupilprep::save_grade_settings(db, &me, &grades, false).await?;
    }
    let Some(round) = crate::rounds::load(db, round_id).await? else {
        return Ok(());
    };
    // The mentors of the oldest groups, each printing slips for their own pupils.
    let mentors: Vec<Person> = sqlx::query_as(
        "SELECT DISTINCT s.id, s.name, s.email FROM staff s JOIN group_staff gs ON gs.staff_id = s.id \
         JOIN groups g ON g.id = gs.group_id JOIN round_groups rg ON rg.group_id = g.id AND rg.round_id = $1 \
         WHERE g.school_id = $2 AND s.is_teacher = 1 AND g.grade = (SELECT MAX(og.grade) FROM groups og \
         JOIN round_groups org ON org.group_id = og.id AND org.round_id = $1) ORDER BY s.id",
    )
    .bind(round_id)
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let mut next = 0;
    for mentor in mentors {
        let roles = Roles {
            teacher: true,
            ..Roles::default()
        };
        let me = staff_user(mentor, school_id, roles);
        let slips = pupilprep::print_slips(db, &me, &round, None, base_url, Lang::Nl).await?;
        // Every third pupil of the group has prepared so far.
        for slip in slips.iter().step_by(3) {
            let Some(token) = slip.link.rsplit('/').next() else {
                continue;
            };
            let (went_well, work_on, need_school, need_parents, lead) =
                ANSWERS[next % ANSWERS.len()];
            next += 1;
            let answers = Answers {
                went_well: went_well.into(),
                work_on: work_on.into(),
                need_school: need_school.into(),
                need_parents: need_parents.into(),
                wants_to_lead: lead,
            };
            pupilprep::answer_through_link(db, token, answers).await?;
        }
    }
    Ok(())
}
