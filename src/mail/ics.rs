//! iCalendar (RFC 5545) text for conversation invitations (`METHOD:REQUEST`), cancellations
//! (`METHOD:CANCEL`) and calendar feeds (no method).
//!
//! Pure functions: CRLF line endings, content lines folded at 75 octets without ever splitting
//! a UTF-8 character, TEXT values escaped, all times in UTC (`…Z`), so no VTIMEZONE is needed.

use time::macros::format_description;
use time::OffsetDateTime;

/// One conversation as a calendar event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable per conversation (e.g. `booking-12@gesprekken.school.nl`): an update or a
    /// cancellation must carry the same UID as the invitation it replaces.
    pub uid: String,
    /// Unix seconds.
    pub starts_at: i64,
    /// Unix seconds.
    pub ends_at: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// Raise on every change of a sent invitation, so calendar apps take the newest.
    pub sequence: i64,
    pub cancelled: bool,
}

/// A whole VCALENDAR. `method` is `Some("REQUEST")` or `Some("CANCEL")` for mail attachments and
/// `None` for feeds; `prodid_name` names the product (e.g. the school) in PRODID.
pub fn calendar(method: Option<&str>, events: &[Event], prodid_name: &str) -> String {
    calendar_at(
        method,
        events,
        prodid_name,
        OffsetDateTime::now_utc().unix_timestamp(),
    )
}

