-- Buddies: parents who would like help with something (a language, a diagnosis, a first child
-- at school, being new in the Netherlands) or could offer it, noted by the teacher during the
-- startgesprek; care coordinators introduce two parents to each other only when both agreed.

-- One need or offer of one guardian. `topic`: language, diagnosis, first-child, new-nl, other;
-- `language` is the language code for the topic `language` (else empty); `detail` is the
-- teacher's short note (e.g. "dyslexie"), never shown to the other family.
CREATE TABLE buddy_wishes (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    guardian_id  INTEGER NOT NULL REFERENCES guardians(id),
    pupil_id     INTEGER NOT NULL REFERENCES pupils(id),
    record_id    INTEGER REFERENCES records(id),
    direction    TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    language     TEXT    NOT NULL DEFAULT '',
    detail       TEXT    NOT NULL DEFAULT '',
    noted_by     INTEGER NOT NULL REFERENCES staff(id),
    noted_at     INTEGER NOT NULL,
    closed_at    INTEGER
);
CREATE INDEX buddy_wishes_school ON buddy_wishes (school_id, closed_at);
CREATE INDEX buddy_wishes_record ON buddy_wishes (record_id);

-- A proposed introduction between a need and an offer. `status`: proposed, active (both
-- agreed), declined (one said no), ended (withdrawn by a parent or ended by the school).
CREATE TABLE buddy_pairs (
    id           INTEGER PRIMARY KEY,
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    topic        TEXT    NOT NULL,
    language     TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'proposed',
    proposed_by  INTEGER NOT NULL REFERENCES staff(id),
    proposed_at  INTEGER NOT NULL,
    active_at    INTEGER,
    ended_at     INTEGER,
    ended_by     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX buddy_pairs_school ON buddy_pairs (school_id, status);

-- Each of the two parents of a pair: their wish, their personal link (hash only) and consent.
-- `answer`: '' (not yet), yes, no; `withdrawn_at` when this parent ended the contact.
CREATE TABLE buddy_sides (
    id           INTEGER PRIMARY KEY,
    pair_id      INTEGER NOT NULL REFERENCES buddy_pairs(id),
    wish_id      INTEGER NOT NULL REFERENCES buddy_wishes(id),
    guardian_id  INTEGER NOT NULL REFERENCES guardians(id),
    token_hash   TEXT    NOT NULL,
    answer       TEXT    NOT NULL DEFAULT '',
    answered_at  INTEGER,
    withdrawn_at INTEGER
);
CREATE UNIQUE INDEX buddy_sides_token ON buddy_sides (token_hash);
CREATE INDEX buddy_sides_pair ON buddy_sides (pair_id);
CREATE INDEX buddy_sides_wish ON buddy_sides (wish_id);
