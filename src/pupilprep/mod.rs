//! The pupil's part in progress conversations (issue 12, item 4).
//!
//! Per grade the school decides whether the pupil attends progress conversations; that setting
//! pre-sets a new round's "pupil attends" box (`round_default_for`), and a round may still
//! differ. In a progress round with the pupil attending, each pupil can prepare the conversation
//! through a personal link (`/leerling/{token}`): what went well, what they want to work on,
//! what they need from school and from their parents, and whether they would like to lead the
//! conversation. The mentor hands out the links on printed slips (with a QR code drawn by the
//! letters feature) or, when the school allows it, mails them to the parents in their language.
//! Only hashes of links are stored, so every slip or mail makes a new link; a pupil's links work
//! until the round is over (`rules::round_over_at`) and the pupil may change the answers until
//! then. The mentor sees the preparation beside the record of the conversation and a mark on the
//! day schedule.

mod routes;
pub mod rules;
mod store;

pub use routes::router;
pub use rules::RoundDefault;
pub use store::Prep;

use std::collections::HashSet;

use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::{tokens, StaffUser};
use crate::db::{now, Db, Tx};
use crate::i18n::{mail_lang, Lang};
use crate::mail::{self, Outgoing};
use crate::rounds::Round;

/// The grade setting of each of these groups (group id, pupil attends), for the round form.
pub async fn groups_attend(
    db: &Db,
    school_id: i64,
    group_ids: &[i64],
) -> Result<Vec<(i64, bool)>, sqlx::Error> {
    store::groups_attend(db, school_id, group_ids).await
}

/// What the "pupil attends" box of a round for these groups starts as.
pub async fn round_default_for(
    db: &Db,
    school_id: i64,
    group_ids: &[i64],
) -> Result<RoundDefault, sqlx::Error> {
    let attends: Vec<bool> = groups_attend(db, school_id, group_ids)
        .await?
        .into_iter()
        .map(|(_, a)| a)
        .collect();
    Ok(rules::round_default(&attends))
}

/// Whether a round's pupils prepare their conversation.
pub fn round_has_preparation(round: &Round) -> bool {
    rules::round_has_preparation(&round.kind, round.pupil_expected)
}

