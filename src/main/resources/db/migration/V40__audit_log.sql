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

-- The head of the chain: the last entry's seq, its predecessor's hash and its own, so that appending reads and
-- writes one row instead of searching the table. Its row lock is what serialises appends (see audit_pending).
CREATE TABLE audit_head (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    seq       BIGINT   NOT NULL,
    prev_hash BYTEA    NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash      BYTEA    NOT NULL CHECK (octet_length(hash) = 32)
);
INSERT INTO audit_head (id, seq, prev_hash, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex'));

-- Entries waiting for their transaction to commit. The application inserts here, in the transaction of the change
-- it records, without taking any lock. At COMMIT a deferred constraint trigger chains each entry: it moves the
-- head (the UPDATE locks the head row until the transaction ends; a transaction waiting for that lock continues
-- from the head the previous one left, so entries form one chain without forks), inserts the entry into
-- audit_entry and deletes it from here. Chaining at commit keeps the serialised part of appending as short as it
-- can be - a row update, an insert and the commit record - with no round trip to the application inside it.
-- A rolled-back transaction leaves neither a pending row nor an entry; outside open transactions this is empty.
CREATE TABLE audit_pending (
    id             BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    entity_type    TEXT        NOT NULL,
    entity_id      TEXT,
    changed_fields TEXT[]      NOT NULL,
    purpose        TEXT,
    details        JSONB       NOT NULL,
    payload        BYTEA       NOT NULL -- the canonical encoding the hash covers (org.homeward.audit.internal.ChainHash)
);

CREATE FUNCTION audit_chain_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry_seq  BIGINT;
    entry_prev BYTEA;
    entry_hash BYTEA;
BEGIN
    DELETE FROM audit_pending WHERE id = NEW.id; -- before taking the head lock: keep the locked part short
    UPDATE audit_head
       SET seq = seq + 1, prev_hash = hash, hash = sha256(int8send(seq + 1) || hash || NEW.payload)
     WHERE id = 1
    RETURNING seq, prev_hash, hash INTO entry_seq, entry_prev, entry_hash;
    INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                             details, prev_hash, hash)
    VALUES (entry_seq, NEW.occurred_at, NEW.actor, NEW.action, NEW.entity_type, NEW.entity_id, NEW.changed_fields,
            NEW.purpose, NEW.details, entry_prev, entry_hash);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_pending_chain
    AFTER INSERT ON audit_pending
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_chain_pending();

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

-- Entries and head move only together, from audit_chain_pending (whose statements fire triggers at depth 2); a
-- direct insert into audit_entry or update of audit_head is refused.
CREATE FUNCTION audit_chain_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit chain grows only by appending through audit_pending: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_entry_from_chain_only
    BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_chain_only();
CREATE TRIGGER audit_head_from_chain_only
    BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_only();
CREATE TRIGGER audit_head_no_truncate
    BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Cosmetic while the application connects as the tables' owner (owners keep their rights); it matters once the
-- application runs as a role of its own. The triggers above are the real guard.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_head FROM PUBLIC;
