-- A printed invitation letter carries a second personal link for the same invitation (guardian and
-- round): the mailed link (invitations.token_hash) keeps working beside it, and bookings made from
-- either hang on the same invitation. Only the hash of the letter's token is kept, so every print
-- makes a new link. Revoking the invitation stamps revoked_at on its letters too, so a later resend
-- (which lifts the invitation's revocation) does not bring an old letter back to life.
CREATE TABLE invitation_letters (
    id             INTEGER PRIMARY KEY,
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    token_hash     TEXT    NOT NULL UNIQUE,
    printed_by     INTEGER NOT NULL REFERENCES staff(id),
    created_at     INTEGER NOT NULL,
    revoked_at     INTEGER
);
CREATE INDEX invitation_letters_invitation ON invitation_letters (invitation_id);
