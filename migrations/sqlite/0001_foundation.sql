-- Foundation schema (SQLite). Kept column-for-column identical to migrations/postgres:
-- times are unix seconds (INTEGER), dates ISO text (YYYY-MM-DD), flags INTEGER 0/1,
-- so one code path through sqlx::Any reads both.

CREATE TABLE schools (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    brin        TEXT    NOT NULL DEFAULT '',
    city        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE school_years (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    name        TEXT    NOT NULL,
    starts_on   TEXT    NOT NULL,
    ends_on     TEXT    NOT NULL,
    is_current  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (school_id, name)
);

CREATE TABLE groups (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    school_year_id  INTEGER NOT NULL REFERENCES school_years(id),
    name            TEXT    NOT NULL,
    grade           INTEGER,
    school_type     TEXT    NOT NULL DEFAULT 'po',
    archived_at     INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (school_year_id, name)
);
CREATE INDEX groups_school ON groups (school_id);

CREATE TABLE staff (
    id                   INTEGER PRIMARY KEY,
    school_id            INTEGER NOT NULL REFERENCES schools(id),
    name                 TEXT    NOT NULL,
    email                TEXT    NOT NULL,
    password_hash        TEXT,
    is_teacher           INTEGER NOT NULL DEFAULT 0,
    is_care_coordinator  INTEGER NOT NULL DEFAULT 0,
    is_director          INTEGER NOT NULL DEFAULT 0,
    is_admin             INTEGER NOT NULL DEFAULT 0,
    language             TEXT    NOT NULL DEFAULT 'nl',
    disabled_at          INTEGER,
    created_at           INTEGER NOT NULL
);
CREATE UNIQUE INDEX staff_email ON staff (email);
CREATE INDEX staff_school ON staff (school_id);

CREATE TABLE group_staff (
    group_id  INTEGER NOT NULL REFERENCES groups(id),
    staff_id  INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (group_id, staff_id)
);
CREATE INDEX group_staff_staff ON group_staff (staff_id);

CREATE TABLE pupils (
    id             INTEGER PRIMARY KEY,
    school_id      INTEGER NOT NULL REFERENCES schools(id),
    external_id    TEXT    NOT NULL,
    first_name     TEXT    NOT NULL,
    name_prefix    TEXT    NOT NULL DEFAULT '',
    last_name      TEXT    NOT NULL,
    initials       TEXT    NOT NULL DEFAULT '',
    date_of_birth  TEXT,
    gender         TEXT    NOT NULL DEFAULT '',
    group_id       INTEGER REFERENCES groups(id),
    archived_at    INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (school_id, external_id)
);
CREATE INDEX pupils_group ON pupils (group_id);

CREATE TABLE guardians (
    id                  INTEGER PRIMARY KEY,
    school_id           INTEGER NOT NULL REFERENCES schools(id),
    name                TEXT    NOT NULL,
    email               TEXT,
    phone               TEXT    NOT NULL DEFAULT '',
    language            TEXT    NOT NULL DEFAULT 'nl',
    interpreter_needed  INTEGER NOT NULL DEFAULT 0,
    archived_at         INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE UNIQUE INDEX guardians_email ON guardians (school_id, email) WHERE email IS NOT NULL;

CREATE TABLE pupil_guardians (
    pupil_id              INTEGER NOT NULL REFERENCES pupils(id),
    guardian_id           INTEGER NOT NULL REFERENCES guardians(id),
    relationship          TEXT    NOT NULL DEFAULT 'other',
    parental_authority    INTEGER NOT NULL DEFAULT 1,
    own_household         INTEGER NOT NULL DEFAULT 0,
    receives_invitations  INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (pupil_id, guardian_id)
);
CREATE INDEX pupil_guardians_guardian ON pupil_guardians (guardian_id);

-- Staff sessions: only a hash of the cookie value is stored.
CREATE TABLE sessions (
    token_hash    TEXT    PRIMARY KEY,
    staff_id      INTEGER NOT NULL REFERENCES staff(id),
    csrf_token    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);
CREATE INDEX sessions_staff ON sessions (staff_id);

-- Failed sign-in attempts, keyed by account and by client address, for throttling.
CREATE TABLE login_failures (
    id          INTEGER PRIMARY KEY,
    throttle_key TEXT   NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (throttle_key, at);

-- One-time links to set a password (invitation or reset). Only the hash is stored.
CREATE TABLE staff_tokens (
    token_hash  TEXT    PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    purpose     TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE INDEX staff_tokens_staff ON staff_tokens (staff_id);

-- Every mail passes through here, written in the same transaction as the event that causes it.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    school_id        INTEGER REFERENCES schools(id),
    to_address       TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    body_text        TEXT    NOT NULL,
    body_html        TEXT    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    sent_at          INTEGER,
    created_at       INTEGER NOT NULL
);
CREATE INDEX outbox_status ON outbox (status, next_attempt_at);

-- CSV imports: the uploaded file is kept until committed so preview and commit see the same bytes.
CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    school_id      INTEGER NOT NULL REFERENCES schools(id),
    staff_id       INTEGER NOT NULL REFERENCES staff(id),
    filename       TEXT    NOT NULL,
    content        BLOB    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'preview',
    total_rows     INTEGER NOT NULL DEFAULT 0,
    rows_done      INTEGER NOT NULL DEFAULT 0,
    created_count  INTEGER NOT NULL DEFAULT 0,
    updated_count  INTEGER NOT NULL DEFAULT 0,
    failure        TEXT,
    created_at     INTEGER NOT NULL,
    finished_at    INTEGER
);

-- One row once the installation has been set up (first administrator); guards the set-up
-- page against two people submitting it at once.
CREATE TABLE installation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    set_up_at  INTEGER NOT NULL
);
