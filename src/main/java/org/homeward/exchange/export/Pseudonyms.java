package org.homeward.exchange.export;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for one export: a keyed hash (HMAC-SHA-256) of an id under a random key that is never stored. Rows of
 * one file that concern the same person carry the same pseudonym, so they can be linked; two files cannot be linked
 * with each other or back to the registry, because nobody has the keys.
 */
final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;

    Pseudonyms() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** 16 hex digits (64 bits): collisions stay improbable up to billions of ids in one file. */
    String of(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return HEX.formatHex(mac.doFinal(bytes.array()), 0, 8);
    }
}
