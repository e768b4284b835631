package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(IfMatch.optional("\"3\"", "case")).isEqualTo(3);
        assertThat(IfMatch.optional(" W/\"12\" ", "case")).isEqualTo(12);
        assertThat(IfMatch.optional("0", "case")).isZero();
        assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void anAbsentOrStarHeaderNamesNoVersion() {
        assertThat(IfMatch.optional(null, "case")).isNull();
        assertThat(IfMatch.optional("  ", "case")).isNull();
        assertThat(IfMatch.optional("*", "case")).isNull();
    }

    @Test
    void aMalformedHeaderIsA400NamingIt() {
        for (String bad : new String[] {"\"abc\"", "\"-1\"", "\"1\", \"2\"", "W/"}) {
            assertThatThrownBy(() -> IfMatch.optional(bad, "case"))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("If-Match")
                    .hasMessageContaining("ETag of the case");
        }
    }

    @Test
    void aRequiredHeaderThatIsMissingIsA428() {
        assertThatThrownBy(() -> IfMatch.required(null, "household"))
                .isInstanceOfSatisfying(
                        PreconditionFailedException.class,
                        missing -> assertThat(missing.isMissing()).isTrue());
        assertThat(IfMatch.required("W/\"4\"", "household")).isEqualTo(4);
    }
}
