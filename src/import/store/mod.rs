//! The import's SQL. Uploaded files wait in `imports` (preview → running → done or failed); a checked import is
//! written in one transaction: groups by name, pupils by leerlingnummer, guardians by e-mail (or by name among
//! the pupil's guardians), links between them. Running it twice with the same file changes nothing the second
//! time.

use std::collections::HashMap;

mod next_year;

pub use next_year::{
    apply_next_year, drop_stash, known_guardians, known_pupils, school_brin, stash, stashed,
    ConfirmedLeaver, NextYearApplied,
};

use super::parse::{GuardianData, ImportRow, ParseOutcome, PupilData};
use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{flag, now, Db, Tx};
use crate::domain::{ImportStatus, SchoolType};
use crate::groups::grade_from_name;

/// An uploaded file as listed and shown (without its bytes).
#[derive(Debug, sqlx::FromRow)]
pub struct ImportSummary {
    pub id: i64,
    pub filename: String,
    pub status: ImportStatus,
    pub created_at: i64,
    pub total_rows: i64,
    pub created_count: i64,
    pub updated_count: i64,
}

/// An uploaded file with its bytes, parsed again for the preview and the commit (so both see the same rows).
#[derive(sqlx::FromRow)]
pub struct ImportJob {
    #[sqlx(flatten)]
    pub summary: ImportSummary,
    pub content: Vec<u8>,
    /// Fluent message id of why the import failed.
    pub failure: Option<String>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportCounts {
    pub pupils_created: i64,
    pub pupils_updated: i64,
    pub guardians_created: i64,
    pub groups_created: i64,
}

/// The school's last ten uploads, newest first.
pub async fn recent(db: &Db, school_id: i64) -> Result<Vec<ImportSummary>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, filename, status, created_at, total_rows, created_count, updated_count FROM imports \
         WHERE school_id = $1 ORDER BY id DESC LIMIT 10",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// Keeps an uploaded file for its preview (nothing is imported yet); returns its id.
pub async fn create(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    filename: &str,
    content: Vec<u8>,
    total_rows: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO imports (school_id, staff_id, filename, content, status, total_rows, created_at) \
         VALUES ($1, $2, $3, $4, 'preview', $5, $6) RETURNING id",
    )
    .bind(school_id)
    .bind(staff_id)
    .bind(filename)
    .bind(content)
    .bind(total_rows)
    .bind(now())
    .fetch_one(db.write())
    .await
}

/// One upload of the school, with its bytes.
pub async fn job(db: &Db, school_id: i64, id: i64) -> Result<Option<ImportJob>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, filename, status, created_at, total_rows, created_count, updated_count, content, failure \
         FROM imports WHERE id = $1 AND school_id = $2",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Moves an import from preview to running; false when it was not in preview (a second click, or done).
pub async fn claim(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let claimed =
        sqlx::query("UPDATE imports SET status = 'running' WHERE id = $1 AND status = 'preview'")
            .bind(id)
            .execute(db.write())
            .await?;
    Ok(claimed.rows_affected() == 1)
}

/// All or nothing: every row and the import's "done" in one transaction. On an error the transaction is
/// dropped, which rolls everything back.
pub async fn commit(
    db: &Db,
    id: i64,
    school_id: i64,
    year_id: i64,
    rows: &[ImportRow],
) -> Result<ImportCounts, sqlx::Error> {
    let mut tx = db.begin().await?;
    let counts = apply(&mut tx, school_id, year_id, rows).await?;
    sqlx::query(
        "UPDATE imports SET status = 'done', rows_done = total_rows, created_count = $1, updated_count = $2, \
         finished_at = $3, content = $5 WHERE id = $4",
    )
    .bind(counts.pupils_created)
    .bind(counts.pupils_updated)
    .bind(now())
    .bind(id)
    // The uploaded file (every family's names and addresses) is not kept once it is imported
    // (ASVS V14.2.x data minimisation): the rows are in the tables now.
    .bind(Vec::<u8>::new())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(counts)
}

/// Marks an import failed after its transaction rolled back: nothing of it was written.
pub async fn mark_failed(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE imports SET status = 'failed', failure = 'import-failed-internal', finished_at = $1 \
         WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(db.write())
    .await
    .map(|_| ())
}

/// Fresh planner statistics after a bulk change (PostgreSQL otherwise keeps plans made for an empty table; see
/// docs/PERFORMANCE.md). Valid SQL on both backends.
pub async fn analyze(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("ANALYZE").execute(db.write()).await.map(|_| ())
}

/// An import interrupted by a restart wrote nothing (its transaction never committed): it goes back to
/// preview, so it can be committed again.
pub async fn recover_interrupted(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE imports SET status = 'preview' WHERE status = 'running'")
        .execute(db.write())
        .await
        .map(|_| ())
}

