-- Trust (issue 9): every swap request mails another family, so a family (one personal link) may
-- ask only so often in a round: at most swap_max_open open requests at a time, swap_burst
-- requests within swap_cooldown_seconds, and swap_max_per_round in all. Kept per round so a
-- school can loosen or tighten them; the defaults suit a parents' evening.
ALTER TABLE rounds ADD COLUMN swap_max_open INTEGER NOT NULL DEFAULT 2;
ALTER TABLE rounds ADD COLUMN swap_burst INTEGER NOT NULL DEFAULT 3;
ALTER TABLE rounds ADD COLUMN swap_cooldown_seconds INTEGER NOT NULL DEFAULT 3600;
ALTER TABLE rounds ADD COLUMN swap_max_per_round INTEGER NOT NULL DEFAULT 10;

-- The limits count a family's requests through the bookings they were made from.
CREATE INDEX swap_requests_from ON swap_requests (from_booking_id, created_at);
CREATE INDEX bookings_invitation ON bookings (invitation_id);
