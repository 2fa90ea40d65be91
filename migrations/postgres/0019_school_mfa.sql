-- Generated from migrations/sqlite/0019_school_mfa.sql by tests/http/schema.rs: edit the SQLite file,
-- then run DRIEHOEK_WRITE_PG_MIGRATIONS=1 cargo test --test http schema.
-- A school can require the second sign-in step of every staff member, teachers too.
ALTER TABLE schools ADD COLUMN mfa_for_all BIGINT NOT NULL DEFAULT 0;
