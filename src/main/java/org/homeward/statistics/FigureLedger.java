package org.homeward.statistics;

import java.io.Reader;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;

/**
 * The figures ledger. Every signed-in user reads it; coordinators record, correct, delete and import figures
 * (others are refused with an {@code AccessDeniedException}). Changes are audited.
 */
public interface FigureLedger {

    Page<ReportedFigure> search(FigureSearch search, PageRequest page);

    /** True when the current user may record, correct, delete and import figures. */
    boolean mayChange();

    /** The live figure, or {@code NotFoundException} ("figure", id). */
    ReportedFigure get(long id);

    /** Records a figure; a draft with problems is refused with a {@code ValidationException} listing them all. */
    ReportedFigure create(FigureDraft draft);

    /** Replaces a figure's fields if it is still at {@code expectedVersion} (else 412). */
    ReportedFigure update(long id, int expectedVersion, FigureDraft draft);

    /** Deletes softly, keeping the figure and the reason; {@code expectedVersion} null means "whatever it is". */
    void delete(long id, Integer expectedVersion, String reason);

    /**
     * Imports figures from CSV with the columns of {@code reported_figures.csv} (reported_on, publisher, speaker,
     * indicator, scope, period_start, period_end, value, qualifier, note; optionally reference and source_kind).
     * All or nothing; a dry run only reports.
     */
    ImportReport importCsv(Reader csv, boolean dryRun);
}
