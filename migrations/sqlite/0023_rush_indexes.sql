-- The booking rush at board scale: a parent's request touches only the family's rows and its
-- children's teachers' slots. Free slots come from the unique (round_id, staff_id, starts_at)
-- index of 0002; this one answers "when does the round's last conversation end" (a personal
-- link's expiry once the round has closed) without reading every slot of the round.
CREATE INDEX slots_round_ends ON slots (round_id, ends_at);
