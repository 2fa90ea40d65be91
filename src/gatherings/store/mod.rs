//! All SQL of gatherings: planning, the invitations (token hashes only), the families' answers
//! with the capacity check, reminders sent once, attendance, and the startgesprek wishes.

mod wishes;

pub use wishes::{set_info_evening, wishes_per_group, GroupWishes};

use super::rules::Answer;
use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::tokens::hash_token;
use crate::auth::StaffUser;
use crate::db::{now, Backend, Db, Flag, Sql, Tx};
use crate::mail::{self, Outgoing};

/// A gathering with its answers so far, as staff see it.
#[derive(sqlx::FromRow)]
pub struct GatheringRow {
    pub id: i64,
    pub kind: String,
    pub audience: String,
    pub grade: Option<i64>,
    pub title: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub capacity: Option<i64>,
    pub invited: i64,
    pub yes: i64,
    pub yes_people: i64,
    pub maybe: i64,
    pub no: i64,
    pub interpreters: i64,
    pub childcare: i64,
    pub came: i64,
}

impl GatheringRow {
    pub fn unanswered(&self) -> i64 {
        self.invited - self.yes - self.maybe - self.no
    }
}

const ROW: &str = "SELECT ga.id, ga.kind, ga.audience, ga.grade, ga.title, ga.starts_at, ga.minutes, ga.place, ga.capacity, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id) AS invited, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer = 'yes') AS yes, \
     (SELECT COALESCE(CAST(SUM(i.people) AS BIGINT), 0) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer = 'yes') AS yes_people, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer = 'maybe') AS maybe, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer = 'no') AS no, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer <> 'no' AND i.interpreter <> '') AS interpreters, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.answer <> 'no' AND i.childcare = 1) AS childcare, \
     (SELECT COUNT(*) FROM gathering_invites i WHERE i.gathering_id = ga.id AND i.attended = 1) AS came \
     FROM gatherings ga WHERE ";

/// The gatherings this person may see that start in [from, to), soonest first; exit sessions
/// are listed on the exit page, not here.
pub async fn list(
    db: &Db,
    reach: &Reach,
    from: i64,
    to: i64,
) -> Result<Vec<GatheringRow>, sqlx::Error> {
    let mut sql = Sql::new(ROW);
    reach.gatherings(&mut sql, "ga");
    sql.push(" AND ga.kind <> 'exit' AND ga.starts_at >= ")
        .bind(from)
        .push(" AND ga.starts_at < ")
        .bind(to)
        .push(" ORDER BY ga.starts_at, ga.id");
    sql.query_as().fetch_all(db.read()).await
}

/// One gathering, when this person may see it.
pub async fn gathering(
    db: &Db,
    reach: &Reach,
    id: i64,
) -> Result<Option<GatheringRow>, sqlx::Error> {
    let mut sql = Sql::new(ROW);
    reach.gatherings(&mut sql, "ga");
    sql.push(" AND ga.id = ").bind(id);
    sql.query_as().fetch_optional(db.read()).await
}

/// The school's exit sessions starting in [from, to), newest first (for the exit page).
pub async fn exit_gatherings(
    db: &Db,
    school_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<GatheringRow>, sqlx::Error> {
    let mut sql = Sql::new(ROW);
    sql.push("ga.school_id = ")
        .bind(school_id)
        .push(" AND ga.kind = 'exit' AND ga.starts_at >= ")
        .bind(from)
        .push(" AND ga.starts_at < ")
        .bind(to)
        .push(" ORDER BY ga.starts_at DESC, ga.id DESC");
    sql.query_as().fetch_all(db.read()).await
}

/// (gathering id, group name) for the given gatherings, by name.
pub async fn group_names(db: &Db, ids: &[i64]) -> Result<Vec<(i64, String)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT gg.gathering_id, gr.name FROM gathering_groups gg JOIN groups gr ON gr.id = gg.group_id WHERE gg.gathering_id IN ",
    );
    sql.bind_list(ids.iter().copied()).push(" ORDER BY gr.name");
    sql.query_as().fetch_all(db.read()).await
}

/// A group someone may plan for.
#[derive(sqlx::FromRow)]
pub struct GroupChoice {
    pub id: i64,
    pub name: String,
    pub grade: Option<i64>,
}

/// The current year's groups this person may plan for: a teacher's own groups, or every group
/// for those who see the whole school.
pub async fn plannable_groups(db: &Db, reach: &Reach) -> Result<Vec<GroupChoice>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT g.id, g.name, g.grade FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         WHERE y.is_current = 1 AND g.archived_at IS NULL AND ",
    );
    if reach.whole_school {
        reach.groups(&mut sql, "g");
    } else {
        reach.own_groups(&mut sql, "g");
    }
    sql.push(" ORDER BY g.grade, g.name");
    sql.query_as().fetch_all(db.read()).await
}

