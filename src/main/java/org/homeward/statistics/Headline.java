package org.homeward.statistics;

import java.time.LocalDate;

/**
 * The headline figures: returns in a period split by displacement type, and who is still displaced now.
 *
 * @param returns person-returns that arrived in the period
 * @param idpReturns of which from displacement inside the country
 * @param refugeeReturns of which across an international border inbound
 * @param refugeesAbroad people registered now as refugees in a country of asylum
 * @param idps people registered now as internally displaced
 * @param peopleInCamps the latest estimated population of the camps in Syria (sites module)
 * @param peopleInCampsAbroad the same for camps in countries of asylum
 */
public record Headline(
        LocalDate from,
        LocalDate to,
        long returns,
        long idpReturns,
        long refugeeReturns,
        long refugeesAbroad,
        long idps,
        long peopleInCamps,
        long peopleInCampsAbroad) {}
