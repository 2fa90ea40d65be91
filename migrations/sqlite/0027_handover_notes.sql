-- Warm hand-over (issue 10): last year's teacher writes a short note per pupil for the next
-- teacher, one per pupil per school year, editable until the school switches into the next year.
-- The history timeline reads the existing per-pupil indexes (records_pupil, agreements_pupil,
-- plans' unique key, opp_consents_pupil, pupil_years' key); this table's key serves its reads.
CREATE TABLE handover_notes (
    pupil_id        INTEGER NOT NULL REFERENCES pupils(id),
    school_year_id  INTEGER NOT NULL REFERENCES school_years(id),
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    note            TEXT    NOT NULL,
    written_by      INTEGER NOT NULL REFERENCES staff(id),
    written_at      INTEGER NOT NULL,
    PRIMARY KEY (pupil_id, school_year_id)
);
