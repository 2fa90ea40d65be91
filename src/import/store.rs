//! Writes a checked import in one transaction: groups by name, pupils by leerlingnummer,
//! guardians by e-mail (or by name among the pupil's guardians), links between them.
//! Running it twice with the same file changes nothing the second time.

use std::collections::HashMap;

use sqlx::Row;

use super::parse::{ImportRow, ParseOutcome};
use crate::db::{flag, now, Db, Tx};
use crate::groups::grade_from_name;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportCounts {
    pub pupils_created: i64,
    pub pupils_updated: i64,
    pub guardians_created: i64,
    pub groups_created: i64,
}

/// What committing would do, for the preview.
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
    let at = now();
    let mut counts = ImportCounts::default();

    let mut groups: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT name, id FROM groups WHERE school_id = $1 AND school_year_id = $2",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .collect();
    let mut pupils: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT external_id, id FROM pupils WHERE school_id = $1",
    )
    .bind(school_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .collect();
    let mut guardians_by_email: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT email, id FROM guardians WHERE school_id = $1 AND email IS NOT NULL",
    )
    .bind(school_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .collect();

    for row in rows {
        let p = &row.pupil;
        // Group: found by name in the current school year, created when new.
        let group_id = match groups.get(&p.group_name) {
            Some(id) => *id,
            None => {
                let grade = p.grade.or_else(|| grade_from_name(&p.group_name));
                let id: i64 = sqlx::query(
                    "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(school_id)
                .bind(year_id)
                .bind(&p.group_name)
                .bind(grade)
                .bind(p.school_type.clone().unwrap_or_else(|| "po".into()))
                .bind(at)
                .fetch_one(&mut **tx)
                .await?
                .try_get("id")?;
                counts.groups_created += 1;
                groups.insert(p.group_name.clone(), id);
                id
            }
        };
        let dob = p.date_of_birth.map(crate::timefmt::iso);
        // Pupil: matched by leerlingnummer, so a re-import updates instead of duplicating.
        let pupil_id = match pupils.get(&p.external_id) {
            Some(id) => {
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
                .bind(at)
                .bind(id)
                .execute(&mut **tx)
                .await?;
                counts.pupils_updated += 1;
                *id
            }
            None => {
                let id: i64 = sqlx::query(
                    "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, \
                     date_of_birth, gender, group_id, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
                )
                .bind(school_id)
                .bind(&p.external_id)
                .bind(&p.first_name)
                .bind(&p.name_prefix)
                .bind(&p.last_name)
                .bind(&p.initials)
                .bind(&dob)
                .bind(&p.gender)
                .bind(group_id)
                .bind(at)
                .fetch_one(&mut **tx)
                .await?
                .try_get("id")?;
                counts.pupils_created += 1;
                pupils.insert(p.external_id.clone(), id);
                id
            }
        };
        for g in &row.guardians {
            let known = match &g.email {
                Some(email) => guardians_by_email.get(email).copied(),
                // Without an e-mail address, the same name among this pupil's guardians is the same person.
                None => sqlx::query_as::<_, (i64,)>(
                    "SELECT gd.id FROM guardians gd JOIN pupil_guardians l ON l.guardian_id = gd.id \
                     WHERE l.pupil_id = $1 AND LOWER(gd.name) = LOWER($2)",
                )
                .bind(pupil_id)
                .bind(&g.name)
                .fetch_optional(&mut **tx)
                .await?
                .map(|(id,)| id),
            };
            let language = g.language.clone().unwrap_or_else(|| "nl".into());
            let guardian_id = match known {
                Some(id) => {
                    sqlx::query(
                        "UPDATE guardians SET name = $1, phone = CASE WHEN $2 = '' THEN phone ELSE $2 END, \
                         language = $3, interpreter_needed = $4, archived_at = NULL, updated_at = $5 WHERE id = $6",
                    )
                    .bind(&g.name)
                    .bind(g.phone.clone().unwrap_or_default())
                    .bind(&language)
                    .bind(flag(g.interpreter_needed))
                    .bind(at)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                    id
                }
                None => {
                    let id: i64 = sqlx::query(
                        "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                    )
                    .bind(school_id)
                    .bind(&g.name)
                    .bind(&g.email)
                    .bind(g.phone.clone().unwrap_or_default())
                    .bind(&language)
                    .bind(flag(g.interpreter_needed))
                    .bind(at)
                    .fetch_one(&mut **tx)
                    .await?
                    .try_get("id")?;
                    counts.guardians_created += 1;
                    if let Some(email) = &g.email {
                        guardians_by_email.insert(email.clone(), id);
                    }
                    id
                }
            };
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
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(counts)
}
