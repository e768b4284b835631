package org.homeward.registry.internal;

import org.homeward.registry.DisplacedPopulation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People by displacement status, summed from the population roll-up (V62): its folded cells plus the delta rows
 * written since the last fold, a few hundred rows whatever the registry's size. Nothing personal is read, so
 * nothing is audited.
 */
@Component
class DisplacedPopulationQuery implements DisplacedPopulation.Query {

    private final JdbcClient jdbc;
    private final HouseholdPopulationRecount recount;

    DisplacedPopulationQuery(JdbcClient jdbc, HouseholdPopulationRecount recount) {
        this.jdbc = jdbc;
        this.recount = recount;
    }

    @Override
    @Transactional(readOnly = true)
    public DisplacedPopulation now() {
        return jdbc.sql("""
                        SELECT COALESCE(sum(people) FILTER (WHERE displacement_status = 'REFUGEE'), 0) AS refugees,
                               COALESCE(sum(people) FILTER (WHERE displacement_status = 'IDP'), 0) AS idps,
                               COALESCE(sum(people) FILTER (WHERE displacement_status = 'RETURNED_REFUGEE'), 0)
                                   AS returned_refugees,
                               COALESCE(sum(people) FILTER (WHERE displacement_status = 'RETURNED_IDP'), 0)
                                   AS returned_idps
                          FROM household_population
                        """)
                .query((rs, row) -> new DisplacedPopulation(
                        rs.getLong("refugees"),
                        rs.getLong("idps"),
                        rs.getLong("returned_refugees"),
                        rs.getLong("returned_idps")))
                .single();
    }

    @Override
    public DisplacedPopulation.Recount recount() {
        return recount.run();
    }
}
