package org.homeward.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Collects a benchmark's figures, prints them as a table and writes them as JSON. */
final class BenchmarkReport {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    void put(String key, Object value) {
        figures.put(key, value);
    }

    Object figure(String key) {
        return figures.get(key);
    }

    void line(String format, Object... arguments) {
        lines.add(arguments.length == 0 ? format : String.format(java.util.Locale.ROOT, format, arguments));
    }

    static double loadAverage() {
        return Latencies.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void print() {
        String rule = "=".repeat(100);
        System.out.println(rule);
        lines.forEach(System.out::println);
        System.out.println(rule);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(figures));
    }
}
