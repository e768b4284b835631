package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.Row;
import org.homeward.exchange.TableDescription;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The rows of an HXL JSON file, in either of HXL's two forms: an array of arrays (each one a row, hashtag row
 * included) or an array of objects keyed by hashtag specs (the keys become row 0, the header). The array may be
 * the top level or a property of a top-level object (the first holding an array, or the one the selector names).
 * Objects are read twice: once for the keys of all of them (a later object may add a key), once for the values.
 * Numbers are read as written, booleans as {@code true}/{@code false}, null as an empty cell.
 */
final class JsonRows implements RawRows {

    private final JsonParser parser;
    private final Limits limits;
    private final TableDescription description;
    private final List<String> keys;
    private final Map<String, Integer> positions = new HashMap<>();
    private long row;
    private boolean ended;
    private boolean pending = true;
    private boolean keysGiven;

    private JsonRows(JsonParser parser, List<String> keys, Limits limits, TableDescription description) {
        this.parser = parser;
        this.keys = keys;
        this.limits = limits;
        this.description = description;
        for (int i = 0; keys != null && i < keys.size(); i++) {
            positions.put(keys.get(i), i);
        }
    }

    static JsonRows open(Bytes bytes, TextEncoding.Decision decision, String selector, Limits limits) {
        var description = TableDescription.json(decision.charset());
        JsonParser first = JsonText.open(bytes, decision, limits);
        List<String> keys;
        try {
            JsonToken token = locate(first, selector);
            if (token == JsonToken.END_ARRAY) {
                throw Problems.emptyFile();
            }
            keys = token == JsonToken.START_OBJECT ? keys(first, limits) : null;
        } finally {
            JsonText.close(first);
        }
        JsonParser second = JsonText.open(bytes, decision, limits);
        try {
            locate(second, selector);
        } catch (RuntimeException e) {
            JsonText.close(second);
            throw e;
        }
        return new JsonRows(second, keys, limits, description);
    }

    /** Moves to the array of rows and returns the token of its first element (not consumed for reading). */
    private static JsonToken locate(JsonParser parser, String selector) {
        JsonToken token = JsonText.next(parser, 0);
        if (token == JsonToken.START_OBJECT) {
            String wanted = selector == null ? null : selector.replaceFirst("^\\$\\.", "");
            boolean found = false;
            for (token = JsonText.next(parser, 0); token == JsonToken.PROPERTY_NAME; token = JsonText.next(parser, 0)) {
                String name = parser.currentName();
                JsonToken value = JsonText.next(parser, 0);
                if (value == JsonToken.START_ARRAY && (wanted == null || wanted.equals(name))) {
                    found = true;
                    break;
                }
                JsonText.skip(parser, 0);
            }
            if (!found) {
                throw Problems.of(FileProblem.of(
                                ProblemCode.MALFORMED_JSON,
                                wanted == null
                                        ? "the JSON object has no property holding an array of rows"
                                        : "the JSON object has no array of rows under the property")
                        .withValue(wanted)
                        .expecting("an array of rows at the top level or under a property"));
            }
        } else if (token != JsonToken.START_ARRAY) {
            throw JsonText.unexpected("the JSON is not an array of rows", parser, 0);
        }
        // Jackson cannot un-read a token: the first element's start token stays current for the caller.
        return JsonText.next(parser, 1);
    }

    /** All keys of all objects, in order of first appearance. */
    private static List<String> keys(JsonParser parser, Limits limits) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        long row = 1;
        for (JsonToken token = parser.currentToken();
                token != JsonToken.END_ARRAY;
                token = JsonText.next(parser, ++row)) {
            if (token != JsonToken.START_OBJECT) {
                throw JsonText.unexpected("row " + row + " is not an object like the first one", parser, row);
            }
            for (token = JsonText.next(parser, row);
                    token == JsonToken.PROPERTY_NAME;
                    token = JsonText.next(parser, row)) {
                keys.putIfAbsent(parser.currentName(), true);
                if (keys.size() > limits.maxColumns()) {
                    throw Problems.tooManyColumns(row, limits.maxColumns());
                }
                if (!JsonText.isScalar(JsonText.next(parser, row))) {
                    throw nested(parser, row);
                }
            }
        }
        return List.copyOf(keys.keySet());
    }

    @Override
    public Row next() {
        if (ended) {
            return null;
        }
        if (keys != null && !keysGiven) {
            keysGiven = true;
            return new Row(0, keys);
        }
        // After locate(), the first element's start token is already current.
        JsonToken token = pending ? parser.currentToken() : JsonText.next(parser, row + 1);
        pending = false;
        if (token == JsonToken.END_ARRAY || token == null) {
            ended = true;
            return null;
        }
        row++;
        return keys != null ? object(token) : array(token);
    }

    private Row array(JsonToken start) {
        if (start != JsonToken.START_ARRAY) {
            throw JsonText.unexpected("row " + row + " is not an array like the first one", parser, row);
        }
        var cells = new ArrayList<String>();
        for (JsonToken token = JsonText.next(parser, row);
                token != JsonToken.END_ARRAY;
                token = JsonText.next(parser, row)) {
            if (!JsonText.isScalar(token)) {
                throw nested(parser, row);
            }
            if (cells.size() == limits.maxColumns()) {
                throw Problems.tooManyColumns(row, limits.maxColumns());
            }
            cells.add(JsonText.text(parser, row));
        }
        return new Row(row, cells);
    }

    private Row object(JsonToken start) {
        if (start != JsonToken.START_OBJECT) {
            throw JsonText.unexpected("row " + row + " is not an object like the first one", parser, row);
        }
        String[] cells = new String[keys.size()];
        Arrays.fill(cells, "");
        for (JsonToken token = JsonText.next(parser, row);
                token == JsonToken.PROPERTY_NAME;
                token = JsonText.next(parser, row)) {
            int position = positions.get(parser.currentName());
            JsonText.next(parser, row);
            cells[position] = JsonText.text(parser, row);
        }
        return new Row(row, List.of(cells));
    }

    private static RuntimeException nested(JsonParser parser, long row) {
        return JsonText.unexpected("a value in row " + row + " is itself an array or object", parser, row);
    }

    @Override
    public TableDescription description() {
        return description;
    }

    @Override
    public void close() {
        JsonText.close(parser);
    }
}
