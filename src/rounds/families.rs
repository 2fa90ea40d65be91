//! The families of a round (the escalation ladder): who has not booked yet, invitations and
//! reminders, resending and revoking links, contact attempts, and booking on a family's behalf.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::family_filter::{self, FamilyFilter, FamilyStatus, PAGE_SIZE};
use super::invitations::{self, Invitee};
use super::store::families::{self as store, Attempt, Constraint, FamilyGuardianRow};
use super::store::family_list::{self, FilterOption, PagePupil};
use super::{visible_round, BookingState, FreeSlot, Round};
use crate::auth::access::Reach;
use crate::auth::{tokens, CurrentStaff};
use crate::booking::{self, BookingInfo};
use crate::db::{now, Db};
use crate::domain::ContactChannel;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::letters;
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::ctx::Count;
use crate::web::forms;
use crate::web::{render, see_other, Ctx};

/// Not Found unless the pupil is in the round and this person may see them.
pub(super) async fn require_pupil_in_round(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    pupil_id: i64,
) -> AppResult<()> {
    if store::pupil_in_round(db, reach, round_id, pupil_id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

pub struct Family {
    pub pupil_id: i64,
    pub pupil: String,
    pub group: String,
    /// When, with whom and booked by whom, once booked.
    pub booked: Option<String>,
    pub proposed: bool,
    pub earliest: String,
    pub latest: String,
    pub guardians: Vec<FamilyGuardian>,
    pub attempts: Vec<String>,
}

pub struct FamilyGuardian {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub interpreter: bool,
    pub invited: bool,
    pub reminded: bool,
}

impl From<&FamilyGuardianRow> for FamilyGuardian {
    fn from(g: &FamilyGuardianRow) -> FamilyGuardian {
        FamilyGuardian {
            id: g.id,
            name: g.name.clone(),
            email: g.email.clone(),
            phone: g.phone.clone(),
            interpreter: g.interpreter_needed,
            invited: g.invited,
            reminded: g.reminded,
        }
    }
}

#[derive(Template)]
#[template(path = "rounds/families.html", whitespace = "minimize")]
struct FamiliesPage {
    ctx: Ctx,
    round: Round,
    families: Vec<Family>,
    /// Families without a booking in the round (what "remind" is about); None on a page
    /// filtered by group or teacher, which does not offer the round-wide button.
    open: Option<i64>,
    summary: Summary,
    filter: FamilyFilter,
    groups: Vec<FilterOption>,
    teachers: Vec<FilterOption>,
    statuses: &'static [&'static str],
    page_count: i64,
    channels: &'static [&'static str],
    free_slots: HashMap<i64, Vec<(i64, String)>>,
    /// Language, undelivered mail and printed letters per guardian shown (`letters`).
    notes: HashMap<i64, letters::GuardianNote>,
    /// The closed school year this round belongs to: the page is then read-only.
    closed_year: Option<String>,
}

impl FamiliesPage {
    fn slots_for(&self, pupil: &i64) -> Vec<(i64, String)> {
        self.free_slots.get(pupil).cloned().unwrap_or_default()
    }

    fn note(&self, guardian: &i64) -> letters::GuardianNote {
        self.notes.get(guardian).cloned().unwrap_or_default()
    }

    /// A family without a time whom mail does not reach: a letter is the next step.
    fn needs_letter(&self, f: &Family) -> bool {
        f.booked.is_none()
            && f.guardians
                .iter()
                .any(|g| g.email.is_empty() || self.note(&g.id).mail_failed)
    }

    fn page_link(&self, page: impl Count) -> String {
        self.filter.link_to_page(page.count())
    }

    fn group_selected(&self, id: &i64) -> bool {
        self.filter.group == Some(*id)
    }

    fn teacher_selected(&self, id: &i64) -> bool {
        self.filter.teacher == Some(*id)
    }

    fn status_selected(&self, code: &str) -> bool {
        self.filter.status_code() == code
    }
}

/// The counts at the top of the families page, for the current group/teacher filter.
#[derive(Default)]
pub struct Summary {
    pub total: i64,
    pub booked: i64,
    /// Not booked, with an e-mail address.
    pub waiting: i64,
    /// Not booked, no guardian with an e-mail address.
    pub no_email: i64,
}

impl Summary {
    fn from_counts(counts: &[(String, i64)]) -> Summary {
        let mut s = Summary::default();
        for (status, n) in counts {
            match status.as_str() {
                "booked" => s.booked += n,
                "waiting" => s.waiting += n,
                _ => s.no_email += n,
            }
            s.total += n;
        }
        s
    }

