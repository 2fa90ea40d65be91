//! What was said and agreed: conversation records guided by their kind, three-party agreements,
//! each pupil's communicatieplan op maat with its contact moments, and the contact log.

pub mod routes;

pub use routes::{agreements_of, pupil_file, router, AgreementRow, PupilFile};

pub const RECORD_KINDS: [&str; 5] = ["start", "progress", "closing", "exit", "other"];
pub const AGREEMENT_STATUSES: [&str; 4] = ["open", "done", "adjusted", "dropped"];
pub const LEAVING_REASONS: [&str; 4] = ["end-primary", "move", "transfer", "other"];
pub const ACTION_STATUSES: [&str; 3] = ["planned", "doing", "done"];
pub const CHANNELS: [&str; 7] = [
    "visit-day",
    "visit-evening",
    "phone",
    "video",
    "email",
    "messaging",
    "home-visit",
];
/// The parents' decision on the action part (handelingsdeel) of the OPP.
pub const OPP_STATUSES: [&str; 4] = ["asked", "given", "refused", "withdrawn"];
pub const LOG_CHANNELS: [&str; 5] = ["phone", "email", "visit", "message", "conversation"];

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

pub fn sections(kind: &str) -> &'static [Section] {
    match kind {
        "start" => START,
        "progress" => PROGRESS,
        "closing" => CLOSING,
        "exit" => EXIT,
        _ => OTHER,
    }
}

/// Which required answers are missing (keys), for a kind and the given answers.
pub fn missing_answers(
    kind: &str,
    answers: &std::collections::BTreeMap<String, String>,
) -> Vec<&'static str> {
    sections(kind)
        .iter()
        .flat_map(|s| s.prompts.iter())
        .filter(|p| p.required && answers.get(p.key).is_none_or(|a| a.trim().is_empty()))
        .map(|p| p.key)
        .collect()
}

/// Whether a record may be closed: a startgesprek needs the pupil's communication plan.
pub fn may_close(kind: &str, has_plan: bool) -> Result<(), &'static str> {
    if kind == "start" && !has_plan {
        Err("record-needs-plan")
    } else {
        Ok(())
    }
}

/// An agreement is overdue when its review date has passed and it is still open.
pub fn is_overdue(status: &str, review_on: Option<&str>, today: &str) -> bool {
    status == "open" && review_on.is_some_and(|d| !d.is_empty() && d < today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn every_kind_has_prompts_and_progress_starts_with_what_goes_well() {
        for kind in RECORD_KINDS {
            assert!(!sections(kind).is_empty());
        }
        assert_eq!(sections("progress")[0].prompts[0].key, "goes-well");
        let mut answers = BTreeMap::new();
        assert_eq!(missing_answers("progress", &answers), vec!["goes-well"]);
        answers.insert("goes-well".to_string(), "Leest graag".to_string());
        assert!(missing_answers("progress", &answers).is_empty());
        assert!(
            missing_answers("start", &BTreeMap::new()).is_empty(),
            "a startgesprek is no questionnaire"
        );
    }

    #[test]
    fn a_startgesprek_closes_only_with_a_plan() {
        assert_eq!(may_close("start", false), Err("record-needs-plan"));
        assert_eq!(may_close("start", true), Ok(()));
        assert_eq!(may_close("progress", false), Ok(()));
    }

    #[test]
    fn overdue_agreements() {
        assert!(is_overdue("open", Some("2026-10-01"), "2026-11-22"));
        assert!(!is_overdue("done", Some("2026-10-01"), "2026-11-22"));
        assert!(!is_overdue("open", Some("2026-12-01"), "2026-11-22"));
        assert!(!is_overdue("open", None, "2026-11-22"));
    }

    #[test]
    fn every_section_and_prompt_is_translated() {
        use crate::i18n::Lang;
        for kind in RECORD_KINDS {
            for section in sections(kind) {
                for lang in Lang::ALL {
                    assert!(
                        lang.has(&format!("section-{}", section.key)),
                        "section-{} in {lang:?}",
                        section.key
                    );
                    for p in section.prompts {
                        assert!(
                            lang.has(&format!("prompt-{}", p.key))
                                && lang.has(&format!("prompt-hint-{}", p.key)),
                            "prompt {} in {lang:?}",
                            p.key
                        );
                    }
                }
            }
        }
    }
}
