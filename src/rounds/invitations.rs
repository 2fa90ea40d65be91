//! Personal invitations: one link per guardian per round, sent by mail through the outbox.

use std::collections::BTreeMap;

use super::store::families as store;
use super::Round;
use crate::auth::access::Reach;
use crate::auth::tokens;
use crate::db::{now, Db, Tx};
use crate::i18n::{mail_lang, Lang};
use crate::mail::{self, Outgoing};
use crate::timefmt;

/// A guardian who should get an invitation for a round, with their children in it.
pub struct Invitee {
    pub guardian_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub language: String,
    pub children: Vec<String>,
}

/// Guardians who receive invitations for the pupils in the round's groups (one entry per
/// guardian, so separated parents each get their own), children oldest first. Only the pupils
/// `reach` sees count: a teacher invites, reminds and resends to their own groups' families.
pub async fn invitees_within(
    db: &Db,
    reach: &Reach,
    round_id: i64,
) -> Result<Vec<Invitee>, sqlx::Error> {
    let mut by_guardian: BTreeMap<i64, Invitee> = BTreeMap::new();
    for r in store::invitees(db, reach, round_id).await? {
        let entry = by_guardian.entry(r.guardian_id).or_insert(Invitee {
            guardian_id: r.guardian_id,
            name: String::new(),
            email: None,
            language: String::new(),
            children: Vec::new(),
        });
        entry.name = r.name;
        entry.email = r.email;
        entry.language = r.language;
        entry.children.push(r.child.full());
    }
    Ok(by_guardian.into_values().collect())
}

/// Every invitee of the round, for the app's own jobs (the demo, the load test); staff pages use
/// `invitees_within` with the person's reach.
pub async fn invitees(db: &Db, round_id: i64) -> Result<Vec<Invitee>, sqlx::Error> {
    let Some(round) = super::load(db, round_id).await? else {
        return Ok(Vec::new());
    };
    invitees_within(db, &Reach::whole_school_of(round.school_id), round_id).await
}

/// Joins names the way people write them: "Sem", "Sem en Lotte", "Sem, Lotte en Finn".
pub fn join_names(lang: Lang, names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!(
            "{} {} {}",
            names[..n - 1].join(", "),
            lang.t("word-and"),
            names[n - 1]
        ),
    }
}

/// The values an invitation text can name (`{deadline}`, `{place}`, ...), written in `lang`.
fn values(
    lang: Lang,
    round: &Round,
    school: &str,
    parent: &str,
    children: &[String],
    link: &str,
) -> Vec<(&'static str, String)> {
    vec![
        ("parent", parent.to_string()),
        ("children", join_names(lang, children)),
        ("link", link.to_string()),
        ("deadline", timefmt::datetime(lang, round.closes_at)),
        ("duration", round.slot_minutes.to_string()),
        ("place", place(lang, round)),
        ("attendees", attendees(lang, round)),
        ("school", school.to_string()),
        (
            "pupil",
            if round.pupil_expected {
                lang.t("invite-pupil-expected")
            } else {
                lang.t("invite-pupil-not-expected")
            },
        ),
    ]
}

/// The invitation text for one guardian: the round's own text with its placeholders filled
/// in, or our default text for the kind of conversation. The school writes its own text in
/// Dutch: a guardian who reads another language gets our text in their language (when, where,
/// how long, who, the link, the deadline), then a line saying the school's note follows in
/// Dutch and that an interpreter can be asked for, then the school's own words.
pub fn invitation_text(
    lang: Lang,
    round: &Round,
    school: &str,
    parent: &str,
    children: &[String],
    link: &str,
) -> String {
    let args = values(lang, round, school, parent, children, link);
    let standard = || lang.tr(&format!("invite-body-{}", round.kind), &args);
    if round.invitation_text.trim().is_empty() {
        return standard();
    }
    let mut own = round.invitation_text.clone();
    for (k, v) in values(Lang::Nl, round, school, parent, children, link) {
        own = own.replace(&format!("{{{k}}}"), &v);
    }
    if lang != Lang::Nl {
        // Isolated, so Dutch sentences stay readable inside a right-to-left mail.
        let own = lang.isolate(own.trim());
        return format!(
            "{}\n\n{}\n\n{own}",
            standard(),
            lang.t("invite-school-note-dutch")
        );
    }
    if !own.contains(link) {
        own.push_str(&format!("\n\n{link}"));
    }
    own
}

pub fn place(lang: Lang, round: &Round) -> String {
    let form = lang.t(&format!("round-form-{}", round.form));
    if round.location.trim().is_empty() {
        form
    } else {
        format!("{form}: {}", round.location.trim())
    }
}

pub fn attendees(lang: Lang, round: &Round) -> String {
    if round.attendees.trim().is_empty() {
        lang.t("invite-attendees-teacher")
    } else {
        round.attendees.trim().to_string()
    }
}

