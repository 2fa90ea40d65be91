//! Coverage: did every family really get its conversations this year? Per group and per
//! teacher: startgesprek in the first three weeks, a communication plan, at least two progress
//! conversations, overdue agreements, families not reached in a round, OPP consents pending.
//! As a table, a server-rendered SVG chart, and a CSV export (`routes`); the facts per pupil
//! come from `store`, and are added up here.

mod routes;
mod store;

pub use routes::{chosen_year, router, ChosenYear};
pub use store::YearChoice;

use std::collections::{BTreeMap, HashMap};

use crate::auth::access::Reach;
use crate::db::Db;
use crate::i18n::Lang;

/// The startgesprek counts when it was held within three weeks after the year's own first school
/// day (each school chooses it within its region's dates).
pub const FIRST_WEEKS_DAYS: i64 = 21;

/// The days of the school year that the figures look at, taken from the year's own row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearWindow {
    /// The school year's id (0 when the school has none).
    pub year_id: i64,
    /// The year's first day (`starts_on`), ISO.
    pub start: String,
    /// That day at midnight in Amsterdam, unix seconds (rounds are timed).
    pub start_at: i64,
    /// The last day a startgesprek counts as held in the first weeks, ISO.
    pub first_weeks_end: String,
    /// The midnight (Amsterdam) after that day, unix seconds: a start slot before it is early.
    pub first_weeks_end_at: i64,
    /// The year's last day (`ends_on`), ISO.
    pub end: String,
    /// The day after the last day at midnight in Amsterdam, unix seconds.
    pub end_at: i64,
    /// An earlier year: its groups are archived and its pupils' groups are in `pupil_years`.
    pub past: bool,
}

impl YearWindow {
    /// The window of a school year from its stored days (ISO): the year runs from `starts_on`
    /// to `ends_on`, its first weeks end `FIRST_WEEKS_DAYS` after `first_school_day` (a year
    /// without a first school day counts from `starts_on`; one whose first school day is the
    /// placeholder 1 August from before it was asked counts from the end of August). Unreadable
    /// days give an empty window.
    pub fn from_days(
        year_id: i64,
        starts_on: &str,
        first_school_day: &str,
        ends_on: &str,
    ) -> YearWindow {
        let parse = |s: &str| crate::timefmt::parse_iso(s.trim());
        let start = parse(starts_on).unwrap_or(time::Date::MIN);
        let end = parse(ends_on).unwrap_or(start);
        // Years set up before the first school day was asked for carry 1 August (their start)
        // as first school day; no Dutch school starts then, so the latest regional start counts.
        let first_day = match parse(first_school_day) {
            Some(d) if d == start && d.month() == time::Month::August && d.day() == 1 => {
                crate::school::default_first_school_day(start.year())
            }
            Some(d) => d,
            None => start,
        };
        let midnight = |d: time::Date| crate::timefmt::from_amsterdam(d, time::Time::MIDNIGHT);
        let first_weeks_end = first_day.saturating_add(time::Duration::days(FIRST_WEEKS_DAYS));
        YearWindow {
            year_id,
            start: crate::timefmt::iso(start),
            start_at: midnight(start),
            first_weeks_end: crate::timefmt::iso(first_weeks_end),
            first_weeks_end_at: midnight(first_weeks_end.saturating_add(time::Duration::days(1))),
            end: crate::timefmt::iso(end),
            end_at: midnight(end.saturating_add(time::Duration::days(1))),
            past: false,
        }
    }

    /// Whether a startgesprek at `at` (unix seconds, in this year) was early: on or before the
    /// last day of the first weeks, or of a newcomer's own three weeks (`start_due_on`, ISO).
    pub fn counts_as_early(&self, at: i64, start_due_on: Option<&str>) -> bool {
        let due_end = start_due_on
            .and_then(|d| crate::timefmt::parse_iso(d.trim()))
            .map(|d| {
                crate::timefmt::from_amsterdam(
                    d.saturating_add(time::Duration::days(1)),
                    time::Time::MIDNIGHT,
                )
            });
        at < self.first_weeks_end_at || due_end.is_some_and(|end| at < end)
    }

