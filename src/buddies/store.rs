//! All SQL of buddies: wishes noted at the startgesprek, pairs with their two sides (personal
//! link as a hash, consent with its time, withdrawal), and the mails queued with each event.

use super::mails::{self, Contact};
use super::rules::{fit, outcome, Candidate, Earlier, Outcome};
use crate::audit::{self, Line};
use crate::auth::tokens::{hash_token, new_token};
use crate::auth::StaffUser;
use crate::db::{now, Backend, Db, Flag, Tx};
use crate::mail;

/// A pair's statuses that keep its wishes busy.
const OPEN: &str = "('proposed', 'active')";

/// The record a wish is noted on: its pupil and kind.
pub async fn record_pupil(
    db: &Db,
    school_id: i64,
    record_id: i64,
) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT pupil_id, kind FROM records WHERE id = $1 AND school_id = $2")
        .bind(record_id)
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// A wish as the record page lists it.
#[derive(sqlx::FromRow)]
pub struct RecordWish {
    pub id: i64,
    pub guardian: String,
    pub direction: String,
    pub topic: String,
    pub language: String,
    pub detail: String,
}

pub async fn wishes_of_record(db: &Db, record_id: i64) -> sqlx::Result<Vec<RecordWish>> {
    sqlx::query_as(
        "SELECT w.id, g.name AS guardian, w.direction, w.topic, w.language, w.detail FROM buddy_wishes w \
         JOIN guardians g ON g.id = w.guardian_id WHERE w.record_id = $1 AND w.closed_at IS NULL ORDER BY w.id",
    )
    .bind(record_id)
    .fetch_all(db.read())
    .await
}

pub struct NewWish<'a> {
    pub guardian_id: i64,
    pub pupil_id: i64,
    /// The startgesprek it was noted in.
    pub record_id: Option<i64>,
    pub direction: &'a str,
    pub topic: &'a str,
    pub language: &'a str,
    pub detail: String,
}

/// Notes a wish, audited in the same transaction.
pub async fn insert_wish(db: &Db, me: &StaffUser, w: &NewWish<'_>) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    let id = insert_wish_tx(&mut tx, me.school_id, me.id, w).await?;
    let detail = format!("{} {} {}", w.direction, w.topic, w.language);
    audit::change(
        &mut tx,
        me,
        Line::new(Some(w.pupil_id), "create", "buddy-wish", Some(id)).detail(detail),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The insert itself (the demo uses it too).
pub async fn insert_wish_tx(
    tx: &mut Tx,
    school_id: i64,
    staff_id: i64,
    w: &NewWish<'_>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO buddy_wishes (school_id, guardian_id, pupil_id, record_id, direction, topic, language, detail, noted_by, noted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(school_id)
    .bind(w.guardian_id)
    .bind(w.pupil_id)
    .bind(w.record_id)
    .bind(w.direction)
    .bind(w.topic)
    .bind(w.language)
    .bind(&w.detail)
    .bind(staff_id)
    .bind(now())
    .fetch_one(&mut **tx)
    .await
}

/// An open wish's pupil (for the caller's visibility check).
pub async fn wish_pupil(db: &Db, school_id: i64, wish_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT pupil_id FROM buddy_wishes WHERE id = $1 AND school_id = $2 AND closed_at IS NULL",
    )
    .bind(wish_id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Takes a wish off the list (an open pair it is part of goes on until it ends).
pub async fn close_wish(db: &Db, me: &StaffUser, wish_id: i64, pupil_id: i64) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE buddy_wishes SET closed_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(wish_id)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await?;
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), "close", "buddy-wish", Some(wish_id)),
    )
    .await?;
    tx.commit().await
}

/// An open wish on the care coordinator's list.
#[derive(sqlx::FromRow)]
pub struct OpenWish {
    pub id: i64,
    pub guardian_id: i64,
    pub guardian: String,
    #[sqlx(try_from = "Flag")]
    pub has_email: bool,
    pub group_id: Option<i64>,
    pub group_name: String,
    pub direction: String,
    pub topic: String,
    pub language: String,
    pub detail: String,
    pub noted_at: i64,
    #[sqlx(try_from = "Flag")]
    pub busy: bool,
}

