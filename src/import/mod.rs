//! CSV import of pupils, guardians and groups: upload → preview with every row's problems →
//! commit all or nothing. `parse` reads the file (pure; CSV or EDEX.XML); `store` keeps the
//! uploads and writes an import in one transaction; `routes` are the pages. `next_year` matches
//! next year's export to the school's pupils for the preparation of the coming year.

pub mod next_year;
pub mod parse;
pub mod routes;
pub mod store;

pub use routes::{read_upload, router, MAX_FILE_BYTES};
pub use store::recover_interrupted;
