//! Parents' messages in the demo school (issue 12): the holidays of 2026–27 for region Midden,
//! and four messages to the demo teacher's group — one waiting, one answered by mail, one answered
//! by phone and one past its date, so the inbox, the start page and the care coordinator's list
//! all show something. Dates are counted from today with the same school-day rule as the app.

use time::{Date, Month, Time};

use super::data::DemoSchool;
use crate::db::{flag, Db};
use crate::messages::rules::{due_date, Closed};
use crate::timefmt;

/// School holidays 2026–2027, region Midden (both days inclusive), and the other days off.
/// (year, month, day).
type Ymd = (i32, u8, u8);

const HOLIDAYS: &[(&str, Ymd, Ymd)] = &[
    ("Herfstvakantie", (2026, 10, 17), (2026, 10, 25)),
    ("Kerstvakantie", (2026, 12, 19), (2027, 1, 3)),
    ("Voorjaarsvakantie", (2027, 2, 20), (2027, 2, 28)),
    ("Goede Vrijdag en Pasen", (2027, 3, 26), (2027, 3, 29)),
    ("Meivakantie", (2027, 4, 24), (2027, 5, 2)),
    ("Hemelvaart", (2027, 5, 6), (2027, 5, 7)),
    ("Tweede Pinksterdag", (2027, 5, 17), (2027, 5, 17)),
    ("Zomervakantie", (2027, 7, 17), (2027, 8, 29)),
];

fn ymd((y, m, d): Ymd) -> Date {
    Date::from_calendar_date(y, Month::try_from(m).expect("month"), d).expect("date")
}

/// (message, asks for a call, how it was answered: "" open, "mail", "phone"; the answer,
/// school days ago it was sent).
const MESSAGES: &[(&str, bool, &str, &str, i64)] = &[
    (
        "Onze zoon is deze week erg moe, hij slaapt slecht sinds zijn opa ziek is. Wilt u een beetje op hem letten?",
        false,
        "",
        "",
        0,
    ),
    (
        "Mag onze dochter vrijdag eerder weg? Ze heeft om 14.00 uur een afspraak bij de orthodontist.",
        false,
        "mail",
        "Dank voor uw bericht. Dat is goed: ze mag om 13.30 uur gaan. Wilt u haar bij het hek ophalen?",
        3,
    ),
    (
        "Ik maak me zorgen over het rekenen. Kunnen we even bellen?",
        true,
        "phone",
        "Gebeld met moeder: we oefenen de tafels extra in de klas en sturen een oefenblad mee.",
        6,
    ),
    (
        "Er wordt op het schoolplein steeds om zijn schoenen gelachen. Hij wil 's ochtends niet meer naar school.",
        true,
        "",
        "",
        5,
    ),
];

/// The `n`-th school day before `day` (0: `day` itself).
fn school_days_before(day: Date, n: i64, closed: &[Closed]) -> Date {
    let mut d = day;
    let mut left = n;
    while left > 0 {
        d = d.saturating_sub(time::Duration::days(1));
        if crate::messages::rules::is_school_day(d, closed) {
            left -= 1;
        }
    }
    d
}

pub(super) async fn add(db: &Db, school: &DemoSchool, school_id: i64) -> anyhow::Result<()> {
    let closed: Vec<Closed> = HOLIDAYS
        .iter()
        .map(|(_, from, to)| Closed {
            from: ymd(*from),
            to: ymd(*to),
        })
        .collect();
    let at = crate::db::now();
    let mut tx = db.begin().await?;
    let year: Option<i64> =
        sqlx::query_scalar("SELECT id FROM school_years WHERE school_id = $1 AND is_current = 1")
            .bind(school_id)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(year) = year {
        for (name, from, to) in HOLIDAYS {
            sqlx::query(
                "INSERT INTO school_holidays (school_id, school_year_id, name, starts_on, ends_on, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(school_id)
            .bind(year)
            .bind(*name)
            .bind(timefmt::iso(ymd(*from)))
            .bind(timefmt::iso(ymd(*to)))
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
    }
    // The demo teacher's group, its pupils with a guardian who has an address.
    let Some(teacher) = super::teacher_with_history(school) else {
        return Ok(tx.commit().await?);
    };
    let staff_id: i64 =
        sqlx::query_scalar("SELECT id FROM staff WHERE school_id = $1 AND email = $2")
            .bind(school_id)
            .bind(&teacher.email)
            .fetch_one(&mut *tx)
            .await?;
    let families: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT p.id, MIN(l.guardian_id) FROM pupils p JOIN group_staff gs ON gs.group_id = p.group_id \
         JOIN pupil_guardians l ON l.pupil_id = p.id JOIN guardians gd ON gd.id = l.guardian_id \
         WHERE gs.staff_id = $1 AND p.archived_at IS NULL AND gd.email IS NOT NULL \
         GROUP BY p.id ORDER BY p.id LIMIT 4",
    )
    .bind(staff_id)
    .fetch_all(&mut *tx)
    .await?;
    let today = timefmt::today();
    for ((body, call_back, how, answer, ago), (pupil, guardian)) in MESSAGES.iter().zip(families) {
        let sent_day = school_days_before(today, *ago, &closed);
        let sent_at = timefmt::from_amsterdam(sent_day, Time::from_hms(8, 15, 0)?).min(at);
        let due = due_date(sent_day, 2, &closed);
        let answered_at = (!how.is_empty()).then(|| (sent_at + 26 * 3600).min(at));
        sqlx::query(
            "INSERT INTO parent_messages (school_id, pupil_id, guardian_id, body, call_back, phone, \
             sent_at, due_on, answered_at, answered_by, answer_channel, answer) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(school_id)
        .bind(pupil)
        .bind(guardian)
        .bind(*body)
        .bind(flag(*call_back))
        .bind(if *call_back { "06 2345 6789" } else { "" })
        .bind(sent_at)
        .bind(timefmt::iso(due))
        .bind(answered_at)
        .bind(answered_at.map(|_| staff_id))
        .bind(*how)
        .bind(*answer)
        .execute(&mut *tx)
        .await?;
        if let Some(answered) = answered_at {
            sqlx::query(
                "INSERT INTO contact_log (school_id, pupil_id, staff_id, channel, positive, summary, \
                 happened_on, created_at) VALUES ($1, $2, $3, $4, 0, $5, $6, $7)",
            )
            .bind(school_id)
            .bind(pupil)
            .bind(staff_id)
            .bind(if *how == "phone" { "phone" } else { "email" })
            .bind(format!("Bericht van ouder: {body}\n{answer}"))
            .bind(timefmt::iso(timefmt::to_amsterdam(answered).date()))
            .bind(answered)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holidays_are_in_order_and_inside_the_year() {
        for (_, from, to) in HOLIDAYS {
            assert!(ymd(*from) <= ymd(*to));
            assert!(ymd(*from) >= date(2026, 8, 31) && ymd(*to) <= date(2027, 8, 31));
        }
    }

    fn date(y: i32, m: u8, d: u8) -> Date {
        ymd((y, m, d))
    }

    #[test]
    fn counting_back_skips_weekends() {
        // Monday 9 November 2026, one school day back: Friday 6 November.
        assert_eq!(
            school_days_before(date(2026, 11, 9), 1, &[]),
            date(2026, 11, 6)
        );
    }
}
