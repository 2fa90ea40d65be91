//! What was said and agreed: conversation records guided by their kind, three-party agreements,
//! each pupil's communicatieplan op maat with its contact moments, and the contact log.
//!
//! This file holds what other features use: the router, the pupil's file for the pupil page,
//! the code lists, and the prompts of each kind of conversation. Pages live in `show`, `form`,
//! `plan`, `agreements`, `contacts` and `audit`; all SQL in `store`; pure decisions in `rules`.

mod agreements;
mod audit;
mod contacts;
mod file;
mod form;
mod plan;
mod rules;
mod show;
mod store;

use axum::routing::{get, post};

use crate::domain::{
    ActionStatus, AgreementStatus, LeavingReason, LogChannel, OppStatus, PlanChannel, RecordKind,
};
use crate::web::Routes;

pub use crate::domain::{Answers, AnswersError};
pub use file::{agreements_of, pupil_file, AgreementRow, PlanView, PupilFile};
pub use store::{LogRow, MomentRow, OppRow, RecordRow};

pub fn router() -> Routes {
    Routes::new()
        .route(
            "/pupils/{id}/records/new",
            get(form::new_record).post(form::create_record),
        )
        .route("/records/{id}", get(show::show_record))
        .route(
            "/records/{id}/edit",
            get(form::edit_record).post(form::update_record),
        )
        .route(
            "/pupils/{id}/plan",
            get(plan::plan_form).post(plan::save_plan),
        )
        .route("/pupils/{id}/agreements", post(agreements::add_agreement))
        .route(
            "/agreements/{id}/status",
            post(agreements::agreement_status),
        )
        .route("/pupils/{id}/contacts", post(contacts::log_contact))
        .route("/moments/{id}/done", post(plan::moment_done))
        .route("/moments/{id}/invite", post(plan::moment_to_round))
        .route("/audit", get(audit::audit_page))
        .route("/pupils/{id}/opp", post(contacts::record_opp))
}

// The code lists as other features and templates know them: arrays made from the domain's
// enums, so they cannot drift (a length mismatch fails the build).
pub const RECORD_KINDS: [&str; 5] = codes(RecordKind::CODES);
pub const AGREEMENT_STATUSES: [&str; 4] = codes(AgreementStatus::CODES);
pub const LEAVING_REASONS: [&str; 5] = codes(LeavingReason::CODES);
pub const ACTION_STATUSES: [&str; 3] = codes(ActionStatus::CODES);
/// Channels a communicatieplan can name.
pub const CHANNELS: [&str; 7] = codes(PlanChannel::CODES);
/// The parents' decision on the action part (handelingsdeel) of the OPP.
pub const OPP_STATUSES: [&str; 4] = codes(OppStatus::CODES);
pub const LOG_CHANNELS: [&str; 5] = codes(LogChannel::CODES);

/// A code list as a fixed-size array (evaluated at compile time).
const fn codes<const N: usize>(list: &'static [&'static str]) -> [&'static str; N] {
    assert!(list.len() == N, "code list length");
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = list[i];
        i += 1;
    }
    out
}

/// One question on the record form. The answer is stored under `key`; the prompt's text is
/// `prompt-<key>` (and `prompt-<key>-hint` for the guidance under it).
#[derive(Clone, Copy, Debug)]
pub struct Prompt {
    pub key: &'static str,
    pub required: bool,
}

const fn p(key: &'static str) -> Prompt {
    Prompt {
        key,
        required: false,
    }
}

const fn req(key: &'static str) -> Prompt {
    Prompt {
        key,
        required: true,
    }
}

/// A group of prompts with a heading (`section-<key>`).
#[derive(Clone, Copy, Debug)]
pub struct Section {
    pub key: &'static str,
    pub prompts: &'static [Prompt],
}

/// The startgesprek guides the talk; it is not a questionnaire: nothing is required but the plan.
const START: &[Section] = &[
    Section {
        key: "start-child",
        prompts: &[p("landed"), p("proud"), p("work-on")],
    },
    Section {
        key: "start-ambition",
        prompts: &[p("ambition")],
    },
    Section {
        key: "start-expectations",
        prompts: &[p("expect-parents"), p("expect-school")],
    },
    Section {
        key: "start-practical",
        prompts: &[p("barriers"), p("language")],
    },
    Section {
        key: "start-buddies",
        prompts: &[p("buddy-can-help"), p("buddy-wants-help")],
    },
    Section {
        key: "start-evening",
        prompts: &[p("info-evening")],
    },
];