/// Of these pupils, the ones who prepared the round (the day schedule's mark).
pub async fn prepared_pupils(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<HashSet<i64>, sqlx::Error> {
    Ok(store::prepared(db, round_id, pupil_ids)
        .await?
        .into_iter()
        .collect())
}

/// The preparation beside a progress record, if the pupil made one: that of the record's
/// conversation round when the record names its booking, else (a record written without a
/// booking) that of a round around the day it was held (`held_on`, ISO date). The view is
/// written to the audit log by the caller's record view and here for the preparation.
pub async fn preparation_for_record(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    record_id: i64,
    held_on: &str,
) -> Result<Option<Prep>, sqlx::Error> {
    let prep = match store::record_round(db, record_id, pupil_id).await? {
        Some(round_id) => store::prep(db, round_id, pupil_id).await?,
        None => {
            let Some(day) = crate::timefmt::parse_iso(held_on) else {
                return Ok(None);
            };
            let from = crate::timefmt::from_amsterdam(day, time::Time::MIDNIGHT);
            let until = from + 24 * 3600;
            // A round that ended up to two weeks before the record was written still counts.
            store::prep_near(db, me.school_id, pupil_id, from - 14 * 24 * 3600, until).await?
        }
    };
    if let Some(p) = &prep {
        audit::view(db, me, pupil_id, "pupil-prep", Some(p.id)).await?;
    }
    Ok(prep)
}

/// One printed slip: the pupil's name and their new link.
pub struct Slip {
    pub pupil: String,
    pub group: String,
    pub link: String,
    pub qr_svg: String,
}

/// One new personal link for a pupil of the round (its hash stored, with an audit line in the
/// same transaction); the link as the pupil types or scans it.
async fn add_link(
    tx: &mut Tx,
    me: &StaffUser,
    round: &Round,
    pupil: i64,
    channel: &str,
    base_url: &str,
    at: i64,
) -> Result<String, sqlx::Error> {
    let token = tokens::new_token();
    let hash = tokens::hash_token(&token);
    let id = store::add_link(tx, round.id, pupil, &hash, channel, me.id, at).await?;
    let line = Line::new(Some(pupil), "create", "pupil-prep-link", Some(id))
        .detail(format!("round {}, {channel}", round.id));
    audit::change(tx, me, line).await?;
    Ok(format!("{base_url}/leerling/{token}"))
}

/// A new link for each of these pupils of the round (already checked to be within reach), each
/// with an audit line, in one transaction per batch.
async fn new_links(
    db: &Db,
    me: &StaffUser,
    round: &Round,
    pupils: &[i64],
    channel: &str,
    base_url: &str,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let mut links = Vec::with_capacity(pupils.len());
    for batch in pupils.chunks(50) {
        let at = now();
        let mut tx = db.begin().await?;
        for pupil in batch {
            let link = add_link(&mut tx, me, round, *pupil, channel, base_url, at).await?;
            links.push((*pupil, link));
        }
        tx.commit().await?;
    }
    Ok(links)
}

/// Slips for the round's pupils within reach (`only` one pupil, or all).
pub async fn print_slips(
    db: &Db,
    me: &StaffUser,
    round: &Round,
    only: Option<i64>,
    base_url: &str,
    lang: Lang,
) -> Result<Vec<Slip>, sqlx::Error> {
    let pupils = store::round_pupils(db, &Reach::of(me), round.id, only).await?;
    let ids: Vec<i64> = pupils.iter().map(|p| p.id).collect();
    let links = new_links(db, me, round, &ids, "slip", base_url).await?;
    let label = lang.t("pupilprep-slip-qr-label");
    Ok(pupils
        .into_iter()
        .zip(links)
        .map(|(p, (_, link))| Slip {
            pupil: p.name.full(),
            group: p.group_name,
            qr_svg: crate::letters::qr::svg(&link, &label).unwrap_or_default(),
            link,
        })
        .collect())
}

/// Mails each pupil's new link to their parents (those who receive invitations and have an
/// address), in each parent's language: the link, its audit line and the mails in one
/// transaction per batch of pupils. Returns how many mails were queued.
pub async fn mail_links(
    db: &Db,
    me: &StaffUser,
    round: &Round,
    base_url: &str,
) -> Result<usize, sqlx::Error> {
    let pupils = store::round_pupils(db, &Reach::of(me), round.id, None).await?;
    let ids: Vec<i64> = pupils.iter().map(|p| p.id).collect();
    let parents = store::parent_addresses(db, &ids).await?;
    let school = crate::school::school_name(db, round.school_id).await?;
    let reached: Vec<&store::RoundPupil> = pupils
        .iter()
        .filter(|p| parents.iter().any(|g| g.pupil_id == p.id))
        .collect();
    let mut sent = 0;
    for batch in reached.chunks(50) {
        let at = now();
        let mut tx = db.begin().await?;
        for pupil in batch {
            let link = add_link(&mut tx, me, round, pupil.id, "mail", base_url, at).await?;
            let child = pupil.name.first_name.clone();
            for g in parents.iter().filter(|g| g.pupil_id == pupil.id) {
                let lang = mail_lang(&g.language);
                let mail = Outgoing {
                    to: g.email.clone(),
                    subject: lang.tr("parent-pupilprep-mail-subject", &[("child", child.clone())]),
                    text: lang.tr(
                        "parent-pupilprep-mail-body",
                        &[
                            ("name", g.name.clone()),
                            ("child", child.clone()),
                            ("round", round.title.clone()),
                            ("link", link.clone()),
                            ("school", school.clone()),
                        ],
                    ),
                    lang,
                    ics: None,
                };
                mail::enqueue(&mut tx, Some(round.school_id), &mail).await?;
                sent += 1;
            }
        }
        tx.commit().await?;
    }
    Ok(sent)
}

/// A pupil's link works while its round has a preparation and is neither archived nor over.
fn link_is_open(link: &store::LinkRow) -> bool {
    rules::round_has_preparation(&link.kind, link.pupil_expected)
        && rules::link_works(
            link.archived_at.is_some(),
            rules::round_over_at(link.closes_at, link.last_end),
            now(),
        )
}

/// Saves a pupil's answers through their link, as the pupil's page does; false when the link
/// is unknown or no longer works (the demo uses this to fill in a few preparations).
pub async fn answer_through_link(
    db: &Db,
    token: &str,
    answers: rules::Answers,
) -> Result<bool, sqlx::Error> {
    let Some(link) = store::link(db, &tokens::hash_token(token)).await? else {
        return Ok(false);
    };
    let (answers, problem) = rules::check_answers(answers);
    if !link_is_open(&link) || problem.is_some() {
        return Ok(false);
    }
    store::save_prep(db, &link, &answers, now()).await?;
    Ok(true)
}

/// Saves the school's per-grade setting (every grade of `grades`) and whether mentors may mail
/// links to parents, with an audit line.
pub async fn save_grade_settings(
    db: &Db,
    me: &StaffUser,
    grades: &[(crate::domain::SchoolType, i64, bool)],
    mail_parents: bool,
) -> Result<(), sqlx::Error> {
    store::save_settings(db, me, grades, mail_parents, now()).await
}
