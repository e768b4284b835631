package org.homeward.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a submitted form, in the reader's language, by field path ({@code members[1].sex}), and
 * the summary shown at the top of the form with a link to each field. Methods the templates call are public:
 * Spring EL reaches only public methods.
 */
final class FormErrors {

    private static final FormErrors NONE = new FormErrors();

    /** One line of the summary: the id of the field to jump to, which field, and what is wrong. */
    record Problem(String anchor, String where, String message) {}

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Problem> summary = new ArrayList<>();

    static FormErrors none() {
        return NONE;
    }

    /** The HTML id of the input (or group) for a field path: {@code members[1].sex} → {@code members-1-sex}. */
    static String id(String path) {
        return path.replace("[", "-").replace("]", "").replace('.', '-');
    }

    void add(String path, String where, String message) {
        byField.computeIfAbsent(path, key -> new ArrayList<>()).add(message);
        summary.add(new Problem(id(path), where, message));
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String path) {
        return byField.containsKey(path);
    }

    public List<String> of(String path) {
        return byField.getOrDefault(path, List.of());
    }

    public List<Problem> summary() {
        return summary;
    }
}
