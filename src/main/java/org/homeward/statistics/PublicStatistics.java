package org.homeward.statistics;

import java.time.LocalDate;

/** Figures anyone may see without signing in, after disclosure control. */
public interface PublicStatistics {

    /** Returns by destination governorate between two days (both included; null means open). */
    PublicReturns returnsByGovernorate(LocalDate from, LocalDate to);
}
