package org.homeward.exchange.imports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.homeward.identity.Actor;

/** An import job as stored: what to import, for whom, and how far it got. */
public record ImportJob(
        UUID id,
        ImportKind kind,
        ImportMode mode,
        ImportStatus status,
        Phase phase,
        String source,
        String fileName,
        String storedFile,
        long fileBytes,
        Map<String, String> mapping,
        Actor actor,
        Progress progress,
        String problemCode,
        String problem,
        Instant createdAt,
        Instant startedAt,
        Instant progressAt,
        Instant finishedAt) {

    /** ALL_OR_NOTHING checks every row (CHECKING) before it writes any (WRITING); other modes only write. */
    public enum Phase {
        CHECKING,
        WRITING
    }

    /**
     * Counts, committed with each batch.
     *
     * @param checkpointRow the last source row the committed batches cover; a resumed job skips rows up to it
     * @param totalRows data rows in the file (known once the file has been checked), or null
     */
    public record Progress(
            long checkpointRow,
            Long totalRows,
            long read,
            long validated,
            long saved,
            long errors,
            long created,
            long updated,
            long unchanged) {

        public static final Progress NONE = new Progress(0, null, 0, 0, 0, 0, 0, 0, 0);

        public Progress plus(Progress batch, long newCheckpoint) {
            return new Progress(
                    newCheckpoint,
                    totalRows,
                    read + batch.read,
                    validated + batch.validated,
                    saved + batch.saved,
                    errors + batch.errors,
                    created + batch.created,
                    updated + batch.updated,
                    unchanged + batch.unchanged);
        }

        public Progress withTotal(Long total) {
            return new Progress(checkpointRow, total, read, validated, saved, errors, created, updated, unchanged);
        }

        /** Back to the start, for the write pass after a successful check. */
        public Progress restarted() {
            return new Progress(0, totalRows, 0, 0, 0, 0, 0, 0, 0);
        }
    }
}
