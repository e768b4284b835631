-- Return cases (org.homeward.returns): one household's (or some members') voluntary return, its timeline, and
-- every person-movement recorded exactly once, which is what the statistics count.
-- No personal data is copied here from the registry: members are ids with sex and birth year. Free texts that may
-- carry personal data (withdrawal and cancellation reasons, monitoring safety concerns) are shown only to actors
-- who may change the household, and never logged.

CREATE SEQUENCE return_case_reference_seq;

CREATE TABLE return_case (
    id                   UUID PRIMARY KEY,
    reference            TEXT        NOT NULL UNIQUE,
    household_id         UUID        NOT NULL,
    -- the organisation that registered the household, and the household's areas (origin, current) when the case
    -- was last touched: for worklists and list filters only; every change asks the registry who may make it
    organisation_id      BIGINT      NOT NULL,
    household_areas      TEXT[]      NOT NULL DEFAULT '{}',
    displacement_type    TEXT        NOT NULL CHECK (displacement_type IN ('REFUGEE', 'IDP')),
    status               TEXT        NOT NULL CHECK (status IN ('INTENTION_RECORDED', 'COUNSELLED',
                             'DECLARATION_SIGNED', 'CLEARED', 'SCHEDULED', 'DEPARTED', 'CROSSED', 'ARRIVED',
                             'MONITORED', 'WITHDRAWN', 'CANCELLED', 'ON_HOLD')),
    -- the date the current status took effect (arrival date for ARRIVED, ...)
    status_date          DATE        NOT NULL,
    held_from            TEXT,
    hold_id              BIGINT,
    hold_reason          TEXT,
    origin_country       CHAR(3)     NOT NULL,
    origin_pcode         TEXT,
    origin_site          TEXT,
    destination_pcode    TEXT        NOT NULL,
    destination_adm1     TEXT,
    destination_adm2     TEXT,
    destination_adm3     TEXT,
    counselled_on        DATE,
    counselling_topics   TEXT[],
    declared_on          DATE,
    declaration_place    TEXT,
    declaration_witness  TEXT,
    planned_date         DATE,
    transport            TEXT,
    crossing_point       TEXT,
    convoy_id            UUID,
    departed_on          DATE,
    departed_country     CHAR(3),
    departed_site        TEXT,
    departed_pcode       TEXT,
    crossed_on           DATE,
    crossed_at           TEXT,
    first_arrived_on     DATE,
    closing_reason       TEXT,
    version              INT         NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT        NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    updated_by           TEXT        NOT NULL,
    CHECK ((status = 'ON_HOLD') = (held_from IS NOT NULL))
);
CREATE INDEX return_case_household_ix ON return_case (household_id);
CREATE INDEX return_case_status_ix ON return_case (status, status_date);
CREATE INDEX return_case_destination_ix ON return_case (destination_adm1, destination_adm2, destination_adm3);
CREATE INDEX return_case_areas_ix ON return_case USING gin (household_areas);
CREATE INDEX return_case_convoy_ix ON return_case (convoy_id) WHERE convoy_id IS NOT NULL;
CREATE INDEX return_case_hold_ix ON return_case (hold_id) WHERE hold_id IS NOT NULL;

CREATE TABLE return_case_member (
    case_id        UUID    NOT NULL REFERENCES return_case (id),
    person_id      UUID    NOT NULL,
    position       INT     NOT NULL,
    relationship   TEXT,
    sex            CHAR(1),
    birth_year     INT,
    state          TEXT    NOT NULL CHECK (state IN ('PENDING', 'ARRIVED', 'WITHDRAWN')),
    signed         BOOLEAN NOT NULL DEFAULT FALSE,
    arrived_on     DATE,
    arrived_pcode  TEXT,
    -- true while this person is still on the way home in an open case: one such case per person at a time
    active         BOOLEAN NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE UNIQUE INDEX return_case_member_active_ux ON return_case_member (person_id) WHERE active;

-- The timeline: one row per transition, never updated. `place` is where it happened (declaration place, site,
-- crossing point, P-code); `detail` holds non-personal facts as JSON.
CREATE TABLE return_case_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        UUID        NOT NULL REFERENCES return_case (id),
    action         TEXT        NOT NULL,
    from_status    TEXT,
    to_status      TEXT        NOT NULL,
    effective_on   DATE        NOT NULL,
    place          TEXT,
    detail         JSONB       NOT NULL DEFAULT '{}',
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL,
    organisation   TEXT
);
CREATE INDEX return_case_event_case_ix ON return_case_event (case_id, id);

-- Person-movements: exactly one row per person, case and kind. An arrival row is one return, counted on its
-- movement_date; the attributes the statistics group by are copied in so that counting needs no join.
CREATE TABLE return_movement (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            UUID        NOT NULL REFERENCES return_case (id),
    person_id          UUID        NOT NULL,
    household_id       UUID        NOT NULL,
    kind               TEXT        NOT NULL CHECK (kind IN ('DEPARTED', 'CROSSED', 'ARRIVED')),
    movement_date      DATE        NOT NULL,
    displacement_type  TEXT        NOT NULL CHECK (displacement_type IN ('REFUGEE', 'IDP')),
    from_country       CHAR(3),
    from_site          TEXT,
    from_pcode         TEXT,
    from_adm1          TEXT,
    crossing_point     TEXT,
    destination_pcode  TEXT,
    destination_adm1   TEXT,
    destination_adm2   TEXT,
    destination_adm3   TEXT,
    sex                CHAR(1),
    birth_year         INT,
    age_group          TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, person_id, kind)
);
CREATE INDEX return_movement_arrivals_ix ON return_movement (movement_date) WHERE kind = 'ARRIVED';
CREATE INDEX return_movement_site_ix ON return_movement (from_site, movement_date) WHERE from_site IS NOT NULL;

-- Areas put on hold by a coordinator (e.g. assessed unsafe): no case bound there is cleared or scheduled.
CREATE TABLE return_area_hold (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pcode        TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    placed_at    TIMESTAMPTZ NOT NULL,
    placed_by    TEXT        NOT NULL,
    released_at  TIMESTAMPTZ,
    released_by  TEXT
);
CREATE INDEX return_area_hold_active_ix ON return_area_hold (pcode) WHERE released_at IS NULL;
