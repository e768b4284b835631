package org.homeward.registry;

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

    /** Counts the registry's current population by status. */
    public interface Query {
        DisplacedPopulation now();
    }
}
