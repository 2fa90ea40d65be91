//! Parents' pages in the family's own language: which paths are parents' pages, the language
//! switch (POST buttons, one per language, each named in its own script) and what a choice does.
//!
//! A page opened from a personal link starts in the guardian's stored language; a choice made
//! with the switch there is stored for that guardian by the feature (see
//! `guardians::set_own_language`), so the next mail follows it. Opening a page never changes
//! anything. Elsewhere the choice is only remembered in the browser (the language cookie).

use axum::http::{header, HeaderValue};
use axum::response::Response;
use serde::Deserialize;

use crate::error::AppError;
use crate::i18n::Lang;
use crate::web::cookies::{self, LANGUAGE};
use crate::web::forms::safe_next;
use crate::web::see_other;

/// Paths parents read: the booking link, their own view, the RSVP and follow-up links, the
/// glossary, the privacy notice, the public summary and the language switch itself.
pub fn is_parent_page(path: &str) -> bool {
    const PREFIXES: [&str; 6] = [
        "/b/",
        "/ouders/",
        "/rsvp/",
        "/nazorg/",
        "/scholen/",
        "/maatje/",
    ];
    const PAGES: [&str; 4] = ["/ouders", "/begrippen", "/privacy", "/taal"];
    PAGES.contains(&path)
        || PREFIXES.iter().any(|p| path.starts_with(p))
        || path.starts_with("/begrippen/")
}

/// The switch's form: `lang` is the button pressed; `back` the page to return to (the generic
/// switch only; a personal link's switch returns to its own page).
#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub back: String,
}

impl LanguageForm {
    /// The chosen language; a code we do not write is a bad request.
    pub fn choice(&self) -> Result<Lang, AppError> {
        Lang::from_code(&self.lang).ok_or(AppError::BadRequest)
    }
}

/// After a choice: remember it in the browser too (for the glossary and other pages without a
/// personal link) and go back to the page.
pub fn chosen(lang: Lang, back: &str, secure: bool) -> Response {
    let mut response = see_other(&safe_next(Some(back)), None);
    cookies::add(&mut response, &LANGUAGE.set(lang.code(), secure));
    response
}

/// States the page's language when a handler chose it (the guardian's own).
pub fn content_language(mut response: Response, lang: Lang) -> Response {
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_pages_are_recognised() {
        for p in [
            "/b/abc",
            "/ouders",
            "/ouders/kinderen",
            "/rsvp/x",
            "/nazorg/x",
            "/maatje/x",
            "/begrippen",
            "/privacy",
            "/scholen/1/wat-we-hoorden",
            "/taal",
        ] {
            assert!(is_parent_page(p), "{p}");
        }
        for p in [
            "/",
            "/rounds/1",
            "/pupils",
            "/bookings",
            "/oudersx",
            "/exit",
        ] {
            assert!(!is_parent_page(p), "{p}");
        }
    }
}
