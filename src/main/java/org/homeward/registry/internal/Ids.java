package org.homeward.registry.internal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered random identifiers (UUID version 7, RFC 9562): unguessable like a random UUID, but inserted
 * in roughly ascending order so that primary-key indexes stay compact at millions of rows.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static UUID next() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
