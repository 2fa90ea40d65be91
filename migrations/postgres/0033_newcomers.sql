-- Generated from migrations/sqlite/0033_newcomers.sql by tests/http/schema.rs: edit the SQLite file,
-- then run DRIEHOEK_WRITE_PG_MIGRATIONS=1 cargo test --test http schema.
-- Newcomers: a pupil who joins the school during the year has a first school day of their own,
-- and a startgesprek is expected within three weeks of it. The due day is stored (computed by
-- the application) so coverage can compare ISO dates the same way on both databases.
ALTER TABLE pupils ADD COLUMN arrived_on TEXT;
ALTER TABLE pupils ADD COLUMN start_due_on TEXT;
