//! Coverage: did every family really get its conversations this year? Per group and per
//! teacher: startgesprek in the first three weeks, a communication plan, at least two progress
//! conversations, overdue agreements, families not reached in a round, OPP consents pending.
//! As a table, a server-rendered SVG chart, and a CSV export.

use std::collections::{BTreeMap, HashMap, HashSet};

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sqlx::Row;

use crate::auth::access::{self, GROUP_VISIBLE};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::Db;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::{render, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coverage", get(page))
        .route("/coverage.csv", get(csv))
        .route("/coverage/board", get(board))
}

/// The first school day is taken as 31 August (the school year starts on 1 August); the
/// startgesprek counts when it was held within three weeks after it.
pub const FIRST_WEEKS_DAYS: i64 = 21;

/// What is known about one pupil.
#[derive(Clone, Debug, Default)]
pub struct PupilFacts {
    pub group_id: i64,
    pub early_start: bool,
    pub plan: bool,
    pub progress: i64,
    pub overdue: i64,
    pub not_reached: bool,
    pub opp_pending: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub label: String,
    pub pupils: i64,
    pub early_start: i64,
    pub plan: i64,
    pub progress_two: i64,
    pub overdue: i64,
    pub not_reached: i64,
    pub opp_pending: i64,
}

impl Coverage {
    fn add(&mut self, f: &PupilFacts) {
        self.pupils += 1;
        self.early_start += i64::from(f.early_start);
        self.plan += i64::from(f.plan);
        self.progress_two += i64::from(f.progress >= 2);
        self.overdue += f.overdue;
        self.not_reached += i64::from(f.not_reached);
        self.opp_pending += i64::from(f.opp_pending);
    }

    /// Whole percentages, rounded down (a school at 99.6% has not reached everyone).
    pub fn pct(&self, part: i64) -> i64 {
        if self.pupils == 0 {
            0
        } else {
            part * 100 / self.pupils
        }
    }

    pub fn pct_start(&self) -> i64 {
        self.pct(self.early_start)
    }

    pub fn pct_plan(&self) -> i64 {
        self.pct(self.plan)
    }

    pub fn pct_progress(&self) -> i64 {
        self.pct(self.progress_two)
    }
}

/// Adds up pupils per group, per teacher (a pupil counts for each of their group's teachers)
/// and for the whole school.
pub fn aggregate(
    facts: &[PupilFacts],
    group_names: &BTreeMap<i64, String>,
    teachers: &[(i64, String)],
    group_teachers: &[(i64, i64)],
    school: &str,
) -> (Coverage, Vec<Coverage>, Vec<Coverage>) {
    let mut total = Coverage {
        label: school.to_string(),
        ..Coverage::default()
    };
    let mut groups: BTreeMap<i64, Coverage> = group_names
        .iter()
        .map(|(id, name)| {
            (
                *id,
                Coverage {
                    label: name.clone(),
                    ..Coverage::default()
                },
            )
        })
        .collect();
    let mut by_teacher: HashMap<i64, Coverage> = HashMap::new();
    for f in facts {
        total.add(f);
        if let Some(g) = groups.get_mut(&f.group_id) {
            g.add(f);
        }
        for (group, teacher) in group_teachers {
            if *group == f.group_id {
                let name = teachers
                    .iter()
                    .find(|(id, _)| id == teacher)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                by_teacher
                    .entry(*teacher)
                    .or_insert_with(|| Coverage {
                        label: name,
                        ..Coverage::default()
                    })
                    .add(f);
            }
        }
    }
    let mut teacher_rows: Vec<Coverage> = by_teacher.into_values().collect();
    teacher_rows.sort_by(|a, b| a.label.cmp(&b.label));
    (total, groups.into_values().collect(), teacher_rows)
}

