-- A round can be for one pupil only (a contact moment of the communication plan turned into
-- an invitation): then round_groups names that pupil within the group.
ALTER TABLE round_groups ADD COLUMN pupil_id BIGINT REFERENCES pupils(id);