/// Forgets an upload that was not imported (preview or failed); a running or done import stays.
/// False when there was nothing of this school's to discard.
pub async fn discard(db: &Db, school_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "DELETE FROM imports WHERE id = $1 AND school_id = $2 AND status IN ('preview', 'failed')",
    )
    .bind(id)
    .bind(school_id)
    .execute(db.write())
    .await
    .map(|done| done.rows_affected() > 0)
}

/// What committing would do, for the preview: (new pupils, updated pupils).
pub async fn forecast(
    db: &Db,
    school_id: i64,
    outcome: &ParseOutcome,
) -> Result<(i64, i64), sqlx::Error> {
    let existing = existing_pupils(db, school_id).await?;
    let updates = outcome
        .rows
        .iter()
        .filter(|r| existing.contains_key(&r.pupil.external_id))
        .count() as i64;
    Ok((outcome.rows.len() as i64 - updates, updates))
}

async fn existing_pupils(db: &Db, school_id: i64) -> Result<HashMap<String, i64>, sqlx::Error> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT external_id, id FROM pupils WHERE school_id = $1")
            .bind(school_id)
            .fetch_all(db.read())
            .await?;
    Ok(rows.into_iter().collect())
}

/// Applies every row inside `tx`; the caller commits (or drops it, which rolls everything back).
pub async fn apply(
    tx: &mut Tx,
    school_id: i64,
    year_id: i64,
    rows: &[ImportRow],
) -> Result<ImportCounts, sqlx::Error> {
    let mut writer = Writer::new(tx, school_id, year_id, None).await?;
    for row in rows {
        writer.row(row).await?;
    }
    Ok(writer.counts)
}

/// A pupil new to the school who is imported once the year's first weeks are over is a newcomer
/// arriving today: (first day, startgesprek due), ISO. None before and within the first weeks.
async fn newcomer_days(tx: &mut Tx, year_id: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    let year: Option<(String, String, String)> = sqlx::query_as(
        "SELECT starts_on, first_school_day, ends_on FROM school_years WHERE id = $1",
    )
    .bind(year_id)
    .fetch_optional(&mut **tx)
    .await?;
    let today = crate::timefmt::today();
    Ok(year
        .map(|(starts, first, ends)| {
            crate::coverage::YearWindow::from_days(year_id, &starts, &first, &ends)
        })
        .filter(|w| crate::timefmt::iso(today) > w.first_weeks_end)
        .map(|_| {
            (
                crate::timefmt::iso(today),
                crate::timefmt::iso(crate::pupils::newcomer_start_due(today)),
            )
        }))
}

/// What the school already has, read once, so rows find their group, pupil and guardian without a query each.
struct Known {
    /// Group name (current school year) → id.
    groups: HashMap<String, i64>,
    /// Leerlingnummer → pupil id.
    pupils: HashMap<String, i64>,
    /// E-mail → guardian id.
    guardians_by_email: HashMap<String, i64>,
}

impl Known {
    async fn load(tx: &mut Tx, school_id: i64, year_id: i64) -> Result<Known, sqlx::Error> {
        let groups: Vec<(String, i64)> = sqlx::query_as(
            "SELECT name, id FROM groups WHERE school_id = $1 AND school_year_id = $2",
        )
        .bind(school_id)
        .bind(year_id)
        .fetch_all(&mut **tx)
        .await?;
        let pupils: Vec<(String, i64)> =
            sqlx::query_as("SELECT external_id, id FROM pupils WHERE school_id = $1")
                .bind(school_id)
                .fetch_all(&mut **tx)
                .await?;
        let guardians: Vec<(String, i64)> = sqlx::query_as(
            "SELECT email, id FROM guardians WHERE school_id = $1 AND email IS NOT NULL",
        )
        .bind(school_id)
        .fetch_all(&mut **tx)
        .await?;
        Ok(Known {
            groups: groups.into_iter().collect(),
            pupils: pupils.into_iter().collect(),
            guardians_by_email: guardians.into_iter().collect(),
        })
    }
}

/// Writes rows one after another inside the import's transaction, keeping `Known` up to date.
struct Writer<'t> {
    tx: &'t mut Tx,
    school_id: i64,
    /// The year whose groups the rows name: the current one, or the coming one.
    year_id: i64,
    at: i64,
    known: Known,
    counts: ImportCounts,
    /// Next year's export (by this administrator): pupils keep this year's group and get their
    /// place in the coming year's history; a guardian's changed address is taken over with the
    /// trust rules instead of making a second guardian.
    next_year: Option<&'t StaffUser>,
    /// For pupils new to the school, imported after this year's first weeks: their first day
    /// (today) and the day their startgesprek is due, both ISO. None before the first weeks are
    /// over, for a school's very first import, and for next year's export.
    newcomer: Option<(String, String)>,
}

