//! Preparing the coming school year: the proposal made from this year's groups, the form the
//! administrator adjusts, and saving it.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;

use super::routes::find_year;
use super::rules::{self, Step};
use super::store::{self, Placement, Plan, PlannedGroup, YearRow};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{is_unique_violation, Db};
use crate::domain::{LeavingReason, SchoolType};
use crate::error::{AppError, AppResult};
use crate::groups;
use crate::web::forms::{self, FormData};
use crate::web::{render, see_other, Ctx};

/// One group of the preparation form.
pub struct Row {
    pub existing_id: Option<i64>,
    /// The group of this year it comes from (empty for an extra group).
    pub from: String,
    /// `years-row-kept`, `years-row-split`, `years-row-extra` or `years-row-saved`.
    pub note: String,
    pub name: String,
    pub grade: String,
    pub school_type: String,
    pub create: bool,
    pub staff: Vec<i64>,
}

/// One pupil of the preparation form.
pub struct PupilLine {
    pub id: i64,
    pub name: String,
    pub group_name: String,
    /// A row's index, `leave`, or empty (no group yet).
    pub choice: String,
    pub destination: String,
    pub error: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "years/prepare.html")]
struct PreparePage {
    ctx: Ctx,
    year: YearRow,
    current_name: String,
    leaving_on: String,
    rows: Vec<Row>,
    row_errors: BTreeMap<usize, &'static str>,
    pupils: Vec<PupilLine>,
    staff: Vec<(i64, String)>,
    /// Errors not tied to a field (a group name taken).
    general_error: Option<&'static str>,
    error_count: usize,
}

impl PreparePage {
    fn row_label(&self, index: &usize) -> String {
        let row = &self.rows[*index];
        if row.name.trim().is_empty() {
            self.ctx.tr("years-row-unnamed", "number", index + 1)
        } else {
            row.name.clone()
        }
    }

    fn has_staff(&self, index: &usize, staff_id: &i64) -> bool {
        self.rows[*index].staff.contains(staff_id)
    }
}

/// The coming year (not switched into) of this school, or 404.
pub(super) async fn coming_year(db: &Db, me: &StaffUser, id: i64) -> AppResult<YearRow> {
    let year = find_year(db, me, id).await?;
    if year.switched {
        return Err(AppError::NotFound);
    }
    Ok(year)
}

/// Everything the preparation form is built from.
struct Facts {
    year: YearRow,
    current_name: String,
    leaving_on: String,
    current_groups: Vec<store::YearGroup>,
    saved_groups: Vec<store::YearGroup>,
    pupils: Vec<store::PupilToPlace>,
    staff: Vec<(i64, String)>,
}

