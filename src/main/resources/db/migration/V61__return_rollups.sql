-- Roll-ups of returns (org.homeward.statistics): how many person-arrivals fall in each cell, kept in the same
-- transaction as the change to return_movement that moves a count, by statement-level triggers on that table.
--
-- Why triggers and not a listener in Java: every path that writes an ARRIVED row (the workflow, convoys, arrival
-- corrections, a bulk load, a repair by hand in psql) moves the roll-ups, and nothing can commit a movement
-- without its count. Statement-level triggers with transition tables see all rows a statement changed at once,
-- so an arrival of a family is one sorted upsert per roll-up: concurrent arrivals lock cells in the same order
-- and cannot deadlock each other.
--
-- The counting rule (DESIGN.md): one return per person on the date the movement arrived, i.e. one row of kind
-- ARRIVED in return_movement. Unknown values are stored as '' (not NULL) so that cells join and compare by
-- plain equality; the API shows them as null.
--
-- Four tables, one grain each; every breakdown is answered from the smallest one that has its dimensions:
--   return_rollup_adm1     month × type × destination adm1 × sex × age group: headline, dashboard, public table
--                          (a few tens of thousands of cells whatever the number of movements)
--   return_rollup_origin   month × type × country × crossing point × sex × age group: where people came from
--   return_rollup_area     month × type × destination adm1/adm2 × sex × age group: district maps and pyramids
--   return_rollup          month × destination adm1/adm2/adm3 × departure adm1 × country × crossing point ×
--                          sex × age group × displacement type × needs (bitmask, see V54): everything else

CREATE TABLE return_rollup (
    month       DATE     NOT NULL,
    type        TEXT     NOT NULL,
    adm1        TEXT     NOT NULL,
    adm2        TEXT     NOT NULL,
    adm3        TEXT     NOT NULL,
    from_adm1   TEXT     NOT NULL,
    country     TEXT     NOT NULL,
    crossing    TEXT     NOT NULL,
    sex         TEXT     NOT NULL,
    age_group   TEXT     NOT NULL,
    needs       SMALLINT NOT NULL,
    returns     BIGINT   NOT NULL,
    PRIMARY KEY (month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs)
);

CREATE TABLE return_rollup_area (
    month       DATE     NOT NULL,
    type        TEXT     NOT NULL,
    adm1        TEXT     NOT NULL,
    adm2        TEXT     NOT NULL,
    sex         TEXT     NOT NULL,
    age_group   TEXT     NOT NULL,
    returns     BIGINT   NOT NULL,
    PRIMARY KEY (month, type, adm1, adm2, sex, age_group)
);

CREATE TABLE return_rollup_origin (
    month       DATE     NOT NULL,
    type        TEXT     NOT NULL,
    country     TEXT     NOT NULL,
    crossing    TEXT     NOT NULL,
    sex         TEXT     NOT NULL,
    age_group   TEXT     NOT NULL,
    returns     BIGINT   NOT NULL,
    PRIMARY KEY (month, type, country, crossing, sex, age_group)
);

CREATE TABLE return_rollup_adm1 (
    month       DATE     NOT NULL,
    type        TEXT     NOT NULL,
    adm1        TEXT     NOT NULL,
    sex         TEXT     NOT NULL,
    age_group   TEXT     NOT NULL,
    returns     BIGINT   NOT NULL,
    PRIMARY KEY (month, type, adm1, sex, age_group)
);

-- One arrival's cell in the finest grain; what the triggers pass around.
CREATE TYPE return_rollup_key AS (
    month DATE, type TEXT, adm1 TEXT, adm2 TEXT, adm3 TEXT, from_adm1 TEXT, country TEXT, crossing TEXT,
    sex TEXT, age_group TEXT, needs SMALLINT);

