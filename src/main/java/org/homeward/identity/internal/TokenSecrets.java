package org.homeward.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The format of personal access tokens: {@code hw_} followed by 32 random bytes in unpadded base64url
 * (46 characters in all). The marker lets people and secret scanners recognise a leaked Homeward token.
 * Only the SHA-256 of the whole token is stored: a token has 256 bits of entropy, so a fast hash is enough
 * (unlike passwords, nothing can be guessed), and lookups by hash stay cheap on every API request.
 */
public final class TokenSecrets {

    static final String MARKER = "hw_";
    static final int SECRET_BYTES = 32;
    /** How much of a token is kept for display: the marker and 7 characters, far too few to guess from. */
    static final int DISPLAY_PREFIX_LENGTH = 10;

    private static final Pattern FORMAT = Pattern.compile("hw_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    /** A fresh token secret. */
    public static String generate() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether a presented string has the shape of a token (checked before any database lookup). */
    public static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The SHA-256 of the token, as stored. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The non-secret start shown in token lists, e.g. {@code hw_x7Kq2Pa}. */
    public static String displayPrefix(String token) {
        return token.substring(0, DISPLAY_PREFIX_LENGTH);
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
