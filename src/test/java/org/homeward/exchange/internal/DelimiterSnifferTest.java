package org.homeward.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {

    @Test
    void theSeparatorThatSplitsRowsAlikeWins() {
        assertThat(DelimiterSniffer.sniff("a;b;c\n1;2,5;3\n4;5,5;6\n", true)).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("a\tb\n1\t\"x, y; z\"\n", true)).isEqualTo('\t');
        assertThat(DelimiterSniffer.sniff("a|b|c\n1|2|3\n", true)).isEqualTo('|');
    }

    @Test
    void titleRowsAboveTheTableDoNotMisleadIt() {
        String text = "Report; March 2024\n\nname,age,adm1\nA,3,SY02\nB,4,SY07\nC,5,SY01\n";
        assertThat(DelimiterSniffer.sniff(text, true)).isEqualTo(',');
    }

    @Test
    void separatorsInsideQuotesAreIgnoredAcrossLines() {
        String text = "id;note\n1;\"a, b,\nc, d, e\"\n2;\"f, g\"\n";
        assertThat(DelimiterSniffer.sniff(text, true)).isEqualTo(';');
    }

    @Test
    void aSingleColumnReadsWithCommas() {
        assertThat(DelimiterSniffer.sniff("name\nA\nB\n", true)).isEqualTo(',');
    }

    @Test
    void aRecordCutByTheEndOfTheSampleIsIgnored() {
        assertThat(DelimiterSniffer.sniff("a;b\n1;2\n3;4\n5|6|7|8|9|1", false)).isEqualTo(';');
    }
}
