-- Whether a family is invited to look back for every child that leaves ('each') or only when
-- its last child leaves ('last'); and staff of the school board who see every school's coverage.
ALTER TABLE schools ADD COLUMN exit_policy TEXT NOT NULL DEFAULT 'each';
ALTER TABLE staff ADD COLUMN is_board INTEGER NOT NULL DEFAULT 0;
