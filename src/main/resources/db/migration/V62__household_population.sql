-- The registry's population by displacement status, governorate of origin and country where the household lives
-- now (org.homeward.registry, DisplacedPopulation): what the statistics headline reads instead of scanning
-- household. Kept in the same transaction as every household write by statement-level triggers (so the API, the
-- bulk COPY path and a repair by hand in psql all move it), and rebuilt and compared by the statistics recompute.
--
-- Why delta rows and not one counter row per cell: every registration would update the same few hot rows (most
-- refugees are in Turkey, from a few governorates) and hold their locks until commit, serialising registrations
-- and letting two transactions that touch two cells in opposite orders deadlock. Here a write only INSERTs its
-- difference (no lock on existing rows); HouseholdPopulationCompaction folds the rows into one per cell every few
-- seconds, so a read sums a few hundred rows whatever the registry's size.
--
-- Counted: households not deleted; people = member_count. Unknown origin governorate is stored as ''.

CREATE TABLE household_population (
    displacement_status TEXT   NOT NULL,
    origin_adm1         TEXT   NOT NULL,
    current_country     TEXT   NOT NULL,
    households          BIGINT NOT NULL,
    people              BIGINT NOT NULL
);
CREATE INDEX household_population_cell_ix ON household_population (displacement_status, origin_adm1, current_country);

-- origin_areas holds the origin P-code with its ancestors, governorate first (registry HouseholdAreas). The
-- triggers read their transition tables directly (no arrays), so a bulk COPY of a million households is one
-- grouped INSERT of a few hundred rows.
CREATE FUNCTION household_population_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO household_population (displacement_status, origin_adm1, current_country, households, people)
    SELECT displacement_status, COALESCE(origin_areas[1], ''), current_country::text, count(*), sum(member_count)
      FROM inserted WHERE deleted_at IS NULL
     GROUP BY 1, 2, 3;
    RETURN NULL;
END
$$;

CREATE FUNCTION household_population_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO household_population (displacement_status, origin_adm1, current_country, households, people)
    SELECT displacement_status, origin_adm1, current_country, sum(households), sum(people)
      FROM (SELECT displacement_status, COALESCE(origin_areas[1], '') AS origin_adm1,
                   current_country::text AS current_country, 1 AS households, member_count AS people
              FROM updated WHERE deleted_at IS NULL
            UNION ALL
            SELECT displacement_status, COALESCE(origin_areas[1], ''), current_country::text, -1, -member_count
              FROM replaced WHERE deleted_at IS NULL) AS d
     GROUP BY 1, 2, 3
    HAVING sum(households) <> 0 OR sum(people) <> 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION household_population_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO household_population (displacement_status, origin_adm1, current_country, households, people)
    SELECT displacement_status, COALESCE(origin_areas[1], ''), current_country::text, -count(*), -sum(member_count)
      FROM deleted WHERE deleted_at IS NULL
     GROUP BY 1, 2, 3;
    RETURN NULL;
END
$$;

CREATE TRIGGER household_population_insert AFTER INSERT ON household
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION household_population_on_insert();
CREATE TRIGGER household_population_update AFTER UPDATE ON household
    REFERENCING OLD TABLE AS replaced NEW TABLE AS updated FOR EACH STATEMENT
    EXECUTE FUNCTION household_population_on_update();
CREATE TRIGGER household_population_delete AFTER DELETE ON household
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION household_population_on_delete();
-- TRUNCATE of household is not followed: a recompute (POST /api/v1/statistics/recompute) repairs it.

-- Households registered before this migration, counted once; from now on the triggers keep the counts.
INSERT INTO household_population (displacement_status, origin_adm1, current_country, households, people)
SELECT displacement_status, COALESCE(origin_areas[1], ''), current_country::text, count(*), sum(member_count)
  FROM household
 WHERE deleted_at IS NULL
 GROUP BY 1, 2, 3;
