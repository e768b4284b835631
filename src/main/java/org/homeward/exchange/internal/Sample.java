package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** The first bytes of a file, read once to recognise its kind, encoding and delimiter. */
record Sample(byte[] bytes, boolean whole) {

    static final int SIZE = 64 * 1024;

    static Sample read(InputStream in) throws IOException {
        byte[] buffer = in.readNBytes(SIZE);
        boolean whole = buffer.length < SIZE;
        if (!whole) {
            // One more byte tells whether the sample is the whole file, which matters for a cut multi-byte character.
            int next = in.read();
            if (next < 0) {
                whole = true;
            } else {
                buffer = Arrays.copyOf(buffer, SIZE + 1);
                buffer[SIZE] = (byte) next;
            }
        }
        return new Sample(buffer, whole);
    }

    int length() {
        return bytes.length;
    }

    boolean startsWith(int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String ascii) {
        return startsWith(ascii.chars().toArray());
    }
}
