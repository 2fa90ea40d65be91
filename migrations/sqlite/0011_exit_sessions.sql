-- Group exit sessions (a themed workshop, a parent panel, an onderwijscafé) with a place,
-- capacity and RSVP through a personal link; optionally a return day for the former pupils.
CREATE TABLE exit_sessions (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    kind         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    starts_at    INTEGER NOT NULL,
    minutes      INTEGER NOT NULL DEFAULT 90,
    place        TEXT    NOT NULL DEFAULT '',
    capacity     INTEGER NOT NULL,
    return_day   INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);

CREATE TABLE session_invites (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES exit_sessions(id),
    guardian_id    INTEGER NOT NULL REFERENCES guardians(id),
    token_hash     TEXT    NOT NULL UNIQUE,
    answer         TEXT    NOT NULL DEFAULT '',
    people         INTEGER NOT NULL DEFAULT 0,
    children_join  INTEGER NOT NULL DEFAULT 0,
    answered_at    INTEGER,
    UNIQUE (session_id, guardian_id)
);
