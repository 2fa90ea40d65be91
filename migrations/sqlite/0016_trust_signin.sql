-- Staff sign-in hardening (issue "Trust", items 4 and 11).

-- Browsers that signed in to an account before. Their failed tries are counted on their own, so
-- strangers guessing at an account never stop its owner (ASVS 6.3.1). The cookie holds a random
-- token; this table holds its SHA-256 hash.
CREATE TABLE known_devices (
    token_hash    TEXT    NOT NULL,
    staff_id      INTEGER NOT NULL REFERENCES staff(id),
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    PRIMARY KEY (token_hash, staff_id)
);
CREATE INDEX known_devices_staff ON known_devices (staff_id);

-- A staff member's authenticator app (TOTP, RFC 6238). The row exists from the moment the QR
-- code is shown; it counts only once confirmed with a first code. `last_step` is the last
-- 30-second step a code was accepted for, so a code cannot be used twice (ASVS 6.5.1).
CREATE TABLE staff_totp (
    staff_id      INTEGER PRIMARY KEY REFERENCES staff(id),
    secret        TEXT    NOT NULL,
    confirmed_at  INTEGER,
    last_step     INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);

-- Single-use recovery codes, stored as argon2id hashes (ASVS 6.5.2).
CREATE TABLE recovery_codes (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    code_hash   TEXT    NOT NULL,
    used_at     INTEGER
);
CREATE INDEX recovery_codes_staff ON recovery_codes (staff_id, used_at);

-- A sign-in whose password was right and that waits for its second step (a code, or enrolling
-- an authenticator). The browser holds a random token in a cookie; this table its hash.
CREATE TABLE sign_in_challenges (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    next_path   TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    failures    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sign_in_challenges_staff ON sign_in_challenges (staff_id);
