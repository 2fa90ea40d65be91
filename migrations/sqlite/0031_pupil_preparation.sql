-- The pupil's part in progress conversations (issue 12, item 4).
--
-- Per grade, whether the pupil attends: the default of a new round's "pupil attends" box (a
-- round may still differ). A grade without a row attends, as the box did before this setting.
CREATE TABLE grade_pupil_attendance (
    school_id    INTEGER NOT NULL REFERENCES schools(id),
    school_type  TEXT    NOT NULL,
    grade        INTEGER NOT NULL,
    attends      INTEGER NOT NULL DEFAULT 1,
    updated_by   INTEGER REFERENCES staff(id),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (school_id, school_type, grade)
);

-- How a school hands pupils their preparation link: always on printed slips, and when
-- mail_parents is set the mentor may also mail the link to the pupil's parents.
CREATE TABLE pupil_prep_settings (
    school_id     INTEGER PRIMARY KEY REFERENCES schools(id),
    mail_parents  INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
);

-- A pupil's personal link to prepare one round's conversation. Only the hash of the token is
-- kept, so every print or mail makes a new link; all of a pupil's links for the round work until
-- the round is over.
CREATE TABLE pupil_prep_links (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES rounds(id),
    pupil_id    INTEGER NOT NULL REFERENCES pupils(id),
    token_hash  TEXT    NOT NULL UNIQUE,
    channel     TEXT    NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES staff(id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX pupil_prep_links_round ON pupil_prep_links (round_id, pupil_id);

-- What the pupil wrote; one row per pupil and round, changed until the round is over.
CREATE TABLE pupil_preps (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES rounds(id),
    pupil_id       INTEGER NOT NULL REFERENCES pupils(id),
    went_well      TEXT    NOT NULL DEFAULT '',
    work_on        TEXT    NOT NULL DEFAULT '',
    need_school    TEXT    NOT NULL DEFAULT '',
    need_parents   TEXT    NOT NULL DEFAULT '',
    wants_to_lead  INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (round_id, pupil_id)
);
CREATE INDEX pupil_preps_pupil ON pupil_preps (pupil_id);
