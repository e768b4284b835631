package org.homeward.exchange.imports;

import static org.homeward.exchange.imports.CaseColumns.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.geography.Gazetteer;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.returns.TransitionRefused;
import org.homeward.shared.ConflictException;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Return cases, one row per case, walked through the return workflow's public steps ({@link CaseWalk}). Each case
 * is one transaction with its {@code import_record}: a case the workflow refuses at any step leaves nothing behind,
 * and its row reports the refusal. A dry run walks each case and rolls it back. Every {@value #BATCH_ROWS} rows, the
 * errors and the job's checkpoint are committed; a job resumed after a crash re-reads rows past the checkpoint, whose
 * committed cases it finds by their external id and counts as unchanged.
 */
@Component
class ReturnCaseImporter {

    static final int BATCH_ROWS = 200;

    private final CaseWalk walk;
    private final Returns returns;
    private final Gazetteer gazetteer;
    private final ImportRecords records;
    private final BatchCommitter committer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReturnCaseImporter(
            CaseWalk walk,
            Returns returns,
            Gazetteer gazetteer,
            ImportRecords records,
            BatchCommitter committer,
            PlatformTransactionManager manager,
            Clock clock) {
        this.walk = walk;
        this.returns = returns;
        this.gazetteer = gazetteer;
        this.records = records;
        this.committer = committer;
        this.transactions = new TransactionTemplate(manager);
        this.clock = clock;
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    void run(RunningJob job) {
        try (RowSource source = ImportFiles.open(job.file(), ImportKind.RETURN_CASES)) {
            FieldColumns columns = FieldColumns.of(source.header(), ALL);
            References references = new References(gazetteer);
            BatchOutcome batch = new BatchOutcome();
            while (source.hasNext()) {
                Row row = source.next();
                if (row.number() <= job.progress().checkpointRow()) {
                    continue;
                }
                batch.read++;
                batch.lastRow = row.number();
                List<RowError> errors = new ArrayList<>();
                CaseRow parsed = CaseRow.read(row, columns, references, errors);
                if (parsed == null) {
                    batch.errors(errors);
                } else {
                    importCase(job, parsed, columns, batch);
                }
                if (batch.read >= BATCH_ROWS) {
                    committer.commit(job, batch, done -> {});
                    batch = new BatchOutcome();
                }
            }
            if (batch.read > 0) {
                committer.commit(job, batch, done -> {});
            }
        }
    }

    private void importCase(RunningJob job, CaseRow row, FieldColumns columns, BatchOutcome batch) {
        CaseWalk.Progress progress = new CaseWalk.Progress(job.job().actor().organisationCode());
        try {
            Outcome outcome = committer.asActor(
                    job,
                    () -> transactions.execute(status -> {
                        Outcome done = walkCase(job, row, progress);
                        if (job.dryRun()) {
                            status.setRollbackOnly();
                        }
                        return done;
                    }));
            batch.validated++;
            switch (outcome) {
                case CREATED -> batch.created++;
                case UPDATED -> batch.updated++;
                case UNCHANGED -> batch.unchanged++;
            }
            if (outcome != Outcome.UNCHANGED && !job.dryRun()) {
                batch.saved++;
            }
        } catch (CaseWalk.RowRefused e) {
            batch.error(RowError.of(e.code, row.number(), columns.label(e.field), e.value, e.getMessage()));
        } catch (TransitionRefused e) {
            batch.error(new RowError(
                    row.number(),
                    columns.label(STATUS),
                    row.status().name(),
                    ImportCode.REFUSED_BY_WORKFLOW.code(),
                    ImportCode.REFUSED_BY_WORKFLOW.summary() + " [" + e.action() + "]",
                    e.getMessage() + "; the case is " + e.currentState()));
        } catch (ValidationException e) {
            for (FieldError problem : e.errors()) {
                FieldColumns.Field field = column(problem.field(), progress.step);
                batch.error(new RowError(
                        row.number(),
                        columns.label(field),
                        null,
                        ImportCode.REFUSED_BY_WORKFLOW.code(),
                        ImportCode.REFUSED_BY_WORKFLOW.summary() + " [" + problem.field() + " " + problem.code() + "]",
                        problem.message()));
            }
        } catch (ConflictException | NotFoundException | PreconditionFailedException | AccessDeniedException e) {
            batch.error(new RowError(
                    row.number(),
                    columns.label(column("", progress.step)),
                    null,
                    ImportCode.REFUSED_BY_WORKFLOW.code(),
                    ImportCode.REFUSED_BY_WORKFLOW.summary() + " ["
                            + e.getClass().getSimpleName() + "]",
                    e.getMessage()));
        }
    }

    /** Runs in the case's transaction, as the importing user. */
    private Outcome walkCase(RunningJob job, CaseRow row, CaseWalk.Progress progress) {
        String source = job.job().source();
        ImportRecords.Known known = records.find(source, ImportKind.RETURN_CASES, List.of(row.externalId()))
                .get(row.externalId());
        if (known != null && Arrays.equals(known.hash(), row.hash())) {
            return Outcome.UNCHANGED;
        }
        ReturnCaseView view = known == null
                ? walk.open(row, household(source, row), progress)
                : walk.walk(row, returns.get(UUID.fromString(known.targetId())), progress);
        records.save(
                source,
                ImportKind.RETURN_CASES,
                job.job().id(),
                List.of(new ImportRecords.Made(row.externalId(), view.id().toString(), row.hash())),
                clock.instant());
        return known == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** The registry's id of the household, or the household imported under this external id from the same source. */
    private UUID household(String source, CaseRow row) {
        try {
            return UUID.fromString(row.household());
        } catch (IllegalArgumentException notAnId) {
            Map<String, ImportRecords.Known> imported =
                    records.find(source, ImportKind.HOUSEHOLDS, List.of(row.household()));
            ImportRecords.Known household = imported.get(row.household());
            if (household == null) {
                throw new CaseWalk.RowRefused(
                        ImportCode.INVALID_CODE,
                        HOUSEHOLD,
                        row.household(),
                        "a household id of the registry, or the external id of a household imported from the same"
                                + " source");
            }
            return UUID.fromString(household.targetId());
        }
    }

    /** The column a workflow's field problem is about: the field's own column, else the date of the step. */
    private static FieldColumns.Field column(String field, ReturnStatus step) {
        return switch (field) {
            case "householdId" -> HOUSEHOLD;
            case "memberIds", "signedBy" -> MEMBERS;
            case "intendedDestinationPcode", "destinationPcode", "pcode" -> DESTINATION;
            case "topics" -> TOPICS;
            case "place" -> DECLARATION_PLACE;
            case "witnessOrganisation" -> WITNESS;
            case "transport" -> TRANSPORT;
            case "crossingPointCode" -> CROSSING_POINT;
            case "fromCountry", "fromSite", "fromPcode" -> FROM_SITE;
            case "plannedDate" -> PLANNED;
            case "scheduledOn" -> SCHEDULED;
            case "reason" -> step == ReturnStatus.ON_HOLD ? HOLD_REASON : WITHDRAWAL_REASON;
            default -> step == null ? STATUS : stepDate(step);
        };
    }

    private static FieldColumns.Field stepDate(ReturnStatus step) {
        return switch (step) {
            case INTENTION_RECORDED -> OPENED;
            case COUNSELLED -> COUNSELLED;
            case DECLARATION_SIGNED -> DECLARED;
            case CLEARED -> CLEARED;
            case SCHEDULED -> PLANNED;
            case DEPARTED -> DEPARTED;
            case CROSSED -> CROSSED;
            case ARRIVED -> ARRIVED;
            case WITHDRAWN -> WITHDRAWN_ON;
            case ON_HOLD -> HELD_ON;
            default -> STATUS;
        };
    }
}
