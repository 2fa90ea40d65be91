//! The demo's buddies: a few needs and offers across groups, one pair in touch (both agreed),
//! one proposal waiting for the second parent, and suggestions left for the care coordinator.

use crate::auth::credentials::staff_by_id;
use crate::buddies::for_demo::{self as buddies, NewWish};
use crate::db::Db;

/// (index into the families, one per group, direction, topic, language, note)
const WISHES: [(usize, &str, &str, &str, &str); 8] = [
    (0, "need", "language", "ar", ""),
    (2, "offer", "language", "ar", ""),
    (1, "need", "first-child", "", ""),
    (
        3,
        "offer",
        "first-child",
        "",
        "Heeft drie kinderen op school gehad",
    ),
    (4, "need", "diagnosis", "", "dyslexie"),
    (5, "offer", "diagnosis", "", "dyslexie"),
    (6, "need", "new-nl", "", "Sinds de zomer in Nederland"),
    (7, "offer", "new-nl", "", ""),
];

pub async fn add(db: &Db, school_id: i64, base_url: &str) -> anyhow::Result<()> {
    let Some(coordinator) = buddies::demo_coordinator(db, school_id).await? else {
        return Ok(());
    };
    let Some(me) = staff_by_id(db, coordinator).await? else {
        return Ok(());
    };
    // One guardian from each group, so the wishes lie across groups.
    let mut families: Vec<(i64, i64, Option<i64>)> = Vec::new();
    let mut groups = Vec::new();
    for (guardian, pupil, group, record) in buddies::demo_guardians(db, school_id).await? {
        if !groups.contains(&group) && !families.iter().any(|(g, _, _)| *g == guardian) {
            groups.push(group);
            families.push((guardian, pupil, record));
        }
    }
    let mut ids = Vec::new();
    let mut tx = db.begin().await?;
    for (index, direction, topic, language, detail) in WISHES {
        let Some(&(guardian_id, pupil_id, record_id)) = families.get(index) else {
            break;
        };
        let wish = NewWish {
            guardian_id,
            pupil_id,
            record_id,
            direction,
            topic,
            language,
            detail: detail.to_string(),
        };
        ids.push(buddies::insert_wish_tx(&mut tx, school_id, me.id, &wish).await?);
    }
    tx.commit().await?;
    // The language pair agreed on both sides; the first-child proposal waits for one parent.
    for (pair, both) in [((0, 1), true), ((2, 3), false)] {
        let (Some(need), Some(offer)) = (ids.get(pair.0), ids.get(pair.1)) else {
            continue;
        };
        let Ok(pair_id) = buddies::propose(db, &me, *need, *offer, base_url).await? else {
            continue;
        };
        let tokens = buddies::demo_sides(db, pair_id).await?;
        let answering = if both { &tokens[..] } else { &tokens[..1] };
        for token in answering {
            if let Some(side) = buddies::side_by_token(db, token).await? {
                buddies::answer(db, &side, true).await?;
            }
        }
    }
    Ok(())
}
