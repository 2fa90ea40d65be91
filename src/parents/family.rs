//! What a guardian sees of their own children: each child's communicatieplan for the current
//! school year with its open contact moments, the agreements with the guardian's own answers,
//! and (with parental authority) the closed records the school shared. Loaded per family in a
//! fixed number of queries, plus one per school the children attend (its current year).

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use super::may_read_records;
use super::store::{
    self, AgreementRow, ChildRow, MomentRow, PlanRow, ResponseRow, SharedRecordRow,
};
use crate::db::Db;
use crate::domain::RecordKind;
use crate::records::sections;

pub struct SharedRecord {
    pub kind: RecordKind,
    pub held_on: String,
    /// (prompt key, answer) in the order of the record's form.
    pub answers: Vec<(String, String)>,
}

pub struct ChildView {
    pub pupil_id: i64,
    pub school_id: i64,
    pub name: String,
    pub school: String,
    pub group: String,
    pub authority: bool,
    pub channels: Vec<String>,
    pub reachable: String,
    /// (description, ISO due date or empty).
    pub moments: Vec<(String, String)>,
    pub has_plan: bool,
    pub agreements: Vec<AgreementRow>,
    /// This guardian's latest answer per agreement: (confirmed, comment).
    pub responses: BTreeMap<i64, (bool, String)>,
    pub records: Vec<SharedRecord>,
}

impl ChildView {
    pub fn confirmed(&self, agreement: &i64) -> bool {
        self.responses.get(agreement).is_some_and(|r| r.0)
    }

    pub fn comment(&self, agreement: &i64) -> String {
        self.responses
            .get(agreement)
            .map(|r| r.1.clone())
            .unwrap_or_default()
    }
}

/// Only this guardian's own children, and of them only what the school shares.
pub async fn children(db: &Db, guardian_id: i64) -> Result<Vec<ChildView>, sqlx::Error> {
    let rows = store::children_of(db, guardian_id).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // The current school year of each school (0 when a school has none: then no plan shows).
    let mut year_of: HashMap<i64, i64> = HashMap::new();
    for r in &rows {
        if let Entry::Vacant(entry) = year_of.entry(r.school_id) {
            let year = crate::school::current_year(db, r.school_id).await?;
            entry.insert(year.map(|y| y.0).unwrap_or(0));
        }
    }
    let pupils: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let years: Vec<i64> = year_of.values().copied().collect();
    let plans = store::plans(db, &pupils, &years).await?;
    let plan_ids: Vec<i64> = plans.iter().map(|p| p.id).collect();
    let moments = if plan_ids.is_empty() {
        Vec::new()
    } else {
        store::open_moments(db, &plan_ids).await?
    };
    let agreements = group_by(store::agreements(db, &pupils).await?, |a| a.pupil_id);
    let responses = store::own_responses(db, guardian_id, &pupils).await?;
    let readers: Vec<i64> = rows
        .iter()
        .filter(|r| may_read_records(r.parental_authority))
        .map(|r| r.id)
        .collect();
    let records = if readers.is_empty() {
        HashMap::new()
    } else {
        group_by(store::shared_records(db, &readers).await?, |r| r.pupil_id)
    };
    let mut family = Family {
        year_of,
        plans,
        moments,
        agreements,
        responses,
        records,
    };
    Ok(rows.into_iter().map(|r| family.child(r)).collect())
}

/// Everything loaded for the family, handed out child by child.
struct Family {
    year_of: HashMap<i64, i64>,
    plans: Vec<PlanRow>,
    moments: Vec<MomentRow>,
    agreements: HashMap<i64, Vec<AgreementRow>>,
    responses: Vec<ResponseRow>,
    records: HashMap<i64, Vec<SharedRecordRow>>,
}

impl Family {
    fn child(&mut self, r: ChildRow) -> ChildView {
        let year = self.year_of[&r.school_id];
        let plan = self
            .plans
            .iter()
            .find(|p| p.pupil_id == r.id && p.school_year_id == year);
        let agreements = self.agreements.remove(&r.id).unwrap_or_default();
        // Later answers replace earlier ones (the rows come oldest first).
        let responses = self
            .responses
            .iter()
            .filter(|x| agreements.iter().any(|a| a.id == x.agreement_id))
            .map(|x| (x.agreement_id, (x.confirmed, x.comment.clone())))
            .collect();
        let records = self.records.remove(&r.id).unwrap_or_default();
        ChildView {
            pupil_id: r.id,
            school_id: r.school_id,
            name: r.name.full(),
            school: r.school,
            group: r.group_name,
            authority: r.parental_authority,
            has_plan: plan.is_some(),
            channels: plan.map(channels).unwrap_or_default(),
            reachable: plan.map(|p| p.reachable.clone()).unwrap_or_default(),
            moments: plan
                .map(|p| open_moments(p, &self.moments))
                .unwrap_or_default(),
            agreements,
            responses,
            records: records.into_iter().map(shared_record).collect(),
        }
    }
}

/// The plan's channel codes (stored comma-separated).
fn channels(plan: &PlanRow) -> Vec<String> {
    plan.channels
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// (description, ISO due date or empty) of the plan's open moments, in their order.
fn open_moments(plan: &PlanRow, moments: &[MomentRow]) -> Vec<(String, String)> {
    moments
        .iter()
        .filter(|m| m.plan_id == plan.id)
        .map(|m| (m.description.clone(), m.due_on.clone().unwrap_or_default()))
        .collect()
}

/// Rows by key, keeping their order within each key.
fn group_by<T>(rows: Vec<T>, key: impl Fn(&T) -> i64) -> HashMap<i64, Vec<T>> {
    let mut map: HashMap<i64, Vec<T>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

/// A record's answers in the order of its form's prompts; answers to no prompt are left out.
fn shared_record(row: SharedRecordRow) -> SharedRecord {
    let ordered = sections(row.kind.code())
        .iter()
        .flat_map(|s| s.prompts.iter())
        .filter_map(|p| {
            row.answers
                .map()
                .get(p.key)
                .map(|a| (p.key.to_string(), a.clone()))
        })
        .collect();
    SharedRecord {
        kind: row.kind,
        held_on: row.held_on,
        answers: ordered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_keeps_the_order_within_a_key() {
        let grouped = group_by(vec![(1, "a"), (2, "b"), (1, "c")], |r| r.0);
        assert_eq!(grouped[&1], vec![(1, "a"), (1, "c")]);
        assert_eq!(grouped[&2], vec![(2, "b")]);
    }

    #[test]
    fn shared_answers_follow_the_form() {
        let row = SharedRecordRow {
            pupil_id: 1,
            kind: RecordKind::Start,
            held_on: "2026-09-01".into(),
            answers: crate::domain::Answers::decode(
                r#"{"ambition":"Lezen","landed":"Goed","unknown":"x"}"#,
            )
            .unwrap(),
        };
        let record = shared_record(row);
        assert_eq!(
            record.answers,
            vec![
                ("landed".to_string(), "Goed".to_string()),
                ("ambition".to_string(), "Lezen".to_string())
            ]
        );
    }
}