-- Adds the arrivals in `plus` and takes away those in `minus`, in all three roll-ups; cells that reach zero go,
-- so that the roll-ups hold exactly the cells a recompute produces. (Four roll-ups: see the top of this file.)
CREATE FUNCTION return_rollup_move(plus return_rollup_key[], minus return_rollup_key[]) RETURNS void
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
            DO UPDATE SET returns = r.returns + excluded.returns)
    SELECT 1 INTO done;
    -- the partial indexes below make these look-ups of the few emptied cells, not scans
    DELETE FROM return_rollup WHERE returns = 0;
    DELETE FROM return_rollup_area WHERE returns = 0;
    DELETE FROM return_rollup_origin WHERE returns = 0;
    DELETE FROM return_rollup_adm1 WHERE returns = 0;
END
$$;

CREATE INDEX return_rollup_empty_ix ON return_rollup (month) WHERE returns = 0;
CREATE INDEX return_rollup_area_empty_ix ON return_rollup_area (month) WHERE returns = 0;
CREATE INDEX return_rollup_origin_empty_ix ON return_rollup_origin (month) WHERE returns = 0;
CREATE INDEX return_rollup_adm1_empty_ix ON return_rollup_adm1 (month) WHERE returns = 0;

-- The cell of each arrival row in a set of return_movement rows.
CREATE FUNCTION return_rollup_keys(rows return_movement[]) RETURNS return_rollup_key[]
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT COALESCE(array_agg(ROW(
            date_trunc('month', m.movement_date::timestamp)::date, m.displacement_type,
            COALESCE(m.destination_adm1, ''), COALESCE(m.destination_adm2, ''), COALESCE(m.destination_adm3, ''),
            COALESCE(m.from_adm1, ''), COALESCE(m.from_country, ''), COALESCE(m.crossing_point, ''),
            COALESCE(m.sex, ''), m.age_group, m.needs)::return_rollup_key), '{}')
          FROM unnest(rows) AS m
         WHERE m.kind = 'ARRIVED');

CREATE FUNCTION return_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM return_rollup_move(return_rollup_keys(ARRAY(SELECT n::return_movement FROM inserted AS n)), '{}');
    RETURN NULL;
END
$$;

CREATE FUNCTION return_rollup_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM return_rollup_move(
        return_rollup_keys(ARRAY(SELECT n::return_movement FROM updated AS n)),
        return_rollup_keys(ARRAY(SELECT o::return_movement FROM replaced AS o)));
    RETURN NULL;
END
$$;

CREATE FUNCTION return_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM return_rollup_move('{}', return_rollup_keys(ARRAY(SELECT o::return_movement FROM deleted AS o)));
    RETURN NULL;
END
$$;

CREATE TRIGGER return_rollup_insert AFTER INSERT ON return_movement
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION return_rollup_on_insert();
CREATE TRIGGER return_rollup_update AFTER UPDATE ON return_movement
    REFERENCING OLD TABLE AS replaced NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION return_rollup_on_update();
CREATE TRIGGER return_rollup_delete AFTER DELETE ON return_movement
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION return_rollup_on_delete();
-- TRUNCATE of return_movement is not followed: a recompute (POST /api/v1/statistics/recompute) repairs it.

-- Movements recorded before this migration are counted here once, exactly as a recompute would count them
-- (RecomputeSql.FINE_FROM_MOVEMENTS); from now on the triggers keep the counts.
INSERT INTO return_rollup (month, type, adm1, adm2, adm3, from_adm1, country, crossing, sex, age_group, needs, returns)
SELECT date_trunc('month', movement_date::timestamp)::date, displacement_type,
       COALESCE(destination_adm1, ''), COALESCE(destination_adm2, ''), COALESCE(destination_adm3, ''),
       COALESCE(from_adm1, ''), COALESCE(from_country, ''), COALESCE(crossing_point, ''), COALESCE(sex, ''),
       age_group, needs, count(*)
  FROM return_movement
 WHERE kind = 'ARRIVED'
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
INSERT INTO return_rollup_adm1
SELECT month, type, adm1, sex, age_group, sum(returns) FROM return_rollup GROUP BY 1, 2, 3, 4, 5;
INSERT INTO return_rollup_origin
SELECT month, type, country, crossing, sex, age_group, sum(returns) FROM return_rollup GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO return_rollup_area
SELECT month, type, adm1, adm2, sex, age_group, sum(returns) FROM return_rollup GROUP BY 1, 2, 3, 4, 5, 6;
