//! What every page needs besides its own data: language, the signed-in person, the form token,
//! the current path (for navigation) and an optional flash message.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::auth::parent_sessions::ParentSession;
use crate::auth::{Session, StaffUser};
use crate::error::AppError;
use crate::i18n::Lang;

#[derive(Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub staff: Option<StaffUser>,
    pub csrf: String,
    pub path: String,
    pub flash: Option<String>,
    /// The flash's key, to say it again when a page switches to a guardian's language.
    flash_key: Option<String>,
    /// The flash reports a problem (its key starts with `problem-`), not a success.
    pub flash_is_problem: bool,
    /// A page parents read: its language switch offers every language, as POST buttons.
    pub parent_page: bool,
    /// Where the parent page's language switch posts to (a personal link's own address, so
    /// the choice is stored for that guardian).
    pub lang_action: String,
}

/// One button of the parents' language switch.
pub struct LanguageChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub current: bool,
}

impl Ctx {
    pub fn new(lang: Lang, session: Option<&Session>, path: &str) -> Ctx {
        Ctx {
            lang,
            staff: session.map(|s| s.staff.clone()),
            csrf: session.map(|s| s.csrf.clone()).unwrap_or_default(),
            path: path.to_string(),
            flash: None,
            flash_key: None,
            flash_is_problem: false,
            parent_page: crate::web::parent_lang::is_parent_page(path),
            lang_action: "/taal".to_string(),
        }
    }

    /// A page opened from a guardian's personal link: in the guardian's own language, and
    /// its language switch posts to `action` (which stores the choice for that guardian).
    pub fn for_guardian(mut self, language: &str, action: String) -> Ctx {
        if let Some(lang) = Lang::from_code(language) {
            self.lang = lang;
            if let Some(key) = &self.flash_key {
                self.flash = Some(lang.t(key));
            }
        }
        self.parent_page = true;
        self.lang_action = action;
        self
    }

    /// `rtl` for Arabic, `ltr` otherwise (on `<html>`).
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The parents' language switch: every language, named in its own script.
    pub fn language_choices(&self) -> Vec<LanguageChoice> {
        Lang::ALL
            .iter()
            .map(|l| LanguageChoice {
                code: l.code(),
                name: l.native_name(),
                dir: l.dir(),
                current: *l == self.lang,
            })
            .collect()
    }

    pub fn t(&self, key: impl AsRef<str>) -> String {
        self.lang.t(key.as_ref())
    }

    /// Text with one argument.
    pub fn tr(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.lang.tr(key, &[(name, value.to_string())])
    }

    /// Text with two arguments.
    pub fn tr2(
        &self,
        key: &str,
        n1: &str,
        v1: impl std::fmt::Display,
        n2: &str,
        v2: impl std::fmt::Display,
    ) -> String {
        self.lang
            .tr(key, &[(n1, v1.to_string()), (n2, v2.to_string())])
    }

    /// Text with a count (plural rules apply).
    pub fn tn(&self, key: &str, name: &str, n: impl Count) -> String {
        self.lang.tn(key, name, n.count())
    }

    /// "Groep 7B" for a group called "7B"; a name that already says "Groep 3" stays as it is.
    pub fn group_label(&self, name: impl AsRef<str>) -> String {
        let name = name.as_ref();
        let lower = name.to_lowercase();
        if ["groep", "group", "klas", "class", "leerjaar"]
            .iter()
            .any(|w| lower.starts_with(w))
        {
            name.to_string()
        } else {
            self.tr("group-label", "name", name)
        }
    }

    /// The label of a form field: `field-<name>`.
    pub fn field_label(&self, name: impl AsRef<str>) -> String {
        self.lang.t(&format!("field-{}", name.as_ref()))
    }

    /// A code shown through its translation, e.g. `relationship-mother`.
    pub fn code(&self, prefix: &str, code: impl AsRef<str>) -> String {
        let key = format!("{prefix}-{}", code.as_ref());
        if self.lang.knows(&key) {
            self.lang.t(&key)
        } else {
            code.as_ref().to_string()
        }
    }

    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// For `aria-current` in the navigation.
    pub fn is_section(&self, prefix: &str) -> bool {
        if prefix == "/" {
            self.path == "/"
        } else {
            self.path == prefix || self.path.starts_with(&format!("{prefix}/"))
        }
    }

    pub fn asset_version(&self) -> &'static str {
        crate::web::render::asset_version()
    }

    /// The language switch links back to the current page.
    pub fn lang_switch_href(&self, code: &str) -> String {
        format!("/lang/{code}?back={}", crate::error::urlencode(&self.path))
    }

    pub fn date_iso(&self, iso: &str) -> String {
        crate::timefmt::parse_iso(iso)
            .map(|d| crate::timefmt::date(self.lang, d))
            .unwrap_or_default()
    }

    pub fn datetime(&self, unix: impl Count) -> String {
        crate::timefmt::datetime(self.lang, unix.count())
    }

    pub fn is_admin(&self) -> bool {
        self.staff.as_ref().is_some_and(|s| s.roles.administrator)
    }

    pub fn sees_whole_school(&self) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| s.roles.sees_whole_school())
    }
}

/// The session found by the session layer (None for visitors who are not signed in).
#[derive(Clone, Default)]
pub struct CurrentSession(pub Option<Arc<Session>>);

/// A parent's session, found by the session layer on parents' pages only.
#[derive(Clone, Default)]
pub struct CurrentParentSession(pub Option<Arc<ParentSession>>);

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        let session = parts
            .extensions
            .get::<CurrentSession>()
            .cloned()
            .unwrap_or_default();
        let mut ctx = Ctx::new(lang, session.0.as_deref(), parts.uri.path());
        // On a parent's page, forms carry the parent session's token.
        if let Some(parent) = parts
            .extensions
            .get::<CurrentParentSession>()
            .and_then(|p| p.0.as_ref())
        {
            ctx.csrf = parent.csrf.clone();
        }
        // Flash messages travel as a key in the query string (stateless, safe across instances);
        // only keys that exist as `flash-…` texts are shown.
        if let Some(query) = parts.uri.query() {
            if let Some((_, key)) =
                form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "flash")
            {
                let full = format!("flash-{key}");
                if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && lang.knows(&full) {
                    ctx.flash = Some(lang.t(&full));
                    ctx.flash_key = Some(full);
                    ctx.flash_is_problem = key.starts_with("problem-");
                }
            }
        }
        Ok(ctx)
    }
}

/// Numbers as templates pass them (by value or by reference, any integer width).
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for i32 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}
