package org.homeward.statistics.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definition of every figure and dimension the statistics API answers with, in English; the UI shows the
 * translations of the statistics bundle ({@code statistics.definition.<name>}).
 */
final class Definitions {

    static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(
                "returns",
                "Person-returns: each person counted once per return, on the date their movement arrived at the"
                        + " destination community; the period includes both its first and last day.");
        all.put(
                "refugeeReturns",
                "Returns that crossed an international border inbound: people who came back from a country of"
                        + " asylum.");
        all.put("idpReturns", "Returns from displacement inside the country (a camp or a host community).");
        all.put(
                "refugeesAbroad",
                "People registered now as refugees in a country of asylum (registry, households not deleted);"
                        + " not tied to the period.");
        all.put(
                "idps",
                "People registered now as internally displaced (registry, households not deleted); not tied to the"
                        + " period.");
        all.put(
                "peopleInCamps",
                "Latest estimated population of camps in Syria: the last reported population of each camp less the"
                        + " people who left it in return cases since.");
        all.put("peopleInCampsAbroad", "The same estimate for camps in countries of asylum.");
        all.put("adm1", "Destination governorate (P-code).");
        all.put("adm2", "Destination district (P-code).");
        all.put("adm3", "Destination sub-district (P-code).");
        all.put(
                "fromAdm1",
                "Governorate the return departed from (P-code), when it departed from inside the country; null for"
                        + " departures from abroad.");
        all.put(
                "country",
                "Country the return departed from (ISO 3166-1 alpha-3): the country of asylum for refugee returns,"
                        + " SYR for IDP returns.");
        all.put("crossing", "Border crossing point of a refugee return (code); null for IDP returns.");
        all.put("month", "Month of arrival (YYYY-MM).");
        all.put("quarter", "Quarter of arrival (YYYY-Qn).");
        all.put("year", "Year of arrival (YYYY).");
        all.put("sex", "Sex as registered at arrival: f, m, x (other), u (unknown).");
        all.put("ageGroup", "Age at arrival (arrival year less birth year): 0-4, 5-11, 12-17, 18-59, 60+, unknown.");
        all.put("type", "REFUGEE (crossed an international border inbound) or IDP (from inside the country).");
        all.put(
                "need",
                "UNHCR specific-need category registered for the person at arrival, NONE without one. A person with"
                        + " several needs is counted under each, so rows by need add up to more than the total.");
        ALL = Collections.unmodifiableMap(all);
    }

    private Definitions() {}
}
