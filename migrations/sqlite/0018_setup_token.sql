-- The one-time set-up link printed in the log at first start: only its hash is kept. The set-up
-- page works only with it, so a fresh installation does not belong to whoever reaches it first.
CREATE TABLE setup_tokens (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
