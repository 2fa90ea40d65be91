-- Generated from migrations/sqlite/0020_school_year_cycle.sql by tests/http/schema.rs: edit the SQLite file,
-- then run DRIEHOEK_WRITE_PG_MIGRATIONS=1 cargo test --test http schema.
-- The school year as a cycle (issue 10). Each year has its own first school day (Dutch regions
-- start on different Mondays); `switched_at` is set once, when the school moved into the year
-- (the switch runs exactly once: a conditional UPDATE on this column). The current year is the
-- latest year that was switched into; `is_current` is kept in step for existing queries.
ALTER TABLE school_years ADD COLUMN first_school_day TEXT NOT NULL DEFAULT '';
ALTER TABLE school_years ADD COLUMN switched_at BIGINT;
UPDATE school_years SET first_school_day = starts_on;
UPDATE school_years SET switched_at = 0 WHERE is_current = 1;
CREATE INDEX school_years_school ON school_years (school_id, starts_on);

-- A pupil's group per school year: the history that follows the child. Rows of closed years are
-- written at the switch, rows of the coming year when the administrator prepares it; during the
-- current year the pupil's group is `pupils.group_id`.
CREATE TABLE pupil_years (
    pupil_id        BIGINT NOT NULL REFERENCES pupils(id),
    school_year_id  BIGINT NOT NULL REFERENCES school_years(id),
    group_id        BIGINT NOT NULL REFERENCES groups(id),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (pupil_id, school_year_id)
);
CREATE INDEX pupil_years_group ON pupil_years (group_id);
CREATE INDEX pupil_years_year ON pupil_years (school_year_id);

INSERT INTO pupil_years (pupil_id, school_year_id, group_id, created_at)
SELECT p.id, g.school_year_id, g.id, p.updated_at FROM pupils p JOIN groups g ON g.id = p.group_id;
