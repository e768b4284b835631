-- Users of the system (staff of organisations, never displaced people). Usernames are unique regardless
-- of case. The password hash carries its algorithm prefix ({argon2@SpringSecurity_v5_8}, {bcrypt}) so
-- that the algorithm can be upgraded user by user at their next login.
CREATE TABLE users (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
    role            VARCHAR(32)  NOT NULL
        CHECK (role IN ('admin', 'coordinator', 'caseworker', 'analyst', 'partner')),
    password_hash   VARCHAR(512) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    -- Login throttling that must hold across application nodes: failures within the window and the lock.
    failed_attempts INT          NOT NULL DEFAULT 0,
    last_failed_at  TIMESTAMPTZ,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    last_login_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_organisation_idx ON users (organisation_id);

-- The areas a user works in, by P-code of any administrative level. No row: the whole country.
CREATE TABLE user_area_scopes (
    user_id BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pcode   VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, pcode)
);
