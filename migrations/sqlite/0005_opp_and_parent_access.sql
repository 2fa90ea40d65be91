-- Passend onderwijs: the parents' consent to the action part (handelingsdeel) of a pupil's OPP,
-- kept as a history (asked, given, refused, withdrawn). And the parents' own sign-in: a
-- short-lived single-use link by mail, then a session (hashes only, like staff).

CREATE TABLE opp_consents (
    id            INTEGER PRIMARY KEY,
    school_id     INTEGER NOT NULL REFERENCES schools(id),
    pupil_id      INTEGER NOT NULL REFERENCES pupils(id),
    status        TEXT    NOT NULL,
    decided_on    TEXT    NOT NULL,
    guardian_id   INTEGER REFERENCES guardians(id),
    note          TEXT    NOT NULL DEFAULT '',
    recorded_by   INTEGER NOT NULL REFERENCES staff(id),
    created_at    INTEGER NOT NULL
);
CREATE INDEX opp_consents_pupil ON opp_consents (pupil_id, id);

CREATE TABLE parent_links (
    token_hash   TEXT    PRIMARY KEY,
    guardian_id  INTEGER NOT NULL REFERENCES guardians(id),
    expires_at   INTEGER NOT NULL,
    used_at      INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX parent_links_guardian ON parent_links (guardian_id, created_at);

CREATE TABLE parent_sessions (
    token_hash    TEXT    PRIMARY KEY,
    guardian_id   INTEGER NOT NULL REFERENCES guardians(id),
    csrf_token    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);

CREATE TABLE agreement_responses (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements(id),
    guardian_id   INTEGER NOT NULL REFERENCES guardians(id),
    confirmed     INTEGER NOT NULL DEFAULT 0,
    comment       TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);
CREATE INDEX agreement_responses_agreement ON agreement_responses (agreement_id);

-- Parents' own views of their child's record are audited too.
ALTER TABLE audit_log ADD COLUMN guardian_id INTEGER;