    pub fn open(&self) -> i64 {
        self.waiting + self.no_email
    }

    /// How many families the status filter leaves.
    fn matching(&self, status: Option<FamilyStatus>) -> i64 {
        match status {
            None => self.total,
            Some(FamilyStatus::Open) => self.open(),
            Some(FamilyStatus::NoEmail) => self.no_email,
            Some(FamilyStatus::Booked) => self.booked,
        }
    }
}

/// "date · channel · staff: note", as the families page lists attempts.
fn attempt_line(lang: Lang, a: &Attempt) -> String {
    let note = if a.note.is_empty() {
        String::new()
    } else {
        format!(": {}", a.note)
    };
    format!(
        "{} · {} · {}{note}",
        timefmt::datetime(lang, a.created_at),
        lang.t(&format!("channel-{}", a.channel)),
        a.staff_name,
    )
}

/// Everything the families page shows about one pupil's family.
fn family(
    lang: Lang,
    pupil: &PagePupil,
    bookings: &[BookingInfo],
    guardians: &[FamilyGuardianRow],
    attempts: &[Attempt],
    constraints: &[Constraint],
) -> Family {
    let pid = pupil.id;
    let booked = bookings.iter().find(|b| b.pupil_id == pid).map(|b| {
        format!(
            "{}, {} ({})",
            timefmt::datetime(lang, b.starts_at),
            b.staff_name,
            b.booked_by
        )
    });
    let constraint = constraints.iter().find(|c| c.pupil_id == pid);
    Family {
        pupil_id: pid,
        pupil: pupil.name.full(),
        group: pupil.group_name.clone(),
        booked,
        proposed: bookings.iter().any(|b| b.pupil_id == pid && b.proposed),
        earliest: constraint.map(|c| c.earliest.clone()).unwrap_or_default(),
        latest: constraint.map(|c| c.latest.clone()).unwrap_or_default(),
        guardians: guardians
            .iter()
            .filter(|g| g.pupil_id == pid)
            .map(FamilyGuardian::from)
            .collect(),
        attempts: attempts
            .iter()
            .filter(|a| a.pupil_id == pid)
            .map(|a| attempt_line(lang, a))
            .collect(),
    }
}

/// For each pupil without a booking, the first free slots of their group's teachers, for
/// booking on the family's behalf after a call.
fn slots_for_open_families(
    lang: Lang,
    pupils: &[PagePupil],
    families: &[Family],
    free: &[FreeSlot],
    teachers: &[(i64, i64)],
) -> HashMap<i64, Vec<(i64, String)>> {
    let booked = |pid: i64| {
        families
            .iter()
            .any(|f| f.pupil_id == pid && f.booked.is_some())
    };
    pupils
        .iter()
        .filter(|p| !booked(p.id))
        .map(|p| {
            let options = free
                .iter()
                .filter(|s| {
                    teachers
                        .iter()
                        .any(|(g, t)| *g == p.group_id && *t == s.staff_id)
                })
                .take(SLOTS_PER_TEACHER as usize)
                .map(|s| (s.id, timefmt::datetime(lang, s.starts_at)))
                .collect();
            (p.id, options)
        })
        .collect()
}

/// Free slots offered when booking on a family's behalf: the earliest ones, few enough that a
/// page of 50 families stays small (each open family carries its own choice list).
const SLOTS_PER_TEACHER: i64 = 12;

