//! The care coordinator's school-wide list: needs and offers across groups, suggested matches,
//! proposing two parents to each other, and the pairs with each parent's answer.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::rules::{self, suggestions};
use super::store::{self, OpenWish, PairRow, ProposeError};
use crate::auth::{CurrentStaff, StaffUser};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{render, see_other, Ctx};

/// Most suggestions shown at once (the best ones).
const MAX_SUGGESTIONS: usize = 50;

fn require_matcher(me: &StaffUser) -> AppResult<()> {
    if super::may_match(me) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A suggested match as the page shows it.
pub struct SuggestionView<'a> {
    pub need: &'a OpenWish,
    pub offer: &'a OpenWish,
    pub score: u8,
}

#[derive(Template)]
#[template(path = "buddies/overview.html")]
struct OverviewPage<'a> {
    ctx: Ctx,
    needs: Vec<&'a OpenWish>,
    offers: Vec<&'a OpenWish>,
    suggestions: Vec<SuggestionView<'a>>,
    pairs: Vec<PairRow>,
}

impl OverviewPage<'_> {
    fn language_name(&self, code: &str) -> String {
        rules::language_name(code).to_string()
    }

    fn fit_key(&self, score: &u8) -> &'static str {
        match score {
            3.. => "buddies-fit-good",
            2 => "buddies-fit-fair",
            _ => "buddies-fit-possible",
        }
    }
}

pub async fn overview(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    require_matcher(&me)?;
    let db = &state.db;
    let wishes = store::open_wishes(db, me.school_id).await?;
    let candidates = store::candidates(db, me.school_id, &wishes).await?;
    let earlier = store::earlier(db, me.school_id, &wishes).await?;
    let find = |id: i64| wishes.iter().find(|w| w.id == id);
    let suggestions = suggestions(&candidates, &earlier)
        .into_iter()
        .filter_map(|s| {
            Some(SuggestionView {
                need: find(s.need)?,
                offer: find(s.offer)?,
                score: s.score,
            })
        })
        .take(MAX_SUGGESTIONS)
        .collect();
    let pairs = store::pairs(db, me.school_id).await?;
    render(&OverviewPage {
        ctx,
        needs: wishes.iter().filter(|w| w.direction == "need").collect(),
        offers: wishes.iter().filter(|w| w.direction == "offer").collect(),
        suggestions,
        pairs,
    })
}

#[derive(Deserialize)]
pub struct ProposeForm {
    #[serde(default)]
    need: String,
    #[serde(default)]
    offer: String,
}

/// Proposes a need and an offer to each other: both parents get a mail with their own link.
pub async fn propose(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(form): Form<ProposeForm>,
) -> AppResult<Response> {
    require_matcher(&me)?;
    let (Ok(need), Ok(offer)) = (form.need.trim().parse(), form.offer.trim().parse()) else {
        return Err(AppError::BadRequest);
    };
    let base = &state.config.base_url;
    Ok(
        match store::propose(&state.db, &me, need, offer, base).await? {
            Ok(_) => see_other("/buddies", Some("buddies-proposed")),
            Err(ProposeError::NoEmail) => see_other("/buddies", Some("problem-buddies-no-email")),
            Err(ProposeError::Taken) => see_other("/buddies", Some("problem-buddies-taken")),
            Err(ProposeError::NotAllowed) => return Err(AppError::NotFound),
        },
    )
}

/// The school ends a proposed or active pair; the parents are told.
pub async fn end_pair(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    require_matcher(&me)?;
    if !store::end_pair(&state.db, &me, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/buddies", Some("buddies-ended")))
}
