//! The pupil's file as the pupil page shows it: OPP consent, this year's plan, agreements,
//! records and the contact log. Whether the pupil is visible is checked by the page that asks
//! (`pupils::visible_pupil`).

use super::rules::is_overdue;
use super::store::{self, Agreement, LogRow, MomentRow, OppRow, RecordRow, Response};
use crate::auth::StaffUser;
use crate::db::Db;
use crate::school;
use crate::timefmt;

pub struct AgreementRow {
    pub id: i64,
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    pub review_on: String,
    pub status: String,
    pub overdue: bool,
    /// What parents answered through their own page (confirmations and comments).
    pub responses: Vec<String>,
}

impl AgreementRow {
    fn new(a: Agreement, today: &str) -> AgreementRow {
        AgreementRow {
            overdue: is_overdue(a.status, Some(&a.review_on), today),
            status: a.status.code().to_string(),
            id: a.id,
            topic: a.topic,
            pupil_part: a.pupil_part,
            parents_part: a.parents_part,
            school_part: a.school_part,
            review_on: a.review_on,
            responses: Vec::new(),
        }
    }
}

pub struct PlanView {
    /// Plan channel codes.
    pub channels: Vec<String>,
    pub reachable: String,
    pub response_time: String,
    /// The response time in school days as typed ("" when the school's default applies).
    pub response_days: String,
    pub pupil_arranges: bool,
    pub notes: String,
    pub moments: Vec<MomentRow>,
}

impl PlanView {
    pub fn empty() -> PlanView {
        PlanView {
            channels: Vec::new(),
            reachable: String::new(),
            response_time: String::new(),
            response_days: String::new(),
            pupil_arranges: false,
            notes: String::new(),
            moments: Vec::new(),
        }
    }
}

/// Everything about a pupil's conversations, for the pupil page.
pub struct PupilFile {
    /// The OPP consent history, newest first (empty: no OPP).
    pub opp: Vec<OppRow>,
    pub plan: Option<PlanView>,
    pub agreements: Vec<AgreementRow>,
    pub records: Vec<RecordRow>,
    pub log: Vec<LogRow>,
    /// Parents' messages about the pupil, newest first (answered ones are in `log` too).
    pub messages: Vec<crate::messages::MessageRow>,
    pub year_name: String,
}

/// A pupil's agreements (open ones first) with what parents answered to them.
pub async fn agreements_of(
    db: &Db,
    pupil_id: i64,
    only_open: bool,
) -> Result<Vec<AgreementRow>, sqlx::Error> {
    let today = timefmt::iso(timefmt::today());
    let mut rows: Vec<AgreementRow> = store::agreements(db, pupil_id, only_open)
        .await?
        .into_iter()
        .map(|a| AgreementRow::new(a, &today))
        .collect();
    // What parents answered, in one query for all of the pupil's agreements.
    for r in store::responses(db, pupil_id).await? {
        if let Some(row) = rows.iter_mut().find(|a| a.id == r.agreement_id) {
            row.responses.push(response_line(&r));
        }
    }
    Ok(rows)
}

/// "Fatima ✓: Lukt goed": the parent, a tick when confirmed, and their comment.
fn response_line(r: &Response) -> String {
    let mut line = r.guardian.clone();
    if r.confirmed {
        line.push_str(" ✓");
    }
    if !r.comment.is_empty() {
        line.push_str(": ");
        line.push_str(&r.comment);
    }
    line
}

/// The pupil's plan for a school year, with its contact moments.
pub(super) async fn plan_of(
    db: &Db,
    pupil_id: i64,
    year_id: i64,
) -> Result<Option<PlanView>, sqlx::Error> {
    let Some(p) = store::plan(db, pupil_id, year_id).await? else {
        return Ok(None);
    };
    Ok(Some(PlanView {
        channels: p
            .channels
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        reachable: p.reachable,
        response_time: p.response_time,
        response_days: p.response_days.map(|d| d.to_string()).unwrap_or_default(),
        pupil_arranges: p.pupil_arranges,
        notes: p.notes,
        moments: store::moments(db, p.id).await?,
    }))
}

/// Whether the pupil has a plan for the school's current year.
pub(super) async fn has_plan(db: &Db, school_id: i64, pupil_id: i64) -> Result<bool, sqlx::Error> {
    let year = school::current_year(db, school_id)
        .await?
        .map_or(0, |(id, _)| id);
    Ok(store::plan(db, pupil_id, year).await?.is_some())
}

pub async fn pupil_file(db: &Db, me: &StaffUser, pupil_id: i64) -> Result<PupilFile, sqlx::Error> {
    let (year_id, year_name) = school::current_year(db, me.school_id)
        .await?
        .unwrap_or((0, String::new()));
    Ok(PupilFile {
        opp: store::opp_history(db, pupil_id).await?,
        plan: plan_of(db, pupil_id, year_id).await?,
        agreements: agreements_of(db, pupil_id, false).await?,
        records: store::records_of(db, pupil_id).await?,
        log: store::contact_log(db, pupil_id).await?,
        messages: crate::messages::of_pupil(db, me.school_id, pupil_id).await?,
        year_name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_shows_who_confirmed_and_what_they_said() {
        let r = |confirmed, comment: &str| Response {
            agreement_id: 1,
            guardian: "Fatima".into(),
            confirmed,
            comment: comment.into(),
        };
        assert_eq!(response_line(&r(true, "Lukt goed")), "Fatima ✓: Lukt goed");
        assert_eq!(response_line(&r(false, "")), "Fatima");
        assert_eq!(response_line(&r(false, "Lastig")), "Fatima: Lastig");
    }
}
