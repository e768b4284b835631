package org.homeward.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference data the shipped files were copied from, so tests compare against the source. */
final class SharedData {

    private SharedData() {}

    static Path path(String relative) {
        return Path.of(System.getProperty("homeward.shared-data", "../shared/data"))
                .resolve(relative);
    }

    /** Data rows of a CSV file whose records have no embedded line breaks (header excluded). */
    static long csvRows(String relative) {
        try (var lines = Files.lines(path(relative), StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
