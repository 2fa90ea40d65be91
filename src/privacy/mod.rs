//! The privacy notice for parents: what the school keeps, why, how long, who sees it and how to
//! ask for inspection. Linked from every page's footer and every mail.

use askama::Template;
use axum::response::Response;
use axum::routing::get;

use crate::error::AppResult;
use crate::web::Routes;
use crate::web::{render, Ctx};

pub fn router() -> Routes {
    Routes::new().route("/privacy", get(notice))
}

#[derive(Template)]
#[template(path = "privacy/notice.html")]
struct NoticePage {
    ctx: Ctx,
}

async fn notice(ctx: Ctx) -> AppResult<Response> {
    render(&NoticePage { ctx })
}
