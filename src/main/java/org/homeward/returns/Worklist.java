package org.homeward.returns;

import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;

/**
 * What needs doing: for the signed-in caseworker (or coordinator, or partner), the cases in their areas whose next
 * step is due within {@code days} days or overdue — counselling, signing, clearance, scheduling, departure on the
 * planned date, arrival, and monitoring visits — soonest first.
 */
public interface Worklist {

    Page<WorklistItem> due(int days, PageRequest page);
}
