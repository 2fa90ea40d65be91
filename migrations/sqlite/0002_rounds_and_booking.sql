-- Conversation rounds, teachers' availability and slots, personal invitations, bookings,
-- contact attempts (the escalation ladder) and calendar feeds. Kept identical to postgres/.

CREATE TABLE rounds (
    id               INTEGER PRIMARY KEY,
    school_id        INTEGER NOT NULL REFERENCES schools(id),
    kind             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    opens_at         INTEGER NOT NULL,
    closes_at        INTEGER NOT NULL,
    slot_minutes     INTEGER NOT NULL,
    gap_minutes      INTEGER NOT NULL DEFAULT 0,
    form             TEXT    NOT NULL DEFAULT 'school',
    location         TEXT    NOT NULL DEFAULT '',
    pupil_expected   INTEGER NOT NULL DEFAULT 1,
    attendees        TEXT    NOT NULL DEFAULT '',
    invitation_text  TEXT    NOT NULL DEFAULT '',
    reminder_hours   INTEGER NOT NULL DEFAULT 24,
    created_by       INTEGER REFERENCES staff(id),
    created_at       INTEGER NOT NULL,
    archived_at      INTEGER
);
CREATE INDEX rounds_school ON rounds (school_id);

CREATE TABLE round_groups (
    round_id  INTEGER NOT NULL REFERENCES rounds(id),
    group_id  INTEGER NOT NULL REFERENCES groups(id),
    PRIMARY KEY (round_id, group_id)
);

-- A teacher's block of time on one day; slots are cut from it.
CREATE TABLE availability (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES rounds(id),
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    day         TEXT    NOT NULL,
    starts      TEXT    NOT NULL,
    ends        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX availability_round ON availability (round_id, staff_id);

-- `orphaned` marks a booked slot whose availability was removed: it stays, flagged for the teacher.
CREATE TABLE slots (
    id               INTEGER PRIMARY KEY,
    round_id         INTEGER NOT NULL REFERENCES rounds(id),
    staff_id         INTEGER NOT NULL REFERENCES staff(id),
    availability_id  INTEGER REFERENCES availability(id),
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    orphaned         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (round_id, staff_id, starts_at)
);
CREATE INDEX slots_round ON slots (round_id, starts_at);

-- One personal link per guardian per round; only the hash of the link's token is stored.
CREATE TABLE invitations (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES rounds(id),
    guardian_id  INTEGER NOT NULL REFERENCES guardians(id),
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER,
    reminded_at  INTEGER,
    revoked_at   INTEGER,
    UNIQUE (round_id, guardian_id)
);

CREATE TABLE bookings (
    id                  INTEGER PRIMARY KEY,
    round_id            INTEGER NOT NULL REFERENCES rounds(id),
    slot_id             INTEGER NOT NULL REFERENCES slots(id),
    pupil_id            INTEGER NOT NULL REFERENCES pupils(id),
    invitation_id       INTEGER REFERENCES invitations(id),
    booked_by_staff_id  INTEGER REFERENCES staff(id),
    status              TEXT    NOT NULL DEFAULT 'active',
    note                TEXT    NOT NULL DEFAULT '',
    interpreter         INTEGER NOT NULL DEFAULT 0,
    attendance          TEXT,
    idempotency_key     TEXT    UNIQUE,
    reminder_sent_at    INTEGER,
    created_at          INTEGER NOT NULL,
    cancelled_at        INTEGER
);
-- The database decides who wins a slot: one active booking per slot, and one per
-- invitation and pupil (a parent books one conversation per child).
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (slot_id) WHERE status = 'active';
CREATE UNIQUE INDEX bookings_one_per_invitation_pupil ON bookings (invitation_id, pupil_id) WHERE status = 'active';
CREATE INDEX bookings_round ON bookings (round_id, pupil_id);

-- Attempts to reach a family outside the booking link: phone, at the door, via the pupil, ...
CREATE TABLE contact_attempts (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES rounds(id),
    pupil_id     INTEGER NOT NULL REFERENCES pupils(id),
    staff_id     INTEGER NOT NULL REFERENCES staff(id),
    channel      TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);
CREATE INDEX contact_attempts_round ON contact_attempts (round_id, pupil_id);

-- A secret calendar feed per staff member (hash only; the URL is shown once when made).
CREATE TABLE calendar_feeds (
    staff_id    INTEGER PRIMARY KEY REFERENCES staff(id),
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- Mail: an optional calendar attachment, and a lease so a crashed sender's claim expires.
ALTER TABLE outbox ADD COLUMN ics TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
