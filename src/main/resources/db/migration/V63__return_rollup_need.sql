-- A fifth roll-up of returns (see V61): month × type × destination adm1 × sex × age group × needs (the bitmask of
-- V54), for breakdowns and filters by specific need, which otherwise read the finest roll-up (nearly a cell per
-- arrival at tens of millions of movements: seconds per query). Kept by the same trigger function as the other
-- four, redefined here to move it too; compared and rebuilt by the recompute like them.

CREATE TABLE return_rollup_need (
    month       DATE     NOT NULL,
    type        TEXT     NOT NULL,
    adm1        TEXT     NOT NULL,
    sex         TEXT     NOT NULL,
    age_group   TEXT     NOT NULL,
    needs       SMALLINT NOT NULL,
    returns     BIGINT   NOT NULL,
    PRIMARY KEY (month, type, adm1, sex, age_group, needs)
);
CREATE INDEX return_rollup_need_empty_ix ON return_rollup_need (month) WHERE returns = 0;

-- Adds the arrivals in `plus` and takes away those in `minus`, in all five roll-ups; cells that reach zero go, so
-- that the roll-ups hold exactly the cells a recompute produces.
CREATE OR REPLACE FUNCTION return_rollup_move(plus return_rollup_key[], minus return_rollup_key[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    done INT;
BEGIN
    WITH delta AS (
        SELECT month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs, sum(n) AS returns
          FROM (SELECT k.*, 1 AS n FROM unnest(plus) AS k
                UNION ALL
                SELECT k.*, -1 AS n FROM unnest(minus) AS k) AS d
         GROUP BY month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs
        HAVING sum(n) <> 0),
    fine AS (
        INSERT INTO return_rollup AS r
        SELECT * FROM delta
         ORDER BY month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs
            ON CONFLICT (month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs)
            DO UPDATE SET returns = r.returns + excluded.returns),
    area AS (
        INSERT INTO return_rollup_area AS r
        SELECT month, type, adm1, adm2, sex, age_group, sum(returns)
          FROM delta
         GROUP BY month, type, adm1, adm2, sex, age_group
        HAVING sum(returns) <> 0
         ORDER BY month, type, adm1, adm2, sex, age_group
            ON CONFLICT (month, type, adm1, adm2, sex, age_group)
            DO UPDATE SET returns = r.returns + excluded.returns),
    origin AS (
        INSERT INTO return_rollup_origin AS r
        SELECT month, type, country, crossing, sex, age_group, sum(returns)
          FROM delta
         GROUP BY month, type, country, crossing, sex, age_group
        HAVING sum(returns) <> 0
         ORDER BY month, type, country, crossing, sex, age_group
            ON CONFLICT (month, type, country, crossing, sex, age_group)
            DO UPDATE SET returns = r.returns + excluded.returns),
    adm1 AS (
        INSERT INTO return_rollup_adm1 AS r
        SELECT month, type, adm1, sex, age_group, sum(returns)
          FROM delta
         GROUP BY month, type, adm1, sex, age_group
        HAVING sum(returns) <> 0
         ORDER BY month, type, adm1, sex, age_group
            ON CONFLICT (month, type, adm1, sex, age_group)
            DO UPDATE SET returns = r.returns + excluded.returns),
    need AS (
        INSERT INTO return_rollup_need AS r
        SELECT month, type, adm1, sex, age_group, needs, sum(returns)
          FROM delta
         GROUP BY month, type, adm1, sex, age_group, needs
        HAVING sum(returns) <> 0
         ORDER BY month, type, adm1, sex, age_group, needs
            ON CONFLICT (month, type, adm1, sex, age_group, needs)
            DO UPDATE SET returns = r.returns + excluded.returns)
    SELECT 1 INTO done;
    -- the partial indexes below make these look-ups of the few emptied cells, not scans
    DELETE FROM return_rollup WHERE returns = 0;
    DELETE FROM return_rollup_area WHERE returns = 0;
    DELETE FROM return_rollup_origin WHERE returns = 0;
    DELETE FROM return_rollup_adm1 WHERE returns = 0;
    DELETE FROM return_rollup_need WHERE returns = 0;
END
$$;


INSERT INTO return_rollup_need
SELECT month, type, adm1, sex, age_group, needs, sum(returns) FROM return_rollup GROUP BY 1, 2, 3, 4, 5, 6;
