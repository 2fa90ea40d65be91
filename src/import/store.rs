//! The import's SQL. Uploaded files wait in `imports` (preview → running → done or failed); a checked import is
//! written in one transaction: groups by name, pupils by leerlingnummer, guardians by e-mail (or by name among
//! the pupil's guardians), links between them. Running it twice with the same file changes nothing the second
//! time.

use std::collections::HashMap;

use super::parse::{GuardianData, ImportRow, ParseOutcome, PupilData};
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
    let known = Known::load(tx, school_id, year_id).await?;
    let mut writer = Writer {
        tx,
        school_id,
        year_id,
        at: now(),
        known,
        counts: ImportCounts::default(),
    };
    for row in rows {
        let group_id = writer.group(&row.pupil).await?;
        let pupil_id = writer.pupil(&row.pupil, group_id).await?;
        for g in &row.guardians {
            let guardian_id = writer.guardian(pupil_id, g).await?;
            writer.link(pupil_id, guardian_id, g).await?;
        }
    }
    Ok(writer.counts)
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
    year_id: i64,
    at: i64,
    known: Known,
    counts: ImportCounts,
}

impl Writer<'_> {
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
        if let Some(&id) = self.known.pupils.get(&p.external_id) {
            sqlx::query(
                "UPDATE pupils SET first_name = $1, name_prefix = $2, last_name = $3, initials = $4, \
                 date_of_birth = $5, gender = $6, group_id = $7, archived_at = NULL, updated_at = $8 WHERE id = $9",
            )
            .bind(&p.first_name)
            .bind(&p.name_prefix)
            .bind(&p.last_name)
            .bind(&p.initials)
            .bind(&dob)
            .bind(&p.gender)
            .bind(group_id)
            .bind(self.at)
            .bind(id)
            .execute(&mut **self.tx)
            .await?;
            self.counts.pupils_updated += 1;
            return Ok(id);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, \
             date_of_birth, gender, group_id, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(self.school_id)
        .bind(&p.external_id)
        .bind(&p.first_name)
        .bind(&p.name_prefix)
        .bind(&p.last_name)
        .bind(&p.initials)
        .bind(&dob)
        .bind(&p.gender)
        .bind(group_id)
        .bind(self.at)
        .fetch_one(&mut **self.tx)
        .await?;
        self.counts.pupils_created += 1;
        self.known.pupils.insert(p.external_id.clone(), id);
        Ok(id)
    }

    /// The guardian: by e-mail address, or without one by the same name among this pupil's guardians;
    /// created when new. A known guardian's empty phone cell keeps the phone number on file.
    async fn guardian(&mut self, pupil_id: i64, g: &GuardianData) -> Result<i64, sqlx::Error> {
        let known = match &g.email {
            Some(email) => self.known.guardians_by_email.get(email).copied(),
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
