-- What the school tells parents about practical help (laptop, bicycle, money worries): shown on a
-- public page that teachers point parents to during the startgesprek.
ALTER TABLE schools ADD COLUMN help_info TEXT NOT NULL DEFAULT '';
ALTER TABLE schools ADD COLUMN contact TEXT NOT NULL DEFAULT '';