async fn facts(db: &Db, me: &StaffUser, id: i64) -> AppResult<Facts> {
    let year = coming_year(db, me, id).await?;
    let (current_id, current_name) = super::current_year(db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let current = store::find(db, me.school_id, current_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Facts {
        current_groups: store::groups_of(db, me.school_id, current_id).await?,
        saved_groups: store::groups_of(db, me.school_id, id).await?,
        pupils: store::pupils_to_place(db, me.school_id).await?,
        staff: store::staff_options(db, me.school_id).await?,
        leaving_on: current.ends_on,
        year,
        current_name,
    })
}

/// Extra empty rows for groups the proposal does not make.
const EXTRA_ROWS: usize = 2;

fn extra_row(school_type: SchoolType) -> Row {
    Row {
        existing_id: None,
        from: String::new(),
        note: "years-row-extra".into(),
        name: String::new(),
        grade: String::new(),
        school_type: school_type.code().into(),
        create: false,
        staff: Vec::new(),
    }
}

/// The rows and every pupil's default choice: the saved preparation when there is one,
/// otherwise the proposal made from this year's groups.
async fn initial(db: &Db, me: &StaffUser, f: &Facts) -> AppResult<(Vec<Row>, Vec<PupilLine>)> {
    let school_type = f
        .current_groups
        .first()
        .map_or(SchoolType::Po, |g| g.school_type);
    let mut rows = Vec::new();
    let mut choice_of_group: HashMap<i64, String> = HashMap::new();
    let mut choice_of_pupil: HashMap<i64, String> = HashMap::new();
    if f.saved_groups.is_empty() {
        for g in &f.current_groups {
            match rules::next_step(&g.name, g.grade, g.school_type) {
                Step::MovesUp { name, grade } => {
                    choice_of_group.insert(g.id, rows.len().to_string());
                    rows.push(Row {
                        existing_id: None,
                        from: g.name.clone(),
                        note: "years-row-kept".into(),
                        name,
                        grade: grade.map(|g| g.to_string()).unwrap_or_default(),
                        school_type: g.school_type.code().into(),
                        create: true,
                        staff: Vec::new(),
                    });
                }
                Step::Leaves => {
                    choice_of_group.insert(g.id, "leave".into());
                }
            }
            if rules::is_combination(&g.name) {
                for (name, grade) in rules::split_names(&g.name, g.school_type) {
                    rows.push(Row {
                        existing_id: None,
                        from: g.name.clone(),
                        note: "years-row-split".into(),
                        name,
                        grade: grade.to_string(),
                        school_type: g.school_type.code().into(),
                        create: false,
                        staff: Vec::new(),
                    });
                }
            }
        }
    } else {
        let mut staff: HashMap<i64, Vec<i64>> = HashMap::new();
        for (group, person) in store::staff_of_year(db, me.school_id, f.year.id).await? {
            staff.entry(group).or_default().push(person);
        }
        let mut index_of: HashMap<i64, usize> = HashMap::new();
        for g in &f.saved_groups {
            index_of.insert(g.id, rows.len());
            rows.push(Row {
                existing_id: Some(g.id),
                from: String::new(),
                note: "years-row-saved".into(),
                name: g.name.clone(),
                grade: g.grade.map(|g| g.to_string()).unwrap_or_default(),
                school_type: g.school_type.code().into(),
                create: true,
                staff: staff.remove(&g.id).unwrap_or_default(),
            });
        }
        for (pupil, group) in store::placed(db, f.year.id).await? {
            if let Some(i) = index_of.get(&group) {
                choice_of_pupil.insert(pupil, i.to_string());
            }
        }
    }
    rows.extend((0..EXTRA_ROWS).map(|_| extra_row(school_type)));
    let group_names: HashMap<i64, &str> = f
        .current_groups
        .iter()
        .map(|g| (g.id, g.name.as_str()))
        .collect();
    let pupils = f
        .pupils
        .iter()
        .map(|p| {
            let choice = if p.leaving_on.is_some() {
                "leave".to_string()
            } else if let Some(c) = choice_of_pupil.get(&p.id) {
                c.clone()
            } else if f.saved_groups.is_empty() {
                p.group_id
                    .and_then(|g| choice_of_group.get(&g).cloned())
                    .unwrap_or_default()
            } else {
                String::new()
            };
            PupilLine {
                id: p.id,
                name: p.name.sorted(),
                group_name: p
                    .group_id
                    .and_then(|g| group_names.get(&g).copied())
                    .unwrap_or("")
                    .to_string(),
                choice,
                destination: p.destination.clone(),
                error: None,
            }
        })
        .collect();
    Ok((rows, pupils))
}

pub(super) async fn prepare_page(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let f = facts(&db, &me, id).await?;
    let (rows, pupils) = initial(&db, &me, &f).await?;
    render(&PreparePage {
        ctx,
        current_name: f.current_name,
        leaving_on: f.leaving_on,
        year: f.year,
        rows,
        row_errors: BTreeMap::new(),
        pupils,
        staff: f.staff,
        general_error: None,
        error_count: 0,
    })
}

pub(super) async fn prepare_save(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = facts(&db, &me, id).await?;
    let data = FormData(data);
    let row_count: usize = data
        .get("rows")
        .parse()
        .unwrap_or(0)
        .min(f.current_groups.len() * 3 + f.saved_groups.len() + EXTRA_ROWS);
    let saved_ids: Vec<i64> = f.saved_groups.iter().map(|g| g.id).collect();
    let rows: Vec<Row> = (0..row_count)
        .map(|k| Row {
            existing_id: data
                .get(&format!("existing_{k}"))
                .parse()
                .ok()
                .filter(|id| saved_ids.contains(id)),
            from: forms::clean(data.get(&format!("from_{k}"))),
            note: data.get(&format!("note_{k}")).to_string(),
            name: forms::clean(data.get(&format!("name_{k}"))),
            grade: data.get(&format!("grade_{k}")).trim().to_string(),
            school_type: data.get(&format!("type_{k}")).to_string(),
            create: data.has(&format!("create_{k}")),
            staff: data.ids(&format!("staff_{k}")),
        })
        .collect();
    // A saved group whose row went missing is kept as it was, not dropped.
    for g in &f.saved_groups {
        if !rows.iter().any(|r| r.existing_id == Some(g.id)) {
            return Err(AppError::BadRequest);
        }
    }
    let mut row_errors: BTreeMap<usize, &'static str> = BTreeMap::new();
    for (k, row) in rows.iter().enumerate() {
        if !row.create {
            continue;
        }
        if row.name.is_empty() || row.name.chars().count() > 40 {
            row_errors.insert(k, "years-error-group-name");
        } else if rows[..k]
            .iter()
            .any(|r| r.create && r.name.eq_ignore_ascii_case(&row.name))
        {
            row_errors.insert(k, "years-error-group-twice");
        } else if groups::grade_from_form(&row.grade, &row.name).is_err() {
            row_errors.insert(k, "years-error-group-name");
        }
    }
    // Final-grade groups and why their pupils leave (end of primary, or the exam year).
    let leaving_groups: HashMap<i64, LeavingReason> = f
        .current_groups
        .iter()
        .filter(|g| rules::next_step(&g.name, g.grade, g.school_type) == Step::Leaves)
        .map(|g| (g.id, rules::end_of_school_reason(g.school_type)))
        .collect();
    let group_names: HashMap<i64, &str> = f
        .current_groups
        .iter()
        .map(|g| (g.id, g.name.as_str()))
        .collect();
    let mut pupils = Vec::new();
    let mut placements = Vec::new();
    for p in &f.pupils {
        let choice = data.get(&format!("pupil_{}", p.id)).to_string();
        let destination = forms::clean(data.get(&format!("destination_{}", p.id)));
        let mut error = None;
        let placement = if choice == "leave" {
            Placement::Leaves {
                destination: destination.chars().take(200).collect(),
                reason: p
                    .group_id
                    .and_then(|g| leaving_groups.get(&g).copied())
                    .unwrap_or(LeavingReason::Other),
            }
        } else if let Ok(k) = choice.parse::<usize>() {
            if rows.get(k).is_some_and(|r| r.create) {
                Placement::Group(k)
            } else {
                error = Some("years-error-pupil-group");
                Placement::Undecided
            }
        } else {
            Placement::Undecided
        };
        placements.push((p.id, placement));
        pupils.push(PupilLine {
            id: p.id,
            name: p.name.sorted(),
            group_name: p
                .group_id
                .and_then(|g| group_names.get(&g).copied())
                .unwrap_or("")
                .to_string(),
            choice,
            destination,
            error,
        });
    }
    let pupil_errors = pupils.iter().filter(|p| p.error.is_some()).count();
    let page = |rows: Vec<Row>,
                row_errors: BTreeMap<usize, &'static str>,
                pupils: Vec<PupilLine>,
                general_error: Option<&'static str>| {
        let error_count = row_errors.len()
            + pupils.iter().filter(|p| p.error.is_some()).count()
            + usize::from(general_error.is_some());
        PreparePage {
            ctx: ctx.clone(),
            year: f.year.clone(),
            current_name: f.current_name.clone(),
            leaving_on: f.leaving_on.clone(),
            rows,
            row_errors,
            pupils,
            staff: f.staff.clone(),
            general_error,
            error_count,
        }
    };
    if !row_errors.is_empty() || pupil_errors > 0 {
        return render(&page(rows, row_errors, pupils, None));
    }
    let plan = Plan {
        groups: rows
            .iter()
            .map(|r| {
                let grade = groups::grade_from_form(&r.grade, &r.name).ok().flatten();
                PlannedGroup {
                    existing_id: r.existing_id,
                    name: r.name.clone(),
                    grade,
                    school_type: SchoolType::parse(&r.school_type).unwrap_or(SchoolType::Po),
                    staff_ids: r.staff.clone(),
                    create: r.create,
                }
            })
            .collect(),
        pupils: placements,
        leaving_on: f.leaving_on.clone(),
    };
    match store::save_plan(&db, &me, id, &plan).await {
        Ok(()) => Ok(see_other(
            &format!("/years/{id}/prepare"),
            Some("years-prepared"),
        )),
        Err(e) if is_unique_violation(&e) => render(&page(
            rows,
            row_errors,
            pupils,
            Some("years-error-name-taken"),
        )),
        Err(e) => Err(e.into()),
    }
}
