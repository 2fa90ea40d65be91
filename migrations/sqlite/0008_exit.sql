-- Leavers and what the school does with the exit conversations: pupils get a leaving date,
-- reason and destination; the director's action plan links actions to what was heard.

ALTER TABLE pupils ADD COLUMN leaving_on TEXT;
ALTER TABLE pupils ADD COLUMN leaving_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE pupils ADD COLUMN destination TEXT NOT NULL DEFAULT '';

CREATE TABLE exit_actions (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    school_year_id  INTEGER NOT NULL REFERENCES school_years(id),
    what            TEXT    NOT NULL,
    owner           TEXT    NOT NULL DEFAULT '',
    due_on          TEXT,
    status          TEXT    NOT NULL DEFAULT 'planned',
    source          TEXT    NOT NULL DEFAULT '',
    created_by      INTEGER NOT NULL REFERENCES staff(id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX exit_actions_school ON exit_actions (school_id, school_year_id);