/// As [`calendar`], with DTSTAMP given (unix seconds), for reproducible output.
pub fn calendar_at(
    method: Option<&str>,
    events: &[Event],
    prodid_name: &str,
    dtstamp: i64,
) -> String {
    let mut out = String::new();
    let mut line = |s: &str| push_folded(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//{}//Driehoek//NL",
        escape_text(prodid_name).replace('/', "-")
    ));
    line("CALSCALE:GREGORIAN");
    if let Some(m) = method {
        // A method is a token: keep only what RFC 5545 allows in an iana-token.
        let m: String = m
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_uppercase();
        if !m.is_empty() {
            line(&format!("METHOD:{m}"));
        }
    }
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&e.uid)));
        line(&format!("DTSTAMP:{}", utc(dtstamp)));
        line(&format!("DTSTART:{}", utc(e.starts_at)));
        line(&format!("DTEND:{}", utc(e.ends_at.max(e.starts_at))));
        line(&format!("SEQUENCE:{}", e.sequence.max(0)));
        line(&format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape_text(&e.description)));
        }
        if !e.location.is_empty() {
            line(&format!("LOCATION:{}", escape_text(&e.location)));
        }
        line(if e.cancelled {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        });
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `YYYYMMDDTHHMMSSZ` (RFC 5545 DATE-TIME, UTC form).
pub fn utc(unix: i64) -> String {
    let at = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    at.format(format_description!(
        "[year][month][day]T[hour][minute][second]Z"
    ))
    .unwrap_or_else(|_| "19700101T000000Z".into())
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control
/// characters (not allowed in TEXT) are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line exceeds 75 octets (the CRLF not
/// counted) and no UTF-8 character is split; continuation lines start with one space.
fn push_folded(out: &mut String, line: &str) {
    const MAX: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Event {
        Event {
            uid: "booking-7@school.example".into(),
            // 2026-10-05 13:15 UTC = 15:15 in Amsterdam
            starts_at: 1_791_206_100,
            ends_at: 1_791_207_000,
            summary: "Voortgangsgesprek Sanne de Vries".into(),
            description: "Met juf Émilie; neem het rapport mee, graag.\nTot dan!".into(),
            location: "Lokaal 7B, OBS De Linde".into(),
            sequence: 2,
            cancelled: false,
        }
    }

    #[test]
    fn utc_times() {
        assert_eq!(utc(0), "19700101T000000Z");
        assert_eq!(utc(1_791_206_100), "20261005T131500Z");
    }

    #[test]
    fn escapes_text() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(escape_text("bel\u{7}l"), "bell");
        let ics = calendar_at(Some("REQUEST"), &[event()], "OBS De Linde", 0);
        assert!(ics.contains(
            "DESCRIPTION:Met juf Émilie\\; neem het rapport mee\\, graag.\\nTot dan!\r\n"
        ));
        assert!(ics.contains("LOCATION:Lokaal 7B\\, OBS De Linde\r\n"));
    }

    #[test]
    fn structure_and_line_endings() {
        let ics = calendar_at(Some("REQUEST"), &[event()], "OBS De Linde", 1_791_000_000);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nMETHOD:REQUEST\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261005T131500Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20261005T133000Z\r\n"));
        assert!(ics.contains("\r\nSEQUENCE:2\r\n"));
        assert!(ics.contains("\r\nSTATUS:CONFIRMED\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:"));
        // Every LF belongs to a CRLF.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());

        let mut cancelled = event();
        cancelled.cancelled = true;
        let ics = calendar_at(Some("CANCEL"), &[cancelled], "x", 0);
        assert!(ics.contains("\r\nMETHOD:CANCEL\r\n"));
        assert!(ics.contains("\r\nSTATUS:CANCELLED\r\n"));

        let feed = calendar_at(None, &[event(), event()], "x", 0);
        assert!(!feed.contains("METHOD"));
        assert_eq!(feed.matches("BEGIN:VEVENT").count(), 2);
    }

    fn assert_folded(ics: &str) {
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "line too long: {physical:?}");
        }
    }

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn folds_dutch_and_arabic_text_on_character_boundaries() {
        let mut e = event();
        e.summary = "Gesprek over de ontwikkeling van Zoë en Noël: één, twee, drie — café, \
                     privé, reünie, geïnteresseerd, coördinatie, naïef, ruïne, financiën"
            .into();
        // Arabic: two octets per letter, so a 75-octet cut falls inside a character unless the
        // folding respects boundaries.
        e.description =
            "موعد مع المعلمة لمناقشة تقدم الطالب في المدرسة ونرجو الحضور في الوقت المحدد \
                         شكرا جزيلا على تعاونكم"
                .into();
        e.location = "🏫".repeat(40);
        let ics = calendar_at(Some("REQUEST"), &[e.clone()], "OBS De Linde", 0);
        assert_folded(&ics);
        assert!(ics.contains("\r\n "), "long lines are folded");
        let unfolded = unfold(&ics);
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(&e.summary))));
        assert!(unfolded.contains(&format!("DESCRIPTION:{}\r\n", escape_text(&e.description))));
        assert!(unfolded.contains(&format!("LOCATION:{}\r\n", e.location)));
    }

    #[test]
    fn folding_exact_lengths() {
        let mut out = String::new();
        push_folded(&mut out, &"a".repeat(75));
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
        let mut out = String::new();
        push_folded(&mut out, &"a".repeat(76));
        assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
        // 74 ASCII octets then a 2-octet character: it does not fit on the first line.
        let mut out = String::new();
        push_folded(&mut out, &format!("{}é", "a".repeat(74)));
        assert_eq!(out, format!("{}\r\n é\r\n", "a".repeat(74)));
    }

    #[test]
    fn parses_back_with_icalendar() {
        use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};

        let mut e = event();
        e.summary =
            "Startgesprek Zoë — مرحبا بكم، نلتقي قريبا في المدرسة; met tolk, graag \\ dank".into();
        let ics = calendar(Some("REQUEST"), &[e.clone()], "OBS De Linde, Utrecht");
        let parsed: Calendar = ics.parse().expect("icalendar parses our output");
        assert_eq!(parsed.property_value("METHOD"), Some("REQUEST"));
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .collect();
        assert_eq!(events.len(), 1);
        let got = events[0];
        assert_eq!(got.get_uid(), Some(e.uid.as_str()));
        assert_eq!(got.get_summary(), Some(e.summary.as_str()));
        assert_eq!(got.get_description(), Some(e.description.as_str()));
        assert_eq!(got.get_location(), Some(e.location.as_str()));
        assert_eq!(got.get_sequence(), Some(2));
        match got.get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at))) => {
                assert_eq!(at.timestamp(), e.starts_at);
            }
            other => panic!("unexpected DTSTART {other:?}"),
        }
        match got.get_end() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at))) => {
                assert_eq!(at.timestamp(), e.ends_at);
            }
            other => panic!("unexpected DTEND {other:?}"),
        }
        assert!(got.get_timestamp().is_some());
        assert_eq!(got.property_value("STATUS"), Some("CONFIRMED"));
    }
}
