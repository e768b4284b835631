-- Camps and collective centres (org.homeward.sites): capacity, reported population over time, and departures
-- of return cases from them. The sites themselves (codes, names, places) belong to the geography module.
CREATE TABLE site_capacity (
    site_code   TEXT PRIMARY KEY,
    capacity    INT         NOT NULL CHECK (capacity >= 0),
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT        NOT NULL
);

-- Population as reported on a date by a source (a camp management agency, a survey, a published figure).
CREATE TABLE site_population_snapshot (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_code      TEXT        NOT NULL,
    snapshot_date  DATE        NOT NULL,
    population     INT         NOT NULL CHECK (population >= 0),
    source         TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL,
    UNIQUE (site_code, snapshot_date, source)
);

-- People who left a site in a return case: one row per case, written in the transaction of the departure.
CREATE TABLE site_departure (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_code          TEXT        NOT NULL,
    case_id            UUID        NOT NULL UNIQUE,
    departed_on        DATE        NOT NULL,
    people             INT         NOT NULL CHECK (people > 0),
    destination_pcode  TEXT,
    destination_adm1   TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX site_departure_site_ix ON site_departure (site_code, departed_on);