/// One page of the round's families, those without a booking first, filtered by group, teacher
/// and status, under a summary of the counts. A fixed number of queries, each bounded by the
/// page: the pupils, then their bookings, guardians, attempts, times and free slots at once.
pub async fn families(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    let db = &state.db;
    let reach = Reach::of(&me);
    let filter = FamilyFilter::from_query(&query);
    // The two queries that walk the filtered families (the counts and the page) run side by
    // side on the read pool; the rest only touch the page's rows.
    let (counts, pupils) = tokio::try_join!(
        family_list::status_counts(db, &reach, id, &filter),
        family_list::page(db, &reach, id, &filter, PAGE_SIZE),
    )?;
    let summary = Summary::from_counts(&counts);
    // "Remind" reaches every open family of the round this person sees, whatever the filter:
    // its button (with that count) shows on the unfiltered list only, so a filtered page does
    // not count the whole round a second time.
    let open_in_round =
        (filter.group.is_none() && filter.teacher.is_none()).then(|| summary.open());
    let page_count = family_filter::page_count(summary.matching(filter.status), PAGE_SIZE);
    let ids: Vec<i64> = pupils.iter().map(|p| p.id).collect();
    let bookings = booking::bookings_for(db, id, &ids).await?;
    let guardians = family_list::guardians_of(db, id, &ids).await?;
    let attempts = family_list::attempts_of(db, id, &ids).await?;
    let constraints = family_list::constraints_of(db, id, &ids).await?;
    let lang = ctx.lang;
    let families: Vec<Family> = pupils
        .iter()
        .map(|p| family(lang, p, &bookings, &guardians, &attempts, &constraints))
        .collect();
    // Free slots only for the teachers of the page's families that still need a time.
    let mut open_groups: Vec<i64> = pupils
        .iter()
        .filter(|p| !p.booked)
        .map(|p| p.group_id)
        .collect();
    open_groups.sort_unstable();
    open_groups.dedup();
    let teachers = family_list::teachers_of_groups(db, &open_groups).await?;
    let mut staff_ids: Vec<i64> = teachers.iter().map(|(_, t)| *t).collect();
    staff_ids.sort_unstable();
    staff_ids.dedup();
    let free = if staff_ids.is_empty() {
        Vec::new()
    } else {
        family_list::first_free_slots(db, id, &staff_ids, now(), SLOTS_PER_TEACHER).await?
    };
    let free_slots = slots_for_open_families(lang, &pupils, &families, &free, &teachers);
    let shown: Vec<i64> = families
        .iter()
        .flat_map(|f| f.guardians.iter().map(|g| g.id))
        .collect();
    let notes = letters::guardian_notes(db, &round, &shown).await?;
    let groups = family_list::group_options(db, &reach, id).await?;
    let teacher_options = family_list::teacher_options(db, &reach, id).await?;
    let closed_year = super::closed_year_of(db, id).await?;
    render(&FamiliesPage {
        ctx,
        round,
        families,
        open: open_in_round,
        summary,
        filter,
        groups,
        teachers: teacher_options,
        statuses: FamilyStatus::CODES,
        page_count,
        channels: ContactChannel::CODES,
        free_slots,
        notes,
        closed_year,
    })
}

/// Mails each of these guardians a fresh link (an invitation, or a reminder).
async fn mail_invitations(
    state: &AppState,
    round: &Round,
    who: &[Invitee],
    reminder: bool,
) -> AppResult<()> {
    let school = school::school_name(&state.db, round.school_id).await?;
    // In batches, so a large school's invitations do not hold the writer for long.
    for batch in who.chunks(100) {
        let mut tx = state.db.begin().await?;
        for invitee in batch {
            invitations::invite(
                &mut tx,
                round,
                &school,
                &state.config.base_url,
                invitee,
                reminder,
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Once booking has closed a link leads nowhere: invitations, reminders and new links are
/// refused with a message on the families page instead of mailing dead links.
fn refuse_when_closed(round: &Round) -> Option<Response> {
    (round.booking_state(now()) == BookingState::Closed).then(|| {
        see_other(
            &format!("/rounds/{}/families", round.id),
            Some("problem-round-closed-no-invitations"),
        )
    })
}

/// Sends the invitations that have not gone out yet (one per guardian); safe to press twice.
pub async fn send_invitations(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    if let Some(refused) = refuse_when_closed(&round) {
        return Ok(refused);
    }
    let already = store::invited_guardian_ids(&state.db, id).await?;
    let todo: Vec<Invitee> = invitations::invitees_within(&state.db, &Reach::of(&me), id)
        .await?
        .into_iter()
        .filter(|i| !already.contains(&i.guardian_id))
        .collect();
    mail_invitations(&state, &round, &todo, false).await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitations-sent"),
    ))
}

/// One click: a reminder to every invited guardian of a family without a booking.
pub async fn remind(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    if let Some(refused) = refuse_when_closed(&round) {
        return Ok(refused);
    }
    let reach = Reach::of(&me);
    let waiting = store::waiting_guardian_ids(&state.db, &reach, id).await?;
    let todo: Vec<Invitee> = invitations::invitees_within(&state.db, &reach, id)
        .await?
        .into_iter()
        .filter(|i| waiting.contains(&i.guardian_id))
        .collect();
    mail_invitations(&state, &round, &todo, true).await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("reminders-sent"),
    ))
}

