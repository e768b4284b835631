package org.homeward.sites;

import java.time.LocalDate;
import java.util.List;
import org.homeward.shared.FieldError;

/**
 * Populations of camps and collective centres. The population between two reports is estimated as the last
 * reported population less the people who left in return cases since that report (arrivals into sites are not
 * tracked here; the next report corrects the estimate). Everyone signed in reads these aggregate figures; only
 * coordinators record reports and capacities.
 */
public interface Sites {

    List<SiteSummary> sites();

    SiteProfile profile(String code);

    PopulationSnapshot recordSnapshot(String code, NewSnapshot snapshot);

    SiteSummary setCapacity(String code, Integer capacity);

    record NewSnapshot(LocalDate date, Integer population, String source) {}

    /** Whether the signed-in user may record population reports (what an import of them asks first). */
    boolean mayRecord();

    /**
     * Records a report from an imported file, checked as {@link #recordSnapshot} checks one (plus {@code households},
     * 0 to the population's bound). A refused report answers its problems instead of throwing, so that the
     * importer's transaction carries on with the file's other rows; {@code dryRun} checks and saves nothing.
     *
     * @param replacing the id an earlier import of the same record answered, so that a corrected site or date
     *     moves that report instead of adding one; null for a new record
     */
    SnapshotImport importSnapshot(String code, ImportedSnapshot snapshot, Long replacing, boolean dryRun);

    record ImportedSnapshot(LocalDate date, Integer population, Integer households, String source) {}

    /** The saved report's id (null on a dry run or when refused), or the problems by field. */
    record SnapshotImport(Long id, List<FieldError> errors) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }
}
