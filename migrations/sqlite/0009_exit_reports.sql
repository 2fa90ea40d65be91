-- The report of an exit conversation goes to the family only after the director approved it.
ALTER TABLE records ADD COLUMN report_sent_at INTEGER;
ALTER TABLE records ADD COLUMN report_approved_by INTEGER REFERENCES staff(id);