fn id_list(ids: &[i64]) -> String {
    if ids.is_empty() {
        "0".into()
    } else {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Collects the facts for every pupil the person may see (a handful of queries, no N+1).
async fn collect(
    db: &Db,
    me: &StaffUser,
) -> Result<(Coverage, Vec<Coverage>, Vec<Coverage>), sqlx::Error> {
    let (school, staff, whole) = access::scope(me);
    collect_for(db, school, staff, whole).await
}

/// The figures of one school, limited to a teacher's groups unless `whole` is 1.
async fn collect_for(
    db: &Db,
    school: i64,
    staff: i64,
    whole: i64,
) -> Result<(Coverage, Vec<Coverage>, Vec<Coverage>), sqlx::Error> {
    let year = crate::school::current_year(db, school).await?;
    let (year_id, year_name) = year.unwrap_or((0, String::new()));
    let start_year: i32 = year_name
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2000);
    let first_day = time::Date::from_calendar_date(start_year, time::Month::August, 31)
        .unwrap_or(time::Date::MIN);
    let window_end =
        crate::timefmt::iso(first_day.saturating_add(time::Duration::days(FIRST_WEEKS_DAYS)));
    let year_start = format!("{start_year}-08-01");
    let groups = sqlx::query(&format!("SELECT g.id, g.name FROM groups g WHERE {GROUP_VISIBLE} AND g.archived_at IS NULL AND g.school_year_id = $4 ORDER BY g.grade, g.name"))
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(year_id)
        .fetch_all(db.read())
        .await?;
    let group_names: BTreeMap<i64, String> = groups
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let group_ids: Vec<i64> = group_names.keys().copied().collect();
    let gl = id_list(&group_ids);
    let pupils: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT id, group_id FROM pupils WHERE group_id IN ({gl}) AND archived_at IS NULL"
    ))
    .fetch_all(db.read())
    .await?;
    let pl = id_list(&pupils.iter().map(|p| p.0).collect::<Vec<_>>());
    let set = |rows: Vec<(i64,)>| rows.into_iter().map(|(p,)| p).collect::<HashSet<i64>>();
    // Held in the first weeks: a record of the startgesprek, or a start booking marked as held.
    let early = set(sqlx::query_as(&format!(
        "SELECT pupil_id FROM records WHERE kind = 'start' AND held_on >= $1 AND held_on <= $2 AND pupil_id IN ({pl}) \
         UNION SELECT b.pupil_id FROM bookings b JOIN rounds r ON r.id = b.round_id JOIN slots s ON s.id = b.slot_id \
         WHERE r.kind = 'start' AND b.attendance = 'held' AND b.status = 'active' AND b.pupil_id IN ({pl})"
    ))
    .bind(&year_start)
    .bind(&window_end)
    .fetch_all(db.read())
    .await?);
    let plans = set(sqlx::query_as(&format!(
        "SELECT pupil_id FROM plans WHERE school_year_id = $1 AND pupil_id IN ({pl})"
    ))
    .bind(year_id)
    .fetch_all(db.read())
    .await?);
    let mut progress: HashMap<i64, i64> = HashMap::new();
    for (p, n) in sqlx::query_as::<_, (i64, i64)>(&format!(
        "SELECT pupil_id, COUNT(*) FROM records WHERE kind = 'progress' AND held_on >= $1 AND pupil_id IN ({pl}) GROUP BY pupil_id"
    ))
    .bind(&year_start)
    .fetch_all(db.read())
    .await?
    {
        *progress.entry(p).or_default() += n;
    }
    let today = crate::timefmt::iso(crate::timefmt::today());
    let overdue: HashMap<i64, i64> = sqlx::query_as::<_, (i64, i64)>(&format!(
        "SELECT pupil_id, COUNT(*) FROM agreements WHERE status = 'open' AND review_on IS NOT NULL AND review_on < $1 AND pupil_id IN ({pl}) GROUP BY pupil_id"
    ))
    .bind(&today)
    .fetch_all(db.read())
    .await?
    .into_iter()
    .collect();
    // Not reached: in a round of this year that has closed, without any booking.
    let not_reached = set(sqlx::query_as(&format!(
        "SELECT DISTINCT p.id FROM rounds r JOIN round_groups rg ON rg.round_id = r.id \
         JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) \
         WHERE r.school_id = $1 AND r.closes_at < $2 AND r.closes_at > $3 AND p.id IN ({pl}) \
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.round_id = r.id AND b.pupil_id = p.id AND b.status = 'active')"
    ))
    .bind(school)
    .bind(crate::db::now())
    .bind(crate::timefmt::from_amsterdam(time::Date::from_calendar_date(start_year, time::Month::August, 1).unwrap_or(time::Date::MIN), time::Time::MIDNIGHT))
    .fetch_all(db.read())
    .await?);
    let mut opp_latest: HashMap<i64, String> = HashMap::new();
    for (p, status) in sqlx::query_as::<_, (i64, String)>(&format!(
        "SELECT pupil_id, status FROM opp_consents WHERE pupil_id IN ({pl}) ORDER BY id"
    ))
    .fetch_all(db.read())
    .await?
    {
        opp_latest.insert(p, status);
    }
    let facts: Vec<PupilFacts> = pupils
        .iter()
        .map(|(id, group)| PupilFacts {
            group_id: *group,
            early_start: early.contains(id),
            plan: plans.contains(id),
            progress: progress.get(id).copied().unwrap_or(0),
            overdue: overdue.get(id).copied().unwrap_or(0),
            not_reached: not_reached.contains(id),
            opp_pending: opp_latest.get(id).is_some_and(|s| s == "asked"),
        })
        .collect();
    let teachers: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM staff WHERE school_id = $1")
            .bind(school)
            .fetch_all(db.read())
            .await?;
    let group_teachers: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT group_id, staff_id FROM group_staff WHERE group_id IN ({gl})"
    ))
    .fetch_all(db.read())
    .await?;
    let school_name = crate::school::school_name(db, school).await?;
    Ok(aggregate(
        &facts,
        &group_names,
        &teachers,
        &group_teachers,
        &school_name,
    ))
}

