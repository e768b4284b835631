package org.homeward.registry;

import java.util.List;
import java.util.Map;

/**
 * How many people the registry holds now by displacement status: non-personal totals for headline figures.
 * Deleted households are left out.
 *
 * @param refugeesAbroad people in households registered as refugees in a country of asylum
 * @param idps people in households registered as displaced inside the country
 * @param returnedRefugees people in households whose return from abroad has been recorded
 * @param returnedIdps people in households whose return from internal displacement has been recorded
 */
public record DisplacedPopulation(long refugeesAbroad, long idps, long returnedRefugees, long returnedIdps) {

    /**
     * Counts the registry's current population by status, from its population roll-up (status × governorate of
     * origin × country of residence, kept by the household writes themselves): a few rows read whatever the
     * registry's size.
     */
    public interface Query {
        DisplacedPopulation now();

        /**
         * Rebuilds the population roll-up from the households and reports every cell that differed (people and
         * households counted separately); the roll-up holds the recounted values afterwards.
         */
        Recount recount();
    }

    /** What a recount found: the roll-up's cells afterwards and each differing cell and measure. */
    public record Recount(String table, long cells, long added, long removed, long changed, List<Difference> examples) {

        public Recount {
            examples = List.copyOf(examples);
        }
    }

    /** A differing cell: its key (with the measure, people or households), the stored and the recounted value. */
    public record Difference(Map<String, String> cell, long stored, long recounted) {}
}
