//! The right of inspection (AVG art. 15; WPO/WVO information right): a parent with parental
//! authority downloads everything the school keeps about their child, printable and as JSON;
//! an administrator makes the same export for a request on paper or for a pupil of 16 or older.
//! A parent without parental authority gets the main facts about the child's progress only.

mod routes;
mod store;

pub use routes::router;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::db::Db;
use store::ChildRow;

/// How much of the file an export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Everything the school keeps: for parents with parental authority and for the school.
    Full,
    /// A parent without parental authority: the child's name, group and school, which
    /// conversations were held (kind and date), and the agreements' topic, status and review
    /// date. No answers, agreement texts, plan, contacts, OPP consent or access history.
    MainFacts,
}

impl Scope {
    /// The law gives a parent without parental authority the main facts only (BW 1:377c).
    pub fn for_guardian(parental_authority: bool) -> Scope {
        if parental_authority {
            Scope::Full
        } else {
            Scope::MainFacts
        }
    }
}

#[derive(Serialize)]
pub struct Export {
    pub scope: Scope,
    pub made_on: String,
    pub child: Child,
    pub conversations: Vec<Conversation>,
    pub agreements: Vec<Agreement>,
    pub plans: Vec<Plan>,
    pub contacts: Vec<Contact>,
    pub opp_consents: Vec<Consent>,
    /// Who looked at or changed the file (role and date, no names).
    pub access_history: Vec<View>,
}

#[derive(Serialize)]
pub struct Child {
    pub name: String,
    pub date_of_birth: String,
    pub group: String,
    pub school: String,
}

#[derive(Serialize)]
pub struct Conversation {
    pub kind: String,
    pub held_on: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub present: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, String>,
}

#[derive(Serialize)]
pub struct Agreement {
    pub topic: String,
    pub status: String,
    pub review_on: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pupil_part: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parents_part: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub school_part: String,
}

#[derive(Serialize)]
pub struct Plan {
    pub school_year: String,
    pub channels: Vec<String>,
    pub reachable: String,
    pub response_time: String,
    pub notes: String,
    pub moments: Vec<Moment>,
}

#[derive(Serialize)]
pub struct Moment {
    pub description: String,
    pub due_on: String,
}

#[derive(Serialize)]
pub struct Contact {
    pub happened_on: String,
    pub channel: String,
    pub summary: String,
}

#[derive(Serialize)]
pub struct Consent {
    pub decided_on: String,
    pub status: String,
    pub note: String,
}

#[derive(Serialize)]
pub struct View {
    pub on: String,
    pub role: String,
    pub action: String,
    pub entity: String,
}

/// Keeps only what a parent without parental authority may receive (see [`Scope::MainFacts`]).
pub fn limit_to_main_facts(export: &mut Export) {
    export.scope = Scope::MainFacts;
    export.child.date_of_birth.clear();
    for c in &mut export.conversations {
        c.present.clear();
        c.answers.clear();
    }
    for a in &mut export.agreements {
        a.pupil_part.clear();
        a.parents_part.clear();
        a.school_part.clear();
    }
    export.plans.clear();
    export.contacts.clear();
    export.opp_consents.clear();
    export.access_history.clear();
}

fn unix_to_iso(unix: i64) -> String {
    crate::timefmt::iso(crate::timefmt::to_amsterdam(unix).date())
}

/// Everything the school keeps about one child, cut to `scope`.
async fn build(db: &Db, child: &ChildRow, scope: Scope) -> Result<Export, sqlx::Error> {
    let id = child.pupil_id;
    let moments = store::moments(db, id).await?;
    let mut export = Export {
        scope: Scope::Full,
        made_on: crate::timefmt::iso(crate::timefmt::to_amsterdam(crate::db::now()).date()),
        child: Child {
            name: child.name.full(),
            date_of_birth: child.date_of_birth.clone().unwrap_or_default(),
            group: child.group_name.clone().unwrap_or_default(),
            school: child.school.clone(),
        },
        conversations: store::shared_records(db, id)
            .await?
            .into_iter()
            .map(|r| Conversation {
                kind: r.kind,
                held_on: r.held_on,
                present: r.present,
                answers: r.answers.map().clone(),
            })
            .collect(),
        agreements: store::agreements(db, id)
            .await?
            .into_iter()
            .map(|a| Agreement {
                topic: a.topic,
                status: a.status,
                review_on: a.review_on.unwrap_or_default(),
                pupil_part: a.pupil_part,
                parents_part: a.parents_part,
                school_part: a.school_part,
            })
            .collect(),
        plans: store::plans(db, id)
            .await?
            .into_iter()
            .map(|p| Plan {
                moments: moments
                    .iter()
                    .filter(|m| m.plan_id == p.id)
                    .map(|m| Moment {
                        description: m.description.clone(),
                        due_on: m.due_on.clone().unwrap_or_default(),
                    })
                    .collect(),
                school_year: p.school_year,
                channels: p
                    .channels
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect(),
                reachable: p.reachable,
                response_time: p.response_time,
                notes: p.notes,
            })
            .collect(),
        contacts: store::contacts(db, id)
            .await?
            .into_iter()
            .map(|c| Contact {
                happened_on: c.happened_on,
                channel: c.channel,
                summary: c.summary,
            })
            .collect(),
        opp_consents: store::consents(db, id)
            .await?
            .into_iter()
            .map(|c| Consent {
                decided_on: c.decided_on,
                status: c.status,
                note: c.note,
            })
            .collect(),
        access_history: store::views(db, id)
            .await?
            .into_iter()
            .map(|v| View {
                on: unix_to_iso(v.at),
                role: v.role,
                action: v.action,
                entity: v.entity,
            })
            .collect(),
    };
    if scope == Scope::MainFacts {
        limit_to_main_facts(&mut export);
    }
    Ok(export)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_parental_authority_only_the_main_facts_remain() {
        assert_eq!(Scope::for_guardian(true), Scope::Full);
        assert_eq!(Scope::for_guardian(false), Scope::MainFacts);
        let mut e = Export {
            scope: Scope::Full,
            made_on: "2026-12-02".into(),
            child: Child {
                name: "Sem Bakker".into(),
                date_of_birth: "2017-03-14".into(),
                group: "5A".into(),
                school: "OBS De Linde".into(),
            },
            conversations: vec![Conversation {
                kind: "start".into(),
                held_on: "2026-09-01".into(),
                present: "moeder".into(),
                answers: BTreeMap::from([("ambition".into(), "lezen".into())]),
            }],
            agreements: vec![Agreement {
                topic: "Lezen".into(),
                status: "open".into(),
                review_on: String::new(),
                pupil_part: "leest".into(),
                parents_part: "leest voor".into(),
                school_part: "oefent".into(),
            }],
            plans: vec![],
            contacts: vec![Contact {
                happened_on: "2026-10-01".into(),
                channel: "phone".into(),
                summary: "zorgen".into(),
            }],
            opp_consents: vec![],
            access_history: vec![View {
                on: "2026-10-01".into(),
                role: "teacher".into(),
                action: "view".into(),
                entity: "record".into(),
            }],
        };
        limit_to_main_facts(&mut e);
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains("Sem Bakker") && json.contains("Lezen") && json.contains("start"));
        for hidden in [
            "lezen\"",
            "leest",
            "zorgen",
            "moeder",
            "2017-03-14",
            "teacher",
        ] {
            assert!(!json.contains(hidden), "{hidden} in {json}");
        }
    }
}
