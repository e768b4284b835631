-- Sealing (V41) did one INSERT into audit_entry per entry, and every entry also fired two row-level PL/pgSQL
-- triggers (audit_pending_append_only on its DELETE, audit_entry_from_chain_only on its INSERT). A page of twenty
-- households read by a caseworker is twenty entries, a registration one: PostgreSQL's CPU per entry sealed is
-- most of what sealing costs. Now a seal runs four statements whatever the batch's size:
--   1. lock the head; 2. read the batch's ids and payloads in id order; the hashes are chained in a loop over
--   arrays (sha256 per entry, no statement per entry); 3. one statement deletes the batch from audit_pending and
--   inserts it into audit_entry with its seq and hashes; 4. move the head.
-- The guards become statement-level triggers: they refuse the same statements (any UPDATE or DELETE of pending
-- entries, any INSERT into audit_entry, outside the sealer's trigger) once per statement instead of once per row.
-- The chain is the same: same order (pending id), same hash (seq || prev_hash || payload), same columns.

CREATE OR REPLACE FUNCTION audit_seal_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq  BIGINT;
    head_prev BYTEA;
    head_hash BYTEA;
    ids       BIGINT[];
    payloads  BYTEA[];
    seqs      BIGINT[] := '{}';
    prevs     BYTEA[]  := '{}';
    hashes    BYTEA[]  := '{}';
BEGIN
    SELECT seq, prev_hash, hash INTO head_seq, head_prev, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    -- Read after the lock: the committed entries, in id order. Only a sealer removes pending entries, and it
    -- holds the head, so exactly these rows are still there for the statement below.
    SELECT array_agg(id ORDER BY id), array_agg(payload ORDER BY id) INTO ids, payloads
      FROM (SELECT id, payload FROM audit_pending ORDER BY id LIMIT NEW.max_entries) AS batch;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. array_length(ids, 1) LOOP
        head_seq := head_seq + 1;
        head_prev := head_hash;
        head_hash := sha256(int8send(head_seq) || head_prev || payloads[i]);
        seqs := array_append(seqs, head_seq);
        prevs := array_append(prevs, head_prev);
        hashes := array_append(hashes, head_hash);
    END LOOP;
    WITH taken AS (
        DELETE FROM audit_pending WHERE id = ANY (ids) RETURNING *)
    INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                             details, prev_hash, hash)
    SELECT chained.seq, taken.occurred_at, taken.actor, taken.action, taken.entity_type, taken.entity_id,
           taken.changed_fields, taken.purpose, taken.details, chained.prev_hash, chained.hash
      FROM unnest(ids, seqs, prevs, hashes) AS chained (id, seq, prev_hash, hash)
      JOIN taken ON taken.id = chained.id
     ORDER BY chained.seq;
    UPDATE audit_head SET seq = head_seq, prev_hash = head_prev, hash = head_hash WHERE id = 1;
    RETURN NULL; -- nothing is stored in audit_seal
END
$$;

DROP TRIGGER audit_pending_append_only ON audit_pending;
CREATE TRIGGER audit_pending_append_only
    BEFORE UPDATE OR DELETE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_sealer_only();

DROP TRIGGER audit_entry_from_chain_only ON audit_entry;
CREATE TRIGGER audit_entry_from_chain_only
    BEFORE INSERT ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_only();
