package org.homeward.registry.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.internal.HouseholdBulkWriter;
import org.homeward.registry.internal.HouseholdBulkWriter.Prepared;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the registry with synthetic households up to a target, through the bulk path, in transactions of
 * {@value #BATCH} households. Counts what an earlier run left (deleted ones included, so that household
 * numbers are never generated twice) and continues from there: running it again does nothing, and a run cut
 * short is completed by the next.
 */
@Component
class DemoHouseholds {

    static final String ACTOR = "demo-data";
    static final long SEED = 20_111_015L;
    static final int BATCH = 500;

    private final HouseholdBulkWriter writer;
    private final Gazetteer gazetteer;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoHouseholds(HouseholdBulkWriter writer, Gazetteer gazetteer, JdbcClient jdbc, Clock clock) {
        this.writer = writer;
        this.gazetteer = gazetteer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Synthetic households the demo has written so far. */
    long count() {
        return jdbc.sql("SELECT count(*) FROM household WHERE created_by = :actor AND notes = :note")
                .param("actor", ACTOR)
                .param("note", SyntheticRegistry.NOTE)
                .query(Long.class)
                .single();
    }

    /**
     * Writes synthetic households until there are {@code target}; answers how many it wrote. The next batch
     * is generated and prepared on another thread while the current one is written.
     */
    long fill(long target) {
        long existing = count();
        if (existing >= target) {
            return 0;
        }
        SyntheticRegistry generator =
                new SyntheticRegistry(NameBook.load(), DemoPlaces.fromGazetteer(gazetteer), SEED, LocalDate.now(clock));
        try (ExecutorService preparing = Executors.newSingleThreadExecutor()) {
            Future<Prepared> next = preparing.submit(() -> prepare(generator, existing, target));
            for (long from = existing; from < target; from += BATCH) {
                Prepared batch = await(next);
                long following = from + BATCH;
                if (following < target) {
                    next = preparing.submit(() -> prepare(generator, following, target));
                }
                writer.write(batch);
            }
        }
        return target - existing;
    }

    private Prepared prepare(SyntheticRegistry generator, long from, long target) {
        return writer.prepare(generator.households(from, (int) Math.min(BATCH, target - from)), ACTOR);
    }

    private static Prepared await(Future<Prepared> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing demo households", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("demo households could not be prepared", e.getCause());
        }
    }
}
