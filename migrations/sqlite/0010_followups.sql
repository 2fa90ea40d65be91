-- Some months after a pupil left, the family is asked how the child is doing and whether the
-- school's advice was right. One personal link per guardian; only its hash is stored.
CREATE TABLE followups (
    id            INTEGER PRIMARY KEY,
    school_id     INTEGER NOT NULL REFERENCES schools(id),
    pupil_id      INTEGER NOT NULL REFERENCES pupils(id),
    guardian_id   INTEGER NOT NULL REFERENCES guardians(id),
    token_hash    TEXT    NOT NULL UNIQUE,
    sent_at       INTEGER NOT NULL,
    answered_at   INTEGER,
    doing         TEXT    NOT NULL DEFAULT '',
    advice_right  TEXT    NOT NULL DEFAULT '',
    comment       TEXT    NOT NULL DEFAULT '',
    UNIQUE (pupil_id, guardian_id)
);
