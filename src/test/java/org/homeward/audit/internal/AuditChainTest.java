package org.homeward.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456Z");

    static byte[] payload(
            String actor, String entityType, String entityId, String purpose, Map<String, String> details) {
        return ChainHash.payload(AT, actor, "UPDATE", entityType, entityId, List.of("phone"), purpose, details);
    }

    @Test
    void payloadIsTheDocumentedLengthPrefixedLayout() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        text(expected, "homeward-audit/1");
        expected.writeBytes(
                ByteBuffer.allocate(8).putLong(1_740_824_130_123_456L).array());
        text(expected, "clerk");
        text(expected, "UPDATE");
        text(expected, "person");
        text(expected, "7");
        expected.writeBytes(ByteBuffer.allocate(4).putInt(1).array());
        text(expected, "phone");
        expected.writeBytes(ByteBuffer.allocate(4).putInt(-1).array()); // no purpose
        expected.writeBytes(ByteBuffer.allocate(4).putInt(1).array());
        text(expected, "via");
        text(expected, "web");

        assertThat(payload("clerk", "person", "7", null, Map.of("via", "web"))).isEqualTo(expected.toByteArray());
    }

    /** Computed independently of this code (Python hashlib over the layout above). */
    static final String GOLDEN = "7d9c2ea78e7eece1b8453aa5cd0ad2eeef4d762bd9f5be93d9b990db4fd3c652";

    @Test
    void theHashOfAFixedEntryNeverChanges() {
        // Pinned: a change to the encoding would make every stored chain fail verification.
        byte[] hash = ChainHash.hash(1, ChainHash.GENESIS, payload("clerk", "person", "7", null, Map.of("via", "web")));

        assertThat(ChainHash.hex(hash)).isEqualTo(GOLDEN);
    }

    @Test
    void movingCharactersAcrossAFieldBoundaryChangesThePayload() {
        assertThat(payload("ab", "c", "1", null, Map.of())).isNotEqualTo(payload("a", "bc", "1", null, Map.of()));
        assertThat(payload("a", "b", "1", null, Map.of("k", "vx")))
                .isNotEqualTo(payload("a", "b", "1", null, Map.of("kv", "x")));
    }

    @Test
    void anAbsentPurposeDiffersFromAnEmptyOne() {
        assertThat(payload("a", "b", "1", null, Map.of())).isNotEqualTo(payload("a", "b", "1", "", Map.of()));
    }

    @Test
    void detailsHashTheSameInAnyOrder() {
        Map<String, String> oneWay = new LinkedHashMap<>();
        oneWay.put("format", "csv");
        oneWay.put("area", "SY01");
        Map<String, String> otherWay = new LinkedHashMap<>();
        otherWay.put("area", "SY01");
        otherWay.put("format", "csv");

        assertThat(payload("a", "b", "1", null, oneWay)).isEqualTo(payload("a", "b", "1", null, otherWay));
    }

    @Test
    void timeIsHashedAtTheMicrosecondsPostgresqlStores() {
        Instant withNanos = Instant.parse("2025-03-01T10:15:30.123456789Z");

        assertThat(ChainHash.stored(withNanos)).isEqualTo(AT);
        assertThat(ChainHash.payload(withNanos, "a", "READ", "b", "1", List.of(), null, Map.of()))
                .isEqualTo(ChainHash.payload(AT, "a", "READ", "b", "1", List.of(), null, Map.of()));
    }

    @Test
    void theHashDependsOnPositionAndPredecessor() {
        byte[] payload = payload("a", "b", "1", null, Map.of());
        byte[] other = new byte[32];
        other[31] = 1;

        assertThat(ChainHash.hash(1, ChainHash.GENESIS, payload))
                .isNotEqualTo(ChainHash.hash(2, ChainHash.GENESIS, payload));
        assertThat(ChainHash.hash(1, ChainHash.GENESIS, payload)).isNotEqualTo(ChainHash.hash(1, other, payload));
        assertThat(ChainHash.hash(1, ChainHash.GENESIS, payload)).hasSize(32);
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        out.writeBytes(utf8);
    }
}
