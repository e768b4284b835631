package org.homeward.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Registration through the API: {@code clients} threads, each with its own bearer token, POST households
 * back to back for a warm-up and then a measured period. Counts households registered (201) whose answer
 * arrived within the measured period, per second, and their latencies.
 */
final class RegistrationLoad {

    record Result(
            int clients,
            double seconds,
            long households,
            long errors,
            long[] perSecond,
            Latencies latencies,
            Map<Integer, Long> errorStatuses,
            Map<String, Object> cpu) {

        double householdsPerSecond() {
            return households / seconds;
        }

        double medianPerSecond() {
            return Latencies.median(perSecond);
        }
    }

    private RegistrationLoad() {}

    static Result run(
            Http http, List<String> tokens, List<byte[]> bodies, Duration warmUp, Duration measured, CpuMeter meter)
            throws Exception {
        int clients = tokens.size();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        int seconds = (int) measured.toSeconds();
        AtomicLongArray perSecond = new AtomicLongArray(seconds);
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        Map<Integer, Long> errorStatuses = new java.util.concurrent.ConcurrentHashMap<>();
        CpuMeter.Snapshot[] cpu = new CpuMeter.Snapshot[2];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients, meter.clientThreads())) {
            List<Future<?>> running = new ArrayList<>();
            for (String token : tokens) {
                running.add(pool.submit(() -> {
                    try (Http.Client client = http.client(token)) {
                        while (System.nanoTime() < end) {
                            byte[] body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                            long sent = System.nanoTime();
                            Http.Response response = client.post("/api/v1/households", body);
                            long answered = System.nanoTime();
                            if (answered < start || answered >= end) {
                                continue;
                            }
                            if (response.status() == 201) {
                                perSecond.incrementAndGet((int) ((answered - start) / 1_000_000_000L));
                                latencies.add(answered - sent);
                            } else {
                                errors.incrementAndGet();
                                errorStatuses.merge(response.status(), 1L, Long::sum);
                            }
                        }
                    }
                }));
            }
            CpuMeter.Snapshot before = atTime(start, meter);
            CpuMeter.Snapshot after = atTime(end, meter);
            for (Future<?> future : running) {
                future.get();
            }
            cpu[0] = before;
            cpu[1] = after;
        }
        long[] counts = new long[seconds];
        long total = 0;
        for (int i = 0; i < seconds; i++) {
            counts[i] = perSecond.get(i);
            total += counts[i];
        }
        return new Result(
                clients,
                measured.toMillis() / 1000.0,
                total,
                errors.get(),
                counts,
                latencies,
                errorStatuses,
                CpuMeter.perOperation(cpu[0], cpu[1], total));
    }

    private static CpuMeter.Snapshot atTime(long nanoTime, CpuMeter meter) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return meter.snapshot();
    }
}
