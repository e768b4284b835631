package org.homeward.exchange;

import java.util.List;
import java.util.Map;

/**
 * One KoboToolbox/ODK form submission, normalised from either export format.
 *
 * @param id the submission's id ({@code _id}, else {@code _uuid}, else {@code meta/instanceID})
 * @param row where it came from: position in the JSON array, or row of the main CSV file
 * @param fields values by group path ({@code household/head_name}), in the export's order
 * @param repeats entries of each repeat group by its path ({@code household/members}); the keys of an entry are
 *     relative to the repeat ({@code name}, not {@code household/members/name})
 */
public record Submission(
        String id, long row, Map<String, String> fields, Map<String, List<Map<String, String>>> repeats) {

    public Submission {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        var copy = new java.util.LinkedHashMap<String, List<Map<String, String>>>();
        repeats.forEach((path, entries) -> copy.put(
                path,
                entries.stream()
                        .map(entry -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entry)))
                        .toList()));
        repeats = java.util.Collections.unmodifiableMap(copy);
    }

    public String field(String path) {
        return fields.getOrDefault(path, "");
    }

    public List<Map<String, String>> repeat(String path) {
        return repeats.getOrDefault(path, List.of());
    }
}
