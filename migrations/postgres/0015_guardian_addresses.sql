-- Generated from migrations/sqlite/0015_guardian_addresses.sql by tests/http/schema.rs: edit the SQLite file,
-- then run DRIEHOEK_WRITE_PG_MIGRATIONS=1 cargo test --test http schema.
-- A guardian's e-mail address decides who receives the parent sign-in link, so changing it is
-- a privilege: administrators, and the roles the school names here (comma-separated codes of
-- `director`, `care-coordinator`, `teacher`; empty: administrators only).
ALTER TABLE schools ADD COLUMN guardian_email_roles TEXT NOT NULL DEFAULT '';
-- What changed, for audit lines that record a change of value ("old → new").
ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';
-- Ending a guardian's parent sessions when their address changes.
CREATE INDEX parent_sessions_guardian ON parent_sessions (guardian_id);
