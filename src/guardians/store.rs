//! The SQL of guardians: search, the guardian pages, a pupil's guardians, and writing
//! guardians and their links to pupils.

use std::collections::HashMap;

use super::LinkedGuardian;
use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::{tokens, StaffUser};
use crate::db::{flag, now, Db, Flag, Sql, Tx};
use crate::domain::{Email, PersonName, Relationship};
use crate::mail::{self, Outgoing};

/// The guardians of a pupil (archived ones left out), own household last.
pub async fn of_pupil(db: &Db, pupil_id: i64) -> Result<Vec<LinkedGuardian>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.name, COALESCE(g.email, '') AS email, g.phone, g.language, g.interpreter_needed, \
         l.relationship, l.parental_authority, l.own_household, l.receives_invitations \
         FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.pupil_id = $1 AND g.archived_at IS NULL ORDER BY l.own_household, g.name",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// A guardian as the list and detail pages show them.
#[derive(sqlx::FromRow)]
pub struct GuardianRow {
    pub id: i64,
    pub name: String,
    /// Empty without an address.
    pub email: String,
    pub phone: String,
    pub language: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
    /// "Daan van der Berg (7B), …" in the list; empty on the detail page.
    #[sqlx(skip)]
    pub children: String,
}

const COLUMNS: &str = "gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.language, \
     gd.interpreter_needed";

/// Active guardians the person may see whose name, e-mail or phone contains `search`, by
/// name, at most `limit`, each with the children the person may see.
pub async fn list(
    db: &Db,
    reach: Reach,
    search: &str,
    limit: i64,
) -> Result<Vec<GuardianRow>, sqlx::Error> {
    let pattern = format!("%{}%", search.trim().to_lowercase());
    let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM guardians gd WHERE "));
    reach.guardians(&mut sql, "gd");
    sql.push(" AND gd.archived_at IS NULL AND (LOWER(gd.name) LIKE ")
        .bind(pattern.clone())
        .push(" OR LOWER(COALESCE(gd.email, '')) LIKE ")
        .bind(pattern.clone())
        .push(" OR gd.phone LIKE ")
        .bind(pattern)
        .push(") ORDER BY gd.name LIMIT ")
        .bind(limit);
    let mut rows: Vec<GuardianRow> = sql.query_as().fetch_all(db.read()).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut children = children_names(db, reach, &ids).await?;
    for row in &mut rows {
        row.children = children
            .remove(&row.id)
            .map(|v| v.join(", "))
            .unwrap_or_default();
    }
    Ok(rows)
}

#[derive(sqlx::FromRow)]
struct ChildName {
    guardian_id: i64,
    #[sqlx(flatten)]
    name: PersonName,
    group_name: String,
}

/// Names of the active children the person may see, per guardian, in one query for the list.
async fn children_names(
    db: &Db,
    reach: Reach,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    let mut sql = Sql::new(
        "SELECT l.guardian_id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name \
         FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id LEFT JOIN groups g ON g.id = p.group_id WHERE ",
    );
    reach.pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND l.guardian_id IN ")
        .bind_list(ids.to_vec())
        .push(" ORDER BY p.first_name");
    let rows: Vec<ChildName> = sql.query_as().fetch_all(db.read()).await?;
    for r in rows {
        let name = r.name.full();
        let label = if r.group_name.is_empty() {
            name
        } else {
            format!("{name} ({})", r.group_name)
        };
        map.entry(r.guardian_id).or_default().push(label);
    }
    Ok(map)
}

/// A guardian the person may see (archived ones too).
pub async fn find_visible(
    db: &Db,
    reach: Reach,
    id: i64,
) -> Result<Option<GuardianRow>, sqlx::Error> {
    let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM guardians gd WHERE "));
    reach.guardians(&mut sql, "gd");
    sql.push(" AND gd.id = ").bind(id);
    sql.query_as().fetch_optional(db.read()).await
}

/// A guardian's own details, as the forms save them.
pub struct Details {
    pub name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub language: String,
    pub interpreter_needed: bool,
}