#[derive(Template)]
#[template(path = "coverage.html")]
struct Page {
    ctx: Ctx,
    total: Coverage,
    groups: Vec<Coverage>,
    teachers: Vec<Coverage>,
    chart: String,
}

/// Horizontal bars per group for the three shares, with the figures written next to the bars
/// (never colour alone). Plain SVG, no script.
pub fn chart(rows: &[Coverage], labels: [&str; 3], title: &str) -> String {
    let esc = crate::mail::escape;
    let (bar_h, gap, left, width) = (10, 18, 110, 300);
    let row_h = 3 * bar_h + gap;
    let height = 40 + rows.len() as i64 * row_h;
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"chart-title\">{}</title>",
        esc(title),
        w = left + width + 60
    );
    for (i, (label, class)) in labels
        .iter()
        .zip(["series-1", "series-2", "series-3"])
        .enumerate()
    {
        let x = i as i64 * 150;
        svg.push_str(&format!(
            "<rect class=\"{class}\" x=\"{x}\" y=\"4\" width=\"10\" height=\"10\"/><text x=\"{}\" y=\"13\" font-size=\"11\">{}</text>",
            x + 14,
            esc(label)
        ));
    }
    for (r, row) in rows.iter().enumerate() {
        let y0 = 30 + r as i64 * row_h;
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>",
            y0 + 18,
            esc(&row.label)
        ));
        for (k, (pct, class)) in [
            (row.pct_start(), "series-1"),
            (row.pct_plan(), "series-2"),
            (row.pct_progress(), "series-3"),
        ]
        .iter()
        .enumerate()
        {
            let y = y0 + k as i64 * bar_h;
            let w = pct * width / 100;
            svg.push_str(&format!(
                "<rect class=\"{class}\" x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{pct}%</text>",
                bar_h - 2,
                left + w + 4,
                y + bar_h - 2
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

async fn page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let (total, groups, teachers) = collect(&state.db, &me).await?;
    let lang = ctx.lang;
    let chart = chart(
        &groups,
        [
            &lang.t("coverage-start"),
            &lang.t("coverage-plan"),
            &lang.t("coverage-progress"),
        ],
        &lang.t("coverage-chart-title"),
    );
    render(&Page {
        ctx,
        total,
        groups,
        teachers,
        chart,
    })
}

/// The same figures for a spreadsheet (semicolons, as Dutch Excel expects).
async fn csv(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let (total, groups, teachers) = collect(&state.db, &me).await?;
    let l = ctx.lang;
    let mut out = format!(
        "{};{};{};{};{};{};{};{};{}\r\n",
        l.t("coverage-csv-level"),
        l.t("coverage-csv-name"),
        l.t("stat-pupils"),
        l.t("coverage-start"),
        l.t("coverage-plan"),
        l.t("coverage-progress"),
        l.t("coverage-overdue"),
        l.t("coverage-not-reached"),
        l.t("coverage-opp-pending")
    );
    let field = |s: &str| {
        if s.contains([';', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    for (level, rows) in [
        (l.t("coverage-csv-school"), vec![total]),
        (l.t("coverage-csv-group"), groups),
        (l.t("coverage-csv-teacher"), teachers),
    ] {
        for r in rows {
            out.push_str(&format!(
                "{};{};{};{};{};{};{};{};{}\r\n",
                field(&level),
                field(&r.label),
                r.pupils,
                r.early_start,
                r.plan,
                r.progress_two,
                r.overdue,
                r.not_reached,
                r.opp_pending
            ));
        }
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"dekking.csv\""),
            ),
        ],
        out,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "coverage_board.html")]
struct BoardPage {
    ctx: Ctx,
    schools: Vec<Coverage>,
    chart: String,
}

/// For the school board: the same figures for every school of the installation.
async fn board(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    if !me.board {
        return Err(crate::error::AppError::Forbidden);
    }
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM schools ORDER BY name")
        .fetch_all(state.db.read())
        .await?;
    let mut schools = Vec::with_capacity(ids.len());
    for (id,) in ids {
        schools.push(collect_for(&state.db, id, 0, 1).await?.0);
    }
    let lang = ctx.lang;
    let chart = chart(
        &schools,
        [
            &lang.t("coverage-start"),
            &lang.t("coverage-plan"),
            &lang.t("coverage-progress"),
        ],
        &lang.t("coverage-board-title"),
    );
    render(&BoardPage {
        ctx,
        schools,
        chart,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_add_up_per_group_teacher_and_school() {
        let f = |group, early, plan, progress| PupilFacts {
            group_id: group,
            early_start: early,
            plan,
            progress,
            ..PupilFacts::default()
        };
        let facts = vec![
            f(1, true, true, 2),
            f(1, false, true, 1),
            f(2, true, false, 3),
        ];
        let names: BTreeMap<i64, String> = [(1, "5A".to_string()), (2, "6".to_string())].into();
        let teachers = vec![(10, "Juf A".to_string()), (11, "Meester B".to_string())];
        // A duo: group 1 has both teachers.
        let links = vec![(1, 10), (1, 11), (2, 11)];
        let (total, groups, by_teacher) = aggregate(&facts, &names, &teachers, &links, "School");
        assert_eq!(
            (
                total.pupils,
                total.early_start,
                total.plan,
                total.progress_two
            ),
            (3, 2, 2, 2)
        );
        assert_eq!(groups[0].pupils, 2);
        assert_eq!(groups[0].pct_start(), 50);
        assert_eq!(
            by_teacher
                .iter()
                .find(|t| t.label == "Meester B")
                .unwrap()
                .pupils,
            3
        );
        assert_eq!(
            by_teacher
                .iter()
                .find(|t| t.label == "Juf A")
                .unwrap()
                .pupils,
            2
        );
        assert_eq!(Coverage::default().pct(0), 0, "no division by zero");
    }

    #[test]
    fn the_chart_writes_its_figures() {
        let row = Coverage {
            label: "5A <b>".into(),
            pupils: 4,
            early_start: 3,
            plan: 2,
            progress_two: 1,
            ..Coverage::default()
        };
        let svg = chart(&[row], ["a", "b", "c"], "Dekking");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("75%") && svg.contains("50%") && svg.contains("25%"));
        assert!(svg.contains("5A &lt;b&gt;"), "labels are escaped");
    }
}
