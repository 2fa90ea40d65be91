-- A school can require the second sign-in step of every staff member, teachers too.
ALTER TABLE schools ADD COLUMN mfa_for_all INTEGER NOT NULL DEFAULT 0;
