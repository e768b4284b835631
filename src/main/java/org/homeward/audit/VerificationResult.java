package org.homeward.audit;

import java.time.Instant;

/**
 * The outcome of recomputing the audit chain.
 *
 * @param entries how many entries, from the start of the chain, were found intact
 * @param firstBrokenSeq the first entry that is altered, missing or not linked to its predecessor; null when valid
 * @param reason why that entry is broken; null when valid
 */
public record VerificationResult(boolean valid, long entries, Long firstBrokenSeq, Breach reason, Instant verifiedAt) {

    public static VerificationResult intact(long entries, Instant verifiedAt) {
        return new VerificationResult(true, entries, null, null, verifiedAt);
    }

    public static VerificationResult broken(long entries, long firstBrokenSeq, Breach reason, Instant verifiedAt) {
        return new VerificationResult(false, entries, firstBrokenSeq, reason, verifiedAt);
    }

    /** How an entry breaks the chain. */
    public enum Breach {
        /** The entry's content no longer matches its hash: it was edited. */
        HASH_MISMATCH("hash mismatch"),
        /** The entry does not point at the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH("previous hash mismatch"),
        /** An entry is missing: {@code firstBrokenSeq} names the first missing position. */
        GAP_IN_SEQUENCE("gap in sequence"),
        /** The last entry is not the recorded head of the chain. */
        HEAD_MISMATCH("head mismatch");

        private final String label;

        Breach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