/// A gathering to plan.
pub struct NewGathering {
    pub kind: &'static str,
    pub audience: &'static str,
    pub grade: Option<i64>,
    pub title: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub capacity: Option<i64>,
    pub groups: Vec<i64>,
}

/// Plans a gathering (with its groups) and logs it; the new id.
pub async fn create(db: &Db, me: &StaffUser, g: &NewGathering) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id = insert(&mut tx, me.school_id, Some(me.id), g).await?;
    audit::change(
        &mut tx,
        me,
        Line::new(None, "create", "gathering", Some(id)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Inserts a gathering and its groups inside a transaction (the exit page adds its own part).
pub async fn insert(
    tx: &mut Tx,
    school_id: i64,
    created_by: Option<i64>,
    g: &NewGathering,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO gatherings (school_id, kind, audience, grade, title, starts_at, minutes, place, capacity, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(school_id)
    .bind(g.kind)
    .bind(g.audience)
    .bind(g.grade)
    .bind(&g.title)
    .bind(g.starts_at)
    .bind(g.minutes)
    .bind(&g.place)
    .bind(g.capacity)
    .bind(created_by)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    for group in &g.groups {
        sqlx::query("INSERT INTO gathering_groups (gathering_id, group_id) VALUES ($1, $2)")
            .bind(id)
            .bind(group)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

/// A parent to invite.
#[derive(sqlx::FromRow)]
pub struct Invitee {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub language: String,
}

/// Parents who receive mail, of the pupils the gathering is for, not invited yet; for staff
/// who do not see the whole school, only the families of their own groups. (Exit sessions have
/// their own rule in the exit feature.)
pub async fn invitees(
    db: &Db,
    reach: &Reach,
    g: &GatheringRow,
) -> Result<Vec<Invitee>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT DISTINCT gd.id, gd.name, gd.email, gd.language FROM pupils p \
         JOIN pupil_guardians l ON l.pupil_id = p.id JOIN guardians gd ON gd.id = l.guardian_id \
         WHERE p.archived_at IS NULL AND l.receives_invitations = 1 AND gd.email IS NOT NULL AND gd.archived_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM gathering_invites i WHERE i.guardian_id = gd.id AND i.gathering_id = ",
    );
    sql.bind(g.id).push(") AND ");
    reach.pupils(&mut sql, "p");
    match super::rules::Audience::parse(&g.audience) {
        Some(super::rules::Audience::Groups) => {
            sql.push(" AND p.group_id IN (SELECT gg.group_id FROM gathering_groups gg WHERE gg.gathering_id = ")
                .bind(g.id)
                .push(")");
        }
        Some(super::rules::Audience::Grade) => {
            sql.push(
                " AND p.group_id IN (SELECT g.id FROM groups g JOIN school_years y ON y.id = g.school_year_id \
                 WHERE y.is_current = 1 AND g.school_id = p.school_id AND g.grade = ",
            )
            .bind(g.grade.unwrap_or(-1))
            .push(")");
        }
        Some(super::rules::Audience::School) => {
            sql.push(" AND p.group_id IS NOT NULL");
        }
        _ => return Ok(Vec::new()),
    }
    sql.query_as().fetch_all(db.read()).await
}

/// For staff who do not see the whole school: only invitations (guardian column `guardian`) of
/// families with a child in one of their own groups.
fn own_families(sql: &mut Sql, reach: &Reach, guardian: &str) {
    if !reach.whole_school {
        sql.push(format!(
            " AND {guardian} IN (SELECT ol.guardian_id FROM pupil_guardians ol JOIN pupils op ON op.id = ol.pupil_id \
             WHERE op.archived_at IS NULL AND "
        ));
        reach.own_pupils(sql, "op");
        sql.push(")");
    }
}

/// An invitation to send: to whom, the personal token in its link, and the mail.
pub struct NewInvite {
    pub guardian_id: i64,
    pub token: String,
    pub mail: Outgoing,
}

/// Records the invitations and queues their mails in one transaction; a guardian invited in
/// the meantime (a second press elsewhere) is skipped, with no mail.
pub async fn send_invites(
    db: &Db,
    me: &StaffUser,
    gathering_id: i64,
    invites: &[NewInvite],
) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let at = now();
    let mut sent = 0;
    for i in invites {
        // ON CONFLICT rather than NOT EXISTS: under READ COMMITTED two presses at once would
        // both pass a NOT EXISTS check and the second would hit the unique index.
        let added = sqlx::query(
            "INSERT INTO gathering_invites (gathering_id, guardian_id, token_hash, invited_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (gathering_id, guardian_id) DO NOTHING",
        )
        .bind(gathering_id)
        .bind(i.guardian_id)
        .bind(hash_token(&i.token))
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() > 0 {
            mail::enqueue(&mut tx, Some(me.school_id), &i.mail).await?;
            sent += 1;
        }
    }
    if sent > 0 {
        audit::change(
            &mut tx,
            me,
            Line::new(None, "invite", "gathering", Some(gathering_id)).detail(sent.to_string()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(sent)
}

/// An invitation behind a personal link, with its gathering.
#[derive(sqlx::FromRow)]
pub struct InviteRow {
    pub invite_id: i64,
    /// "yes", "no", "maybe", or "" before the family answered.
    pub answer: String,
    pub people: i64,
    pub interpreter: String,
    #[sqlx(try_from = "Flag")]
    pub childcare: bool,
    #[sqlx(try_from = "Flag")]
    pub children_join: bool,
    pub gathering_id: i64,
    pub school_id: i64,
    pub kind: String,
    pub title: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub capacity: Option<i64>,
    /// The form of an exit session ("" for other gatherings).
    pub exit_form: String,
    #[sqlx(try_from = "Flag")]
    pub return_day: bool,
    pub school: String,
    pub guardian_id: i64,
    /// The guardian's own language: the page is shown in it.
    pub language: String,
}

/// The invitation behind a link from the invitation or from the reminder.
pub async fn invite_by_token(db: &Db, token: &str) -> Result<Option<InviteRow>, sqlx::Error> {
    let hash = hash_token(token);
    sqlx::query_as(
        "SELECT i.id AS invite_id, i.answer, i.people, i.interpreter, i.childcare, i.children_join, ga.id AS gathering_id, ga.school_id, ga.kind, ga.title, \
         ga.starts_at, ga.minutes, ga.place, ga.capacity, COALESCE(x.form, '') AS exit_form, COALESCE(x.return_day, 0) AS return_day, \
         sc.name AS school, gd.id AS guardian_id, gd.language FROM gathering_invites i JOIN gatherings ga ON ga.id = i.gathering_id \
         LEFT JOIN exit_gatherings x ON x.gathering_id = ga.id JOIN schools sc ON sc.id = ga.school_id \
         JOIN guardians gd ON gd.id = i.guardian_id WHERE i.token_hash = $1 OR i.reminder_token_hash = $1",
    )
    .bind(hash)
    .fetch_optional(db.read())
    .await
}

/// Saves an answer (a family may change it); false (and nothing saved) when a yes would go over
/// the capacity. The check and the write happen in one transaction.
pub async fn answer_invite(
    db: &Db,
    invite: &InviteRow,
    answer: &Answer,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let places = answer.takes_places();
    if invite.capacity.is_some() && places > 0 {
        // On PostgreSQL two families could pass the check at once: lock the gathering's row.
        // (On SQLite every write transaction already runs alone.)
        if db.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM gatherings WHERE id = $1 FOR UPDATE")
                .bind(invite.gathering_id)
                .execute(&mut *tx)
                .await?;
        }
        let taken: i64 = sqlx::query_scalar(
            "SELECT COALESCE(CAST(SUM(people) AS BIGINT), 0) FROM gathering_invites WHERE gathering_id = $1 AND answer = 'yes' AND id <> $2",
        )
        .bind(invite.gathering_id)
        .bind(invite.invite_id)
        .fetch_one(&mut *tx)
        .await?;
        if !super::rules::has_room(taken, places, invite.capacity) {
            return Ok(false);
        }
    }
    sqlx::query(
        "UPDATE gathering_invites SET answer = $1, people = $2, interpreter = $3, childcare = $4, children_join = $5, answered_at = $6 WHERE id = $7",
    )
    .bind(answer.answer)
    .bind(answer.people)
    .bind(&answer.interpreter)
    .bind(Flag(answer.childcare))
    .bind(Flag(answer.children_join))
    .bind(now())
    .bind(invite.invite_id)
    .execute(&mut *tx)
    .await?;
    audit::parent_change(
        &mut tx,
        invite.school_id,
        invite.guardian_id,
        Line::new(None, "answer", "gathering", Some(invite.gathering_id))
            .detail(answer.answer.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// An invitation not answered and not reminded yet.
#[derive(sqlx::FromRow)]
pub struct Unanswered {
    pub invite_id: i64,
    pub name: String,
    pub email: String,
    pub language: String,
}

pub async fn unanswered(
    db: &Db,
    reach: &Reach,
    gathering_id: i64,
) -> Result<Vec<Unanswered>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT i.id AS invite_id, gd.name, gd.email, gd.language FROM gathering_invites i JOIN guardians gd ON gd.id = i.guardian_id \
         WHERE i.answer = '' AND i.reminded_at IS NULL AND gd.email IS NOT NULL AND i.gathering_id = ",
    );
    sql.bind(gathering_id);
    own_families(&mut sql, reach, "i.guardian_id");
    sql.push(" ORDER BY i.id");
    sql.query_as().fetch_all(db.read()).await
}

/// A reminder to send: the invitation, a link of its own, the mail.
pub struct Reminder {
    pub invite_id: i64,
    pub token: String,
    pub mail: Outgoing,
}

/// Marks each invitation reminded and queues its mail, in one transaction. The conditional
/// UPDATE claims the invitation: when two app instances press at once, only one sends. The
/// number of reminders queued.
pub async fn send_reminders(
    db: &Db,
    me: &StaffUser,
    gathering_id: i64,
    reminders: &[Reminder],
) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let mut sent = 0;
    for r in reminders {
        let claimed = sqlx::query(
            "UPDATE gathering_invites SET reminded_at = $1, reminder_token_hash = $2 \
             WHERE id = $3 AND gathering_id = $4 AND reminded_at IS NULL AND answer = ''",
        )
        .bind(now())
        .bind(hash_token(&r.token))
        .bind(r.invite_id)
        .bind(gathering_id)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            mail::enqueue(&mut tx, Some(me.school_id), &r.mail).await?;
            sent += 1;
        }
    }
    audit::change(
        &mut tx,
        me,
        Line::new(None, "remind", "gathering", Some(gathering_id)).detail(sent.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(sent)
}

/// One invited family on the list: the guardian, their children, the answer and the needs.
#[derive(sqlx::FromRow)]
pub struct InviteLine {
    pub invite_id: i64,
    pub name: String,
    pub answer: String,
    pub people: i64,
    pub interpreter: String,
    #[sqlx(try_from = "Flag")]
    pub childcare: bool,
    pub reminded_at: Option<i64>,
    pub attended: Option<i64>,
}

/// The invited families this person may see (a teacher: those of their own groups).
pub async fn invite_lines(
    db: &Db,
    reach: &Reach,
    gathering_id: i64,
) -> Result<Vec<InviteLine>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT i.id AS invite_id, gd.name, i.answer, i.people, i.interpreter, i.childcare, i.reminded_at, i.attended \
         FROM gathering_invites i JOIN guardians gd ON gd.id = i.guardian_id WHERE i.gathering_id = ",
    );
    sql.bind(gathering_id);
    own_families(&mut sql, reach, "i.guardian_id");
    sql.push(" ORDER BY gd.name, i.id");
    sql.query_as().fetch_all(db.read()).await
}

/// The children (first names) of the invited guardians that this person may see: (invite id,
/// first name).
pub async fn invite_children(
    db: &Db,
    reach: &Reach,
    gathering_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT i.id, p.first_name FROM gathering_invites i JOIN pupil_guardians l ON l.guardian_id = i.guardian_id \
         JOIN pupils p ON p.id = l.pupil_id WHERE p.archived_at IS NULL AND i.gathering_id = ",
    );
    sql.bind(gathering_id).push(" AND ");
    reach.pupils(&mut sql, "p");
    sql.push(" ORDER BY i.id, p.first_name");
    sql.query_as().fetch_all(db.read()).await
}

/// Who came: the ticked invitations came, the others of this gathering did not.
pub async fn set_attendance(
    db: &Db,
    me: &StaffUser,
    gathering_id: i64,
    came: &[i64],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE gathering_invites SET attended = CASE WHEN id IN ");
    sql.bind_list(came.iter().copied())
        .push(" THEN 1 ELSE 0 END WHERE gathering_id = ")
        .bind(gathering_id);
    // A teacher keeps the list of their own groups' families only.
    own_families(&mut sql, &Reach::of(me), "guardian_id");
    sql.query().execute(&mut *tx).await?;
    audit::change(
        &mut tx,
        me,
        Line::new(None, "attendance", "gathering", Some(gathering_id)),
    )
    .await?;
    tx.commit().await
}

/// The gatherings of one's own groups starting in [from, to): for the teacher's start page.
pub async fn own_receptions(
    db: &Db,
    reach: &Reach,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT ga.id, ga.title, ga.starts_at FROM gatherings ga WHERE ga.kind = 'reception' AND ga.school_id = ",
    );
    sql.bind(reach.school_id)
        .push(" AND ga.id IN (SELECT gg.gathering_id FROM gathering_groups gg JOIN group_staff gs ON gs.group_id = gg.group_id WHERE gs.staff_id = ")
        .bind(reach.staff_id)
        .push(") AND ga.starts_at >= ")
        .bind(from)
        .push(" AND ga.starts_at < ")
        .bind(to)
        .push(" ORDER BY ga.starts_at");
    sql.query_as().fetch_all(db.read()).await
}
