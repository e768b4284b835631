package org.homeward.exchange.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of a text file, which fixes its encoding. */
record Bom(Charset charset, int length) {

    static Bom of(Sample sample) {
        if (sample.startsWith(0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (sample.startsWith(0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (sample.startsWith(0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }
}
