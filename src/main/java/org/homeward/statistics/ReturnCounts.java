package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * How many people returned, by destination governorate, as Homeward's records count them (a return counted
 * once per person, on the day the movement arrived). The counting arrives with the returns module: until a
 * bean of this type exists, public statistics use {@link #none()} and show zeros. At most one bean may exist.
 */
@FunctionalInterface
public interface ReturnCounts {

    /**
     * People who arrived between {@code from} and {@code to} (both included; null means open), one entry per
     * governorate that has any; governorates left out count zero.
     */
    List<GovernorateReturns> byGovernorate(LocalDate from, LocalDate to);

    /** No returns recorded yet. */
    static ReturnCounts none() {
        return (from, to) -> List.of();
    }

    /**
     * Returns to one governorate.
     *
     * @param adm1Pcode the destination governorate's P-code
     * @param refugees people who came back across an international border
     * @param idps people who came back from displacement inside the country
     */
    record GovernorateReturns(String adm1Pcode, long refugees, long idps) {

        public GovernorateReturns {
            if (refugees < 0 || idps < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }
    }
}