    /// The window of a year row.
    pub fn of(year: &YearChoice) -> YearWindow {
        YearWindow::from_days(
            year.id,
            &year.starts_on,
            &year.first_school_day,
            &year.ends_on,
        )
    }
}

/// The window of the school's current year (a due switch runs first), or None without a year.
pub async fn current_window(db: &Db, school_id: i64) -> Result<Option<YearWindow>, sqlx::Error> {
    let Some((year_id, _)) = crate::school::current_year(db, school_id).await? else {
        return Ok(None);
    };
    Ok(store::year(db, school_id, year_id)
        .await?
        .map(|y| YearWindow::of(&y)))
}

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
) -> Figures {
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
    // Looked up per pupil, so a big school costs pupils + links, not pupils × links.
    let names: HashMap<i64, &str> = teachers.iter().map(|(id, n)| (*id, n.as_str())).collect();
    let mut teachers_of: HashMap<i64, Vec<i64>> = HashMap::new();
    for (group, teacher) in group_teachers {
        teachers_of.entry(*group).or_default().push(*teacher);
    }
    let mut by_teacher: HashMap<i64, Coverage> = HashMap::new();
    for f in facts {
        total.add(f);
        if let Some(g) = groups.get_mut(&f.group_id) {
            g.add(f);
        }
        for teacher in teachers_of.get(&f.group_id).map_or(&[][..], Vec::as_slice) {
            by_teacher
                .entry(*teacher)
                .or_insert_with(|| Coverage {
                    label: names.get(teacher).copied().unwrap_or_default().to_string(),
                    ..Coverage::default()
                })
                .add(f);
        }
    }
    let mut teacher_rows: Vec<Coverage> = by_teacher.into_values().collect();
    teacher_rows.sort_by(|a, b| a.label.cmp(&b.label));
    Figures {
        total,
        groups: groups.into_values().collect(),
        teachers: teacher_rows,
    }
}

/// The figures of one school: the whole school, per group and per teacher.
pub struct Figures {
    pub total: Coverage,
    pub groups: Vec<Coverage>,
    pub teachers: Vec<Coverage>,
}

/// The figures over every pupil within `reach` in one school year (a handful of queries, no
/// N+1).
async fn collect(db: &Db, reach: &Reach, year: &YearWindow) -> Result<Figures, sqlx::Error> {
    let f = store::facts(db, reach, year).await?;
    Ok(aggregate(
        &f.pupils,
        &f.group_names,
        &f.teachers,
        &f.group_teachers,
        &f.school_name,
    ))
}

/// The same figures for a spreadsheet (semicolons, as Dutch Excel expects).
pub fn csv(l: Lang, figures: Figures) -> String {
    let header = [
        "coverage-csv-level",
        "coverage-csv-name",
        "stat-pupils",
        "coverage-start",
        "coverage-plan",
        "coverage-progress",
        "coverage-overdue",
        "coverage-not-reached",
        "coverage-opp-pending",
    ]
    .map(|key| l.t(key))
    .to_vec();
    let mut rows = vec![header];
    for (level, group) in [
        (l.t("coverage-csv-school"), vec![figures.total]),
        (l.t("coverage-csv-group"), figures.groups),
        (l.t("coverage-csv-teacher"), figures.teachers),
    ] {
        for r in group {
            rows.push(vec![
                level.clone(),
                r.label,
                r.pupils.to_string(),
                r.early_start.to_string(),
                r.plan.to_string(),
                r.progress_two.to_string(),
                r.overdue.to_string(),
                r.not_reached.to_string(),
                r.opp_pending.to_string(),
            ]);
        }
    }
    // Group and teacher names are typed by staff or imported: never a formula (ASVS V1.2.10).
    crate::spreadsheet::csv(rows)
}

/// Legend text size in the chart, in pixels.
const LEGEND_FONT: i64 = 11;
/// The legend's colour square and the space after it, and the space between two entries.
const LEGEND_SWATCH: i64 = 14;
const LEGEND_GAP: i64 = 16;
const LEGEND_LINE: i64 = 16;

