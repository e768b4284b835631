package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Where the shared test data lies, and small helpers to write and read test files. */
final class ExchangeFiles {

    private ExchangeFiles() {}

    static Path shared(String relative) {
        return Path.of(System.getProperty("homeward.shared-data", "../shared/data"))
                .resolve(relative);
    }

    static Path libhxl(String relative) {
        return shared("hxl/libhxl-tests").resolve(relative);
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/exchange").resolve(name);
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All data rows' cells. */
    static List<List<String>> cells(Path file, ReadOptions options) {
        try (RowSource source = Tables.open(file, options)) {
            var rows = new ArrayList<List<String>>();
            source.forEachRemaining(row -> rows.add(row.cells()));
            return rows;
        }
    }

    /** Asserts a coded refusal and returns it for more checks. */
    static FileProblem refusal(ProblemCode code, ThrowingCallable reading) {
        var thrown = new FileProblem[1];
        assertThatThrownBy(reading)
                .isInstanceOfSatisfying(FileProblemException.class, e -> thrown[0] = e.problem())
                .hasMessageStartingWith(code.code() + " ");
        return thrown[0];
    }
}
