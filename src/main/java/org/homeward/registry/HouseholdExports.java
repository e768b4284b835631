package org.homeward.registry;

import java.util.function.Consumer;

/**
 * Households for bulk exports, streamed: a batch at a time is in memory, whatever the registry's size. What each
 * actor gets follows the registry's access rules, as for lists.
 */
public interface HouseholdExports {

    /**
     * Every household the signed-in actor may list and that matches {@code filter}, pseudonymised for everyone
     * (even those who could read some in full); ordered by id. A name search ({@code q}) is refused: a name must not
     * select pseudonymised records.
     *
     * @return how many households were handed to {@code sink}
     */
    long pseudonymised(HouseholdSearch filter, Consumer<PseudonymisedHousehold> sink);

    /** True when the signed-in actor's role may take personal data out of the system in bulk. */
    boolean mayExportPersonalData();

    /**
     * The households the signed-in actor sees in full and that match {@code filter}, personal data included. The
     * export is written to the audit log with its purpose and {@code format} before the first record is handed
     * out, and committed on its own, so that it stays recorded even when the download breaks off.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the role may not export personal data
     */
    long full(HouseholdSearch filter, String purpose, String format, Consumer<HouseholdRecord> sink);
}