/// Creates (or renews) a guardian's link for a round and queues the invitation mail.
/// Returns false when the guardian has no e-mail address (they must be reached another way).
pub async fn invite(
    tx: &mut Tx,
    round: &Round,
    school: &str,
    base_url: &str,
    who: &Invitee,
    reminder: bool,
) -> Result<bool, sqlx::Error> {
    let Some(email) = &who.email else {
        return Ok(false);
    };
    let token = tokens::new_token();
    store::renew_invitation(
        tx,
        round.id,
        who.guardian_id,
        &tokens::hash_token(&token),
        now(),
        reminder,
    )
    .await?;
    let lang = mail_lang(&who.language);
    let link = format!("{base_url}/b/{token}");
    let mut text = invitation_text(lang, round, school, &who.name, &who.children, &link);
    // In a school-made timetable the family already has a proposed time: say which. Only such
    // rounds have proposed bookings (they are written with `scheduling = 'timetable'`), so the
    // other rounds skip the query: one query fewer per guardian on a round-wide send.
    let proposed = if round.scheduling == "timetable" {
        store::proposed_times(tx, round.id, who.guardian_id).await?
    } else {
        Vec::new()
    };
    if !proposed.is_empty() {
        let mut lines = lang.t("invite-proposed-intro");
        for p in &proposed {
            let when = lang.isolate(&timefmt::datetime(lang, p.starts_at));
            let (child, teacher) = (lang.isolate(&p.child.full()), lang.isolate(&p.teacher));
            lines.push_str(&format!("\n- {child}: {when} ({teacher})"));
        }
        lines.push_str(&format!("\n{}", lang.t("invite-proposed-outro")));
        text = format!("{text}\n\n{lines}");
    }
    if reminder {
        text = format!("{}\n\n{text}", lang.t("invite-reminder-intro"));
    }
    let subject_key = if reminder {
        "invite-reminder-subject"
    } else {
        "invite-subject"
    };
    let subject = lang.tr(
        subject_key,
        &[
            ("title", round.title.clone()),
            ("school", school.to_string()),
        ],
    );
    mail::enqueue(
        tx,
        Some(round.school_id),
        &Outgoing {
            to: email.clone(),
            subject,
            text,
            lang,
            ics: None,
        },
    )
    .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(text: &str) -> Round {
        Round {
            id: 1,
            school_id: 1,
            kind: "start".into(),
            title: "Startgesprekken".into(),
            opens_at: 0,
            closes_at: 1_789_000_000,
            slot_minutes: 20,
            gap_minutes: 5,
            form: "school".into(),
            location: "lokaal 12".into(),
            pupil_expected: true,
            attendees: String::new(),
            invitation_text: text.into(),
            reminder_hours: 24,
            scheduling: "self".into(),
        }
    }

    #[test]
    fn names_are_joined_naturally() {
        let n = |v: &[&str]| {
            v.iter()
                .map(std::string::ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(join_names(Lang::Nl, &n(&["Sem"])), "Sem");
        assert_eq!(join_names(Lang::Nl, &n(&["Sem", "Lotte"])), "Sem en Lotte");
        assert_eq!(
            join_names(Lang::En, &n(&["Sem", "Lotte", "Finn"])),
            "Sem, Lotte and Finn"
        );
    }

    #[test]
    fn default_and_custom_texts_carry_the_link_and_facts() {
        let kids = vec!["Sem".to_string()];
        let text = invitation_text(
            Lang::Nl,
            &round(""),
            "OBS De Linde",
            "Linda Bakker",
            &kids,
            "https://x/b/t",
        );
        for part in [
            "Linda Bakker",
            "Sem",
            "https://x/b/t",
            "20 minuten",
            "lokaal 12",
            "verwachten",
        ] {
            assert!(text.contains(part), "{part} missing in: {text}");
        }
        let custom = invitation_text(
            Lang::Nl,
            &round("Beste {parent}, kies een tijd voor {children}."),
            "S",
            "Rob",
            &kids,
            "https://x/b/t",
        );
        assert!(custom.starts_with("Beste Rob, kies een tijd voor Sem."));
        assert!(
            custom.ends_with("https://x/b/t"),
            "the link is always there"
        );
    }

    #[test]
    fn a_school_text_stays_dutch_inside_the_guardians_language() {
        let kids = vec!["Sem".to_string()];
        let r = round("Beste {parent}, tot {deadline} in {place}.");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Nl) {
            let text = invitation_text(lang, &r, "S", "Rob", &kids, "https://x/b/t");
            let standard = invitation_text(lang, &round(""), "S", "Rob", &kids, "https://x/b/t");
            assert!(text.starts_with(&standard), "{lang:?}: {text}");
            assert!(text.contains(&lang.t("invite-school-note-dutch")));
            // The school's words with Dutch values (the date in Dutch, "op school").
            let deadline = timefmt::datetime(Lang::Nl, r.closes_at);
            assert!(
                text.contains(&format!("Beste Rob, tot {deadline} in ")),
                "{text}"
            );
            assert!(text.contains("lokaal 12"));
        }
        let dutch = invitation_text(Lang::Nl, &r, "S", "Rob", &kids, "https://x/b/t");
        assert!(!dutch.contains(&Lang::Nl.t("invite-school-note-dutch")));
    }
}
