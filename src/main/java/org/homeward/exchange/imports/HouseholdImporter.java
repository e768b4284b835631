package org.homeward.exchange.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.imports.HouseholdAssembler.Assembled;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.HouseholdImports;
import org.homeward.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Households from a person-per-row table: rows of one household are consecutive and share its external id. Rows
 * are grouped into households, households into batches of about {@code homeward.exchange.imports.batch-rows} persons;
 * each batch is checked and written in one transaction with the job's checkpoint (the batch's last row), so a batch
 * never splits a household and a resumed job starts at a household's first row.
 *
 * <p>Two stages overlap: while one batch is written (COPY and commit, mostly PostgreSQL's work) on a writer thread,
 * the next is read, checked and prepared (mostly the JVM's work) on the job's thread. At most one batch is in flight.
 */
@Component
class HouseholdImporter {

    private final Gazetteer gazetteer;
    private final HouseholdImports imports;
    private final Registry registry;
    private final ImportRecords records;
    private final BatchCommitter committer;
    private final java.time.Clock clock;
    private final int batchRows;

    HouseholdImporter(
            Gazetteer gazetteer,
            HouseholdImports imports,
            Registry registry,
            ImportRecords records,
            BatchCommitter committer,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${homeward.exchange.imports.batch-rows:20000}")
                    int batchRows) {
        this.batchRows = batchRows;
        this.gazetteer = gazetteer;
        this.imports = imports;
        this.registry = registry;
        this.records = records;
        this.committer = committer;
        this.clock = clock;
    }

    void run(RunningJob job, RowSource source) {
        try (Pipeline pipeline = new Pipeline()) {
            read(job, source, pipeline);
            pipeline.awaitPrevious();
        }
    }

    private void read(RunningJob job, RowSource source, Pipeline pipeline) {
        // A Kobo export's mapping names form paths, applied already when its rows were made.
        ColumnMapping mapping = ColumnMapping.of(
                source.header(),
                source instanceof SubmissionRows ? null : job.job().mapping());
        HouseholdAssembler assembler = new HouseholdAssembler(mapping, new References(gazetteer));
        Set<String> seen = new HashSet<>();
        long checkpoint = job.progress().checkpointRow();
        List<Assembled> households = new ArrayList<>();
        BatchOutcome batch = new BatchOutcome();
        List<Row> group = new ArrayList<>();
        String groupId = null;
        boolean scattered = false;
        int rowsInBatch = 0;
        while (source.hasNext()) {
            Row row = source.next();
            String id = mapping.value(row, HouseholdField.HOUSEHOLD_ID);
            if (row.number() <= checkpoint) {
                seen.add(id); // committed before a restart; still counts for scattered-row detection
                continue;
            }
            if (!id.equals(groupId)) {
                if (groupId != null) {
                    add(assembler, groupId, group, scattered, households, batch);
                    if (rowsInBatch >= batchRows) {
                        process(job, households, batch, pipeline);
                        households = new ArrayList<>();
                        batch = new BatchOutcome();
                        rowsInBatch = 0;
                    }
                }
                group = new ArrayList<>();
                groupId = id;
                scattered = !id.isEmpty() && !seen.add(id);
            }
            group.add(row);
            rowsInBatch++;
        }
        if (groupId != null) {
            add(assembler, groupId, group, scattered, households, batch);
        }
        if (!households.isEmpty() || batch.read > 0) {
            process(job, households, batch, pipeline);
        }
    }

    private static void add(
            HouseholdAssembler assembler,
            String id,
            List<Row> rows,
            boolean scattered,
            List<Assembled> households,
            BatchOutcome batch) {
        batch.read += rows.size();
        batch.lastRow = rows.getLast().number();
        if (id.isEmpty() || scattered) {
            ImportCode code = id.isEmpty() ? ImportCode.REQUIRED : ImportCode.SCATTERED_HOUSEHOLD;
            String expected = id.isEmpty()
                    ? "the household's external id on every row"
                    : "all rows of a household one after another";
            for (Row row : rows) {
                batch.error(RowError.of(code, row.number(), "household_id", id.isEmpty() ? null : id, expected));
            }
            return;
        }
        Assembled household = assembler.assemble(id, rows);
        if (household.valid()) {
            households.add(household);
        } else {
            batch.errors(household.errors());
        }
    }

    private void process(RunningJob job, List<Assembled> households, BatchOutcome batch, Pipeline pipeline) {
        String source = job.job().source();
        Map<String, ImportRecords.Known> known = records.find(
                source,
                ImportKind.HOUSEHOLDS,
                households.stream().map(Assembled::externalId).toList());
        List<Assembled> fresh = new ArrayList<>();
        List<Assembled> changed = new ArrayList<>();
        for (Assembled household : households) {
            ImportRecords.Known before = known.get(household.externalId());
            if (before == null) {
                fresh.add(household);
            } else if (java.util.Arrays.equals(before.hash(), household.hash())) {
                batch.unchanged++;
                batch.validated += household.rows().size();
            } else {
                changed.add(household);
            }
        }
        HouseholdImports.Prepared prepared = committer.asActor(
                job, () -> imports.prepare(fresh.stream().map(Assembled::draft).toList(), job.dryRun()));
        List<Written> written = refuseOrKeep(fresh, prepared.problems(), batch);
        // From here the writer holds only what it writes and records: the rows and drafts of this batch can go
        // while the next batch is read (a smaller live heap, less for the collector to copy).
        pipeline.then(() -> committer.commit(job, batch, outcome -> {
            List<ImportRecords.Made> made = new ArrayList<>();
            create(job, written, imports.write(prepared), outcome, made);
            update(job, changed, known, outcome, made);
            if (!job.dryRun()) {
                records.save(source, ImportKind.HOUSEHOLDS, job.job().id(), made, clock.instant());
            }
        }));
    }

    /** A household the registry accepted: what its import record and the batch's counts need. */
    private record Written(String externalId, byte[] hash, int rows) {}

    /** The registry's problems as row errors of the refused households; the accepted ones, in order. */
    private static List<Written> refuseOrKeep(
            List<Assembled> fresh, List<List<org.homeward.shared.FieldError>> problems, BatchOutcome batch) {
        List<Written> accepted = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Assembled household = fresh.get(i);
            if (problems.get(i).isEmpty()) {
                accepted.add(new Written(
                        household.externalId(),
                        household.hash(),
                        household.rows().size()));
            } else {
                List<RowError> errors = new ArrayList<>();
                RegistryErrors.attach(household.rows(), problems.get(i), errors);
                batch.errors(errors);
            }
        }
        return accepted;
    }

    private void create(
            RunningJob job,
            List<Written> accepted,
            List<HouseholdImports.Outcome> outcomes,
            BatchOutcome batch,
            List<ImportRecords.Made> made) {
        java.util.Iterator<Written> households = accepted.iterator();
        for (HouseholdImports.Outcome outcome : outcomes) {
            if (!outcome.accepted()) {
                continue; // reported when the batch was prepared
            }
            Written household = households.next();
            batch.validated += household.rows();
            batch.created++;
            if (!job.dryRun()) {
                batch.saved += household.rows();
                made.add(new ImportRecords.Made(
                        household.externalId(), outcome.id().toString(), household.hash()));
            }
        }
    }

    /**
     * A household imported before whose rows changed: checked as a registration would be, then written with the
     * registry's update, which applies its own access rule for changes.
     */
    private void update(
            RunningJob job,
            List<Assembled> changed,
            Map<String, ImportRecords.Known> known,
            BatchOutcome batch,
            List<ImportRecords.Made> made) {
        List<HouseholdImports.Outcome> checks =
                imports.register(changed.stream().map(Assembled::draft).toList(), true);
        for (int i = 0; i < changed.size(); i++) {
            Assembled household = changed.get(i);
            if (!checks.get(i).accepted()) {
                List<RowError> errors = new ArrayList<>();
                RegistryErrors.attach(household.rows(), checks.get(i).errors(), errors);
                batch.errors(errors);
                continue;
            }
            UUID id = UUID.fromString(known.get(household.externalId()).targetId());
            java.util.Optional<HouseholdFacts> facts =
                    registry.mayChange(id) ? registry.facts(id) : java.util.Optional.empty();
            if (facts.isEmpty()) {
                batch.error(RowError.of(
                        ImportCode.NO_CHANGE_ALLOWED,
                        household.rows().getFirst().number(),
                        "household_id",
                        household.externalId(),
                        "a household you may change (it may have been deleted or moved out of your areas)"));
                continue;
            }
            batch.validated += household.rows().size();
            batch.updated++;
            if (!job.dryRun()) {
                HouseholdDraft draft = household.draft();
                registry.update(id, facts.get().version(), draft);
                batch.saved += household.rows().size();
                made.add(new ImportRecords.Made(household.externalId(), id.toString(), household.hash()));
            }
        }
    }

    /**
     * The writer stage: runs one batch's write at a time on its own thread, and hands its failure back to the job's
     * thread at the next batch or at the end.
     */
    private static final class Pipeline implements AutoCloseable {

        private final java.util.concurrent.ExecutorService writer =
                java.util.concurrent.Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("import-writer").daemon().factory());
        private java.util.concurrent.Future<?> inFlight;

        void then(Runnable write) {
            awaitPrevious();
            inFlight = writer.submit(write);
        }

        void awaitPrevious() {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a batch was written", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }

        /** Lets a batch in flight end (commit or roll back) before the job is ended, whatever the job's fate. */
        @Override
        public void close() {
            try {
                awaitPrevious();
            } catch (RuntimeException alreadyReported) {
                // the job is failing for another reason, or this failure was thrown at the last batch
            } finally {
                writer.shutdown();
            }
        }
    }
}
