//! Domain types that parse instead of validate: once a value has one of these types it is
//! known to be well-formed, so handlers and stores never check raw strings again.
//!
//! - `codes`: the fixed lists of the product (kinds, statuses, channels, relationships) as enums
//!   that read and write their stable text code in the database and in forms;
//! - `Email`, dates as people type them, and people's names.

pub mod answers;
pub mod codes;
pub mod dates;
pub mod email;
pub mod names;

pub use answers::{Answers, AnswersError};
pub use codes::*;
pub use email::Email;
pub use names::PersonName;
