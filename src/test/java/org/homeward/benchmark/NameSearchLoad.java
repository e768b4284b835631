package org.homeward.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.benchmark.SearchQueries.Kind;
import org.homeward.benchmark.SearchQueries.Query;
import org.homeward.benchmark.SearchQueries.Script;

/**
 * Runs name queries through {@code GET /api/v1/households?q=...&size=20} with a number of concurrent clients,
 * each query once, and records latency per script and what each query found.
 */
final class NameSearchLoad {

    static final int PAGE_SIZE = 20;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private record Outcome(Query query, long nanos, int status, long total, boolean onFirstPage) {}

    record Result(int clients, double seconds, Map<Script, Latencies> latencies, List<Outcome> outcomes) {

        long errors() {
            return outcomes.stream().filter(outcome -> outcome.status() != 200).count();
        }

        double queriesPerSecond() {
            return outcomes.size() / seconds;
        }

        /** Per script and kind: how many queries, how many could match, found anything, found their household on page 1. */
        Map<String, Object> findings() {
            Map<String, Object> findings = new LinkedHashMap<>();
            for (Script script : Script.values()) {
                for (Kind kind : Kind.values()) {
                    List<Outcome> these = outcomes.stream()
                            .filter(o ->
                                    o.query().script() == script && o.query().kind() == kind)
                            .toList();
                    if (these.isEmpty()) {
                        continue;
                    }
                    Map<String, Object> found = new LinkedHashMap<>();
                    found.put("queries", these.size());
                    found.put("canMatch", share(these, o -> o.query().keysMatch()));
                    found.put("nonEmpty", share(these, o -> o.total() > 0));
                    found.put("sourceOnFirstPage", share(these, Outcome::onFirstPage));
                    found.put("medianTotal", median(these));
                    findings.put(script.name().toLowerCase() + "." + kind.name().toLowerCase(), found);
                }
            }
            return findings;
        }

        private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
            return Math.round(1000.0 * outcomes.stream().filter(test).count() / outcomes.size()) / 1000.0;
        }

        private static double median(List<Outcome> outcomes) {
            return Latencies.median(outcomes.stream().mapToLong(Outcome::total).toArray());
        }
    }

    private NameSearchLoad() {}

    static Result run(Http http, List<String> tokens, List<Query> queries, int clients, CpuMeter meter)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients, meter.clientThreads())) {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                String token = tokens.get(client % tokens.size());
                running.add(pool.submit(() -> {
                    try (Http.Client connection = http.client(token)) {
                        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                            outcomes.add(search(connection, queries.get(i)));
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Script, Latencies> latencies = new EnumMap<>(Script.class);
        for (Outcome outcome : outcomes) {
            latencies
                    .computeIfAbsent(outcome.query().script(), script -> new Latencies())
                    .add(outcome.nanos());
        }
        return new Result(clients, seconds, latencies, List.copyOf(outcomes));
    }

    private static Outcome search(Http.Client client, Query query) {
        String path = "/api/v1/households?size=" + PAGE_SIZE + "&q="
                + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Http.Response response = client.get(path);
        long nanos = System.nanoTime() - started;
        String body = response.body();
        long total = -1;
        if (response.status() == 200) {
            Matcher matcher = TOTAL.matcher(body);
            total = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }
        boolean onFirstPage = body.contains(query.household().toString());
        return new Outcome(query, nanos, response.status(), total, onFirstPage);
    }
}
