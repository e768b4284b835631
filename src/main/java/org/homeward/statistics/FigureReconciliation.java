package org.homeward.statistics;

import java.util.List;
import java.util.Locale;

/** Reconciles the figures ledger with itself and with Homeward's records; any signed-in user may ask. */
public interface FigureReconciliation {

    /**
     * All findings over the live figures that involve at least one figure matching the search (every part of
     * which is optional), with their sentences in {@code locale}.
     */
    List<Finding> findings(FigureSearch search, Locale locale);
}
