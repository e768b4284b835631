package org.homeward.identity.internal;

import java.security.SecureRandom;

/** Random passwords people can read and type: 20 characters in groups of five, about 100 bits. */
final class RandomPasswords {

    // No 0/O, 1/l/I: the password is read off a console and typed in.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {}

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
