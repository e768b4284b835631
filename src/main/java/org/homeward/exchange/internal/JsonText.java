package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streaming JSON with our limits, decoded strictly like CSV, and Jackson's errors turned into file problems that
 * name the line (Jackson's own messages quote input, which may be personal data, so they are not passed on).
 */
final class JsonText {

    private JsonText() {}

    static JsonParser open(Bytes bytes, TextEncoding.Decision decision, Limits limits) {
        var constraints = StreamReadConstraints.builder()
                .maxStringLength(limits.maxFieldChars())
                .maxNameLength(limits.maxFieldChars())
                .maxNestingDepth(64)
                .build();
        var factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        try {
            InputStream in = bytes.open();
            in.skipNBytes(decision.bomLength());
            var reader = new DecodingReader(in, decision.charset(), decision.bomLength(), false);
            return factory.createParser(ObjectReadContext.empty(), reader);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
    }

    static JsonToken next(JsonParser parser, long row) {
        try {
            return parser.nextToken();
        } catch (RuntimeException e) {
            throw translate(e, parser, row);
        }
    }

    static String text(JsonParser parser, long row) {
        try {
            return switch (parser.currentToken()) {
                case VALUE_NULL -> "";
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                default -> parser.getString();
            };
        } catch (RuntimeException e) {
            throw translate(e, parser, row);
        }
    }

    static boolean isScalar(JsonToken token) {
        return token != null && token.isScalarValue();
    }

    static void skip(JsonParser parser, long row) {
        try {
            parser.skipChildren();
        } catch (RuntimeException e) {
            throw translate(e, parser, row);
        }
    }

    static FileProblemException translate(RuntimeException e, JsonParser parser, long row) {
        var known = Problems.find(e);
        if (known != null) {
            return known;
        }
        TokenStreamLocation at =
                e instanceof JacksonException j && j.getLocation() != null ? j.getLocation() : parser.currentLocation();
        String where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        FileProblem problem;
        if (e instanceof UnexpectedEndOfInputException) {
            problem = FileProblem.of(ProblemCode.TRUNCATED, "the JSON ends before it is complete" + where)
                    .expecting("complete JSON; the file may be truncated");
        } else if (e instanceof StreamConstraintsException
                && String.valueOf(e.getMessage()).contains("length")) {
            problem = FileProblem.of(ProblemCode.FIELD_TOO_LONG, "a JSON value or name is too long" + where)
                    .expecting("at most "
                            + Problems.count(parser.streamReadConstraints().getMaxStringLength()) + " characters");
        } else if (e instanceof JacksonException) {
            problem = FileProblem.of(ProblemCode.MALFORMED_JSON, "malformed JSON" + where)
                    .expecting("valid JSON");
        } else {
            var io = Problems.translate(e);
            if (io != null) {
                return io;
            }
            throw e;
        }
        // Jackson's message quotes tokens of the file, which may be personal data: not kept as the cause.
        return new FileProblemException(problem.atRow(row));
    }

    static FileProblemException unexpected(String summary, JsonParser parser, long row) {
        TokenStreamLocation at = parser.currentLocation();
        return Problems.of(FileProblem.of(
                        ProblemCode.MALFORMED_JSON,
                        summary + " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                .atRow(row)
                .expecting("an array of rows: arrays of values, or objects of hashtag keys and values"));
    }

    static void close(JsonParser parser) {
        try {
            parser.close();
        } catch (RuntimeException e) {
            // reading only
        }
    }
}
