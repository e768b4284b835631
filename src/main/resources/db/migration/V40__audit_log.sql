-- The audit log (module org.homeward.audit): append-only, each entry chained to the one before by a SHA-256
-- hash. Entries hold ids and field names only, never personal values.
CREATE TABLE audit_entry (
    seq            BIGINT      PRIMARY KEY CHECK (seq > 0), -- position in the chain, gap-free from 1
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    entity_type    TEXT        NOT NULL,
    entity_id      TEXT,
    changed_fields TEXT[]      NOT NULL DEFAULT '{}',       -- field names, never values
    purpose        TEXT,                                    -- why, for exports
    details        JSONB       NOT NULL DEFAULT '{}',       -- string keys to string values
    prev_hash      BYTEA       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash           BYTEA       NOT NULL CHECK (octet_length(hash) = 32)
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, seq);
CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
-- Entries arrive roughly in time order, so a BRIN index serves period queries at almost no cost per append.
CREATE INDEX audit_entry_occurred_at ON audit_entry USING brin (occurred_at);

-- The head of the chain: the last entry's seq and hash, so that appending reads one row, not the whole table.
-- Its row lock is what serialises appends: an appending transaction locks it (SELECT ... FOR UPDATE) and keeps
-- the lock until it commits or rolls back, so no two entries can claim the same predecessor.
CREATE TABLE audit_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash BYTEA    NOT NULL CHECK (octet_length(hash) = 32)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- History cannot be rewritten through the application: UPDATE, DELETE and TRUNCATE are refused. A superuser
-- can still bypass triggers (session_replication_role = replica); verification then names the altered entry.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Every inserted entry must extend the head exactly (next seq, previous hash = head hash), and moves it. This
-- keeps the chain linear even for a writer that bypasses the application.
CREATE FUNCTION audit_entry_extend_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash
     WHERE id = 1 AND seq = NEW.seq - 1 AND hash = NEW.prev_hash;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'audit entry % does not extend the head of the audit chain', NEW.seq;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_entry_extends_head
    BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_extend_head();

-- The head moves only from the trigger above (trigger depth > 1), never by a direct UPDATE, DELETE or TRUNCATE.
CREATE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of the audit chain moves only by appending an entry: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_head_guard
    BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_guard();
CREATE TRIGGER audit_head_no_truncate
    BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Cosmetic while the application connects as the tables' owner (owners keep their rights); it matters once the
-- application runs as a role of its own. The triggers above are the real guard.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_head FROM PUBLIC;
