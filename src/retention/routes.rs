//! The administrator's retention page: the school's period, and what the next run removes.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Form;
use serde::Deserialize;

use super::{forecast, rules, store, Forecast};
use crate::auth::CurrentStaff;
use crate::db::{now, Db};
use crate::error::AppResult;
use crate::web::forms::FormErrors;
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

pub fn router() -> Routes {
    Routes::new().route("/retention", get(page).post(save))
}

#[derive(Template)]
#[template(path = "retention/index.html")]
struct Page {
    ctx: Ctx,
    next: Forecast,
    /// The period as typed (kept when it is refused).
    years: String,
    errors: FormErrors,
}

async fn page(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let next = forecast(&db, me.school_id).await?;
    render(&Page {
        ctx,
        years: next.years.to_string(),
        next,
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
struct YearsForm {
    #[serde(rename = "retention_years")]
    years: String,
}

async fn save(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<YearsForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    let Some(years) = rules::parse_years(&form.years) else {
        let mut errors = FormErrors::default();
        errors.add("retention_years", "trust-retention-years-invalid");
        return render(&Page {
            ctx,
            next: forecast(&db, me.school_id).await?,
            years: form.years,
            errors,
        });
    };
    store::set_years(&db, me.school_id, me.id, years, now()).await?;
    Ok(see_other("/retention", Some("saved")))
}