pub async fn open_wishes(db: &Db, school_id: i64) -> sqlx::Result<Vec<OpenWish>> {
    sqlx::query_as(&format!(
        "SELECT w.id, w.guardian_id, g.name AS guardian, CASE WHEN g.email IS NULL THEN 0 ELSE 1 END AS has_email, \
         p.group_id, COALESCE(gr.name, '') AS group_name, w.direction, w.topic, w.language, w.detail, w.noted_at, \
         CASE WHEN EXISTS (SELECT 1 FROM buddy_sides s JOIN buddy_pairs bp ON bp.id = s.pair_id \
              WHERE s.wish_id = w.id AND bp.status IN {OPEN}) THEN 1 ELSE 0 END AS busy \
         FROM buddy_wishes w JOIN guardians g ON g.id = w.guardian_id JOIN pupils p ON p.id = w.pupil_id \
         LEFT JOIN groups gr ON gr.id = p.group_id \
         WHERE w.school_id = $1 AND w.closed_at IS NULL AND g.archived_at IS NULL ORDER BY w.noted_at, w.id LIMIT 1000"
    ))
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// The open wishes as matching sees them: with each guardian's children (their family).
pub async fn candidates(
    db: &Db,
    school_id: i64,
    wishes: &[OpenWish],
) -> sqlx::Result<Vec<Candidate>> {
    let links: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.guardian_id, l.pupil_id FROM pupil_guardians l WHERE l.guardian_id IN \
         (SELECT w.guardian_id FROM buddy_wishes w WHERE w.school_id = $1 AND w.closed_at IS NULL)",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(wishes
        .iter()
        .map(|w| Candidate {
            wish_id: w.id,
            guardian_id: w.guardian_id,
            children: links
                .iter()
                .filter(|(g, _)| *g == w.guardian_id)
                .map(|(_, p)| *p)
                .collect(),
            group_id: w.group_id,
            direction: w.direction.clone(),
            topic: w.topic.clone(),
            language: w.language.clone(),
            detail: w.detail.clone(),
            noted_at: w.noted_at,
            busy: w.busy,
        })
        .collect())
}

/// Every two guardians brought together before, on which topic.
pub async fn earlier(db: &Db, school_id: i64) -> sqlx::Result<Vec<Earlier>> {
    let rows: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT a.guardian_id, b.guardian_id, p.topic FROM buddy_pairs p \
         JOIN buddy_sides a ON a.pair_id = p.id JOIN buddy_sides b ON b.pair_id = p.id AND b.id > a.id \
         WHERE p.school_id = $1",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(a, b, topic)| Earlier {
            guardians: (a, b),
            topic,
        })
        .collect())
}

/// A pair as the care coordinator sees it: both parents, their answers and times.
#[derive(sqlx::FromRow)]
pub struct PairRow {
    pub id: i64,
    pub topic: String,
    pub language: String,
    pub status: String,
    pub proposed_at: i64,
    pub active_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ended_by: String,
    pub a_name: String,
    pub a_answer: String,
    pub a_answered_at: Option<i64>,
    pub a_withdrawn_at: Option<i64>,
    pub b_name: String,
    pub b_answer: String,
    pub b_answered_at: Option<i64>,
    pub b_withdrawn_at: Option<i64>,
}

