//! The parent's booking page, reached through the personal link in the invitation mail.
//! GET never changes anything (mail scanners open links); only the forms' POSTs do.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::rules::{by_day, DaySlots};
use super::{BookingInfo, Child, Invitation, Outcome, Request, SwapAsked, SwapOption, SwapView};
use crate::auth::tokens;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::rounds::invitations::{attendees, place};
use crate::rounds::{sibling_pairs, BookingState};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms;
use crate::web::Routes;
use crate::web::{content_language, no_referrer, render, see_other, Ctx, LanguageForm};

pub fn router() -> Routes {
    Routes::new()
        .route("/b/{token}", get(page))
        .route("/b/{token}/book", post(book))
        .route("/b/{token}/pair", post(book_pair))
        .route("/b/{token}/cancel", post(cancel))
        .route("/b/{token}/confirm", post(confirm))
        .route("/b/{token}/swap", post(request_swap))
        .route("/b/{token}/swap/{request}", post(answer_swap))
        .route("/b/{token}/taal", post(choose_language))
}

/// Siblings' pairs may wait at most this long between the two conversations.
const PAIR_MAX_WAIT_SECONDS: i64 = 10 * 60;

pub struct ChildView {
    pub child: Child,
    pub days: Vec<DaySlots>,
    pub mine: Option<BookingInfo>,
    pub others: Vec<BookingInfo>,
    pub swap_options: Vec<SwapOption>,
}

pub struct PairView {
    pub first: i64,
    pub second: i64,
    pub label: String,
}

#[derive(Template)]
#[template(path = "booking/page.html")]
struct Page {
    ctx: Ctx,
    inv: Invitation,
    token: String,
    children: Vec<ChildView>,
    pairs: Vec<PairView>,
    pair_names: (String, String),
    pair_pupils: (i64, i64),
    state: BookingState,
    place: String,
    attendees: String,
    notice: Option<&'static str>,
    key: String,
    swaps: Vec<SwapView>,
}

impl Page {
    fn when(&self, starts_at: &i64, ends_at: &i64) -> String {
        let date =
            timefmt::date_with_weekday(self.ctx.lang, timefmt::to_amsterdam(*starts_at).date());
        format!(
            "{date}, {}–{}",
            timefmt::clock(*starts_at),
            timefmt::clock(*ends_at)
        )
    }

    fn clock(&self, unix: &i64) -> String {
        timefmt::clock(*unix)
    }

    fn is_open(&self) -> bool {
        self.state == BookingState::Open
    }

    fn not_yet_open(&self) -> bool {
        self.state == BookingState::NotYetOpen
    }
}

async fn load(state: &AppState, token: &str) -> AppResult<Invitation> {
    super::find_invitation(&state.db, token)
        .await?
        .ok_or(AppError::NotFound)
}

async fn build(
    state: &AppState,
    ctx: Ctx,
    inv: Invitation,
    token: String,
    notice: Option<&'static str>,
) -> AppResult<Page> {
    // The page speaks the family's language, whatever the browser says.
    let ctx = ctx.for_guardian(&inv.guardian_language, format!("/b/{token}/taal"));
    let lang = ctx.lang;
    let children = super::children(&state.db, &inv).await?;
    let mut views: Vec<ChildView> = children
        .into_iter()
        .map(|c| child_view(lang, &inv, c))
        .collect();
    // In a school-made timetable a family may ask another family with the same teacher to swap.
    // Swap requests exist only there: a family that books its own times (the rush) costs no
    // query for them. (Open requests are read even without a listed booking: one may be about
    // a child who has since left the list, and must stay answerable.)
    let mut swaps = Vec::new();
    if inv.round.scheduling == "timetable" {
        for v in &mut views {
            if let Some(mine) = &v.mine {
                v.swap_options = super::swap_options(&state.db, &inv, mine).await?;
            }
        }
        swaps = super::open_swaps(&state.db, &inv).await?;
    }
    let offer = pair_offer(lang, &views);
    let state_now = inv.round.booking_state(now());
    Ok(Page {
        place: place(lang, &inv.round),
        attendees: attendees(lang, &inv.round),
        ctx,
        inv,
        token,
        children: views,
        pairs: offer.pairs,
        pair_names: offer.names,
        pair_pupils: offer.pupils,
        state: state_now,
        notice,
        key: tokens::new_token(),
        swaps,
    })
}

fn day_label(lang: Lang, unix: i64) -> String {
    timefmt::date_with_weekday(lang, timefmt::to_amsterdam(unix).date())
}

/// One child's part of the page: free slots by day, this family's booking, other bookings.
fn child_view(lang: Lang, inv: &Invitation, child: Child) -> ChildView {
    let days = by_day(
        &child.free,
        |t| timefmt::to_amsterdam(t).date(),
        |d| timefmt::date_with_weekday(lang, *d),
    );
    let mine = child.my_booking(inv.id).cloned();
    let others = child
        .bookings
        .iter()
        .filter(|b| b.invitation_id != Some(inv.id))
        .cloned()
        .collect();
    ChildView {
        child,
        days,
        mine,
        others,
        swap_options: Vec::new(),
    }
}