/// The progress conversation's broad agenda: what goes well first, then home and school side
/// by side per topic; agreements are made at the end.
const PROGRESS: &[Section] = &[
    Section {
        key: "progress-well",
        prompts: &[req("goes-well")],
    },
    Section {
        key: "progress-cognitive",
        prompts: &[p("cognitive-home"), p("cognitive-school")],
    },
    Section {
        key: "progress-social",
        prompts: &[p("social-home"), p("social-school")],
    },
    Section {
        key: "progress-motivation",
        prompts: &[p("motivation-home"), p("motivation-school")],
    },
    Section {
        key: "progress-interests",
        prompts: &[p("interests-home"), p("interests-school")],
    },
    Section {
        key: "progress-career",
        prompts: &[p("career-home"), p("career-school")],
    },
    Section {
        key: "progress-circumstances",
        prompts: &[p("circumstances-home"), p("circumstances-school")],
    },
];

/// The closing conversation when a pupil leaves, beside the expectations of the first talk.
const CLOSING: &[Section] = &[Section {
    key: "closing",
    prompts: &[
        p("results-expected"),
        p("felt-safe"),
        p("challenged"),
        p("advice"),
    ],
}];

/// The exit conversation follows the involvement matrix (cells 1–12: parents towards their own
/// child, towards the group and school, and the school towards the parents; each as empathising,
/// helping, thinking along, deciding), then open questions, advice both ways, and a look back at
/// the conversation itself.
const EXIT: &[Section] = &[
    Section {
        key: "exit-own-child",
        prompts: &[p("cell-1"), p("cell-2"), p("cell-3"), p("cell-4")],
    },
    Section {
        key: "exit-group-school",
        prompts: &[p("cell-5"), p("cell-6"), p("cell-7"), p("cell-8")],
    },
    Section {
        key: "exit-school-parents",
        prompts: &[p("cell-9"), p("cell-10"), p("cell-11"), p("cell-12")],
    },
    Section {
        key: "exit-open",
        prompts: &[p("mattered"), p("successes"), p("pain-points"), p("learn")],
    },
    Section {
        key: "exit-advice",
        prompts: &[p("advice-school"), p("advice-parents")],
    },
    Section {
        key: "exit-lookback",
        prompts: &[p("lookback-well"), p("lookback-better")],
    },
];

/// The twelve cells of the involvement matrix, as answer keys.
pub const MATRIX_CELLS: [&str; 12] = [
    "cell-1", "cell-2", "cell-3", "cell-4", "cell-5", "cell-6", "cell-7", "cell-8", "cell-9",
    "cell-10", "cell-11", "cell-12",
];

const OTHER: &[Section] = &[Section {
    key: "other",
    prompts: &[req("summary")],
}];

/// The prompts of a kind of record, by its code (an unknown code gets the open summary).
pub fn sections(kind: &str) -> &'static [Section] {
    RecordKind::parse(kind).map_or(OTHER, sections_of)
}

pub fn sections_of(kind: RecordKind) -> &'static [Section] {
    match kind {
        RecordKind::Start => START,
        RecordKind::Progress => PROGRESS,
        RecordKind::Closing => CLOSING,
        RecordKind::Exit => EXIT,
        RecordKind::Other => OTHER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_prompts_and_the_code_lists_follow_the_domain() {
        for kind in RecordKind::ALL {
            assert!(!sections_of(*kind).is_empty());
            assert_eq!(sections(kind.code()).as_ptr(), sections_of(*kind).as_ptr());
        }
        assert_eq!(sections("unknown")[0].key, "other");
        assert_eq!(sections("progress")[0].prompts[0].key, "goes-well");
        assert_eq!(
            RECORD_KINDS,
            ["start", "progress", "closing", "exit", "other"]
        );
        assert_eq!(CHANNELS[6], "home-visit");
    }

    #[test]
    fn every_section_and_prompt_is_translated() {
        use crate::i18n::Lang;
        for kind in RecordKind::ALL {
            // Parents read the prompts of shared records, and the exit report mail carries
            // the exit sections' headings; the hints and other headings are for staff only.
            let heading_langs: &[Lang] = if *kind == RecordKind::Exit {
                &Lang::ALL
            } else {
                &Lang::STAFF
            };
            for section in sections_of(*kind) {
                for lang in heading_langs {
                    assert!(
                        lang.has(&format!("section-{}", section.key)),
                        "section-{} in {lang:?}",
                        section.key
                    );
                }
                for p in section.prompts {
                    for lang in Lang::ALL {
                        assert!(
                            lang.has(&format!("prompt-{}", p.key)),
                            "prompt-{} in {lang:?}",
                            p.key
                        );
                    }
                    for lang in Lang::STAFF {
                        assert!(
                            lang.has(&format!("prompt-hint-{}", p.key)),
                            "prompt-hint-{} in {lang:?}",
                            p.key
                        );
                    }
                }
            }
        }
    }
}