/// Open pairs first, then the latest ended ones.
pub async fn pairs(db: &Db, school_id: i64) -> sqlx::Result<Vec<PairRow>> {
    sqlx::query_as(
        "SELECT p.id, p.topic, p.language, p.status, p.proposed_at, p.active_at, p.ended_at, p.ended_by, \
         ga.name AS a_name, CASE WHEN a.answer = '' THEN 'waiting' ELSE a.answer END AS a_answer, a.answered_at AS a_answered_at, a.withdrawn_at AS a_withdrawn_at, \
         gb.name AS b_name, CASE WHEN b.answer = '' THEN 'waiting' ELSE b.answer END AS b_answer, b.answered_at AS b_answered_at, b.withdrawn_at AS b_withdrawn_at \
         FROM buddy_pairs p JOIN buddy_sides a ON a.pair_id = p.id JOIN buddy_sides b ON b.pair_id = p.id AND b.id > a.id \
         JOIN guardians ga ON ga.id = a.guardian_id JOIN guardians gb ON gb.id = b.guardian_id \
         WHERE p.school_id = $1 \
         ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, p.proposed_at DESC, p.id DESC LIMIT 200",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// What a proposal needs of one wish.
#[derive(sqlx::FromRow)]
struct WishContact {
    topic: String,
    language: String,
    guardian_id: i64,
    pupil_id: i64,
    name: String,
    email: String,
    phone: String,
    guardian_language: String,
}

async fn wish_contact(
    tx: &mut Tx,
    school_id: i64,
    wish_id: i64,
) -> sqlx::Result<Option<WishContact>> {
    sqlx::query_as(&format!(
        "SELECT w.topic, w.language, w.guardian_id, w.pupil_id, g.name, COALESCE(g.email, '') AS email, g.phone, \
         g.language AS guardian_language FROM buddy_wishes w JOIN guardians g ON g.id = w.guardian_id \
         WHERE w.id = $1 AND w.school_id = $2 AND w.closed_at IS NULL AND g.archived_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM buddy_sides s JOIN buddy_pairs bp ON bp.id = s.pair_id \
              WHERE s.wish_id = w.id AND bp.status IN {OPEN})"
    ))
    .bind(wish_id)
    .bind(school_id)
    .fetch_optional(&mut **tx)
    .await
}

/// Why a proposal was not made.
#[derive(Debug, PartialEq, Eq)]
pub enum ProposeError {
    /// A wish is gone, taken, of another school, or the two do not fit.
    NotAllowed,
    /// A parent has no e-mail address to receive their link.
    NoEmail,
}

/// Proposes a need and an offer to each other: the pair, both sides with a fresh personal link,
/// both mails and the audit line, in one transaction. The match is checked again inside it.
pub async fn propose(
    db: &Db,
    me: &StaffUser,
    need_id: i64,
    offer_id: i64,
    base_url: &str,
) -> sqlx::Result<Result<i64, ProposeError>> {
    let wishes = open_wishes(db, me.school_id).await?;
    let cands = candidates(db, me.school_id, &wishes).await?;
    let picked: Vec<Candidate> = [need_id, offer_id]
        .iter()
        .filter_map(|id| cands.iter().find(|c| c.wish_id == *id).cloned())
        .collect();
    let earlier = earlier(db, me.school_id).await?;
    if picked.len() != 2 || fit(&picked[0], &picked[1], &earlier).is_none() {
        return Ok(Err(ProposeError::NotAllowed));
    }
    let mut tx = db.begin().await?;
    let (Some(need), Some(offer)) = (
        wish_contact(&mut tx, me.school_id, need_id).await?,
        wish_contact(&mut tx, me.school_id, offer_id).await?,
    ) else {
        return Ok(Err(ProposeError::NotAllowed));
    };
    if need.email.is_empty() || offer.email.is_empty() {
        return Ok(Err(ProposeError::NoEmail));
    }
    let school = crate::school::school_name(db, me.school_id).await?;
    let at = now();
    let pair_id: i64 = sqlx::query_scalar(
        "INSERT INTO buddy_pairs (school_id, topic, language, status, proposed_by, proposed_at) \
         VALUES ($1, $2, $3, 'proposed', $4, $5) RETURNING id",
    )
    .bind(me.school_id)
    .bind(&need.topic)
    .bind(&need.language)
    .bind(me.id)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    for (wish_id, w) in [(need_id, &need), (offer_id, &offer)] {
        let token = new_token();
        let side_id: i64 = sqlx::query_scalar(
            "INSERT INTO buddy_sides (pair_id, wish_id, guardian_id, token_hash) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(pair_id)
        .bind(wish_id)
        .bind(w.guardian_id)
        .bind(hash_token(&token))
        .fetch_one(&mut *tx)
        .await?;
        let to = Contact {
            side_id,
            pupil_id: w.pupil_id,
            name: w.name.clone(),
            email: w.email.clone(),
            phone: w.phone.clone(),
            language: w.guardian_language.clone(),
            answer: String::new(),
        };
        let link = format!("{base_url}/maatje/{token}");
        let m = mails::proposal(&to, &need.topic, &need.language, &school, &link);
        mail::enqueue(&mut tx, Some(me.school_id), &m).await?;
        audit::change(
            &mut tx,
            me,
            Line::new(Some(w.pupil_id), "propose", "buddy-pair", Some(pair_id)),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(pair_id))
}

/// One side of a pair behind a personal link.
#[derive(sqlx::FromRow)]
pub struct SideRow {
    pub side_id: i64,
    pub pair_id: i64,
    pub school_id: i64,
    pub school: String,
    pub status: String,
    pub topic: String,
    pub topic_language: String,
    pub guardian_id: i64,
    pub pupil_id: i64,
    pub language: String,
    pub answer: String,
    pub withdrawn_at: Option<i64>,
}

pub async fn side_by_token(db: &Db, token: &str) -> sqlx::Result<Option<SideRow>> {
    sqlx::query_as(
        "SELECT s.id AS side_id, s.pair_id, p.school_id, sc.name AS school, p.status, p.topic, p.language AS topic_language, \
         s.guardian_id, w.pupil_id, g.language, s.answer, s.answered_at, s.withdrawn_at \
         FROM buddy_sides s JOIN buddy_pairs p ON p.id = s.pair_id JOIN schools sc ON sc.id = p.school_id \
         JOIN guardians g ON g.id = s.guardian_id JOIN buddy_wishes w ON w.id = s.wish_id WHERE s.token_hash = $1",
    )
    .bind(hash_token(token))
    .fetch_optional(db.read())
    .await
}

const CONTACTS: &str = "SELECT s.id AS side_id, s.guardian_id, w.pupil_id, g.name, COALESCE(g.email, '') AS email, g.phone, \
     g.language, s.answer FROM buddy_sides s JOIN guardians g ON g.id = s.guardian_id JOIN buddy_wishes w ON w.id = s.wish_id \
     WHERE s.pair_id = $1 ORDER BY s.id";

async fn contacts_tx(tx: &mut Tx, pair_id: i64) -> sqlx::Result<Vec<Contact>> {
    sqlx::query_as(CONTACTS)
        .bind(pair_id)
        .fetch_all(&mut **tx)
        .await
}

/// The other parent's contact details: only for a pair in which both agreed.
pub async fn other_contact(db: &Db, side: &SideRow) -> sqlx::Result<Option<Contact>> {
    if side.status != "active" {
        return Ok(None);
    }
    let all: Vec<Contact> = sqlx::query_as(CONTACTS)
        .bind(side.pair_id)
        .fetch_all(db.read())
        .await?;
    Ok(all.into_iter().find(|c| c.side_id != side.side_id))
}

/// Locks the pair (PostgreSQL; on SQLite every write transaction runs alone) and reads its
/// status as it is now.
async fn lock_pair(db: &Db, tx: &mut Tx, pair_id: i64) -> sqlx::Result<String> {
    let lock = if db.backend == Backend::Postgres {
        " FOR UPDATE"
    } else {
        ""
    };
    sqlx::query_scalar(&format!(
        "SELECT status FROM buddy_pairs WHERE id = $1{lock}"
    ))
    .bind(pair_id)
    .fetch_one(&mut **tx)
    .await
}

/// A parent's yes or no on a proposed pair. Returns false when the pair is no longer
/// proposed (nothing changes then). The second yes makes the pair active and mails both
/// parents each other's details; a no ends the proposal (and tells a parent who had said yes).
pub async fn answer(db: &Db, side: &SideRow, yes: bool) -> sqlx::Result<bool> {
    let mut tx = db.begin().await?;
    if lock_pair(db, &mut tx, side.pair_id).await? != "proposed" {
        return Ok(false);
    }
    let at = now();
    let word = if yes { "yes" } else { "no" };
    sqlx::query("UPDATE buddy_sides SET answer = $1, answered_at = $2 WHERE id = $3")
        .bind(word)
        .bind(at)
        .bind(side.side_id)
        .execute(&mut *tx)
        .await?;
    let contacts = contacts_tx(&mut tx, side.pair_id).await?;
    let (Some(me), Some(other)) = (
        contacts.iter().find(|c| c.side_id == side.side_id),
        contacts.iter().find(|c| c.side_id != side.side_id),
    ) else {
        return Ok(false);
    };
    let (topic, lang) = (&side.topic, &side.topic_language);
    match outcome(yes, &other.answer) {
        Outcome::Waiting => {}
        Outcome::Introduced => {
            set_status(&mut tx, side.pair_id, "active", at, "").await?;
            for (to, about) in [(me, other), (other, me)] {
                let m = mails::introduction(to, about, topic, lang);
                mail::enqueue(&mut tx, Some(side.school_id), &m).await?;
            }
        }
        Outcome::Declined => {
            set_status(&mut tx, side.pair_id, "declined", at, "parent").await?;
            if other.answer == "yes" {
                let m = mails::declined(other, topic, lang);
                mail::enqueue(&mut tx, Some(side.school_id), &m).await?;
            }
        }
    }
    let action = if yes { "consent" } else { "decline" };
    audit::parent_change(
        &mut tx,
        side.school_id,
        side.guardian_id,
        Line::new(
            Some(side.pupil_id),
            action,
            "buddy-pair",
            Some(side.pair_id),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

async fn set_status(
    tx: &mut Tx,
    pair_id: i64,
    status: &str,
    at: i64,
    by: &str,
) -> sqlx::Result<()> {
    let sql = if status == "active" {
        "UPDATE buddy_pairs SET status = $1, active_at = $2, ended_by = $3 WHERE id = $4"
    } else {
        "UPDATE buddy_pairs SET status = $1, ended_at = $2, ended_by = $3 WHERE id = $4"
    };
    sqlx::query(sql)
        .bind(status)
        .bind(at)
        .bind(by)
        .bind(pair_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A parent ends an active contact; the other parent is told by mail. False when the pair
/// is not active (nothing changes then).
pub async fn withdraw(db: &Db, side: &SideRow) -> sqlx::Result<bool> {
    let mut tx = db.begin().await?;
    if lock_pair(db, &mut tx, side.pair_id).await? != "active" {
        return Ok(false);
    }
    let at = now();
    sqlx::query("UPDATE buddy_sides SET withdrawn_at = $1 WHERE id = $2")
        .bind(at)
        .bind(side.side_id)
        .execute(&mut *tx)
        .await?;
    set_status(&mut tx, side.pair_id, "ended", at, "parent").await?;
    for other in contacts_tx(&mut tx, side.pair_id)
        .await?
        .iter()
        .filter(|c| c.side_id != side.side_id)
    {
        let m = mails::ended(other, &side.topic, &side.topic_language);
        mail::enqueue(&mut tx, Some(side.school_id), &m).await?;
    }
    audit::parent_change(
        &mut tx,
        side.school_id,
        side.guardian_id,
        Line::new(
            Some(side.pupil_id),
            "withdraw",
            "buddy-pair",
            Some(side.pair_id),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// The care coordinator ends a proposed or active pair; every parent who had not said no is
/// told. False when the pair is not of this school or already over.
pub async fn end_pair(db: &Db, me: &StaffUser, pair_id: i64) -> sqlx::Result<bool> {
    let mut tx = db.begin().await?;
    let found: Option<(String, String)> =
        sqlx::query_as("SELECT topic, language FROM buddy_pairs WHERE id = $1 AND school_id = $2")
            .bind(pair_id)
            .bind(me.school_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((topic, language)) = found else {
        return Ok(false);
    };
    let status = lock_pair(db, &mut tx, pair_id).await?;
    if status != "proposed" && status != "active" {
        return Ok(false);
    }
    set_status(&mut tx, pair_id, "ended", now(), "school").await?;
    for c in contacts_tx(&mut tx, pair_id).await? {
        if c.answer != "no" && !c.email.is_empty() {
            let m = mails::ended(&c, &topic, &language);
            mail::enqueue(&mut tx, Some(me.school_id), &m).await?;
        }
        audit::change(
            &mut tx,
            me,
            Line::new(Some(c.pupil_id), "end", "buddy-pair", Some(pair_id)),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Demo: guardians with a child in a group, with the child's startgesprek where there is one.
#[allow(clippy::type_complexity)]
pub async fn demo_guardians(
    db: &Db,
    school_id: i64,
) -> sqlx::Result<Vec<(i64, i64, i64, Option<i64>)>> {
    sqlx::query_as(
        "SELECT g.id, l.pupil_id, p.group_id, \
         (SELECT MAX(r.id) FROM records r WHERE r.pupil_id = p.id AND r.kind = 'start') AS start_record FROM guardians g JOIN pupil_guardians l ON l.guardian_id = g.id \
         JOIN pupils p ON p.id = l.pupil_id WHERE g.school_id = $1 AND g.email IS NOT NULL AND g.archived_at IS NULL \
         AND p.group_id IS NOT NULL AND p.archived_at IS NULL ORDER BY p.group_id, g.id LIMIT 5000",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// Demo: the school's first care coordinator, who notes and proposes.
pub async fn demo_coordinator(db: &Db, school_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM staff WHERE school_id = $1 AND is_care_coordinator = 1 AND disabled_at IS NULL ORDER BY id LIMIT 1",
    )
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Demo: fresh personal links for a pair's two sides, so the demo can answer as the parents.
pub async fn demo_sides(db: &Db, pair_id: i64) -> sqlx::Result<Vec<String>> {
    // Tokens are stored only as hashes, so the demo re-keys the sides it answers for.
    let ids: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM buddy_sides WHERE pair_id = $1 ORDER BY id")
            .bind(pair_id)
            .fetch_all(db.read())
            .await?;
    let mut tokens = Vec::new();
    let mut tx = db.begin().await?;
    for (id,) in ids {
        let token = new_token();
        sqlx::query("UPDATE buddy_sides SET token_hash = $1 WHERE id = $2")
            .bind(hash_token(&token))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tokens.push(token);
    }
    tx.commit().await?;
    Ok(tokens)
}