/// A new link for one guardian (the old one stops working), mailed again.
pub async fn resend(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, guardian)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    if let Some(refused) = refuse_when_closed(&round) {
        return Ok(refused);
    }
    // Not Found unless the guardian belongs to a pupil this person may see (ASVS 8.2.2).
    let who = invitations::invitees_within(&state.db, &Reach::of(&me), id)
        .await?
        .into_iter()
        .find(|i| i.guardian_id == guardian)
        .ok_or(AppError::NotFound)?;
    mail_invitations(&state, &round, &[who], false).await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitation-resent"),
    ))
}

/// Stops a guardian's link from working (e.g. a mail went to the wrong address).
pub async fn revoke(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, guardian)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    // Only a guardian of a pupil this person may see (ASVS 8.2.2): Not Found otherwise.
    if !store::guardian_in_round(&state.db, &Reach::of(&me), id, guardian).await? {
        return Err(AppError::NotFound);
    }
    store::revoke_invitation(&state.db, id, guardian).await?;
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("invitation-revoked"),
    ))
}

#[derive(Deserialize)]
pub struct AttemptForm {
    channel: String,
    #[serde(default)]
    note: String,
}

/// Logs an attempt to reach a family another way (phone, at the door, via the pupil, ...).
pub async fn log_attempt(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<AttemptForm>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    require_pupil_in_round(&state.db, &Reach::of(&me), id, pupil).await?;
    let Some(channel) = ContactChannel::parse(&form.channel) else {
        return Ok(see_other(
            &format!("/rounds/{id}/families"),
            Some("problem-choose-channel"),
        ));
    };
    let note: String = forms::clean(&form.note).chars().take(500).collect();
    store::log_attempt(&state.db, id, pupil, me.id, channel, &note).await?;
    Ok(see_other(
        &format!("/rounds/{id}/families#pupil-{pupil}"),
        Some("attempt-logged"),
    ))
}

#[derive(Deserialize)]
pub struct StaffBookForm {
    slot: Option<String>,
    guardian: Option<String>,
    #[serde(default)]
    note: String,
}

/// After a phone call, staff book a slot on a family's behalf (the family gets the confirmation
/// mail when it has an address).
pub async fn book_for_family(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<StaffBookForm>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    require_pupil_in_round(&state.db, &Reach::of(&me), id, pupil).await?;
    let id_of = |v: &Option<String>| v.as_deref().and_then(|s| s.parse::<i64>().ok());
    let (Some(slot), Some(guardian)) = (id_of(&form.slot), id_of(&form.guardian)) else {
        return Ok(see_other(
            &format!("/rounds/{id}/families"),
            Some("problem-choose-slot-and-guardian"),
        ));
    };
    let request = booking::Request {
        pupil_id: pupil,
        slot_id: slot,
    };
    // Every check before the first write (ASVS 8.2.2): the guardian receives invitations for
    // this pupil and the slot is one of the pupil's teachers' in this round. A guardian of
    // another family is Not Found; a wrong slot is the usual "choose another time".
    if !store::guardian_of_pupil(&state.db, guardian, pupil).await? {
        return Err(AppError::NotFound);
    }
    if !booking::slot_fits(&state.db, id, guardian, &request).await? {
        return Ok(see_other(
            &format!("/rounds/{id}/families"),
            Some("problem-booking-invalid-slot"),
        ));
    }
    let school_name = school::school_name(&state.db, round.school_id).await?;
    // The booking hangs on the guardian's invitation (made now if the family had none, e.g. no e-mail).
    let token_hash = tokens::hash_token(&tokens::new_token());
    store::ensure_invitation(&state.db, id, guardian, &token_hash).await?;
    let found = store::guardian_invitation(&state.db, id, guardian, pupil)
        .await?
        .ok_or(AppError::NotFound)?;
    let inv = booking::Invitation {
        id: found.id,
        guardian_id: guardian,
        guardian_name: found.name,
        guardian_email: found.email,
        guardian_language: found.language,
        round,
        school_name,
        school_contact: String::new(),
    };
    let key = tokens::new_token();
    let note = forms::clean(&form.note);
    let outcome = booking::book(&state.db, &inv, &[request], &note, false, &key).await?;
    let flash = match outcome {
        booking::Outcome::Booked { booked, .. } => {
            store::mark_booked_by_staff(&state.db, booked[0], me.id).await?;
            "booked-for-family"
        }
        booking::Outcome::Taken => "problem-booking-just-taken",
        _ => "problem-booking-invalid-slot",
    };
    Ok(see_other(&format!("/rounds/{id}/families"), Some(flash)))
}
