package org.homeward.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;

/**
 * The figures of a situation report for a period: returns counted from Homeward's records (by governorate and by
 * month) and the latest figures others published. Read by the PDF situation report; the counting behind it is
 * {@link ReturnCounts}, so a new implementation of the counting rules changes the report without touching it.
 */
public interface SituationFigures {

    /** @param from first day (included); @param to last day (included) */
    Situation situation(LocalDate from, LocalDate to);

    /**
     * @param byGovernorate every governorate with returns in the period
     * @param byMonth the months of the period, oldest first, at most the last {@value #MONTHS}
     * @param reported the latest published figure for each returnee indicator, newest first
     */
    record Situation(
            LocalDate from,
            LocalDate to,
            long refugeeReturns,
            long idpReturns,
            List<GovernorateReturns> byGovernorate,
            List<MonthReturns> byMonth,
            List<ReportedFigure> reported) {

        public long returns() {
            return refugeeReturns + idpReturns;
        }
    }

    /** Months a report charts. */
    int MONTHS = 24;

    record MonthReturns(YearMonth month, long refugees, long idps) {

        public long total() {
            return refugees + idps;
        }
    }
}
