package org.homeward.statistics.internal;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.shared.ConflictException;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.ImportReport;
import org.homeward.statistics.ImportReport.ImportProblem;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.internal.FigureValidator.Checked;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class FigureService implements FigureLedger {

    static final String FIGURE = "reported_figure";

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final FigureStore store;
    private final FigureValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    FigureService(
            FigureStore store, FigureValidator validator, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReportedFigure> search(FigureSearch search, PageRequest page) {
        currentActor.require();
        return store.search(search, page);
    }

    @Override
    public boolean mayChange() {
        return currentActor.current().map(FigureAccess::mayChange).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportedFigure get(long id) {
        currentActor.require();
        return store.find(id).orElseThrow(() -> new NotFoundException("figure", Long.toString(id)));
    }

    @Override
    public ReportedFigure create(FigureDraft draft) {
        Actor actor = currentActor.require();
        FigureAccess.requireChange(actor);
        FigureData data = validator.validate(draft);
        refuseDuplicate(data, null);
        long id = store.insert(data, actor.username(), clock.instant());
        audit.append(AuditRecord.created(FIGURE, Long.toString(id)));
        return store.find(id).orElseThrow();
    }

    @Override
    public ReportedFigure update(long id, int expectedVersion, FigureDraft draft) {
        Actor actor = currentActor.require();
        FigureAccess.requireChange(actor);
        ReportedFigure before = get(id);
        if (before.version() != expectedVersion) {
            throw PreconditionFailedException.stale("figure", before.version());
        }
        FigureData data = validator.validate(draft);
        refuseDuplicate(data, id);
        if (!store.update(id, expectedVersion, data, actor.username(), clock.instant())) {
            throw PreconditionFailedException.stale("figure", "a newer version");
        }
        audit.append(AuditRecord.updated(
                FIGURE, Long.toString(id), FigureData.of(before).changedFields(data)));
        return store.find(id).orElseThrow();
    }

    @Override
    public void delete(long id, Integer expectedVersion, String reason) {
        Actor actor = currentActor.require();
        FigureAccess.requireChange(actor);
        ReportedFigure figure = get(id);
        if (reason == null
                || reason.isBlank()
                || reason.strip().length() > 500
                || CONTROL.matcher(reason).find()) {
            throw new ValidationException(List.of(
                    new FieldError("reason", "required", "say why the figure is deleted (1 to 500 characters)")));
        }
        int version = expectedVersion == null ? figure.version() : expectedVersion;
        if (!store.softDelete(id, version, reason.strip(), actor.username(), clock.instant())) {
            throw PreconditionFailedException.stale("figure", figure.version());
        }
        audit.append(AuditRecord.deleted(FIGURE, Long.toString(id)));
    }

    @Override
    public ImportReport importCsv(Reader csv, boolean dryRun) {
        Actor actor = currentActor.require();
        FigureAccess.requireChange(actor);
        FigureCsv.Parsed parsed = FigureCsv.read(csv);
        Sorted sorted = sort(parsed);
        int rows = parsed.rows().size();
        if (!sorted.problems().isEmpty() || dryRun) {
            return new ImportReport(
                    dryRun, false, rows, sorted.accepted().size(), sorted.unchanged(), sorted.problems(), List.of());
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (FigureData data : sorted.accepted()) {
            long id = store.insert(data, actor.username(), now);
            ids.add(id);
            records.add(AuditRecord.created(FIGURE, Long.toString(id)).withDetail("source", "import"));
        }
        if (!records.isEmpty()) {
            audit.appendAll(records);
        }
        return new ImportReport(false, true, rows, ids.size(), sorted.unchanged(), List.of(), ids);
    }

    /** An import's rows sorted out: figures to add, rows already in the ledger, and problems by line. */
    private record Sorted(List<FigureData> accepted, int unchanged, List<ImportProblem> problems) {}

    private Sorted sort(FigureCsv.Parsed parsed) {
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<FigureData> accepted = new ArrayList<>();
        Map<String, Integer> linesByKey = new HashMap<>();
        int unchanged = 0;
        for (FigureCsv.Row row : parsed.rows()) {
            Optional<FigureData> data = checkRow(row, problems);
            if (data.isEmpty()) {
                continue;
            }
            Integer earlier = linesByKey.putIfAbsent(data.get().naturalKey(), row.line());
            Optional<ReportedFigure> existing = store.findByNaturalKey(data.get());
            if (earlier != null) {
                problems.add(new ImportProblem(
                        row.line(),
                        null,
                        "",
                        "a figure not already on line " + earlier
                                + " (same indicator, period, area, publisher, speaker and date)"));
            } else if (existing.isPresent() && FigureData.of(existing.get()).equals(data.get())) {
                unchanged++;
            } else if (existing.isPresent()) {
                problems.add(new ImportProblem(
                        row.line(),
                        "value",
                        row.cells().getOrDefault("value", ""),
                        "the value already recorded as figure " + existing.get().id() + " ("
                                + existing.get().value() + " " + existing.get().qualifier()
                                + "); correct that figure instead"));
            } else {
                accepted.add(data.get());
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row).thenComparing(p -> String.valueOf(p.column())));
        return new Sorted(accepted, unchanged, problems);
    }

    /** The row's data, or empty after adding its problems (a column that could not be read is reported once). */
    private Optional<FigureData> checkRow(FigureCsv.Row row, List<ImportProblem> problems) {
        problems.addAll(row.problems());
        Checked checked = validator.check(row.draft());
        for (FieldError error : checked.problems()) {
            String column = FigureCsv.columnOf(error.field(), row.cells());
            boolean alreadyReported =
                    row.problems().stream().anyMatch(p -> column.equals(p.column()) || p.column() == null);
            if (!alreadyReported) {
                problems.add(
                        new ImportProblem(row.line(), column, row.cells().getOrDefault(column, ""), error.message()));
            }
        }
        return row.problems().isEmpty() ? Optional.ofNullable(checked.data()) : Optional.empty();
    }

    private void refuseDuplicate(FigureData data, Long self) {
        store.findByNaturalKey(data)
                .filter(existing -> self == null || existing.id() != self)
                .ifPresent(existing -> {
                    throw new ConflictException(
                            "figure-exists",
                            "Figure " + existing.id() + " already records "
                                    + data.indicator().code() + " for "
                                    + data.area() + ", " + data.periodStart() + " to " + data.periodEnd() + ", as "
                                    + "reported by this source on " + data.reportedOn() + "; correct that one");
                });
    }
}
