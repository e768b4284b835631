package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.Submission;
import org.homeward.exchange.SubmissionSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Submissions from a KoboToolbox or ODK JSON export, one object at a time. Nested group objects are flattened to
 * paths, so {@code {"household": {"head_name": ..}}} and {@code {"household/head_name": ..}} read the same; an array
 * of objects is a repeat group; an array of values ({@code _geolocation}, {@code _tags}) is joined with spaces.
 * Empty arrays of system fields ({@code _attachments}, {@code _notes}) are dropped.
 */
public final class KoboJsonSubmissions implements SubmissionSource {

    static final List<String> ID_FIELDS = List.of("_id", "_uuid", "meta/instanceID", "__id", "instanceID");

    private final JsonParser parser;
    private final Limits limits;
    private long row;
    private boolean pending = true;
    private Submission next;
    private boolean ended;

    private KoboJsonSubmissions(JsonParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    public static KoboJsonSubmissions open(Path file, Limits limits) {
        Sample sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = Sample.read(in);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
        FileKind kind = Sniffer.kind(sample);
        if (kind != FileKind.TEXT) {
            throw TableOpener.refused(kind);
        }
        var decision = TextEncoding.decide(sample, null);
        JsonParser parser = JsonText.open(() -> Files.newInputStream(file), decision, limits);
        try {
            locate(parser);
            return new KoboJsonSubmissions(parser, limits);
        } catch (RuntimeException e) {
            JsonText.close(parser);
            throw e;
        }
    }

    /** To the first submission: the top-level array, or the {@code results} array of an API response. */
    private static void locate(JsonParser parser) {
        JsonToken token = JsonText.next(parser, 0);
        if (token == JsonToken.START_OBJECT) {
            for (token = JsonText.next(parser, 0); token == JsonToken.PROPERTY_NAME; token = JsonText.next(parser, 0)) {
                boolean results = parser.currentName().equals("results");
                if (JsonText.next(parser, 0) == JsonToken.START_ARRAY && results) {
                    JsonText.next(parser, 1);
                    return;
                }
                JsonText.skip(parser, 0);
            }
            throw JsonText.unexpected("the export has no 'results' array of submissions", parser, 0);
        }
        if (token != JsonToken.START_ARRAY) {
            throw JsonText.unexpected("the export is not an array of submissions", parser, 0);
        }
        JsonText.next(parser, 1);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            JsonToken token = pending ? parser.currentToken() : JsonText.next(parser, row + 1);
            pending = false;
            if (token == JsonToken.END_ARRAY || token == null) {
                ended = true;
            } else {
                row++;
                next = submission(token);
            }
        }
        return next != null;
    }

    @Override
    public Submission next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Submission submission = next;
        next = null;
        return submission;
    }

    private Submission submission(JsonToken start) {
        if (start != JsonToken.START_OBJECT) {
            throw JsonText.unexpected("submission " + row + " is not an object", parser, row);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> repeats = new LinkedHashMap<>();
        readObject("", fields, repeats, null);
        String id = ID_FIELDS.stream()
                .map(fields::get)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .orElseThrow(
                        () -> Problems.of(FileProblem.of(ProblemCode.SUBMISSION_WITHOUT_ID, "the submission has no id")
                                .atRow(row)
                                .expecting("one of " + String.join(", ", ID_FIELDS))));
        return new Submission(id, row, fields, repeats);
    }

    /**
     * Reads the properties of the current object into fields (and repeats, at submission level). Inside a repeat
     * entry ({@code repeats} null), paths are made relative to the repeat.
     */
    private void readObject(
            String prefix,
            Map<String, String> fields,
            Map<String, List<Map<String, String>>> repeats,
            String repeatPath) {
        for (JsonToken token = JsonText.next(parser, row);
                token == JsonToken.PROPERTY_NAME;
                token = JsonText.next(parser, row)) {
            String path =
                    relative(prefix.isEmpty() ? parser.currentName() : prefix + "/" + parser.currentName(), repeatPath);
            JsonToken value = JsonText.next(parser, row);
            if (JsonText.isScalar(value)) {
                put(fields, path, JsonText.text(parser, row));
            } else if (value == JsonToken.START_OBJECT) {
                readObject(path, fields, repeats, repeatPath);
            } else {
                readArray(path, fields, repeats);
            }
        }
    }

    private void readArray(String path, Map<String, String> fields, Map<String, List<Map<String, String>>> repeats) {
        JsonToken token = JsonText.next(parser, row);
        if (token == JsonToken.START_OBJECT) {
            if (repeats == null) {
                throw Problems.of(
                        FileProblem.of(ProblemCode.MALFORMED_JSON, "unsupported repeat group inside a repeat group")
                                .withValue(path)
                                .atRow(row)
                                .expecting("repeat groups directly under the submission"));
            }
            var entries = new ArrayList<Map<String, String>>();
            for (; token == JsonToken.START_OBJECT; token = JsonText.next(parser, row)) {
                Map<String, String> entry = new LinkedHashMap<>();
                readObject("", entry, null, path);
                entries.add(entry);
                if (entries.size() > limits.maxColumns()) {
                    throw Problems.tooManyColumns(row, limits.maxColumns());
                }
            }
            if (token != JsonToken.END_ARRAY) {
                throw JsonText.unexpected("repeat group " + path + " mixes objects and values", parser, row);
            }
            repeats.put(path, entries);
            return;
        }
        var values = new ArrayList<String>();
        for (; token != JsonToken.END_ARRAY; token = JsonText.next(parser, row)) {
            if (!JsonText.isScalar(token)) {
                throw JsonText.unexpected("a list in submission " + row + " holds lists", parser, row);
            }
            values.add(JsonText.text(parser, row));
        }
        if (!values.isEmpty()) {
            put(fields, path, String.join(" ", values));
        } else if (!path.startsWith("_") && repeats != null) {
            repeats.put(path, List.of()); // a repeat group with no entries
        }
    }

    private void put(Map<String, String> fields, String path, String value) {
        fields.put(path, value);
        if (fields.size() > limits.maxColumns()) {
            throw Problems.tooManyColumns(row, limits.maxColumns());
        }
    }

    static String relative(String path, String repeatPath) {
        if (repeatPath != null && path.startsWith(repeatPath + "/")) {
            return path.substring(repeatPath.length() + 1);
        }
        return path;
    }

    @Override
    public void close() {
        JsonText.close(parser);
    }
}
