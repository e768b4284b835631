package org.homeward.geography.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.Resource;

/**
 * Reads a reference CSV file with a header row. The file must be valid UTF-8: a byte that does not decode
 * fails the load naming the file, instead of silently becoming U+FFFD (the shipped admin4.csv already carries
 * six U+FFFD characters from its source; those decode fine and are handled by the gazetteer reader).
 */
final class ReferenceCsv {

    private ReferenceCsv() {}

    static <T> List<T> read(Resource resource, Function<Row, T> mapper) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<T> rows = new ArrayList<>();
        try (var reader = CsvReader.builder()
                .detectBomHeader(true)
                .ofNamedCsvRecord(new InputStreamReader(resource.getInputStream(), decoder))) {
            for (NamedCsvRecord record : reader) {
                rows.add(mapper.apply(new Row(resource.getFilename(), record)));
            }
        } catch (UncheckedIOException e) {
            throw failure(resource, e.getCause());
        } catch (IOException e) {
            throw failure(resource, e);
        }
        return rows;
    }

    private static IllegalStateException failure(Resource resource, IOException cause) {
        String why = cause instanceof CharacterCodingException ? "is not valid UTF-8" : "cannot be read";
        return new IllegalStateException("Reference file " + resource.getDescription() + " " + why, cause);
    }

    /** One record, with accessors that name the file, line and column in their complaints. */
    record Row(String file, NamedCsvRecord record) {

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw new IllegalStateException(where(column) + " is empty");
            }
            return value;
        }

        /** The trimmed value, or null when the column is absent or blank. */
        String optional(String column) {
            String value = record.findField(column).orElse(null);
            return value == null || value.isBlank() ? null : value.strip();
        }

        Double optionalDouble(String column) {
            String value = optional(column);
            try {
                return value == null ? null : Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where(column) + " is not a number: " + value, e);
            }
        }

        Integer optionalInt(String column) {
            Double value = optionalDouble(column);
            return value == null ? null : (int) Math.round(value);
        }

        String where(String column) {
            return file + " line " + record.getStartingLineNumber() + " column " + column;
        }
    }
}
