-- Specific needs of each moving person at the time of the movement, so that returns can be counted by need
-- (DESIGN.md "Counting rules"). Stored as a bitmask, not as codes, because return_movement is the largest table
-- and the statistics group by it: bit i (from 0) is the i-th code of return_need_codes(). The list only ever
-- grows at its end; a code is never removed or moved, or stored masks would change meaning.

CREATE FUNCTION return_need_codes() RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY['CR', 'SC', 'WR', 'ER', 'SP', 'DS', 'SM', 'PG', 'LP', 'SV', 'TR', 'FU'];

-- The mask of a list of UNHCR specific-need category codes; unknown codes are ignored.
CREATE FUNCTION return_need_bits(codes TEXT[]) RETURNS SMALLINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT COALESCE(bit_or(1 << (array_position(return_need_codes(), code) - 1)), 0)::SMALLINT
              FROM unnest(codes) AS code
             WHERE array_position(return_need_codes(), code) IS NOT NULL);

ALTER TABLE return_movement ADD COLUMN needs SMALLINT NOT NULL DEFAULT 0;
