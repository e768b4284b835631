-- Reference geography. Gazetteer editions are versioned because P-codes changed between the 2015 and 2020
-- editions of the Syria gazetteer: every area row belongs to one edition, and an edition never changes once
-- loaded (its row in geo_edition is written in the same transaction as its areas).
CREATE TABLE geo_edition (
    code         TEXT        PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    title        TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    -- version of the search-key rules the keys were computed with; older keys are recomputed at start-up
    key_version  INT         NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE geo_area (
    edition         TEXT             NOT NULL REFERENCES geo_edition (code),
    pcode           TEXT             NOT NULL,
    level           SMALLINT         NOT NULL CHECK (level BETWEEN 1 AND 4),
    name_en         TEXT             NOT NULL,
    -- NULL where the source's Arabic name was damaged (name_ar_damaged); never a U+FFFD replacement character
    name_ar         TEXT             CHECK (strpos(name_ar, U&'\FFFD') = 0),
    name_ar_damaged BOOLEAN          NOT NULL DEFAULT FALSE,
    ref_name_en     TEXT,
    parent_pcode    TEXT,
    adm1_pcode      TEXT             NOT NULL,
    adm2_pcode      TEXT,
    adm3_pcode      TEXT,
    latitude        DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude       DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    -- for a community that is the seat of a governorate (1), district (2) or sub-district (3)
    capital_level   SMALLINT,
    area_sqkm       INT,
    -- search keys (org.homeward.geography.internal.ArabicLatinNormaliser)
    latin_key       TEXT             NOT NULL,
    latin_skeleton  TEXT,
    arabic_key      TEXT,
    PRIMARY KEY (edition, pcode),
    FOREIGN KEY (edition, parent_pcode) REFERENCES geo_area (edition, pcode),
    CHECK ((level = 1) = (parent_pcode IS NULL))
);
CREATE INDEX geo_area_parent ON geo_area (edition, parent_pcode);
CREATE INDEX geo_area_level ON geo_area (edition, level, name_en);
CREATE INDEX geo_area_adm1 ON geo_area (edition, adm1_pcode);
CREATE INDEX geo_area_adm2 ON geo_area (edition, adm2_pcode);
CREATE INDEX geo_area_adm3 ON geo_area (edition, adm3_pcode);
CREATE INDEX geo_area_latin_key ON geo_area (edition, latin_key text_pattern_ops);
CREATE INDEX geo_area_skeleton ON geo_area (edition, latin_skeleton);
CREATE INDEX geo_area_arabic_key ON geo_area (edition, arabic_key text_pattern_ops);

-- Alternative names of areas (Halab for Aleppo), by P-code in whichever edition has it.
CREATE TABLE geo_area_alias (
    pcode          TEXT NOT NULL,
    alias          TEXT NOT NULL,
    latin_key      TEXT NOT NULL,
    latin_skeleton TEXT,
    arabic_key     TEXT,
    PRIMARY KEY (pcode, alias)
);

CREATE TABLE geo_boundary (
    edition  TEXT     NOT NULL,
    pcode    TEXT     NOT NULL,
    level    SMALLINT NOT NULL,
    -- a GeoJSON geometry object (WGS84)
    geometry JSONB    NOT NULL CHECK (geometry ? 'type' AND geometry ? 'coordinates'),
    PRIMARY KEY (edition, pcode),
    FOREIGN KEY (edition, pcode) REFERENCES geo_area (edition, pcode)
);
CREATE INDEX geo_boundary_level ON geo_boundary (edition, level);

CREATE TABLE geo_country (
    iso3      CHAR(3)          PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2      CHAR(2)          NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
    m49       SMALLINT,
    name_en   TEXT             NOT NULL,
    name_ar   TEXT,
    latitude  DOUBLE PRECISION,
    longitude DOUBLE PRECISION
);

CREATE TABLE geo_crossing_point (
    code                 TEXT             PRIMARY KEY,
    name_en              TEXT             NOT NULL,
    name_ar              TEXT,
    kind                 TEXT             NOT NULL CHECK (kind IN ('LAND', 'AIR', 'SEA')),
    -- a governorate P-code; governorate codes are the same in every edition
    admin1_pcode         TEXT             NOT NULL,
    partner_country_iso3 CHAR(3)          REFERENCES geo_country (iso3),
    partner_side_name    TEXT,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION
);

CREATE TABLE geo_site (
    code         TEXT             PRIMARY KEY,
    name_en      TEXT             NOT NULL,
    name_ar      TEXT,
    kind         TEXT             NOT NULL
        CHECK (kind IN ('CAMP', 'COLLECTIVE_CENTRE', 'INFORMAL_SETTLEMENT', 'TRANSIT_CENTRE')),
    country_iso3 CHAR(3)          NOT NULL REFERENCES geo_country (iso3),
    admin1_pcode TEXT,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    source       TEXT,
    -- maintained by the sites module; reference loading never overwrites them
    capacity     INT              CHECK (capacity >= 0),
    population   INT              CHECK (population >= 0)
);
CREATE INDEX geo_site_country ON geo_site (country_iso3);

-- Trigram indexes make "contains" search use an index. pg_trgm ships with PostgreSQL's contrib (and with the
-- embedded binaries); where an external server lacks it or forbids CREATE EXTENSION, search still works
-- without these indexes.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX geo_area_latin_key_trgm ON geo_area USING gin (latin_key gin_trgm_ops);
        CREATE INDEX geo_area_arabic_key_trgm ON geo_area USING gin (arabic_key gin_trgm_ops);
        CREATE INDEX geo_area_name_en_trgm ON geo_area USING gin (name_en gin_trgm_ops);
    ELSE
        RAISE NOTICE 'pg_trgm is not available: gazetteer search runs without trigram indexes';
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'no privilege to create pg_trgm: gazetteer search runs without trigram indexes';
END $$;
