//! Pairs: proposing two parents to each other, each parent's answer through their own link,
//! withdrawal, and the school ending a pair. Each event writes its mails and audit line in its
//! own transaction.

use super::{candidates, earlier, open_wishes, OPEN};
use crate::audit::{self, Line};
use crate::auth::tokens::{hash_token, new_token};
use crate::auth::StaffUser;
use crate::buddies::mails::{self, Contact};
use crate::buddies::rules::{fit, outcome, Candidate, Outcome};
use crate::db::{now, Backend, Db, Tx};
use crate::mail;

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

/// Locks both wishes (PostgreSQL; on SQLite every write transaction runs alone), in id order so
/// two proposals sharing both wishes cannot deadlock. A second proposal of the same wish waits
/// here until the first has committed its pair, and then sees the wish taken.
async fn lock_wishes(db: &Db, tx: &mut Tx, a: i64, b: i64) -> sqlx::Result<()> {
    if db.backend != Backend::Postgres {
        return Ok(());
    }
    sqlx::query("SELECT id FROM buddy_wishes WHERE id IN ($1, $2) ORDER BY id FOR UPDATE")
        .bind(a)
        .bind(b)
        .fetch_all(&mut **tx)
        .await?;
    Ok(())
}

/// Why a proposal was not made.
#[derive(Debug, PartialEq, Eq)]
pub enum ProposeError {
    /// A wish is gone, taken, of another school, or the two do not fit.
    NotAllowed,
    /// A parent has no e-mail address to receive their link.
    NoEmail,
    /// A wish was just proposed (or closed) by someone else.
    Taken,
}

/// Whether either wish is in a proposed or active pair now.
async fn in_open_pair(db: &Db, a: i64, b: i64) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT 1 FROM buddy_sides s JOIN buddy_pairs bp ON bp.id = s.pair_id \
         WHERE s.wish_id IN ($1, $2) AND bp.status IN {OPEN} LIMIT 1"
    ))
    .bind(a)
    .bind(b)
    .fetch_optional(db.write())
    .await?;
    Ok(found.is_some())
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
    let earlier = earlier(db, me.school_id, &wishes).await?;
    if picked.len() == 2 && picked.iter().any(|c| c.busy) {
        return Ok(Err(ProposeError::Taken));
    }
    if picked.len() != 2 || fit(&picked[0], &picked[1], &earlier).is_none() {
        // A proposal committed between the reads above makes the wishes look unfit: say it
        // was taken, as the check under the lock below would.
        if picked.len() == 2 && in_open_pair(db, need_id, offer_id).await? {
            return Ok(Err(ProposeError::Taken));
        }
        return Ok(Err(ProposeError::NotAllowed));
    }
    let mut tx = db.begin().await?;
    lock_wishes(db, &mut tx, need_id, offer_id).await?;
    // Checked again under the lock: a proposal made meanwhile has taken a wish.
    let (Some(need), Some(offer)) = (
        wish_contact(&mut tx, me.school_id, need_id).await?,
        wish_contact(&mut tx, me.school_id, offer_id).await?,
    ) else {
        return Ok(Err(ProposeError::Taken));
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
                let m = mails::notice("declined", other, topic, lang);
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
        let m = mails::notice("ended", other, &side.topic, &side.topic_language);
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
            let m = mails::notice("ended", &c, &topic, &language);
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
