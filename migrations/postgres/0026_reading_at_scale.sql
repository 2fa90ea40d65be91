-- Generated from migrations/sqlite/0026_reading_at_scale.sql by tests/http/schema.rs: edit the SQLite file,
-- then run DRIEHOEK_WRITE_PG_MIGRATIONS=1 cargo test --test http schema.
-- Reading at scale: removing a block of availability finds its slots through this index
-- instead of reading every slot of every round.
CREATE INDEX slots_availability ON slots (availability_id);
