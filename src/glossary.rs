//! "Begrippen uitgelegd": school words explained in plain language for parents, on a public
//! page (`/begrippen`, no sign-in) that other pages link to per term (`/begrippen#opp`).
//!
//! Every entry has a slug (the anchor on the page) and its texts in Fluent
//! (`locales/*/parent-glossary.ftl`): `glossary-<slug>-term` (the word as the school uses it),
//! `glossary-<slug>-text` (one plain sentence) and, for entries marked `for_you`,
//! `glossary-<slug>-you` (what the word means for the parent).

use askama::Template;
use axum::response::Response;
use axum::routing::get;

use crate::error::AppResult;
use crate::i18n::Lang;
use crate::web::Routes;
use crate::web::{render, Ctx};

/// Where the page lives.
pub const PATH: &str = "/begrippen";

/// One term.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The anchor on the page, e.g. `opp`: lower-case letters, digits and hyphens.
    pub slug: &'static str,
    /// The heading the term is listed under (`glossary-group-<group>`).
    pub group: &'static str,
    /// Whether the entry says what the term means for the parent (`glossary-<slug>-you`).
    pub for_you: bool,
}

const fn e(slug: &'static str, group: &'static str, for_you: bool) -> Entry {
    Entry {
        slug,
        group,
        for_you,
    }
}

/// The headings, in the order the page shows them.
pub const GROUPS: [&str; 6] = [
    "conversations",
    "support",
    "people",
    "schools",
    "information",
    "say",
];

/// Every term, in the order the page shows them within their group.
pub const ENTRIES: &[Entry] = &[
    e("startgesprek", "conversations", true),
    e("voortgangsgesprek", "conversations", true),
    e("exitgesprek", "conversations", true),
    e("communicatieplan", "conversations", true),
    e("passend-onderwijs", "support", false),
    e("zorgplicht", "support", true),
    e("opp", "support", true),
    e("handelingsdeel", "support", true),
    e("instemming", "support", true),
    e("handelingsplan", "support", true),
    e("groepsplan", "support", false),
    e("samenwerkingsverband", "support", false),
    e("tlv", "support", true),
    e("mentor", "people", true),
    e("ib", "people", true),
    e("zorgcoordinator", "people", true),
    e("po-vo", "schools", false),
    e("so-vso", "schools", false),
    e("leerlingdossier", "information", true),
    e("leerlingvolgsysteem", "information", false),
    e("mr", "say", true),
    e("ouderraad", "say", true),
];

impl Entry {
    pub fn term_key(&self) -> String {
        format!("glossary-{}-term", self.slug)
    }

    pub fn text_key(&self) -> String {
        format!("glossary-{}-text", self.slug)
    }

    pub fn you_key(&self) -> String {
        format!("glossary-{}-you", self.slug)
    }
}

/// The address of a term on the glossary page, for links from other pages:
/// `link("opp")` is `Some("/begrippen#opp")`; an unknown slug gives `None`.
pub fn link(slug: &str) -> Option<String> {
    ENTRIES
        .iter()
        .any(|e| e.slug == slug)
        .then(|| format!("{PATH}#{slug}"))
}

pub fn router() -> Routes {
    Routes::new().route(PATH, get(page))
}

/// A term as the page shows it.
pub struct TermView {
    pub slug: &'static str,
    /// The Dutch word, as parents meet it in letters and conversations.
    pub dutch: String,
    /// On pages in another language: what the word is called in that language.
    pub translation: Option<String>,
    pub text: String,
    pub for_you: Option<String>,
}

pub struct GroupView {
    pub key: &'static str,
    pub heading: String,
    pub terms: Vec<TermView>,
}

