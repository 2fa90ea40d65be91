-- Next year's export from the school administration (CSV or EDEX.XML), kept between its preview
-- on the preparation page and the administrator's confirmation; removed once applied or dropped.
CREATE TABLE year_imports (
    id              INTEGER PRIMARY KEY,
    school_id       INTEGER NOT NULL REFERENCES schools(id),
    school_year_id  INTEGER NOT NULL REFERENCES school_years(id),
    staff_id        INTEGER NOT NULL REFERENCES staff(id),
    filename        TEXT    NOT NULL,
    content         BLOB    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX year_imports_year ON year_imports (school_year_id);
