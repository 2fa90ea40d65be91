-- Reading at scale: removing a block of availability finds its slots through this index
-- instead of reading every slot of every round.
CREATE INDEX slots_availability ON slots (availability_id);
