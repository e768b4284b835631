package org.homeward.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical encoding of an audit entry and the hash that chains it to the one before.
 *
 * <p>{@code hash = SHA-256(seq as 8 bytes big-endian || prev_hash (32 bytes) || payload)}. The payload is a
 * version tag followed by every field in a fixed order, each string as a 4-byte big-endian length and its UTF-8
 * bytes (length -1 for null, so null and empty differ), lists and maps as a count followed by their items, map
 * entries sorted by key. Length prefixes make the encoding unambiguous: no two different entries can encode to
 * the same bytes by moving characters across a field boundary. The time is encoded as microseconds since the
 * epoch, the precision PostgreSQL stores, so that the hash recomputed from a stored row equals the one computed
 * when the row was written.
 *
 * <p>PostgreSQL computes the same hash when it seals the entry into the chain
 * ({@code sha256(int8send(seq) || prev_hash || payload)} in {@code audit_seal_pending}), because only then, holding
 * the head of the chain, does it know {@code seq} and {@code prev_hash}; verification recomputes it here from the
 * stored columns.
 */
final class ChainHash {

    static final int HASH_BYTES = 32;
    static final byte[] GENESIS = new byte[HASH_BYTES];

    private static final String VERSION = "homeward-audit/1";
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {}

    /** Entries are stored at microsecond precision; every instant is cut to it before hashing and storing. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] payload(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            List<String> changedFields,
            String purpose,
            Map<String, String> details) {
        Encoder out = new Encoder();
        out.text(VERSION);
        out.int64(micros(occurredAt));
        out.text(actor);
        out.text(action);
        out.text(entityType);
        out.text(entityId);
        out.int32(changedFields.size());
        changedFields.forEach(out::text);
        out.text(purpose);
        Map<String, String> sorted = new TreeMap<>(details);
        out.int32(sorted.size());
        sorted.forEach((key, value) -> {
            out.text(key);
            out.text(value);
        });
        return out.bytes();
    }

    static byte[] hash(long seq, byte[] prevHash, byte[] payload) {
        if (prevHash.length != HASH_BYTES) {
            throw new IllegalArgumentException("a previous hash has " + HASH_BYTES + " bytes");
        }
        MessageDigest sha256 = sha256();
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
        sha256.update(prevHash);
        sha256.update(payload);
        return sha256.digest();
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static long micros(Instant instant) {
        Instant cut = stored(instant);
        return Math.addExact(Math.multiplyExact(cut.getEpochSecond(), 1_000_000L), cut.getNano() / 1_000L);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void int32(int value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        }

        void int64(long value) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        void text(String value) {
            if (value == null) {
                int32(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int32(utf8.length);
            out.writeBytes(utf8);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
