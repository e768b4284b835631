-- The figures ledger: figures published outside Homeward (statements, UNHCR, IOM), each with its source and
-- qualifier, so that they can be reconciled with each other and with the figures Homeward computes.
-- Indicators are a small vocabulary kept in code (org.homeward.statistics.Indicator), checked on write.

CREATE TABLE reported_figure (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator      TEXT        NOT NULL,
    value          BIGINT      NOT NULL CHECK (value >= 0),
    qualifier      TEXT        NOT NULL CHECK (qualifier IN ('EXACT', 'MORE_THAN', 'LESS_THAN', 'ABOUT')),
    period_start   DATE        NOT NULL,
    period_end     DATE        NOT NULL,
    -- a P-code (SY07) or an ISO 3166-1 alpha-3 country code (SYR)
    area           TEXT        NOT NULL,
    publisher      TEXT        NOT NULL CHECK (btrim(publisher) <> ''),
    speaker        TEXT,
    reported_on    DATE        NOT NULL,
    reference      TEXT,
    note           TEXT,
    source_kind    TEXT        NOT NULL CHECK (source_kind IN ('STATEMENT', 'UNHCR', 'IOM', 'OTHER')),
    version        INT         NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL,
    created_by     TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     TEXT        NOT NULL,
    deleted_at     TIMESTAMPTZ,
    deleted_by     TEXT,
    deleted_reason TEXT,
    CHECK (period_end >= period_start)
);

-- One live figure per natural key: the same source cannot state two values for the same thing on one day.
CREATE UNIQUE INDEX reported_figure_natural_key_ux ON reported_figure
    (indicator, period_start, period_end, area, publisher, reported_on, coalesce(speaker, ''))
    WHERE deleted_at IS NULL;
CREATE INDEX reported_figure_indicator_ix ON reported_figure (indicator, area, period_start)
    WHERE deleted_at IS NULL;

-- Seed rows applied once (by natural key), so that a seeded figure a coordinator later edited or deleted is
-- not put back at the next start.
CREATE TABLE reported_figure_seed (
    natural_key TEXT        PRIMARY KEY,
    figure_id   BIGINT      REFERENCES reported_figure (id),
    seeded_at   TIMESTAMPTZ NOT NULL
);
