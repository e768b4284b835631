-- Import jobs (org.homeward.exchange.imports). A job's progress is durable: every batch of rows commits with the
-- job's checkpoint (the last source row it covers), its counts and its errors, so a job interrupted at any point
-- (even by kill -9) resumes after the last committed batch and ends with every valid row present exactly once.
CREATE TABLE import_job (
    id                UUID        PRIMARY KEY,
    kind              TEXT        NOT NULL,
    mode              TEXT        NOT NULL CHECK (mode IN ('DRY_RUN', 'VALID_ONLY', 'ALL_OR_NOTHING')),
    status            TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'COMPLETED_WITH_ERRORS',
                                                             'FAILED')),
    -- ALL_OR_NOTHING validates the whole file (CHECKING) before it writes anything (WRITING)
    phase             TEXT        NOT NULL DEFAULT 'WRITING' CHECK (phase IN ('CHECKING', 'WRITING')),
    -- the key space of external ids: records are keyed by (source, kind, external id)
    source            TEXT        NOT NULL,
    file_name         TEXT        NOT NULL,
    stored_file       TEXT,
    file_bytes        BIGINT      NOT NULL,
    mapping           JSONB,
    -- the importing user as they were when they uploaded: every row is imported within their access
    actor_user_id     BIGINT      NOT NULL,
    actor_username    TEXT        NOT NULL,
    actor_role        TEXT        NOT NULL,
    actor_org_id      BIGINT      NOT NULL,
    actor_org_code    TEXT        NOT NULL,
    actor_areas       TEXT[]      NOT NULL DEFAULT '{}',
    checkpoint_row    BIGINT      NOT NULL DEFAULT 0,
    total_rows        BIGINT,
    rows_read         BIGINT      NOT NULL DEFAULT 0,
    rows_validated    BIGINT      NOT NULL DEFAULT 0,
    rows_saved        BIGINT      NOT NULL DEFAULT 0,
    rows_error        BIGINT      NOT NULL DEFAULT 0,
    records_created   BIGINT      NOT NULL DEFAULT 0,
    records_updated   BIGINT      NOT NULL DEFAULT 0,
    records_unchanged BIGINT      NOT NULL DEFAULT 0,
    problem_code      TEXT,
    problem           TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    started_at        TIMESTAMPTZ,
    progress_at       TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ
);
CREATE INDEX import_job_unfinished ON import_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX import_job_user ON import_job (actor_user_id, created_at DESC);

-- Coded errors of a job's rows: row as a spreadsheet numbers it, column as the file names it, the value only when it
-- is not personal data, and what was expected.
CREATE TABLE import_error (
    job_id      UUID   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    row_number  BIGINT NOT NULL,
    column_name TEXT,
    value       TEXT,
    code        TEXT   NOT NULL,
    message     TEXT   NOT NULL,
    expected    TEXT,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX import_error_row ON import_error (job_id, row_number);

-- What each external id became: written in the same transaction as the record itself, so re-importing a file finds
-- every record it made and creates nothing new; content_hash tells an unchanged row from a changed one.
CREATE TABLE import_record (
    source       TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    external_id  TEXT        NOT NULL,
    target_id    TEXT        NOT NULL,
    content_hash BYTEA       NOT NULL,
    job_id       UUID        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, kind, external_id)
);

-- Column mappings saved for reuse: field name -> column (header text, HXL tag or 1-based number).
CREATE TABLE import_mapping (
    id              BIGSERIAL   PRIMARY KEY,
    name            TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    columns         JSONB       NOT NULL,
    organisation_id BIGINT      NOT NULL,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (organisation_id, name)
);
