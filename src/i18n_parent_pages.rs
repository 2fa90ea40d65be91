//! Every text a parent can meet comes from `parent-*.ftl`, so every language has it: a staff
//! key slipping into a parent's page or mail fails here, not in front of a family.

use std::collections::BTreeSet;
use std::path::Path;

use super::completeness::parent_keys;

/// The templates parents see (base.html without its staff-only menu).
const PAGES: &[&str] = &[
    "base.html",
    "macros.html",
    "error.html",
    "booking/page.html",
    "parents/ask.html",
    "parents/link.html",
    "parents/children.html",
    "gatherings/rsvp.html",
    "exit/followup.html",
    "exit/summary.html",
    "buddies/parent.html",
    "glossary.html",
    "privacy/notice.html",
    "inspection/export.html",
    "school/help.html",
    "messages/parent.html",
];

/// Code that writes to parents: their pages' handlers and every mail to them.
const CODE: &[&str] = &[
    "booking/notify.rs",
    "booking/routes.rs",
    "booking/rules.rs",
    "rounds/invitations.rs",
    "parents/mod.rs",
    "parents/routes.rs",
    "gatherings/rsvp.rs",
    "gatherings/mails.rs",
    "exit/followup.rs",
    "exit/reports.rs",
    "exit/rules.rs",
    "buddies/parent.rs",
    "buddies/mails.rs",
    "web/error_page.rs",
    "web/forms.rs",
    "timefmt.rs",
    "messages/parent.rs",
    "messages/mails.rs",
];

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

fn first_literal(after: &str) -> Option<String> {
    let rest = after.strip_prefix('"')?;
    let lit = rest.split('"').next()?;
    lit.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        .then(|| lit.to_string())
}

/// Literal keys in `t("…")`, `tr("…"`, `tn("…"`, `tr2("…"` calls, and labels of fields.
fn keys_in(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for call in [".t(", ".tr(", ".tn(", ".tr2("] {
        for part in text.split(call).skip(1) {
            keys.extend(first_literal(part.trim_start()));
        }
    }
    for part in text.split("field_label(").skip(1) {
        keys.extend(first_literal(part).map(|f| format!("field-{f}")));
    }
    keys
}

/// The staff menu of base.html is not shown on parents' pages.
fn without_staff_menu(base: &str) -> String {
    let start = base.find("{% if let Some(me) = ctx.staff %}").unwrap();
    let end = base.find("{% if ctx.parent_page %}").unwrap();
    format!("{}{}", &base[..start], &base[end..])
}

#[test]
fn parents_pages_and_mails_use_parent_keys_only() {
    let parent = parent_keys();
    let mut used = BTreeSet::new();
    for page in PAGES {
        let mut text = read(&format!("templates/{page}"));
        if *page == "base.html" {
            text = without_staff_menu(&text);
        }
        used.extend(keys_in(&text));
    }
    for file in CODE {
        used.extend(keys_in(&read(&format!("src/{file}"))));
    }
    assert!(used.len() > 100, "keys were found: {}", used.len());
    let staff: Vec<_> = used.difference(&parent).collect();
    assert!(staff.is_empty(), "not in parent-*.ftl: {staff:?}");
}

/// Keys made from codes (`round-form-video`, `month-9`, ...) on parents' pages and in mails.
#[test]
fn parents_coded_texts_are_parent_keys() {
    use crate::domain::{AdviceAnswer, ConversationForm, RoundKind, SessionKind};
    let parent = parent_keys();
    let mut wanted: Vec<String> = Vec::new();
    let coded: &[(&str, &[&str])] = &[
        ("round-form", ConversationForm::CODES),
        ("invite-body", RoundKind::CODES),
        ("session-kind", SessionKind::CODES),
        ("followup-advice", AdviceAnswer::CODES),
        ("agreement-status", crate::domain::AgreementStatus::CODES),
        ("plan-channel", crate::domain::PlanChannel::CODES),
        ("log-channel", crate::domain::LogChannel::CODES),
        ("record-kind", crate::domain::RecordKind::CODES),
        ("action-status", crate::domain::ActionStatus::CODES),
    ];
    for (prefix, codes) in coded {
        wanted.extend(codes.iter().map(|c| format!("{prefix}-{c}")));
    }
    // The exit report mail: a heading per section, a line per answered prompt.
    for section in crate::records::sections_of(crate::domain::RecordKind::Exit) {
        wanted.push(format!("section-{}", section.key));
        wanted.extend(section.prompts.iter().map(|p| format!("prompt-{}", p.key)));
    }
    wanted.extend((1..=12).map(|m| format!("month-{m}")));
    wanted.extend((1..=7).map(|d| format!("weekday-{d}")));
    for code in [400, 403, 404, 413, 429, 500] {
        wanted.push(format!("error-{code}-title"));
        wanted.push(format!("error-{code}-body"));
    }
    for flash in [
        "booked",
        "booking-changed",
        "booking-cancelled",
        "booking-confirmed",
        "swap-requested",
        "swap-accepted",
        "swap-declined",
        "problem-swap-failed",
        "parent-response-saved",
        "signed-out",
        "rsvp-saved",
    ] {
        wanted.push(format!("flash-{flash}"));
    }
    let missing: Vec<_> = wanted.iter().filter(|k| !parent.contains(*k)).collect();
    assert!(missing.is_empty(), "not in parent-*.ftl: {missing:?}");
}