/// Back-to-back pairs for the first two children without any booking yet.
#[derive(Default)]
struct PairOffer {
    pairs: Vec<PairView>,
    names: (String, String),
    pupils: (i64, i64),
}

fn pair_offer(lang: Lang, views: &[ChildView]) -> PairOffer {
    let open: Vec<&ChildView> = views
        .iter()
        .filter(|v| v.mine.is_none() && v.others.is_empty())
        .collect();
    let [a, b, ..] = open.as_slice() else {
        return PairOffer::default();
    };
    let (a, b) = (&a.child, &b.child);
    let mut pairs = Vec::new();
    for (x, y) in sibling_pairs(&a.free, &b.free, PAIR_MAX_WAIT_SECONDS, 12) {
        let (first, second) = if x.starts_at <= y.starts_at {
            (&x, &y)
        } else {
            (&y, &x)
        };
        let (first_child, second_child) = if first.id == x.id { (a, b) } else { (b, a) };
        let label = format!(
            "{}, {} {} ({}) · {} {} ({})",
            day_label(lang, first.starts_at),
            timefmt::clock(first.starts_at),
            first_child.name,
            first_child.teacher_name(&first.staff_id),
            timefmt::clock(second.starts_at),
            second_child.name,
            second_child.teacher_name(&second.staff_id),
        );
        pairs.push(PairView {
            first: x.id,
            second: y.id,
            label,
        });
    }
    PairOffer {
        pairs,
        names: (a.name.clone(), b.name.clone()),
        pupils: (a.pupil_id, b.pupil_id),
    }
}

async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    let page = build(&state, ctx, inv, token, None).await?;
    let lang = page.ctx.lang;
    Ok(content_language(no_referrer(render(&page)?), lang))
}

/// The language switch on the booking page: stored for this guardian, so the page and the
/// next mails are in it (the other parent of a separated family keeps their own).
async fn choose_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    let inv = load(&state, &token).await?;
    crate::guardians::language_chosen(&state, inv.guardian_id, lang, &format!("/b/{token}")).await
}

#[derive(Deserialize)]
pub struct BookForm {
    pupil: i64,
    slot: Option<String>,
    #[serde(default)]
    note: String,
    interpreter: Option<String>,
    #[serde(default)]
    key: String,
}

/// Answers the outcome of a booking attempt: back to the page on success, or the page with a
/// clear message (and the slots that are still free) when somebody else was quicker.
async fn answer(
    state: &AppState,
    ctx: Ctx,
    inv: Invitation,
    token: String,
    outcome: Outcome,
) -> AppResult<Response> {
    let (status, notice) = match outcome {
        Outcome::Booked { replaced, .. } => {
            let flash = if replaced.is_empty() {
                "booked"
            } else {
                "booking-changed"
            };
            return Ok(no_referrer(see_other(&format!("/b/{token}"), Some(flash))));
        }
        Outcome::AlreadyDone => {
            return Ok(no_referrer(see_other(
                &format!("/b/{token}"),
                Some("booked"),
            )))
        }
        Outcome::Taken => (StatusCode::CONFLICT, "booking-just-taken"),
        Outcome::Invalid => (StatusCode::UNPROCESSABLE_ENTITY, "booking-invalid-slot"),
    };
    refuse(state, ctx, inv, token, status, notice).await
}

/// The booking page again, with a message saying why nothing happened.
async fn refuse(
    state: &AppState,
    ctx: Ctx,
    inv: Invitation,
    token: String,
    status: StatusCode,
    notice: &'static str,
) -> AppResult<Response> {
    let page = build(state, ctx, inv, token, Some(notice)).await?;
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(no_referrer(response))
}

/// Refuses changes outside the booking window with the page and a clear message.
async fn closed(
    state: &AppState,
    ctx: Ctx,
    inv: Invitation,
    token: String,
) -> AppResult<Option<Response>> {
    if inv.round.booking_state(now()) == BookingState::Open {
        return Ok(None);
    }
    refuse(
        state,
        ctx,
        inv,
        token,
        StatusCode::CONFLICT,
        "booking-closed",
    )
    .await
    .map(Some)
}

/// A family's note for the teacher: cleaned, at most 1000 characters.
fn clean_note(note: &str) -> String {
    forms::clean(note).chars().take(1000).collect()
}

fn key_or_new(key: &str) -> String {
    let k = key.trim();
    if k.is_empty() || k.len() > 100 {
        tokens::new_token()
    } else {
        k.to_string()
    }
}

