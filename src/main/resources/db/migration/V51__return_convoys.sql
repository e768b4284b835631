-- Convoys: a planned group movement of several return cases through one crossing point on one date.
CREATE SEQUENCE return_convoy_reference_seq;

CREATE TABLE return_convoy (
    id              UUID PRIMARY KEY,
    reference       TEXT        NOT NULL UNIQUE,
    crossing_point  TEXT,
    planned_date    DATE        NOT NULL,
    capacity        INT         NOT NULL CHECK (capacity > 0),
    status          TEXT        NOT NULL CHECK (status IN ('PLANNED', 'CONFIRMED', 'DEPARTED', 'COMPLETED', 'CANCELLED')),
    organisation    TEXT,
    version         INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT        NOT NULL
);
CREATE INDEX return_convoy_date_ix ON return_convoy (planned_date);
