-- Organisations taking part in the return process: the coordination body, line ministries, UN agencies,
-- the Red Cross / Red Crescent movement and NGOs. Every user belongs to exactly one.
CREATE TABLE organisations (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_ar    VARCHAR(200),
    kind       VARCHAR(32)  NOT NULL
        CHECK (kind IN ('government', 'un', 'red-cross-red-crescent', 'ngo', 'other')),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT organisations_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$')
);
CREATE UNIQUE INDEX organisations_code_key ON organisations (code);
