-- Retention (issue 9, item 12). How many years after a pupil left the school keeps the file
-- (Dutch schools: two); a school without a row keeps the default.
CREATE TABLE retention_policies (
    school_id   INTEGER PRIMARY KEY REFERENCES schools(id),
    years       INTEGER NOT NULL DEFAULT 2,
    updated_by  INTEGER REFERENCES staff(id),
    updated_at  INTEGER NOT NULL
);

-- What was said in exit conversations of pupils whose file was removed: no pupil, no names,
-- so the director's year-on-year comparison survives.
CREATE TABLE retained_exit_answers (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    held_on     TEXT    NOT NULL,
    answers     TEXT    NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL
);
CREATE INDEX retained_exit_answers_school ON retained_exit_answers (school_id, held_on);

-- Scheduled jobs run once across several instances: a job runs while its row's lease is held,
-- and records when it last finished.
CREATE TABLE job_locks (
    name          TEXT    PRIMARY KEY,
    holder        TEXT    NOT NULL DEFAULT '',
    lease_until   INTEGER NOT NULL DEFAULT 0,
    last_done_at  INTEGER NOT NULL DEFAULT 0
);

-- Leavers past the retention period are found by their leaving date.
CREATE INDEX pupils_leaving ON pupils (school_id, leaving_on);
