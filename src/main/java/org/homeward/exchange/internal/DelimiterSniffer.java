package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the field separator from the first records of a text: for each candidate ({@code , ; TAB |}, in that
 * order of preference) it counts separators outside double quotes in each record, and picks the candidate that
 * splits the most records into the same number of fields (then the one giving more fields). A sample without any
 * candidate is a one-column table, read with commas.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_RECORDS = 50;

    private DelimiterSniffer() {}

    /** @param complete whether the text is the whole file (else its last record may be cut and is ignored) */
    static char sniff(CharSequence text, boolean complete) {
        List<int[]> records = count(text, complete);
        char best = ',';
        int bestAgreeing = 0;
        int bestFields = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int[] counts : records) {
                if (counts[c] > 0) {
                    frequency.merge(counts[c], 1, Integer::sum);
                }
            }
            for (var entry : frequency.entrySet()) {
                int agreeing = entry.getValue();
                int fields = entry.getKey();
                if (agreeing > bestAgreeing || (agreeing == bestAgreeing && fields > bestFields)) {
                    best = CANDIDATES[c];
                    bestAgreeing = agreeing;
                    bestFields = fields;
                }
            }
        }
        return best;
    }

    private static List<int[]> count(CharSequence text, boolean complete) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean nonEmpty = false;
        for (int i = 0; i < text.length() && records.size() < MAX_RECORDS; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
                nonEmpty = true;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (nonEmpty) {
                    records.add(current);
                }
                current = new int[CANDIDATES.length];
                nonEmpty = false;
            } else {
                nonEmpty = true;
                if (!inQuotes) {
                    for (int c = 0; c < CANDIDATES.length; c++) {
                        if (ch == CANDIDATES[c]) {
                            current[c]++;
                        }
                    }
                }
            }
        }
        if (nonEmpty && (complete || records.isEmpty())) {
            records.add(current);
        }
        return records;
    }
}
