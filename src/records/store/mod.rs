//! All SQL of records, agreements, plans, the contact log, OPP consent and the audit page,
//! with typed rows. Writes that touch several rows run in one transaction.

mod agreements;
mod audit;
mod contacts;
mod plan;
mod records;

pub use agreements::*;
pub use audit::*;
pub use contacts::*;
pub use plan::*;
pub use records::*;
