-- What a job produced beyond counts, for kinds that have more to say: a gazetteer edition's differences from the
-- current edition (added, removed and renamed P-codes).
ALTER TABLE import_job ADD COLUMN outcome JSONB;
