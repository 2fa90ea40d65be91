//! CSV import of pupils, guardians and groups: upload → preview with every row's problems →
//! commit all or nothing. `parse` reads the file (pure); `store` keeps the uploads and writes an
//! import in one transaction; `routes` are the pages.

pub mod parse;
pub mod routes;
pub mod store;

pub use routes::router;
pub use store::recover_interrupted;
