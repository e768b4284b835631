-- Synthetic registry households for the statistics benchmark (StatisticsBenchmark, docs/benchmarks.md):
-- households :lo to :hi - 1, only the columns the headline's population counts read being meaningful (no persons,
-- names or documents: nothing measured reads them). Every value is a hash of the household's number, as in
-- synthetic-movements.sql. 55 % refugees (Turkey 40 %, Lebanon 30 %, Jordan 15 %, Iraq 8 %, Egypt 5 %, Germany
-- 2 %), 35 % IDPs, 10 % returned; origins from bench_community (made by SyntheticMovements), skewed like the
-- movements' destinations; 1 to 8 members. Written with the triggers on: the population roll-up (V62) is kept by
-- the same INSERT, as by any registration.
INSERT INTO household (id, reference, organisation_id, displacement_status, origin_pcode, origin_areas,
    current_country, current_areas, member_count, created_at, created_by, updated_at, updated_by)
SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(h.j), 12, '0'))::uuid, 'HH-BEN-' || h.j, :organisation,
       h.status, c.pcode, ARRAY[c.adm1_pcode, c.adm2_pcode, c.adm3_pcode, c.pcode], h.country,
       CASE WHEN h.country = 'SYR' THEN ARRAY[c.adm1_pcode] ELSE '{}' END, h.members, now(), 'benchmark', now(),
       'benchmark'
  FROM (SELECT j,
               CASE WHEN u1 < 0.55 THEN 'REFUGEE' WHEN u1 < 0.90 THEN 'IDP' WHEN u1 < 0.95 THEN 'RETURNED_REFUGEE'
                    ELSE 'RETURNED_IDP' END AS status,
               CASE WHEN u1 >= 0.55 THEN 'SYR' WHEN u2 < 0.40 THEN 'TUR' WHEN u2 < 0.70 THEN 'LBN'
                    WHEN u2 < 0.85 THEN 'JOR' WHEN u2 < 0.93 THEN 'IRQ' WHEN u2 < 0.98 THEN 'EGY' ELSE 'DEU' END
                   AS country,
               floor(:communities * power(u3, 2.5))::int AS community,
               1 + floor(u4 * 8)::int AS members
          FROM (SELECT j,
                       (hashint8extended(j, 21) & 140737488355327)::float8 / 140737488355328.0::float8 AS u1,
                       (hashint8extended(j, 22) & 140737488355327)::float8 / 140737488355328.0::float8 AS u2,
                       (hashint8extended(j, 23) & 140737488355327)::float8 / 140737488355328.0::float8 AS u3,
                       (hashint8extended(j, 24) & 140737488355327)::float8 / 140737488355328.0::float8 AS u4
                  FROM generate_series(:lo::bigint, :hi::bigint - 1) AS j) AS u) AS h
  JOIN bench_community AS c ON c.i = h.community
