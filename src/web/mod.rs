//! The HTTP shell shared by every feature: page context, rendering, sessions and CSRF,
//! language, security headers and friendly error pages.

pub mod cookies;
pub mod ctx;
pub mod error_page;
pub mod forms;
pub mod layers;
pub mod overload;
pub mod parent_lang;
pub mod render;
pub mod routes;

pub use ctx::Ctx;
pub use parent_lang::{content_language, is_parent_page, LanguageForm};
pub use render::{no_referrer, render, see_other};
pub use routes::Routes;
