-- Documents keep the order the client gave them. Their ids are UUIDv7, ordered by millisecond only: two
-- documents written in the same millisecond came back in arbitrary order.
ALTER TABLE identity_document ADD COLUMN position INT NOT NULL DEFAULT 0;
UPDATE identity_document d
   SET position = numbered.position
  FROM (SELECT id, row_number() OVER (PARTITION BY person_id ORDER BY id) - 1 AS position
          FROM identity_document) numbered
 WHERE numbered.id = d.id AND numbered.position > 0;

-- The household list shows the newest first (HouseholdSearches): without this index every page of a search
-- matching thousands sorted all of them.
CREATE INDEX household_newest_ix ON household (created_at DESC, id) WHERE deleted_at IS NULL;
