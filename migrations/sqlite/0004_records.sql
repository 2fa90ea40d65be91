-- Conversation records, three-party agreements, the communicatieplan op maat with its contact
-- moments, the contact log, and an append-only audit log of who saw or changed a pupil's record.

CREATE TABLE records (
    id                 INTEGER PRIMARY KEY,
    school_id          INTEGER NOT NULL REFERENCES schools(id),
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    kind               TEXT    NOT NULL,
    held_on            TEXT    NOT NULL,
    form               TEXT    NOT NULL DEFAULT 'school',
    pupil_present      INTEGER NOT NULL DEFAULT 1,
    present            TEXT    NOT NULL DEFAULT '',
    interpreter        TEXT    NOT NULL DEFAULT '',
    answers            TEXT    NOT NULL DEFAULT '{}',
    shared             INTEGER NOT NULL DEFAULT 0,
    status             TEXT    NOT NULL DEFAULT 'draft',
    booking_id         INTEGER REFERENCES bookings(id),
    created_by         INTEGER NOT NULL REFERENCES staff(id),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    closed_at          INTEGER
);
CREATE INDEX records_pupil ON records (pupil_id, held_on);

CREATE TABLE agreements (
    id            INTEGER PRIMARY KEY,
    school_id     INTEGER NOT NULL REFERENCES schools(id),
    pupil_id      INTEGER NOT NULL REFERENCES pupils(id),
    record_id     INTEGER REFERENCES records(id),
    topic         TEXT    NOT NULL DEFAULT '',
    pupil_part    TEXT    NOT NULL DEFAULT '',
    parents_part  TEXT    NOT NULL DEFAULT '',
    school_part   TEXT    NOT NULL DEFAULT '',
    review_on     TEXT,
    status        TEXT    NOT NULL DEFAULT 'open',
    created_by    INTEGER NOT NULL REFERENCES staff(id),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX agreements_pupil ON agreements (pupil_id, status);

CREATE TABLE plans (
    id                 INTEGER PRIMARY KEY,
    school_id          INTEGER NOT NULL REFERENCES schools(id),
    pupil_id           INTEGER NOT NULL REFERENCES pupils(id),
    school_year_id     INTEGER NOT NULL REFERENCES school_years(id),
    channels           TEXT    NOT NULL DEFAULT '',
    reachable          TEXT    NOT NULL DEFAULT '',
    response_time      TEXT    NOT NULL DEFAULT '',
    pupil_arranges     INTEGER NOT NULL DEFAULT 0,
    notes              TEXT    NOT NULL DEFAULT '',
    record_id          INTEGER REFERENCES records(id),
    updated_by         INTEGER NOT NULL REFERENCES staff(id),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    UNIQUE (pupil_id, school_year_id)
);

CREATE TABLE contact_moments (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans(id),
    description  TEXT    NOT NULL,
    due_on       TEXT,
    channel      TEXT    NOT NULL DEFAULT '',
    with_pupil   INTEGER NOT NULL DEFAULT 1,
    done_at      INTEGER
);
CREATE INDEX contact_moments_plan ON contact_moments (plan_id);

CREATE TABLE contact_log (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    pupil_id     INTEGER NOT NULL REFERENCES pupils(id),
    staff_id     INTEGER NOT NULL REFERENCES staff(id),
    channel      TEXT    NOT NULL,
    positive     INTEGER NOT NULL DEFAULT 0,
    summary      TEXT    NOT NULL,
    happened_on  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX contact_log_pupil ON contact_log (pupil_id, happened_on);

-- Append-only: the application never updates or deletes these rows.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL,
    staff_id    INTEGER,
    pupil_id    INTEGER,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER,
    at          INTEGER NOT NULL
);
CREATE INDEX audit_log_pupil ON audit_log (pupil_id, at);
