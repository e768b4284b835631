-- The audit chain is no longer linked at each commit (V40's deferred trigger held the head row lock through every
-- commit's WAL flush, so audited transactions committed one flush at a time). Now:
--   1. An append inserts its entry into audit_pending, in the transaction of the change it records, without any
--      lock: entries commit (durably, with the change) or roll back with it.
--   2. A sealer - the application's background task every ~200 ms, and synchronously before every read of the log -
--      runs INSERT INTO audit_seal DEFAULT VALUES. Its trigger locks the head, takes the committed pending entries
--      in id order, gives each the next seq, its predecessor's hash and its own, moves them into audit_entry and
--      moves the head, all in one transaction: one commit flush per batch instead of one per entry.
-- The head row lock serialises sealers, also across several application nodes; a sealer that waited for it sees
-- the pending rows the one before it left (READ COMMITTED: each statement of the trigger takes a fresh snapshot).
-- Until it is sealed (normally < 1 s) an entry is committed and cannot be changed or deleted through SQL (the
-- triggers below), but is not yet covered by a hash: a superuser who bypasses triggers could remove it unseen
-- in that window - as he could edit any row of the registry before its change is audited at all.
DROP TRIGGER audit_pending_chain ON audit_pending;
DROP FUNCTION audit_chain_pending();

-- Holds no rows: inserting into it is how a sealer asks for the pending entries to be chained.
CREATE TABLE audit_seal (
    max_entries INTEGER NOT NULL DEFAULT 10000 CHECK (max_entries > 0)
);

CREATE FUNCTION audit_seal_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq  BIGINT;
    head_prev BYTEA;
    head_hash BYTEA;
    sealed    INTEGER := 0;
    entry     RECORD;
BEGIN
    SELECT seq, prev_hash, hash INTO head_seq, head_prev, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    -- One snapshot, taken after the lock: exactly the rows deleted here are chained, in id order.
    FOR entry IN
        WITH taken AS (
            DELETE FROM audit_pending
             WHERE id IN (SELECT id FROM audit_pending ORDER BY id LIMIT NEW.max_entries)
            RETURNING *)
        SELECT * FROM taken ORDER BY id
    LOOP
        head_seq := head_seq + 1;
        head_prev := head_hash;
        head_hash := sha256(int8send(head_seq) || head_prev || entry.payload);
        INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                                 details, prev_hash, hash)
        VALUES (head_seq, entry.occurred_at, entry.actor, entry.action, entry.entity_type, entry.entity_id,
                entry.changed_fields, entry.purpose, entry.details, head_prev, head_hash);
        sealed := sealed + 1;
    END LOOP;
    IF sealed > 0 THEN
        UPDATE audit_head SET seq = head_seq, prev_hash = head_prev, hash = head_hash WHERE id = 1;
    END IF;
    RETURN NULL; -- nothing is stored in audit_seal
END
$$;
CREATE TRIGGER audit_seal_chains_pending
    BEFORE INSERT ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_seal_pending();

-- Pending entries are as append-only as sealed ones: only the sealer (statements run from its trigger, depth 2)
-- deletes them; nobody updates them.
CREATE FUNCTION audit_pending_sealer_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'pending audit entries are removed only by sealing them into the chain: % on % refused',
        TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_pending_append_only
    BEFORE UPDATE OR DELETE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_sealer_only();
CREATE TRIGGER audit_pending_no_truncate
    BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Unsealed entries are read in id order by the sealer.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_pending FROM PUBLIC;
