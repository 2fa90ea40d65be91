//! History per pupil (issue 10): the years as a timeline (groups, teachers, conversations,
//! plans, agreements, OPP consents, exit conversation), for staff and — limited to what was
//! shared — for parents; and the warm hand-over: last year's teacher writes a note that the new
//! teacher sees after the switch beside the open agreements and last year's plan.
//!
//! Every list is read with one query per kind for the whole pupil and sorted into years here.

mod routes;
pub mod rules;
mod store;

pub use routes::router;
pub use store::{AgreementRow, OppRow, PlanRow, RecordRow};

use crate::auth::StaffUser;
use crate::db::Db;
use crate::timefmt;

/// Who looks: staff see everything; parents only what the school shared with them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Staff,
    Parent,
}

/// A plan as the timeline shows it.
#[derive(Clone)]
pub struct PlanSummary {
    pub channels: Vec<String>,
    pub reachable: String,
    pub response_time: String,
    pub pupil_arranges: bool,
    pub notes: String,
}

impl From<PlanRow> for PlanSummary {
    fn from(p: PlanRow) -> PlanSummary {
        PlanSummary {
            channels: p
                .channels
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            reachable: p.reachable,
            response_time: p.response_time,
            pupil_arranges: p.pupil_arranges,
            notes: p.notes,
        }
    }
}

/// A hand-over note as the pupil page shows it.
pub struct Note {
    pub note: String,
    pub writer: String,
    pub written_at: i64,
}

/// One school year in the pupil's history.
pub struct YearEntry {
    pub year_id: i64,
    pub name: String,
    pub current: bool,
    /// Empty when the pupil had no group that year.
    pub group_name: String,
    pub teachers: Vec<String>,
    pub records: Vec<RecordRow>,
    pub exit_records: Vec<RecordRow>,
    pub plan: Option<PlanSummary>,
    pub agreements: Vec<AgreementRow>,
    pub opp: Vec<OppRow>,
    /// Staff only.
    pub note: Option<Note>,
}

/// What the new teacher sees after the switch.
pub struct Handover {
    pub year_name: String,
    pub note: Option<Note>,
    pub open_agreements: Vec<AgreementRow>,
    pub plan: Option<PlanSummary>,
}

/// The hand-over form of the current year, when it is asked for.
pub struct HandoverForm {
    pub year_name: String,
    pub note: String,
}

/// Everything the pupil page shows of the history.
pub struct PupilHistory {
    pub years: Vec<YearEntry>,
    pub handover: Option<Handover>,
    pub form: Option<HandoverForm>,
}

/// The pupil's timeline, newest year first. `current_group` is the pupil's group of the
/// current year (pupils.group_id) with its name.
pub async fn timeline(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    current_group: Option<(i64, String)>,
    viewer: Viewer,
) -> Result<Vec<YearEntry>, sqlx::Error> {
    let shared_only = viewer == Viewer::Parent;
    let years = store::years(db, school_id).await?;
    let Some(current_id) = years.first().map(|y| y.id) else {
        return Ok(Vec::new());
    };
    let spans: Vec<(i64, &str, &str)> = years
        .iter()
        .map(|y| (y.id, y.starts_on.as_str(), y.ends_on.as_str()))
        .collect();
    let mut groups: Vec<(i64, i64, String)> = store::groups_of(db, pupil_id)
        .await?
        .into_iter()
        .filter(|g| g.school_year_id != current_id)
        .map(|g| (g.school_year_id, g.group_id, g.group_name))
        .collect();
    if let Some((gid, name)) = current_group {
        groups.push((current_id, gid, name));
    }
    let group_ids: Vec<i64> = groups.iter().map(|g| g.1).collect();
    let teachers = store::teachers_of(db, &group_ids).await?;
    let records = store::records(db, pupil_id, shared_only).await?;
    let agreements = store::agreements(db, pupil_id, shared_only).await?;
    let plans = store::plans(db, pupil_id).await?;
    let opp = store::opp(db, pupil_id).await?;
    let notes = if shared_only {
        Vec::new()
    } else {
        store::notes(db, pupil_id).await?
    };

    let mut entries: Vec<YearEntry> = years
        .iter()
        .map(|y| {
            let group = groups.iter().find(|g| g.0 == y.id);
            YearEntry {
                year_id: y.id,
                name: y.name.clone(),
                current: y.id == current_id,
                group_name: group.map(|g| g.2.clone()).unwrap_or_default(),
                teachers: group
                    .map(|g| {
                        teachers
                            .iter()
                            .filter(|t| t.0 == g.1)
                            .map(|t| t.1.clone())
                            .collect()
                    })
                    .unwrap_or_default(),
                records: Vec::new(),
                exit_records: Vec::new(),
                plan: None,
                agreements: Vec::new(),
                opp: Vec::new(),
                note: None,
            }
        })
        .collect();
    let index = |year: Option<i64>| year.and_then(|id| entries_pos(&years, id));
    for r in records {
        if let Some(i) = index(rules::year_of(&r.held_on, &spans)) {
            if r.kind == "exit" {
                entries[i].exit_records.push(r);
            } else {
                entries[i].records.push(r);
            }
        }
    }
    for a in agreements {
        let day = timefmt::iso(timefmt::to_amsterdam(a.created_at).date());
        if let Some(i) = index(rules::year_of(&day, &spans)) {
            entries[i].agreements.push(a);
        }
    }
    for p in plans {
        if let Some(i) = index(Some(p.school_year_id)) {
            entries[i].plan = Some(p.into());
        }
    }
    for o in opp {
        if let Some(i) = index(rules::year_of(&o.decided_on, &spans)) {
            entries[i].opp.push(o);
        }
    }
    for n in notes {
        if let Some(i) = index(Some(n.school_year_id)) {
            entries[i].note = Some(Note {
                writer: n.writer,
                note: n.note,
                written_at: n.written_at,
            });
        }
    }
    // A year in which nothing happened for this pupil (before they came) is left out.
    entries.retain(|e| {
        e.current
            || !e.group_name.is_empty()
            || !e.records.is_empty()
            || !e.exit_records.is_empty()
            || e.plan.is_some()
            || !e.agreements.is_empty()
            || !e.opp.is_empty()
    });
    Ok(entries)
}

