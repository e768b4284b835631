-- Cell hashes, so that the recompute (org.homeward.statistics) can prove the roll-ups equal to the movements
-- without grouping the movements.
--
-- Each arrival and each roll-up cell carries a 64-bit hash of its cell, a generated column: PostgreSQL computes it
-- from the row's own columns on every write, so it cannot disagree with them. The counting rule says a cell's count
-- is the number of its arrivals, so if the roll-up holds the right counts then
--
--     sum over arrivals a of hash(cell of a)  =  sum over roll-up cells c of returns(c) × hash(c)
--
-- and if any count is wrong the two sums differ, except with a chance of about 2^-64 (the wrong cell's hash would
-- have to fall on the one value that cancels the difference). The left side is a scan of the partial index below,
-- the right side a scan of the roll-up: seconds at tens of millions of movements, where a GROUP BY of the eleven
-- columns took most of a minute. Both sides are summed month by month, so that a drift is found in its month and
-- only that month recomputed. Each coarser roll-up is proven the same way from the finest one, which carries the
-- hash of each of its coarser cells too.
--
-- All hashes are of one shape, the finest cell with the columns a roll-up lacks blank ('' and 0): one function,
-- the same argument types on both sides, so the same cell always hashes alike. The function must never be
-- redefined in place: the stored hashes were computed with it. Another hash needs another function, and the
-- generated columns dropped and added again with it (which computes every row anew).

CREATE FUNCTION return_cell_hash(month DATE, type TEXT, adm1 TEXT, adm2 TEXT, adm3 TEXT, from_adm1 TEXT,
                                 country TEXT, crossing TEXT, sex TEXT, age_group TEXT, needs SMALLINT)
    RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN hash_record_extended(
        ROW(month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs), 0);

-- The cell of a movement by the counting rule: the same expressions as return_rollup_keys() (V61).
ALTER TABLE return_movement
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        date_trunc('month', movement_date::timestamp)::date, displacement_type, COALESCE(destination_adm1, ''),
        COALESCE(destination_adm2, ''), COALESCE(destination_adm3, ''), COALESCE(from_adm1, ''),
        COALESCE(from_country::text, ''), COALESCE(crossing_point, ''), COALESCE(sex::text, ''), age_group,
        needs)) STORED;

-- The arrivals by date (V50) with their cell hash included, so that the recompute sums the hashes by day, in index
-- order and in parallel, from this index alone; reading by date is as before.
DROP INDEX return_movement_arrivals_ix;
CREATE INDEX return_movement_arrivals_ix ON return_movement (movement_date) INCLUDE (cell_hash)
    WHERE kind = 'ARRIVED';

ALTER TABLE return_rollup
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs)) STORED,
    ADD COLUMN area_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, adm2, '', '', '', '', sex, age_group, 0::smallint)) STORED,
    ADD COLUMN origin_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, '', '', '', '', country, crossing, sex, age_group, 0::smallint)) STORED,
    ADD COLUMN adm1_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, '', '', '', '', '', sex, age_group, 0::smallint)) STORED,
    ADD COLUMN need_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, '', '', '', '', '', sex, age_group, needs)) STORED;

ALTER TABLE return_rollup_area
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, adm2, '', '', '', '', sex, age_group, 0::smallint)) STORED;

ALTER TABLE return_rollup_origin
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, '', '', '', '', country, crossing, sex, age_group, 0::smallint)) STORED;

ALTER TABLE return_rollup_adm1
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, '', '', '', '', '', sex, age_group, 0::smallint)) STORED;

ALTER TABLE return_rollup_need
    ADD COLUMN cell_hash BIGINT GENERATED ALWAYS AS (return_cell_hash(
        month, type, adm1, '', '', '', '', '', sex, age_group, needs)) STORED;
