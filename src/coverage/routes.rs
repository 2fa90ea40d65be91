//! The coverage pages: the figures of one's own reach as a page and as CSV, and for the school
//! board the figures of every school.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::{chart, collect, store, Coverage, YearWindow};
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::{render, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/coverage", get(page))
        .route("/coverage.csv", get(csv))
        .route("/coverage/board", get(board))
}

/// The chart's legend: the three shares.
fn legend(lang: Lang) -> [String; 3] {
    [
        lang.t("coverage-start"),
        lang.t("coverage-plan"),
        lang.t("coverage-progress"),
    ]
}

/// The school year a coverage page shows: `?year=ID` among the school's years (current and
/// earlier), the current year without it. Another school's year, or a coming one, is not found.
pub struct ChosenYear {
    pub window: YearWindow,
    pub name: String,
    /// The year's own first and last day (ISO; empty when the school has no year).
    pub starts_on: String,
    pub ends_on: String,
    /// The years to choose from, latest first.
    pub years: Vec<store::YearChoice>,
}

pub async fn chosen_year(
    state: &AppState,
    school: i64,
    query: &HashMap<String, String>,
) -> AppResult<ChosenYear> {
    let (current, current_name) = crate::school::current_year(&state.db, school)
        .await?
        .unwrap_or((0, String::new()));
    let years = store::years(&state.db, school).await?;
    let (id, name) = match query.get("year").filter(|y| !y.is_empty()) {
        None => (current, current_name),
        Some(asked) => {
            let id: i64 = asked.parse().map_err(|_| AppError::NotFound)?;
            let year = years
                .iter()
                .find(|y| y.id == id)
                .ok_or(AppError::NotFound)?;
            (year.id, year.name.clone())
        }
    };
    let chosen = years.iter().find(|y| y.id == id);
    let (starts_on, ends_on) = chosen.map_or((String::new(), String::new()), |y| {
        (y.starts_on.clone(), y.ends_on.clone())
    });
    // The window follows the year's own days (its first school day is the school's choice).
    let mut window = chosen.map_or_else(|| YearWindow::from_days(id, "", "", ""), YearWindow::of);
    window.past = id != current;
    Ok(ChosenYear {
        window,
        name,
        starts_on,
        ends_on,
        years,
    })
}

#[derive(Template)]
#[template(path = "coverage/index.html")]
struct Page {
    ctx: Ctx,
    year: ChosenYear,
    total: Coverage,
    groups: Vec<Coverage>,
    teachers: Vec<Coverage>,
    chart: String,
    groups_page: Paged,
    teachers_page: Paged,
}

/// Rows per page in the group and teacher tables: a school with hundreds of groups gets a page
/// of a bounded size (the CSV export still has every row).
const ROWS_PER_PAGE: usize = 40;

/// Where a table is in its pages; `param` is the query parameter that moves it.
struct Paged {
    param: &'static str,
    page: usize,
    pages: usize,
}

impl Paged {
    /// Keeps the rows of the asked page (1-based, clamped to the pages there are).
    fn take<T>(rows: &mut Vec<T>, query: &HashMap<String, String>, param: &'static str) -> Paged {
        let pages = rows.len().div_ceil(ROWS_PER_PAGE).max(1);
        let page = query
            .get(param)
            .and_then(|p| p.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, pages);
        let start = (page - 1) * ROWS_PER_PAGE;
        rows.truncate(start + ROWS_PER_PAGE);
        rows.drain(..start.min(rows.len()));
        Paged { param, page, pages }
    }
}

impl Page {
    /// The link to another page of one table, keeping the other table where it is.
    fn link(&self, which: &str, page: usize) -> String {
        let (g, t) = if which == self.groups_page.param {
            (page, self.teachers_page.page)
        } else {
            (self.groups_page.page, page)
        };
        format!(
            "?year={}&{}={g}&{}={t}",
            self.year.window.year_id, self.groups_page.param, self.teachers_page.param
        )
    }
}

async fn page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let year = chosen_year(&state, me.school_id, &query).await?;
    let mut figures = collect(&state.db, &Reach::of(&me), &year.window).await?;
    let groups_page = Paged::take(&mut figures.groups, &query, "groups_page");
    let teachers_page = Paged::take(&mut figures.teachers, &query, "teachers_page");
    let [a, b, c] = legend(ctx.lang);
    let chart = chart(
        &figures.groups,
        [&a, &b, &c],
        &ctx.lang.t("coverage-chart-title"),
    );
    render(&Page {
        ctx,
        year,
        total: figures.total,
        groups: figures.groups,
        teachers: figures.teachers,
        chart,
        groups_page,
        teachers_page,
    })
}

/// The same figures for a spreadsheet.
async fn csv(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let year = chosen_year(&state, me.school_id, &query).await?;
    let figures = collect(&state.db, &Reach::of(&me), &year.window).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"bereik.csv\""),
            ),
        ],
        super::csv(ctx.lang, figures),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "coverage/board.html")]
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
        return Err(AppError::Forbidden);
    }
    let mut schools = Vec::new();
    for id in store::school_ids(&state.db).await? {
        // The board sees each school as its director does: the whole school, its current year.
        let year = super::current_window(&state.db, id)
            .await?
            .unwrap_or_else(|| YearWindow::from_days(0, "", "", ""));
        schools.push(
            collect(&state.db, &Reach::whole_school_of(id), &year)
                .await?
                .total,
        );
    }
    let [a, b, c] = legend(ctx.lang);
    let chart = chart(&schools, [&a, &b, &c], &ctx.lang.t("coverage-board-title"));
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
    fn tables_are_cut_into_pages_of_bounded_size() {
        let query = |p: &str| HashMap::from([("groups_page".to_string(), p.to_string())]);
        let mut rows: Vec<usize> = (0..95).collect();
        let paged = Paged::take(&mut rows, &query("2"), "groups_page");
        assert_eq!((paged.page, paged.pages), (2, 3));
        assert_eq!(rows, (40..80).collect::<Vec<_>>());
        let mut rows: Vec<usize> = (0..95).collect();
        let last = Paged::take(&mut rows, &query("99"), "groups_page");
        assert_eq!(last.page, 3, "a page past the end shows the last one");
        assert_eq!(rows, (80..95).collect::<Vec<_>>());
        let mut few: Vec<usize> = (0..3).collect();
        let one = Paged::take(&mut few, &query("x"), "groups_page");
        assert_eq!((one.page, one.pages, few.len()), (1, 1, 3));
    }
}