fn entries_pos(years: &[store::YearRow], id: i64) -> Option<usize> {
    years.iter().position(|y| y.id == id)
}

/// The staff's view: the timeline, the hand-over from last year (after the switch) and the
/// hand-over form (in the last weeks of the current year, for whoever may write it).
pub async fn of_pupil(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    current_group: Option<(i64, String)>,
) -> Result<PupilHistory, sqlx::Error> {
    let school_id = me.school_id;
    let may_write = may_write_handover(db, me, current_group.as_ref().map(|g| g.0)).await?;
    let mut years = timeline(db, school_id, pupil_id, current_group, Viewer::Staff).await?;
    let all_years = store::years(db, school_id).await?;
    let mut handover = None;
    let mut form = None;
    if let Some(current) = all_years.first() {
        let open_agreements: Vec<AgreementRow> = years
            .iter()
            .filter(|y| !y.current)
            .flat_map(|y| y.agreements.iter())
            .filter(|a| a.status == "open")
            .map(|a| AgreementRow {
                id: a.id,
                topic: a.topic.clone(),
                status: a.status.clone(),
                review_on: a.review_on.clone(),
                school_part: a.school_part.clone(),
                created_at: a.created_at,
            })
            .collect();
        if let Some(last) = all_years.get(1) {
            // The note moves into the hand-over block; the plan stays in the timeline as well.
            let (note, plan) = match years.iter_mut().find(|y| y.year_id == last.id) {
                Some(e) => (e.note.take(), e.plan.clone()),
                None => (None, None),
            };
            if note.is_some() || plan.is_some() || !open_agreements.is_empty() {
                handover = Some(Handover {
                    year_name: last.name.clone(),
                    note,
                    open_agreements,
                    plan,
                });
            }
        }
        let next_prepared = store::next_year_exists(db, school_id).await?;
        if may_write
            && rules::handover_prompted(
                timefmt::today(),
                timefmt::parse_iso(&current.ends_on),
                next_prepared,
            )
        {
            let note = years
                .iter()
                .find(|y| y.current)
                .and_then(|y| y.note.as_ref())
                .map(|n| n.note.clone())
                .unwrap_or_default();
            form = Some(HandoverForm {
                year_name: current.name.clone(),
                note,
            });
        }
    }
    Ok(PupilHistory {
        years,
        handover,
        form,
    })
}

/// Whether this person may write the pupil's hand-over note (see `rules::may_write_handover`).
pub async fn may_write_handover(
    db: &Db,
    me: &StaffUser,
    pupil_group: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let teaches = match pupil_group {
        Some(group) => store::teaches_group(db, me.id, group).await?,
        None => false,
    };
    Ok(rules::may_write_handover(
        me.roles.care_coordinator,
        teaches,
    ))
}

/// Last year's plan of the pupil when this year has none yet: the starting point of the new
/// plan (nothing is written until the teacher saves).
pub async fn previous_plan(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    current_year_id: i64,
) -> Result<Option<PlanSummary>, sqlx::Error> {
    let Some(last) = store::previous_year(db, school_id, current_year_id).await? else {
        return Ok(None);
    };
    Ok(store::plan(db, pupil_id, last).await?.map(Into::into))
}

/// The parents' view of a child's years: only shared records (and none without parental
/// authority), shared agreements, plans and OPP decisions; never a hand-over note.
pub async fn for_parents(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    may_read_records: bool,
) -> Result<Vec<YearEntry>, sqlx::Error> {
    let current_group = store::current_group(db, pupil_id).await?;
    let mut years = timeline(db, school_id, pupil_id, current_group, Viewer::Parent).await?;
    if !may_read_records {
        for y in &mut years {
            y.records.clear();
            y.exit_records.clear();
        }
    }
    Ok(years)
}
