package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.registry.internal.BulkHousehold;
import org.homeward.registry.internal.HouseholdBulkWriter;
import org.homeward.registry.internal.HouseholdBulkWriter.Prepared;
import org.homeward.registry.internal.demo.SyntheticRegistry;

/**
 * Fills the registry through the bulk path until it holds the wanted number of persons: one thread generates
 * and prepares batches, the calling thread writes them (COPY and the audit chain at commit). Consents are
 * left out: a registration through the API records none either, and a million consent audit entries would
 * only lengthen the preload.
 */
final class Preload {

    static final String ACTOR = "benchmark-preload";

    record Result(long households, long persons, double seconds, List<UUID> ids) {

        double householdsPerSecond() {
            return households / seconds;
        }

        double personsPerSecond() {
            return persons / seconds;
        }
    }

    private record Batch(Prepared prepared, int persons) {}

    private static final Batch END = new Batch(null, 0);

    private Preload() {}

    static Result run(HouseholdBulkWriter writer, SyntheticRegistry generator, long personsWanted, int batchSize)
            throws Exception {
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
        long started = System.nanoTime();
        List<UUID> ids = new ArrayList<>();
        long persons = 0;
        try (ExecutorService producer = Executors.newSingleThreadExecutor()) {
            Future<?> producing = producer.submit(() -> produce(writer, generator, personsWanted, batchSize, ready));
            long reported = 0;
            try {
                for (Batch batch = ready.take(); batch != END; batch = ready.take()) {
                    ids.addAll(writer.write(batch.prepared()));
                    persons += batch.persons();
                    if (persons - reported >= personsWanted / 10) {
                        reported = persons;
                        System.out.printf(
                                "  preload: %,d persons in %,d households after %.0f s%n",
                                persons, ids.size(), (System.nanoTime() - started) / 1e9);
                    }
                }
            } catch (RuntimeException | InterruptedException e) {
                producing.cancel(true); // else it waits forever to hand over its next batch
                throw e;
            }
            producing.get();
        }
        return new Result(ids.size(), persons, (System.nanoTime() - started) / 1e9, ids);
    }

    private static Void produce(
            HouseholdBulkWriter writer,
            SyntheticRegistry generator,
            long personsWanted,
            int batchSize,
            BlockingQueue<Batch> ready)
            throws InterruptedException {
        try {
            long persons = 0;
            for (long from = 0; persons < personsWanted; from += batchSize) {
                List<BulkHousehold> households = generator.households(from, batchSize).stream()
                        .map(household -> new BulkHousehold(household.draft(), household.organisation(), List.of()))
                        .toList();
                int members = households.stream()
                        .mapToInt(household -> household.draft().members().size())
                        .sum();
                persons += members;
                ready.put(new Batch(writer.prepare(households, ACTOR), members));
            }
        } finally {
            ready.put(END);
        }
        return null;
    }
}
