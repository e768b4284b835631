-- Post-return monitoring visits: scheduled at arrival (by default 1, 3 and 6 months after the first arrival),
-- filled in when made. safety_concerns is free text and may hold personal data.
CREATE TABLE return_monitoring_visit (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id              UUID        NOT NULL REFERENCES return_case (id),
    sequence             INT         NOT NULL,
    due_on               DATE,
    visited_on           DATE,
    whereabouts          TEXT CHECK (whereabouts IN ('STILL_THERE', 'MOVED_AGAIN', 'DISPLACED_AGAIN')),
    moved_to_pcode       TEXT,
    health_care          TEXT,
    school               TEXT,
    water                TEXT,
    food                 TEXT,
    shelter              TEXT,
    civil_documentation  TEXT,
    safety_concerns      TEXT,
    recorded_at          TIMESTAMPTZ,
    recorded_by          TEXT,
    UNIQUE (case_id, sequence),
    CHECK ((visited_on IS NULL) = (whereabouts IS NULL))
);
CREATE INDEX return_monitoring_due_ix ON return_monitoring_visit (due_on) WHERE visited_on IS NULL;
