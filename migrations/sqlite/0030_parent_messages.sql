-- Messages that get an answer (issue 12): a parent writes to the teacher about one child and is
-- told at once by which date the school answers; the date counts school days, which skip weekends
-- and the holidays of the school year.

-- The plan's response time as a number of school days (NULL: the school's default applies; the
-- old free text in `response_time` stays for reading).
ALTER TABLE plans ADD COLUMN response_days INTEGER;
-- The school's default response time in school days.
ALTER TABLE schools ADD COLUMN response_days INTEGER NOT NULL DEFAULT 2;

-- Holidays and other days without school, per school year (both dates inclusive, ISO).
CREATE TABLE school_holidays (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    school_year_id  INTEGER NOT NULL REFERENCES school_years(id),
    name            TEXT    NOT NULL,
    starts_on       TEXT    NOT NULL,
    ends_on         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX school_holidays_school ON school_holidays (school_id, ends_on);
CREATE INDEX school_holidays_year ON school_holidays (school_year_id, starts_on);

-- A parent's message about one child. Open while `answered_at` is NULL; `due_on` is the date
-- the parent was promised. The answer is by mail (its text kept) or a logged phone call.
CREATE TABLE parent_messages (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    pupil_id        INTEGER NOT NULL REFERENCES pupils(id),
    guardian_id     INTEGER NOT NULL REFERENCES guardians(id),
    body            TEXT    NOT NULL,
    call_back       INTEGER NOT NULL DEFAULT 0,
    phone           TEXT    NOT NULL DEFAULT '',
    sent_at         INTEGER NOT NULL,
    due_on          TEXT    NOT NULL,
    answered_at     INTEGER,
    answered_by     INTEGER REFERENCES staff(id),
    answer_channel  TEXT    NOT NULL DEFAULT '',
    answer          TEXT    NOT NULL DEFAULT ''
);
-- The inbox and the overdue list: a school's open messages, oldest first.
CREATE INDEX parent_messages_open ON parent_messages (school_id, answered_at, sent_at);
CREATE INDEX parent_messages_pupil ON parent_messages (pupil_id, sent_at);
-- The per-guardian daily limit counts through this index.
CREATE INDEX parent_messages_guardian ON parent_messages (guardian_id, sent_at);
