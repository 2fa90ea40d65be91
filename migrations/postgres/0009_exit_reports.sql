-- The report of an exit conversation goes to the family only after the director approved it.
ALTER TABLE records ADD COLUMN report_sent_at BIGINT;
ALTER TABLE records ADD COLUMN report_approved_by BIGINT REFERENCES staff(id);