/// How a guardian is linked to a pupil.
pub struct Link {
    pub relationship: Relationship,
    pub parental_authority: bool,
    pub own_household: bool,
    pub receives_invitations: bool,
}

/// What adding a guardian to a pupil did.
#[derive(Debug, PartialEq, Eq)]
pub enum Added {
    Created,
    /// A guardian the person could already see (a sibling's parent) was linked.
    Linked,
    /// The address belongs to a guardian the person may not see: nothing was written.
    Refused,
}

/// Links a guardian to a pupil in one transaction, with its audit line: a guardian of the
/// school already known by this e-mail address is linked only when the person may already see
/// them (a sibling's parent in their own groups). Otherwise linking would hand the person that
/// guardian's data and, through them, the guardian's other children (ASVS V8.2.2).
pub async fn add_to_pupil(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    g: &Details,
    link: &Link,
) -> Result<Added, sqlx::Error> {
    let mut tx = db.begin().await?;
    let existing: Option<i64> = match &g.email {
        Some(email) => {
            sqlx::query_scalar("SELECT id FROM guardians WHERE school_id = $1 AND email = $2")
                .bind(me.school_id)
                .bind(email.as_str())
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    let (guardian_id, added) = match existing {
        Some(id) => {
            let mut sql = Sql::new("SELECT COUNT(*) FROM guardians gd WHERE ");
            Reach::of(me).guardians(&mut sql, "gd");
            sql.push(" AND gd.id = ").bind(id);
            let visible: i64 = sql.query_scalar().fetch_one(&mut *tx).await?;
            if visible == 0 {
                return Ok(Added::Refused);
            }
            (id, Added::Linked)
        }
        None => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(me.school_id)
            .bind(&g.name)
            .bind(g.email.as_ref().map(Email::as_str))
            .bind(&g.phone)
            .bind(&g.language)
            .bind(flag(g.interpreter_needed))
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
            (id, Added::Created)
        }
    };
    sqlx::query(
        "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pupil_id, guardian_id) DO UPDATE SET relationship = excluded.relationship, \
         parental_authority = excluded.parental_authority, own_household = excluded.own_household, \
         receives_invitations = excluded.receives_invitations",
    )
    .bind(pupil_id)
    .bind(guardian_id)
    .bind(link.relationship)
    .bind(flag(link.parental_authority))
    .bind(flag(link.own_household))
    .bind(flag(link.receives_invitations))
    .execute(&mut *tx)
    .await?;
    let action = if added == Added::Created {
        "create"
    } else {
        "link"
    };
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), action, "guardian", Some(guardian_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(added)
}

/// A change of a guardian's details: what the form saves, the address it had when the form
/// was opened, and the notice for the old address when the address changes.
pub struct Update<'a> {
    pub id: i64,
    pub details: &'a Details,
    /// The stored address the change starts from ("" for none); a guardian changed meanwhile
    /// is left alone.
    pub old_email: &'a str,
    pub notice: Option<Outgoing>,
}

/// Saves a guardian's details with the audit line, in one transaction; false when the guardian
/// changed meanwhile. An address another guardian of the school has fails with a unique
/// violation. When the address changes, everything mailed to the old one stops working: the
/// guardian's parent sessions end, unused sign-in links are spent and booking and follow-up
/// links get a fresh token nobody holds (ASVS V7.4.x: sessions end on a change of the
/// account's identity), and the old address is told (ASVS V6.3.7).
pub async fn update(db: &Db, me: &StaffUser, u: Update<'_>) -> Result<bool, sqlx::Error> {
    let g = u.details;
    let new_email = g.email.as_ref().map_or("", Email::as_str);
    let email_changed = new_email != u.old_email;
    let at = now();
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE guardians SET name = $1, email = $2, phone = $3, language = $4, interpreter_needed = $5, updated_at = $6 \
         WHERE id = $7 AND school_id = $8 AND COALESCE(email, '') = $9",
    )
    .bind(&g.name)
    .bind(g.email.as_ref().map(Email::as_str))
    .bind(&g.phone)
    .bind(&g.language)
    .bind(flag(g.interpreter_needed))
    .bind(at)
    .bind(u.id)
    .bind(me.school_id)
    .bind(u.old_email)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let mut line = Line::new(None, "update", "guardian", Some(u.id));
    if email_changed {
        line = line.detail(format!("e-mail: {} → {}", u.old_email, new_email));
        end_personal_links(&mut tx, u.id, at).await?;
        if let Some(notice) = &u.notice {
            mail::enqueue(&mut tx, Some(me.school_id), notice).await?;
        }
    }
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(true)
}