impl<'t> Writer<'t> {
    async fn new(
        tx: &'t mut Tx,
        school_id: i64,
        year_id: i64,
        next_year: Option<&'t StaffUser>,
    ) -> Result<Writer<'t>, sqlx::Error> {
        let known = Known::load(tx, school_id, year_id).await?;
        // A school's very first import (no pupils yet) brings the whole school, not newcomers,
        // even when the school starts using Driehoek later in the year.
        let newcomer = match next_year {
            None if !known.pupils.is_empty() => newcomer_days(tx, year_id).await?,
            _ => None,
        };
        Ok(Writer {
            tx,
            school_id,
            year_id,
            at: now(),
            known,
            counts: ImportCounts::default(),
            next_year,
            newcomer,
        })
    }

    /// One row: its group, the pupil, the guardians and their links; the pupil's id.
    async fn row(&mut self, row: &ImportRow) -> Result<i64, sqlx::Error> {
        let group_id = self.group(&row.pupil).await?;
        let pupil_id = self.pupil(&row.pupil, group_id).await?;
        for g in &row.guardians {
            let guardian_id = self.guardian(pupil_id, g).await?;
            self.link(pupil_id, guardian_id, g).await?;
        }
        Ok(pupil_id)
    }

    /// The group: found by name in the current school year, created when new.
    async fn group(&mut self, p: &PupilData) -> Result<i64, sqlx::Error> {
        if let Some(id) = self.known.groups.get(&p.group_name) {
            return Ok(*id);
        }
        let grade = p.grade.or_else(|| grade_from_name(&p.group_name));
        let school_type = p
            .school_type
            .clone()
            .unwrap_or_else(|| SchoolType::Po.code().to_string());
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(self.school_id)
        .bind(self.year_id)
        .bind(&p.group_name)
        .bind(grade)
        .bind(school_type)
        .bind(self.at)
        .fetch_one(&mut **self.tx)
        .await?;
        self.counts.groups_created += 1;
        self.known.groups.insert(p.group_name.clone(), id);
        Ok(id)
    }

    /// The pupil: matched by leerlingnummer, so a re-import updates instead of duplicating.
    async fn pupil(&mut self, p: &PupilData, group_id: i64) -> Result<i64, sqlx::Error> {
        let dob = p.date_of_birth.map(crate::timefmt::iso);
        // Next year's export leaves this year's group alone: the switch moves the pupil.
        let current_group = if self.next_year.is_some() {
            None
        } else {
            Some(group_id)
        };
        if let Some(&id) = self.known.pupils.get(&p.external_id) {
            // A returning pupil stays archived until the switch brings them into their new
            // group; un-archived now, their old group's teacher would see them again.
            let archived = if self.next_year.is_some() {
                "archived_at"
            } else {
                "NULL"
            };
            sqlx::query(&format!(
                "UPDATE pupils SET first_name = $1, name_prefix = $2, last_name = $3, initials = $4, \
                 date_of_birth = $5, gender = $6, group_id = COALESCE($7, group_id), archived_at = {archived}, \
                 updated_at = $8 WHERE id = $9"
            ))
            .bind(&p.first_name)
            .bind(&p.name_prefix)
            .bind(&p.last_name)
            .bind(&p.initials)
            .bind(&dob)
            .bind(&p.gender)
            .bind(current_group)
            .bind(self.at)
            .bind(id)
            .execute(&mut **self.tx)
            .await?;
            self.counts.pupils_updated += 1;
            self.place_next_year(id, group_id).await?;
            return Ok(id);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, \
             date_of_birth, gender, group_id, arrived_on, start_due_on, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(self.school_id)
        .bind(&p.external_id)
        .bind(&p.first_name)
        .bind(&p.name_prefix)
        .bind(&p.last_name)
        .bind(&p.initials)
        .bind(&dob)
        .bind(&p.gender)
        .bind(current_group)
        .bind(self.newcomer.as_ref().map(|(arrived, _)| arrived))
        .bind(self.newcomer.as_ref().map(|(_, due)| due))
        .bind(self.at)
        .fetch_one(&mut **self.tx)
        .await?;
        self.counts.pupils_created += 1;
        self.known.pupils.insert(p.external_id.clone(), id);
        self.place_next_year(id, group_id).await?;
        Ok(id)
    }

    /// Next year's export: the pupil's row in the coming year's history (the prepared place).
    async fn place_next_year(&mut self, pupil_id: i64, group_id: i64) -> Result<(), sqlx::Error> {
        if self.next_year.is_none() {
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO pupil_years (pupil_id, school_year_id, group_id, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (pupil_id, school_year_id) DO UPDATE SET group_id = excluded.group_id",
        )
        .bind(pupil_id)
        .bind(self.year_id)
        .bind(group_id)
        .bind(self.at)
        .execute(&mut **self.tx)
        .await?;
        Ok(())
    }

    /// The guardian: by e-mail address, or without one by the same name among this pupil's guardians;
    /// created when new. A known guardian's empty phone cell keeps the phone number on file.
    async fn guardian(&mut self, pupil_id: i64, g: &GuardianData) -> Result<i64, sqlx::Error> {
        let known = match &g.email {
            Some(email) => match self.known.guardians_by_email.get(email).copied() {
                Some(id) => Some(id),
                None => self.changed_address(pupil_id, g, email).await?,
            },
            None => sqlx::query_scalar(
                "SELECT gd.id FROM guardians gd JOIN pupil_guardians l ON l.guardian_id = gd.id \
                     WHERE l.pupil_id = $1 AND LOWER(gd.name) = LOWER($2)",
            )
            .bind(pupil_id)
            .bind(&g.name)
            .fetch_optional(&mut **self.tx)
            .await?,
        };
        let language = g.language.clone().unwrap_or_else(|| "nl".into());
        let phone = g.phone.clone().unwrap_or_default();
        if let Some(id) = known {
            sqlx::query(
                "UPDATE guardians SET name = $1, phone = CASE WHEN $2 = '' THEN phone ELSE $2 END, \
                 language = $3, interpreter_needed = $4, archived_at = NULL, updated_at = $5 WHERE id = $6",
            )
            .bind(&g.name)
            .bind(phone)
            .bind(language)
            .bind(flag(g.interpreter_needed))
            .bind(self.at)
            .bind(id)
            .execute(&mut **self.tx)
            .await?;
            return Ok(id);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(self.school_id)
        .bind(&g.name)
        .bind(&g.email)
        .bind(phone)
        .bind(language)
        .bind(flag(g.interpreter_needed))
        .bind(self.at)
        .fetch_one(&mut **self.tx)
        .await?;
        self.counts.guardians_created += 1;
        if let Some(email) = &g.email {
            self.known.guardians_by_email.insert(email.clone(), id);
        }
        Ok(id)
    }

    /// Next year's export only: this pupil's guardian of the same name with another address
    /// takes the file's address, under the trust rules of a change by staff: audited, their
    /// personal links end, and the old address is told. None when there is no such guardian.
    async fn changed_address(
        &mut self,
        pupil_id: i64,
        g: &GuardianData,
        email: &str,
    ) -> Result<Option<i64>, sqlx::Error> {
        let Some(me) = self.next_year else {
            return Ok(None);
        };
        let old: Option<(i64, String, String, String)> = sqlx::query_as(
            "SELECT gd.id, gd.name, gd.email, gd.language FROM guardians gd \
             JOIN pupil_guardians l ON l.guardian_id = gd.id \
             WHERE l.pupil_id = $1 AND LOWER(gd.name) = LOWER($2) AND gd.email IS NOT NULL AND gd.email <> $3",
        )
        .bind(pupil_id)
        .bind(&g.name)
        .bind(email)
        .fetch_optional(&mut **self.tx)
        .await?;
        let Some((id, name, old_email, language)) = old else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE guardians SET email = $1, updated_at = $2 WHERE id = $3 AND school_id = $4",
        )
        .bind(email)
        .bind(self.at)
        .bind(id)
        .bind(self.school_id)
        .execute(&mut **self.tx)
        .await?;
        crate::guardians::end_personal_links(self.tx, id, self.at).await?;
        let notice = crate::guardians::address_changed_notice(&name, &old_email, &language);
        crate::mail::enqueue(self.tx, Some(self.school_id), &notice).await?;
        audit::change(
            self.tx,
            me,
            Line::new(Some(pupil_id), "update", "guardian", Some(id))
                .detail(format!("e-mail: {old_email} → {email} (import)")),
        )
        .await?;
        self.known.guardians_by_email.remove(&old_email);
        self.known.guardians_by_email.insert(email.to_string(), id);
        Ok(Some(id))
    }

    /// Links pupil and guardian; a known link takes the file's relationship, authority and household.
    async fn link(
        &mut self,
        pupil_id: i64,
        guardian_id: i64,
        g: &GuardianData,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
             VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (pupil_id, guardian_id) DO UPDATE SET \
             relationship = excluded.relationship, parental_authority = excluded.parental_authority, \
             own_household = excluded.own_household",
        )
        .bind(pupil_id)
        .bind(guardian_id)
        .bind(g.relationship)
        .bind(flag(g.parental_authority))
        .bind(flag(g.own_household))
        .execute(&mut **self.tx)
        .await?;
        Ok(())
    }
}
