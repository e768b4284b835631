-- Registry of displaced households and their members, with consent history.
-- Personal data (names, dates of birth, documents, phone, notes) lives only in these tables; other modules
-- see households through the registry's public API, pseudonymised unless the actor's access allows more.

CREATE SEQUENCE household_reference_seq;

CREATE TABLE household (
    id                  UUID PRIMARY KEY,
    reference           TEXT        NOT NULL UNIQUE,
    organisation_id     BIGINT      NOT NULL,
    displacement_status TEXT        NOT NULL CHECK (displacement_status IN
                            ('REFUGEE', 'IDP', 'RETURNED_REFUGEE', 'RETURNED_IDP')),
    origin_pcode        TEXT        NOT NULL,
    -- the origin P-code and all its ancestors, for geographic scope checks and breakdowns
    origin_areas        TEXT[]      NOT NULL,
    current_country     CHAR(3)     NOT NULL,
    current_locality    TEXT,
    current_pcode       TEXT,
    current_site        TEXT,
    current_areas       TEXT[]      NOT NULL DEFAULT '{}',
    date_displaced      DATE,
    phone               TEXT,
    notes               TEXT,
    child_headed        BOOLEAN     NOT NULL DEFAULT FALSE,
    member_count        INT         NOT NULL,
    version             INT         NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT        NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    updated_by          TEXT        NOT NULL,
    deleted_at          TIMESTAMPTZ,
    deleted_by          TEXT,
    deleted_reason      TEXT
);
CREATE INDEX household_status_ix ON household (displacement_status) WHERE deleted_at IS NULL;
CREATE INDEX household_origin_ix ON household USING gin (origin_areas);
CREATE INDEX household_current_ix ON household USING gin (current_areas);
CREATE INDEX household_country_ix ON household (current_country) WHERE deleted_at IS NULL;
CREATE INDEX household_site_ix ON household (current_site) WHERE current_site IS NOT NULL;
CREATE INDEX household_organisation_ix ON household (organisation_id);

CREATE TABLE person (
    id                   UUID PRIMARY KEY,
    household_id         UUID        NOT NULL REFERENCES household (id),
    position             INT         NOT NULL,
    relationship         TEXT        NOT NULL,
    sex                  CHAR(1)     NOT NULL CHECK (sex IN ('f', 'm', 'x', 'u')),
    date_of_birth        DATE,
    birth_year           INT,
    birth_precision      TEXT        NOT NULL CHECK (birth_precision IN ('EXACT', 'YEAR', 'ESTIMATED', 'UNKNOWN')),
    given_name_ar        TEXT,
    father_name_ar       TEXT,
    grandfather_name_ar  TEXT,
    family_name_ar       TEXT,
    given_name_latin     TEXT,
    father_name_latin    TEXT,
    grandfather_name_latin TEXT,
    family_name_latin    TEXT,
    nationality          CHAR(3),
    specific_needs       TEXT[]      NOT NULL DEFAULT '{}',
    -- spelling-insensitive keys of all name parts in both scripts, for search (see registry.internal.NameKeys)
    name_keys            TEXT[]      NOT NULL,
    removed_at           TIMESTAMPTZ
);
CREATE INDEX person_household_ix ON person (household_id);
CREATE INDEX person_name_keys_ix ON person USING gin (name_keys) WHERE removed_at IS NULL;

CREATE TABLE identity_document (
    id               UUID PRIMARY KEY,
    person_id        UUID NOT NULL REFERENCES person (id),
    document_type    TEXT NOT NULL,
    document_number  TEXT NOT NULL,
    issuing_country  CHAR(3)
);
CREATE INDEX identity_document_person_ix ON identity_document (person_id);

-- Consent is a history: giving and withdrawing are both appended, never overwritten.
CREATE TABLE consent_event (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id                UUID        NOT NULL REFERENCES person (id),
    purpose                  TEXT        NOT NULL,
    partner_organisation     TEXT,
    kind                     TEXT        NOT NULL CHECK (kind IN ('GIVEN', 'WITHDRAWN')),
    effective_on             DATE        NOT NULL,
    given_by                 TEXT,
    method                   TEXT,
    place                    TEXT,
    witness_organisation     TEXT,
    recorded_at              TIMESTAMPTZ NOT NULL,
    recorded_by              TEXT        NOT NULL
);
CREATE INDEX consent_event_person_ix ON consent_event (person_id, purpose);

CREATE TABLE idempotency_key (
    key           TEXT        NOT NULL,
    actor         TEXT        NOT NULL,
    request_hash  BYTEA       NOT NULL,
    household_id  UUID        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (actor, key)
);
