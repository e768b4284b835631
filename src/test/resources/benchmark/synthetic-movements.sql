-- Synthetic person-movements for the statistics benchmark (StatisticsBenchmark, docs/benchmarks.md): persons
-- :lo to :hi - 1, each one departure, a crossing for refugees and, for 92 %, an arrival. Every value is a hash of
-- the person's number, so a run with the same persons always makes the same rows (no random(), no seed state).
-- Distributions, rough but shaped like the real ones: 55 % refugees (Turkey 40 %, Lebanon 30 %, Jordan 15 %,
-- Iraq 8 %, Egypt 5 %, Germany 2 %, through that country's crossings or an airport), arrivals from 2018 to today
-- with more in recent years, destinations skewed towards a few communities, UNHCR-like sex and age shares, and 15 %
-- of persons with one or two specific needs. Households of five share a case.
INSERT INTO return_movement (case_id, person_id, household_id, kind, movement_date, displacement_type, from_country,
    from_site, from_pcode, from_adm1, crossing_point, destination_pcode, destination_adm1, destination_adm2,
    destination_adm3, sex, birth_year, age_group, recorded_at, needs)
SELECT p.case_id, p.person_id, p.case_id, k.kind,
       CASE WHEN k.kind = 'ARRIVED' THEN p.arrived ELSE p.arrived - p.travel END,
       p.type, p.country, NULL, NULL, p.from_adm1,
       CASE WHEN k.kind = 'DEPARTED' THEN NULL ELSE p.crossing END,
       c.pcode, c.adm1_pcode, c.adm2_pcode, c.adm3_pcode, p.sex, extract(year FROM p.arrived)::int - p.age,
       CASE WHEN p.age < 5 THEN '0-4' WHEN p.age < 12 THEN '5-11' WHEN p.age < 18 THEN '12-17'
            WHEN p.age < 60 THEN '18-59' ELSE '60+' END,
       p.arrived::timestamptz, p.needs
  FROM (SELECT j,
               ('00000000-0000-4000-8000-' || lpad(to_hex(j / 5), 12, '0'))::uuid AS case_id,
               ('00000000-0000-4000-9000-' || lpad(to_hex(j), 12, '0'))::uuid AS person_id,
               CASE WHEN u1 < 0.55 THEN 'REFUGEE' ELSE 'IDP' END AS type,
               CASE WHEN u1 >= 0.55 THEN 'SYR' WHEN u2 < 0.40 THEN 'TUR' WHEN u2 < 0.70 THEN 'LBN'
                    WHEN u2 < 0.85 THEN 'JOR' WHEN u2 < 0.93 THEN 'IRQ' WHEN u2 < 0.98 THEN 'EGY' ELSE 'DEU' END
                   AS country,
               CASE WHEN u1 >= 0.55 THEN NULL
                    WHEN u2 < 0.40 THEN (ARRAY['XP-TUR-BHW', 'XP-TUR-BSL', 'XP-TUR-JRB', 'XP-TUR-TAB', 'XP-TUR-RAS',
                                               'XP-TUR-KSB'])[1 + floor(u3 * 6)::int]
                    WHEN u2 < 0.70 THEN (ARRAY['XP-LBN-JDY', 'XP-LBN-DAB', 'XP-LBN-JUS'])[1 + floor(u3 * 3)::int]
                    WHEN u2 < 0.85 THEN 'XP-JOR-NAS'
                    WHEN u2 < 0.93 THEN (ARRAY['XP-IRQ-YAR', 'XP-IRQ-SEM', 'XP-IRQ-BUK'])[1 + floor(u3 * 3)::int]
                    ELSE (ARRAY['XP-AIR-DAM', 'XP-AIR-ALP'])[1 + floor(u3 * 2)::int] END AS crossing,
               (DATE '2018-01-01' + floor((:today::date - DATE '2018-01-01') * power(u4, 0.6))::int) AS arrived,
               floor(u5 * 4)::int AS travel,
               floor(:communities * power(u6, 2.5))::int AS community,
               CASE WHEN u1 >= 0.55 THEN 'SY' || lpad((1 + floor(u7 * 14))::int::text, 2, '0') END AS from_adm1,
               CASE WHEN u9 < 0.51 THEN 'f' WHEN u9 < 0.99 THEN 'm' ELSE 'u' END AS sex,
               CASE WHEN u10 < 0.14 THEN floor(u11 * 5) WHEN u10 < 0.34 THEN 5 + floor(u11 * 7)
                    WHEN u10 < 0.48 THEN 12 + floor(u11 * 6) WHEN u10 < 0.94 THEN 18 + floor(u11 * 42)
                    ELSE 60 + floor(u11 * 30) END::int AS age,
               CASE WHEN u12 >= 0.15 THEN 0
                    ELSE (1 << floor(u13 * 12)::int) | CASE WHEN u14 < 0.3 THEN 1 << floor(u15 * 12)::int ELSE 0 END
                    END::smallint AS needs,
               u8 < 0.92 AS arrives
          FROM (SELECT j,
                       (hashint8extended(j, 1) & 140737488355327)::float8 / 140737488355328.0::float8 AS u1,
                       (hashint8extended(j, 2) & 140737488355327)::float8 / 140737488355328.0::float8 AS u2,
                       (hashint8extended(j, 3) & 140737488355327)::float8 / 140737488355328.0::float8 AS u3,
                       (hashint8extended(j, 4) & 140737488355327)::float8 / 140737488355328.0::float8 AS u4,
                       (hashint8extended(j, 5) & 140737488355327)::float8 / 140737488355328.0::float8 AS u5,
                       (hashint8extended(j, 6) & 140737488355327)::float8 / 140737488355328.0::float8 AS u6,
                       (hashint8extended(j, 7) & 140737488355327)::float8 / 140737488355328.0::float8 AS u7,
                       (hashint8extended(j, 8) & 140737488355327)::float8 / 140737488355328.0::float8 AS u8,
                       (hashint8extended(j, 9) & 140737488355327)::float8 / 140737488355328.0::float8 AS u9,
                       (hashint8extended(j, 10) & 140737488355327)::float8 / 140737488355328.0::float8 AS u10,
                       (hashint8extended(j, 11) & 140737488355327)::float8 / 140737488355328.0::float8 AS u11,
                       (hashint8extended(j, 12) & 140737488355327)::float8 / 140737488355328.0::float8 AS u12,
                       (hashint8extended(j, 13) & 140737488355327)::float8 / 140737488355328.0::float8 AS u13,
                       (hashint8extended(j, 14) & 140737488355327)::float8 / 140737488355328.0::float8 AS u14,
                       (hashint8extended(j, 15) & 140737488355327)::float8 / 140737488355328.0::float8 AS u15
                  FROM generate_series(:lo::bigint, :hi::bigint - 1) AS j OFFSET 0) AS u OFFSET 0) AS p
  JOIN bench_community AS c ON c.i = p.community
 CROSS JOIN LATERAL (VALUES ('DEPARTED'), ('CROSSED'), ('ARRIVED')) AS k(kind)
 WHERE (k.kind <> 'CROSSED' OR p.type = 'REFUGEE')
   AND (k.kind <> 'ARRIVED' OR p.arrives);
