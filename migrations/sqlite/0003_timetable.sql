-- The school-made timetable: the school proposes a time to every family (proposed = 1 until
-- the family confirms or moves it), families may ask each other to swap, and known
-- constraints of a family are respected when the timetable is made.

ALTER TABLE rounds ADD COLUMN scheduling TEXT NOT NULL DEFAULT 'self';
ALTER TABLE bookings ADD COLUMN proposed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE family_constraints (
    round_id    INTEGER NOT NULL REFERENCES rounds(id),
    pupil_id    INTEGER NOT NULL REFERENCES pupils(id),
    earliest    TEXT    NOT NULL DEFAULT '',
    latest      TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, pupil_id)
);

CREATE TABLE swap_requests (
    id               INTEGER PRIMARY KEY,
    round_id         INTEGER NOT NULL REFERENCES rounds(id),
    from_booking_id  INTEGER NOT NULL REFERENCES bookings(id),
    to_booking_id    INTEGER NOT NULL REFERENCES bookings(id),
    status           TEXT    NOT NULL DEFAULT 'open',
    created_at       INTEGER NOT NULL,
    decided_at       INTEGER
);
CREATE UNIQUE INDEX swap_requests_one_open ON swap_requests (from_booking_id) WHERE status = 'open';
CREATE INDEX swap_requests_to ON swap_requests (to_booking_id, status);
