package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void escapesOnlyWhatCopyReadsAsSyntaxAndKeepsTheRestAsItIs() {
        CopyText rows = new CopyText();
        rows.add("plain عربي").add("tab\there").add("a\\b\nc\rd").add(null).add(LocalDate.of(2025, 1, 2));
        rows.endRow();

        assertThat(rows.text()).isEqualTo("plain عربي\ttab\\there\ta\\\\b\\nc\\rd\t\\N\t2025-01-02\n");
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void sealedRowsStreamAsUtf8AndRefuseMoreRows() throws IOException {
        CopyText rows = new CopyText();
        rows.add("محمد").add(List.of("SY01", "SY0101")).endRow();
        rows.seal();

        assertThat(new String(rows.stream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("محمد\t{SY01,SY0101}\n");
        assertThatIllegalStateException().isThrownBy(() -> rows.add("more"));
    }

    @Test
    void arrayElementsAreQuotedOnlyWhereTheLiteralCouldMisreadThemAndBytesAreHex() {
        CopyText rows = new CopyText();
        rows.add(List.of("phone", "members[0].sex", "a,b", "say \"x\"", "", "null"))
                .add(new byte[] {0x0f, (byte) 0xa0})
                .endRow();

        assertThat(rows.text())
                .isEqualTo("{phone,members[0].sex,\"a,b\",\"say \\\\\"x\\\\\"\",\"\",\"null\"}\t\\\\x0fa0\n");
    }
}
