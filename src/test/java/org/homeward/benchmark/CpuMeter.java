package org.homeward.benchmark;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time used by this JVM (application and load generators) and by the embedded PostgreSQL server (all
 * processes of the cluster, read from /proc on Linux). CPU time per operation depends far less on what else
 * runs on a shared machine than throughput does, so the report gives both. The load generators' share of the
 * JVM's CPU is measured per thread: the threads made by {@link #clientThreads()} and the JDK HTTP client's own
 * threads (named {@code HttpClient-...}); the rest (request handling, the audit sealer, GC, JIT) is the server's.
 */
final class CpuMeter {

    /** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every common architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * @param javaThreadNanos CPU of the JVM's live Java threads (clients, request handling, the pool, the audit sealer);
     *     the rest of {@code jvmNanos} is the JVM's own threads (garbage collection, JIT compilation) and threads that
     *     ended meanwhile
     */
    record Snapshot(
            long jvmNanos, long clientNanos, long javaThreadNanos, long jitNanos, long gcNanos, long postgresNanos) {}

    private final Path dataDirectory;
    private final Set<Long> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong retired = new AtomicLong();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    CpuMeter(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    Snapshot snapshot() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] java = javaThreadNanos();
        long[] vm = vmThreadNanos();
        return new Snapshot(os.getProcessCpuTime(), java[0], java[1], vm[0], vm[1], postgresNanos());
    }

    /** Platform threads whose CPU counts as the load generators' (a thread pool's factory). */
    ThreadFactory clientThreads() {
        ThreadFactory platform = Thread.ofPlatform().name("load-client-", 0).factory();
        return task -> {
            Thread thread = platform.newThread(() -> {
                try {
                    task.run();
                } finally {
                    // A pool's threads end when it closes, often before the snapshot after a load: keep their share.
                    long spent = threads.getCurrentThreadCpuTime();
                    clients.remove(Thread.currentThread().threadId());
                    retired.addAndGet(Math.max(0, spent));
                }
            });
            clients.add(thread.threadId());
            return thread;
        };
    }

    /**
     * CPU of the live client threads, and of all live Java threads: a thread that ended between two snapshots loses
     * its share (pools keep theirs).
     */
    private long[] javaThreadNanos() {
        long clientTotal = retired.get();
        long total = clientTotal;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            total += nanos;
            if (clients.contains(info.getThreadId()) || info.getThreadName().startsWith("HttpClient-")) {
                clientTotal += nanos;
            }
        }
        return new long[] {clientTotal, total};
    }

    /**
     * CPU of the JVM's own threads, by their native names in /proc/self/task: the JIT compilers ({@code C1/C2
     * CompilerThread}), and garbage collection with the VM thread that runs its pauses ({@code GC Thread#}, {@code
     * G1 ...}, {@code VM Thread}). Zero where /proc is not there.
     */
    private static long[] vmThreadNanos() {
        long jit = 0;
        long gc = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                List<String> fields = stat(task);
                if (fields == null) {
                    continue;
                }
                String name = fields.get(1);
                long nanos = (Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14))) * NANOS_PER_TICK;
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    jit += nanos;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    gc += nanos;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
        return new long[] {jit, gc};
    }

    /**
     * Milliseconds of CPU per operation between two snapshots: the whole JVM, of which the load-generating
     * clients and the rest (the server), and PostgreSQL.
     */
    static Map<String, Object> perOperation(Snapshot before, Snapshot after, long operations) {
        double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e6 / Math.max(1, operations);
        double clients = (after.clientNanos() - before.clientNanos()) / 1e6 / Math.max(1, operations);
        double postgres = (after.postgresNanos() - before.postgresNanos()) / 1e6 / Math.max(1, operations);
        double javaThreads = (after.javaThreadNanos() - before.javaThreadNanos()) / 1e6 / Math.max(1, operations);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("jvmCpuMsPerOperation", round(jvm));
        figures.put("jvmClientsCpuMsPerOperation", round(clients));
        figures.put("jvmServerCpuMsPerOperation", round(jvm - clients));
        figures.put("jvmGcJitAndEndedThreadsCpuMsPerOperation", round(jvm - javaThreads));
        figures.put(
                "jvmJitCpuMsPerOperation",
                round((after.jitNanos() - before.jitNanos()) / 1e6 / Math.max(1, operations)));
        figures.put(
                "jvmGcCpuMsPerOperation", round((after.gcNanos() - before.gcNanos()) / 1e6 / Math.max(1, operations)));
        figures.put("postgresCpuMsPerOperation", round(postgres));
        figures.put("serverCpuMsPerOperation", round(jvm - clients + postgres));
        return figures;
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }

    private long postgresNanos() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    List<String> fields = stat(process);
                    if (fields != null
                            && (Long.parseLong(fields.get(0)) == postmaster
                                    || Long.parseLong(fields.get(3)) == postmaster)) {
                        ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                    }
                }
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or the cluster is elsewhere: the report then shows 0 for PostgreSQL
        }
    }

    /** The fields of /proc/PID/stat, with the command name (which may hold spaces) as one field. */
    private static List<String> stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            List<String> rest = List.of(line.substring(close + 2).split(" "));
            var fields = new java.util.ArrayList<String>();
            fields.add(line.substring(0, open).strip());
            fields.add(line.substring(open + 1, close));
            fields.addAll(rest);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