fn groups(lang: Lang) -> Vec<GroupView> {
    GROUPS
        .iter()
        .map(|&group| GroupView {
            key: group,
            heading: lang.t(&format!("glossary-group-{group}")),
            terms: ENTRIES
                .iter()
                .filter(|e| e.group == group)
                .map(|e| {
                    let dutch = Lang::Nl.t(&e.term_key());
                    let own = lang.t(&e.term_key());
                    TermView {
                        slug: e.slug,
                        // "Mentor (mentor)" says nothing new.
                        translation: (!own.eq_ignore_ascii_case(&dutch)).then_some(own),
                        dutch,
                        text: lang.t(&e.text_key()),
                        for_you: e.for_you.then(|| lang.t(&e.you_key())),
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "glossary.html")]
struct GlossaryPage {
    ctx: Ctx,
    groups: Vec<GroupView>,
}

async fn page(ctx: Ctx) -> AppResult<Response> {
    let groups = groups(ctx.lang);
    render(&GlossaryPage { ctx, groups })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_term_is_explained_in_both_languages() {
        for lang in Lang::ALL {
            for e in ENTRIES {
                assert!(lang.has(&e.term_key()), "{} in {lang:?}", e.term_key());
                assert!(lang.has(&e.text_key()), "{} in {lang:?}", e.text_key());
                assert_eq!(
                    lang.has(&e.you_key()),
                    e.for_you,
                    "{} in {lang:?} should exist exactly when the entry is marked for_you",
                    e.you_key()
                );
            }
            for g in GROUPS {
                assert!(
                    lang.has(&format!("glossary-group-{g}")),
                    "group {g} in {lang:?}"
                );
            }
            for key in [
                "glossary-title",
                "glossary-intro",
                "glossary-ask",
                "glossary-toc",
                "glossary-for-you",
                "glossary-footer-link",
            ] {
                assert!(lang.has(key), "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn slugs_are_unique_and_usable_as_anchors() {
        let mut seen = BTreeSet::new();
        for e in ENTRIES {
            assert!(seen.insert(e.slug), "slug {} appears twice", e.slug);
            assert!(
                !e.slug.is_empty()
                    && e.slug.starts_with(|c: char| c.is_ascii_lowercase())
                    && e.slug
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "slug {:?} must be lower-case letters, digits and hyphens",
                e.slug
            );
            assert!(
                GROUPS.contains(&e.group),
                "{} has unknown group {}",
                e.slug,
                e.group
            );
            // Group headings get ids too (`group-…`): no clash with a term's id.
            assert!(!e.slug.starts_with("group-"));
        }
        for g in GROUPS {
            assert!(
                ENTRIES.iter().any(|e| e.group == g),
                "group {g} has no terms"
            );
        }
    }

    #[test]
    fn the_words_parents_meet_are_all_there() {
        for slug in [
            "opp",
            "handelingsdeel",
            "instemming",
            "tlv",
            "samenwerkingsverband",
            "ib",
            "zorgcoordinator",
            "zorgplicht",
            "passend-onderwijs",
            "leerlingdossier",
            "leerlingvolgsysteem",
            "mr",
            "ouderraad",
            "groepsplan",
            "handelingsplan",
            "so-vso",
            "po-vo",
            "mentor",
            "startgesprek",
            "voortgangsgesprek",
            "communicatieplan",
            "exitgesprek",
        ] {
            assert!(link(slug).is_some(), "{slug} is missing");
        }
    }

    #[test]
    fn links_point_at_known_terms_only() {
        assert_eq!(link("opp").as_deref(), Some("/begrippen#opp"));
        assert_eq!(link("tlv").as_deref(), Some("/begrippen#tlv"));
        assert_eq!(link("so-vso").as_deref(), Some("/begrippen#so-vso"));
        assert_eq!(link("onbekend"), None);
        assert_eq!(link(""), None);
        assert_eq!(link("OPP"), None);
        assert_eq!(link("opp#x"), None);
    }

    #[test]
    fn the_page_has_an_anchor_per_term_and_marks_dutch_words_on_the_english_page() {
        for lang in Lang::ALL {
            let html = GlossaryPage {
                ctx: Ctx::new(lang, None, PATH),
                groups: groups(lang),
            }
            .render()
            .unwrap();
            for e in ENTRIES {
                assert_eq!(
                    html.matches(&format!("id=\"{}\"", e.slug)).count(),
                    1,
                    "one anchor for {} in {lang:?}",
                    e.slug
                );
            }
            assert_eq!(html.matches("<h1").count(), 1);
            assert_eq!(html.matches("<h2").count(), GROUPS.len());
            assert!(html.contains(&format!("<html lang=\"{}\"", lang.code())));
            assert!(html.contains("href=\"/begrippen\""), "footer link");
        }
        let en = GlossaryPage {
            ctx: Ctx::new(Lang::En, None, PATH),
            groups: groups(Lang::En),
        }
        .render()
        .unwrap();
        assert!(
            en.contains("<strong lang=\"nl\">Ontwikkelingsperspectief (opp)</strong>"),
            "{en}"
        );
    }
}
