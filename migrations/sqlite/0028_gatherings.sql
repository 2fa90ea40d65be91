-- Gatherings: everything parents are invited to as a group (the class reception, an
-- information evening, a plenary parent evening, a group exit session), with one personal
-- link per guardian, the answer, the needs (interpreter, childcare), the reminder and who came.
CREATE TABLE gatherings (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    kind            TEXT    NOT NULL,
    audience        TEXT    NOT NULL,
    grade           INTEGER,
    title           TEXT    NOT NULL,
    starts_at       INTEGER NOT NULL,
    minutes         INTEGER NOT NULL DEFAULT 60,
    place           TEXT    NOT NULL DEFAULT '',
    capacity        INTEGER,
    created_by      INTEGER REFERENCES staff(id),
    created_at      INTEGER NOT NULL,
    legacy_exit_session_id INTEGER
);
CREATE INDEX gatherings_school_starts ON gatherings (school_id, starts_at);

-- The groups a gathering is for (audience 'groups').
CREATE TABLE gathering_groups (
    gathering_id  INTEGER NOT NULL REFERENCES gatherings(id),
    group_id      INTEGER NOT NULL REFERENCES groups(id),
    PRIMARY KEY (gathering_id, group_id)
);
CREATE INDEX gathering_groups_group ON gathering_groups (group_id);

-- One invitation per guardian; only token hashes are stored. A reminder carries a link of its
-- own (the first link keeps working). attended: NULL until the list is kept, then 0/1.
CREATE TABLE gathering_invites (
    id                   INTEGER PRIMARY KEY,
    gathering_id         INTEGER NOT NULL REFERENCES gatherings(id),
    guardian_id          INTEGER NOT NULL REFERENCES guardians(id),
    token_hash           TEXT    NOT NULL UNIQUE,
    reminder_token_hash  TEXT    UNIQUE,
    answer               TEXT    NOT NULL DEFAULT '',
    people               INTEGER NOT NULL DEFAULT 0,
    interpreter          TEXT    NOT NULL DEFAULT '',
    childcare            INTEGER NOT NULL DEFAULT 0,
    children_join        INTEGER NOT NULL DEFAULT 0,
    invited_at           INTEGER NOT NULL,
    answered_at          INTEGER,
    reminded_at          INTEGER,
    attended             INTEGER,
    UNIQUE (gathering_id, guardian_id)
);
CREATE INDEX gathering_invites_guardian ON gathering_invites (guardian_id);

-- What only a group exit session has: its form, the return day, what was said (the exit
-- matrix) and when its report went to the families who came.
CREATE TABLE exit_gatherings (
    gathering_id    INTEGER PRIMARY KEY REFERENCES gatherings(id),
    form            TEXT    NOT NULL,
    return_day      INTEGER NOT NULL DEFAULT 0,
    answers         TEXT    NOT NULL DEFAULT '{}',
    report_sent_at  INTEGER
);

-- Existing exit sessions move over. New ids come from the gatherings' own sequence (on
-- PostgreSQL an explicit id would leave the identity behind), mapped through the old id.
INSERT INTO gatherings (school_id, kind, audience, title, starts_at, minutes, place, capacity, created_at, legacy_exit_session_id)
    SELECT school_id, 'exit', 'leavers', title, starts_at, minutes, place, capacity, created_at, id
    FROM exit_sessions ORDER BY id;
INSERT INTO exit_gatherings (gathering_id, form, return_day, answers, report_sent_at)
    SELECT g.id, s.kind, s.return_day, s.answers, s.report_sent_at
    FROM exit_sessions s JOIN gatherings g ON g.legacy_exit_session_id = s.id;
INSERT INTO gathering_invites (gathering_id, guardian_id, token_hash, answer, people, children_join, invited_at, answered_at)
    SELECT g.id, i.guardian_id, i.token_hash, i.answer, i.people, i.children_join, g.created_at, i.answered_at
    FROM session_invites i JOIN gatherings g ON g.legacy_exit_session_id = i.session_id
    ORDER BY i.id;
DROP TABLE session_invites;
DROP TABLE exit_sessions;
ALTER TABLE gatherings DROP COLUMN legacy_exit_session_id;

-- The startgesprek's question "would you like an information evening?" as a countable choice
-- ('yes', 'no', 'maybe'; '' = not asked), beside the free text in the answers.
ALTER TABLE records ADD COLUMN info_evening TEXT NOT NULL DEFAULT '';
