//! CSV import of pupils, guardians and groups: upload → preview with every row's problems →
//! commit all or nothing. `parse` reads the file (pure); `store` writes it in one transaction.

pub mod parse;
pub mod routes;
pub mod store;

pub use routes::{recover_interrupted, router};