async fn book(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<BookForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx.clone(), inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    let Some(slot) = form.slot.as_deref().and_then(|s| s.parse::<i64>().ok()) else {
        return refuse(
            &state,
            ctx,
            inv,
            token,
            StatusCode::UNPROCESSABLE_ENTITY,
            "booking-choose-slot",
        )
        .await;
    };
    let note = clean_note(&form.note);
    let requests = [Request {
        pupil_id: form.pupil,
        slot_id: slot,
    }];
    let outcome = super::book(
        &state.db,
        &inv,
        &requests,
        &note,
        forms::checked(&form.interpreter),
        &key_or_new(&form.key),
    )
    .await?;
    answer(&state, ctx, inv, token, outcome).await
}

#[derive(Deserialize)]
pub struct PairForm {
    first_pupil: i64,
    second_pupil: i64,
    pair: Option<String>,
    #[serde(default)]
    note: String,
    interpreter: Option<String>,
    #[serde(default)]
    key: String,
}

/// Books two siblings back to back, atomically: both or neither.
async fn book_pair(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<PairForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx.clone(), inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    let parsed = form
        .pair
        .as_deref()
        .and_then(|p| p.split_once('-'))
        .and_then(|(a, b)| Some((a.parse::<i64>().ok()?, b.parse::<i64>().ok()?)));
    let Some((first_slot, second_slot)) = parsed else {
        return refuse(
            &state,
            ctx,
            inv,
            token,
            StatusCode::UNPROCESSABLE_ENTITY,
            "booking-choose-slot",
        )
        .await;
    };
    let note = clean_note(&form.note);
    let requests = [
        Request {
            pupil_id: form.first_pupil,
            slot_id: first_slot,
        },
        Request {
            pupil_id: form.second_pupil,
            slot_id: second_slot,
        },
    ];
    let outcome = super::book(
        &state.db,
        &inv,
        &requests,
        &note,
        forms::checked(&form.interpreter),
        &key_or_new(&form.key),
    )
    .await?;
    answer(&state, ctx, inv, token, outcome).await
}

#[derive(Deserialize)]
pub struct CancelForm {
    booking: i64,
}

async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<CancelForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx.clone(), inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    // Say what really happened: a booking that was not (or no longer) this family's active one
    // was not cancelled.
    if !super::cancel(&state.db, &inv, form.booking).await? {
        return refuse(
            &state,
            ctx,
            inv,
            token,
            StatusCode::CONFLICT,
            "booking-nothing-cancelled",
        )
        .await;
    }
    Ok(no_referrer(see_other(
        &format!("/b/{token}"),
        Some("booking-cancelled"),
    )))
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    booking: i64,
}

/// The family accepts the time the school proposed.
async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx.clone(), inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    if !super::confirm(&state.db, &inv, form.booking).await? {
        return refuse(
            &state,
            ctx,
            inv,
            token,
            StatusCode::CONFLICT,
            "booking-nothing-confirmed",
        )
        .await;
    }
    Ok(no_referrer(see_other(
        &format!("/b/{token}"),
        Some("booking-confirmed"),
    )))
}

#[derive(Deserialize)]
pub struct SwapForm {
    mine: i64,
    with: Option<String>,
}

async fn request_swap(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<SwapForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx.clone(), inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    if inv.round.scheduling != "timetable" {
        // Swaps belong to a school-made timetable; in a self-booking round a family picks a
        // free time itself and has no business writing to other families.
        return refuse(
            &state,
            ctx,
            inv,
            token,
            StatusCode::UNPROCESSABLE_ENTITY,
            "booking-swap-not-in-this-round",
        )
        .await;
    }
    let with = form.with.as_deref().and_then(|w| w.parse::<i64>().ok());
    let asked = match with {
        Some(theirs) => super::request_swap(&state.db, &inv, form.mine, theirs).await?,
        None => SwapAsked::NotPossible,
    };
    match asked {
        SwapAsked::Requested => Ok(no_referrer(see_other(
            &format!("/b/{token}"),
            Some("swap-requested"),
        ))),
        SwapAsked::NotPossible => Ok(no_referrer(see_other(
            &format!("/b/{token}"),
            Some("problem-swap-failed"),
        ))),
        SwapAsked::Limited(limit) => {
            refuse(
                &state,
                ctx,
                inv,
                token,
                StatusCode::TOO_MANY_REQUESTS,
                limit.notice(),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct AnswerForm {
    answer: String,
}

async fn answer_swap(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((token, request)): Path<(String, i64)>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let inv = load(&state, &token).await?;
    if let Some(r) = closed(&state, ctx, inv.clone(), token.clone()).await? {
        return Ok(r);
    }
    let accept = form.answer == "yes";
    let done = super::answer_swap(&state.db, &inv, request, accept).await?;
    let flash = match (done, accept) {
        (false, _) => "problem-swap-failed",
        (true, true) => "swap-accepted",
        (true, false) => "swap-declined",
    };
    Ok(no_referrer(see_other(&format!("/b/{token}"), Some(flash))))
}