/// Ends the guardian's parent sessions and makes every personal link mailed to them unusable.
pub async fn end_personal_links(tx: &mut Tx, guardian_id: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM parent_sessions WHERE guardian_id = $1")
        .bind(guardian_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE parent_links SET used_at = $1 WHERE guardian_id = $2 AND used_at IS NULL")
        .bind(at)
        .bind(guardian_id)
        .execute(&mut **tx)
        .await?;
    // Booking and follow-up links stay (staff can resend them), under a token nobody holds.
    for table in ["invitations", "followups"] {
        let ids: Vec<i64> =
            sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE guardian_id = $1"))
                .bind(guardian_id)
                .fetch_all(&mut **tx)
                .await?;
        for id in ids {
            sqlx::query(&format!("UPDATE {table} SET token_hash = $1 WHERE id = $2"))
                .bind(tokens::hash_token(&tokens::new_token()))
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// Changes an existing link with its audit line; false when the guardian is not linked to
/// the pupil.
pub async fn update_link(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    guardian_id: i64,
    link: &Link,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE pupil_guardians SET relationship = $1, parental_authority = $2, own_household = $3, receives_invitations = $4 \
         WHERE pupil_id = $5 AND guardian_id = $6",
    )
    .bind(link.relationship)
    .bind(flag(link.parental_authority))
    .bind(flag(link.own_household))
    .bind(flag(link.receives_invitations))
    .bind(pupil_id)
    .bind(guardian_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let detail = format!(
        "{}, authority {}, own household {}, invitations {}",
        link.relationship.code(),
        u8::from(link.parental_authority),
        u8::from(link.own_household),
        u8::from(link.receives_invitations)
    );
    let line = Line::new(Some(pupil_id), "update", "guardian-link", Some(guardian_id));
    audit::change(&mut tx, me, line.detail(detail)).await?;
    tx.commit().await?;
    Ok(true)
}

/// Unlinks a guardian from a pupil with its audit line; false when they were not linked.
pub async fn unlink(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    guardian_id: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM pupil_guardians WHERE pupil_id = $1 AND guardian_id = $2")
        .bind(pupil_id)
        .bind(guardian_id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let line = Line::new(Some(pupil_id), "delete", "guardian-link", Some(guardian_id));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(true)
}

/// Archives a guardian with its audit line; their parent sessions and links end with it.
pub async fn archive(db: &Db, me: &StaffUser, id: i64) -> Result<(), sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE guardians SET archived_at = $1 WHERE id = $2 AND school_id = $3 AND archived_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .bind(me.school_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() > 0 {
        end_personal_links(&mut tx, id, at).await?;
        audit::change(
            &mut tx,
            me,
            Line::new(None, "archive", "guardian", Some(id)),
        )
        .await?;
    }
    tx.commit().await
}

/// A guardian's own choice of language from a parent page: stored (so the next mail follows
/// it) and audited as the guardian's change. Nothing happens when it is already their language.
pub async fn set_own_language(
    db: &Db,
    guardian_id: i64,
    language: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let current: Option<(i64, String)> =
        sqlx::query_as("SELECT school_id, language FROM guardians WHERE id = $1")
            .bind(guardian_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((school_id, old)) = current else {
        return Ok(());
    };
    if old == language {
        return Ok(());
    }
    sqlx::query("UPDATE guardians SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(language)
        .bind(now())
        .bind(guardian_id)
        .execute(&mut *tx)
        .await?;
    let line = Line::new(None, "parent-update", "guardian", Some(guardian_id))
        .detail(format!("language: {old} → {language}"));
    audit::parent_change(&mut tx, school_id, guardian_id, line).await?;
    tx.commit().await
}
