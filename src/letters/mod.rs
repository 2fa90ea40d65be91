//! Invitation letters on paper, for families the mail does not reach (no address, a mail that
//! came back, no answer yet). A teacher prints, from a round's families page, a letter in the
//! guardian's own language with the personal link as a QR code and written out in full, for the
//! pupil to take home.
//!
//! Printing gives the guardian a second link to the same invitation (`invitation_letters`): the
//! mailed link keeps working, a booking from either link is the family's one booking, and
//! revoking the invitation stops both. Because only hashes of links are stored, a letter's link
//! can be shown once, when it is made; so printing is a POST that makes a new link, logs a
//! contact attempt and an audit line, and answers with the printable page itself. Printing
//! again makes another link (the earlier letter may already be at home and keeps working;
//! revoking ends them all). Pages are in `routes`, texts in `compose`, the code in `qr`.

mod compose;
pub mod qr;
mod routes;
mod store;

use std::collections::{BTreeMap, HashMap};

pub use compose::{direction, Letter};
pub use routes::router;
pub use store::Who;

use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::{tokens, StaffUser};
use crate::db::{now, Db};
use crate::i18n::mail_lang;
use crate::rounds::{BookingState, Round};

/// A guardian to write to, with the children the letter is about.
struct Recipient {
    guardian_id: i64,
    name: String,
    language: String,
    /// (pupil id, full name), oldest first.
    children: Vec<(i64, String)>,
}

async fn recipients(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    who: &Who,
) -> Result<Vec<Recipient>, sqlx::Error> {
    // Rows come by guardian name; keep that order while grouping each guardian's children.
    let mut order: Vec<i64> = Vec::new();
    let mut by_guardian: BTreeMap<i64, Recipient> = BTreeMap::new();
    for r in store::recipients(db, reach, round_id, who).await? {
        let entry = by_guardian.entry(r.guardian_id).or_insert_with(|| {
            order.push(r.guardian_id);
            Recipient {
                guardian_id: r.guardian_id,
                name: r.name.clone(),
                language: r.language.clone(),
                children: Vec::new(),
            }
        });
        entry.children.push((r.pupil_id, r.child.full()));
    }
    Ok(order
        .into_iter()
        .filter_map(|id| by_guardian.remove(&id))
        .collect())
}

/// What a print came to.
pub enum Printed {
    /// `who` reaches nobody within the person's reach (or nobody is left without a letter).
    Nobody,
    /// Booking has closed: a link would lead nowhere, so nothing is printed or written.
    Closed,
    Letters(Vec<Letter>),
}

/// In one transaction per batch: for each guardian a working invitation, a new letter link, a
/// contact attempt (channel `letter`) per child and an audit line; then the letters' texts.
pub async fn print(
    db: &Db,
    me: &StaffUser,
    round: &Round,
    base_url: &str,
    who: &Who,
) -> Result<Printed, sqlx::Error> {
    let people = recipients(db, &Reach::of(me), round.id, who).await?;
    if people.is_empty() {
        return Ok(Printed::Nobody);
    }
    if round.booking_state(now()) == BookingState::Closed {
        return Ok(Printed::Closed);
    }
    let school = store::school(db, round.school_id).await?;
    let today = crate::timefmt::today();
    let mut letters = Vec::with_capacity(people.len());
    // In batches, so printing for a large school does not hold the writer for long.
    for batch in people.chunks(50) {
        let at = now();
        let mut tx = db.begin().await?;
        for person in batch {
            let token = tokens::new_token();
            let hidden = tokens::hash_token(&tokens::new_token());
            let invitation =
                store::working_invitation(&mut tx, round.id, person.guardian_id, &hidden, at)
                    .await?;
            let letter_id =
                store::add_letter(&mut tx, invitation, &tokens::hash_token(&token), me.id, at)
                    .await?;
            for (pupil_id, _) in &person.children {
                store::log_letter(&mut tx, round.id, *pupil_id, me.id, &person.name, at).await?;
            }
            let line = Line::new(
                person.children.first().map(|c| c.0),
                "create",
                "invitation-letter",
                Some(letter_id),
            )
            .detail(format!(
                "round {}, guardian {}, invitation {invitation}",
                round.id, person.guardian_id
            ));
            audit::change(&mut tx, me, line).await?;
            let names: Vec<String> = person.children.iter().map(|c| c.1.clone()).collect();
            let parts = compose::Parts {
                school: &school.name,
                school_contact: &school.contact,
                guardian: &person.name,
                children: &names,
                link: &format!("{base_url}/b/{token}"),
                today,
            };
            letters.push(compose::letter(mail_lang(&person.language), round, &parts));
        }
        tx.commit().await?;
    }
    Ok(Printed::Letters(letters))
}

/// What the families page notes about a guardian: their language (code), whether mail to them
/// was given up, and how many printed letters of theirs still work.
#[derive(Clone, Debug, Default)]
pub struct GuardianNote {
    pub language: String,
    pub mail_failed: bool,
    pub live_letters: i64,
}

/// Notes for the guardians a families page shows, in two queries.
pub async fn guardian_notes(
    db: &Db,
    round: &Round,
    guardians: &[i64],
) -> Result<HashMap<i64, GuardianNote>, sqlx::Error> {
    let rows = store::notes(db, round.id, guardians).await?;
    let addresses: Vec<String> = rows
        .iter()
        .filter(|r| !r.email.is_empty())
        .map(|r| r.email.clone())
        .collect();
    let failed = store::undelivered(db, round.school_id, round.id, &addresses).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let note = GuardianNote {
                mail_failed: failed.contains(&r.email),
                language: r.language,
                live_letters: r.live_letters,
            };
            (r.id, note)
        })
        .collect())
}