/// An upper estimate of a label's width in pixels: SVG text cannot be measured on the server,
/// so wide letters count wider and every other letter as an average sans-serif letter.
pub fn text_width(text: &str, font_size: i64) -> i64 {
    let tenths: i64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' => 3,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 4,
            'm' | 'w' | 'M' | 'W' => 9,
            c if c.is_uppercase() => 7,
            _ => 6,
        })
        .sum();
    (tenths * font_size + 9) / 10
}

/// Where each legend entry starts (x, line), entries placed left to right and wrapped onto a new
/// line when the next one would run past `max_width`, so labels never run into each other.
pub fn legend_layout(labels: &[&str], max_width: i64) -> Vec<(i64, i64)> {
    let mut at = Vec::with_capacity(labels.len());
    let (mut x, mut line) = (0, 0);
    for label in labels {
        let w = LEGEND_SWATCH + text_width(label, LEGEND_FONT);
        if x > 0 && x + w > max_width {
            x = 0;
            line += 1;
        }
        at.push((x, line));
        x += w + LEGEND_GAP;
    }
    at
}

/// Horizontal bars per group for the three shares, with the figures written next to the bars
/// (never colour alone). Plain SVG, no script.
pub fn chart(rows: &[Coverage], labels: [&str; 3], title: &str) -> String {
    let esc = crate::mail::escape;
    let (bar_h, gap, left, width) = (10, 18, 110, 300);
    let row_h = 3 * bar_h + gap;
    let total_w = left + width + 60;
    let legend = legend_layout(&labels, total_w);
    let legend_lines = legend.iter().map(|(_, line)| line + 1).max().unwrap_or(1);
    let top = 14 + legend_lines * LEGEND_LINE;
    let height = top + 10 + rows.len() as i64 * row_h;
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {total_w} {height}\" width=\"{total_w}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"chart-title\">{}</title>",
        esc(title),
    );
    for ((label, class), (x, line)) in labels
        .iter()
        .zip(["series-1", "series-2", "series-3"])
        .zip(legend)
    {
        let y = 4 + line * LEGEND_LINE;
        svg.push_str(&format!(
            "<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\"/><text x=\"{}\" y=\"{}\" font-size=\"{LEGEND_FONT}\">{}</text>",
            x + LEGEND_SWATCH,
            y + 9,
            esc(label)
        ));
    }
    for (r, row) in rows.iter().enumerate() {
        let y0 = top + r as i64 * row_h;
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
        let Figures {
            total,
            groups,
            teachers: by_teacher,
        } = aggregate(&facts, &names, &teachers, &links, "School");
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

    #[test]
    fn legend_labels_never_overlap() {
        let long = [
            "Startgesprek in de eerste drie weken",
            "Communicatieplan",
            "Twee of meer voortgangsgesprekken",
        ];
        let english = [
            "Start conversation in the first three weeks",
            "Communication plan",
            "Two or more progress conversations",
        ];
        let very_long = [
            "Startgesprek in de eerste drie weken na de eerste schooldag gehouden",
            "Communicatieplan met de ouders afgesproken en vastgelegd",
            "Twee of meer voortgangsgesprekken",
        ];
        for labels in [long, english, very_long, ["a", "b", "c"]] {
            let at = legend_layout(&labels, 470);
            for (i, (a, (ax, aline))) in labels.iter().zip(&at).enumerate() {
                let a_end = ax + LEGEND_SWATCH + text_width(a, LEGEND_FONT);
                for (b, (bx, bline)) in labels.iter().zip(&at).skip(i + 1) {
                    let b_end = bx + LEGEND_SWATCH + text_width(b, LEGEND_FONT);
                    assert!(
                        aline != bline || a_end <= *bx || b_end <= *ax,
                        "{a:?} and {b:?} overlap: {at:?}"
                    );
                }
            }
        }
        // The Dutch labels do not fit on one line of 470 pixels: they wrap.
        assert!(legend_layout(&long, 470).iter().any(|(_, line)| *line > 0));
        // Short labels stay on one line.
        assert!(legend_layout(&["a", "b", "c"], 470)
            .iter()
            .all(|(_, line)| *line == 0));
        // Every entry ends inside the chart.
        for (label, (x, _)) in very_long.iter().zip(legend_layout(&very_long, 470)) {
            assert!(
                x + LEGEND_SWATCH + text_width(label, LEGEND_FONT) <= 470,
                "{label}"
            );
        }
    }

    #[test]
    fn the_year_window_follows_the_years_own_days() {
        // A northern-region year: the first school day is 17 August, whatever the name says.
        let w = YearWindow::from_days(7, "2027-08-01", "2027-08-16", "2028-07-31");
        assert_eq!(w.start, "2027-08-01");
        assert_eq!(w.first_weeks_end, "2027-09-06");
        assert_eq!(w.end, "2028-07-31");
        assert_eq!(
            w.start_at,
            crate::timefmt::from_amsterdam(
                time::macros::date!(2027 - 08 - 01),
                time::Time::MIDNIGHT
            )
        );
        assert_eq!(
            w.end_at,
            crate::timefmt::from_amsterdam(
                time::macros::date!(2028 - 08 - 01),
                time::Time::MIDNIGHT
            ),
            "the last day counts whole"
        );
        // A year from before the first school day was asked (1 August as placeholder) counts
        // from the last regional start: Monday 31 August 2026.
        let legacy = YearWindow::from_days(9, "2026-08-01", "2026-08-01", "2027-07-31");
        assert_eq!(legacy.first_weeks_end, "2026-09-21");
        // A year with dates of its own (a shortened first year) keeps them.
        let short = YearWindow::from_days(8, "2026-01-05", "2026-01-05", "2026-07-17");
        assert_eq!(
            (
                short.start.as_str(),
                short.first_weeks_end.as_str(),
                short.end.as_str()
            ),
            ("2026-01-05", "2026-01-26", "2026-07-17")
        );
        // Without a first school day the weeks count from the year's first day.
        assert_eq!(
            YearWindow::from_days(9, "2025-08-01", "", "2026-07-31").first_weeks_end,
            "2025-08-22"
        );
        let year = YearChoice {
            id: 3,
            name: "Schooljaar 2027-2028".into(),
            starts_on: "2027-08-01".into(),
            first_school_day: "2027-08-30".into(),
            ends_on: "2028-07-31".into(),
        };
        assert_eq!(YearWindow::of(&year).first_weeks_end, "2027-09-20");
        assert_eq!(YearWindow::of(&year).year_id, 3);
    }

    #[test]
    fn a_held_start_booking_is_early_by_the_same_rule_as_a_record() {
        let w = YearWindow::from_days(1, "2027-08-01", "2027-08-16", "2028-07-31");
        let at = |d: time::Date, h: u8| {
            crate::timefmt::from_amsterdam(d, time::Time::from_hms(h, 0, 0).unwrap())
        };
        use time::macros::date;
        // The last day of the first weeks counts all day, the next day not.
        assert!(w.counts_as_early(at(date!(2027 - 09 - 06), 19), None));
        assert!(!w.counts_as_early(at(date!(2027 - 09 - 07), 8), None));
        // A newcomer's own three weeks, up to and including the due day.
        let due = Some("2028-02-10");
        assert!(w.counts_as_early(at(date!(2028 - 02 - 10), 15), due));
        assert!(!w.counts_as_early(at(date!(2028 - 02 - 11), 9), due));
        assert!(!w.counts_as_early(at(date!(2028 - 01 - 11), 9), Some("")));
    }

    #[test]
    fn the_csv_quotes_what_would_break_a_row() {
        let row = |label: &str| Coverage {
            label: label.into(),
            pupils: 2,
            early_start: 1,
            ..Coverage::default()
        };
        let out = csv(
            Lang::default(),
            Figures {
                total: row("School"),
                groups: vec![row("5A; 5B"), row("Groep \"7\"")],
                teachers: vec![],
            },
        );
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines.len(), 5, "header, three rows, and the end: {out}");
        assert!(lines[1].ends_with(";School;2;1;0;0;0;0;0"), "{out}");
        assert!(lines[2].ends_with(";\"5A; 5B\";2;1;0;0;0;0;0"), "{out}");
        assert!(lines[3].contains(";\"Groep \"\"7\"\"\";"), "{out}");
    }
}
