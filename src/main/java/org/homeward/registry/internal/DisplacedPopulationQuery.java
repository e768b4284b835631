package org.homeward.registry.internal;

import org.homeward.registry.DisplacedPopulation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People by displacement status, summed from the households' member counts: one pass over the household table
 * (a few million rows for the whole country), no person rows and nothing personal read, so nothing is audited.
 */
@Component
class DisplacedPopulationQuery implements DisplacedPopulation.Query {

    private final JdbcClient jdbc;

    DisplacedPopulationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public DisplacedPopulation now() {
        return jdbc.sql("""
                        SELECT COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'REFUGEE'), 0) AS refugees,
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'IDP'), 0) AS idps,
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'RETURNED_REFUGEE'), 0)
                                   AS returned_refugees,
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'RETURNED_IDP'), 0)
                                   AS returned_idps
                          FROM household
                         WHERE deleted_at IS NULL
                        """)
                .query((rs, row) -> new DisplacedPopulation(
                        rs.getLong("refugees"),
                        rs.getLong("idps"),
                        rs.getLong("returned_refugees"),
                        rs.getLong("returned_idps")))
                .single();
    }
}
