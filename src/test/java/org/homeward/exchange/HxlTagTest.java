package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HxlTagTest {

    @Test
    void hashtagsAreCaseInsensitiveAndAttributesASet() {
        var tag = HxlTag.parse("  #Affected +F + children+f ").orElseThrow();
        assertThat(tag.tag()).isEqualTo("affected");
        assertThat(tag.attributes()).containsExactly("children", "f");
        assertThat(tag.spec()).isEqualTo("#affected+children+f");
        assertThat(tag).isEqualTo(HxlTag.parse("#affected+children+f").orElseThrow());
        assertThat(tag.has("CHILDREN")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "adm1", "#", "#1adm", "#adm1+", "#adm 1", "#adm1++code", "#adm1+code x", "#adm-1", "#مدينة"})
    void textThatIsNotATagspecIsNotParsed(String text) {
        assertThat(HxlTag.parse(text)).isEmpty();
    }

    @Test
    void patternsSelectByRequiredAndExcludedAttributes() {
        var stock = HxlTag.parse("#affected+idps+ind+stock+conflict").orElseThrow();
        var flow = HxlTag.parse("#affected+idps+ind+newdisp+disaster").orElseThrow();
        assertThat(HxlTagPattern.parse("#affected+idps").matches(stock)).isTrue();
        assertThat(HxlTagPattern.parse("#affected+idps").matches(flow)).isTrue();
        assertThat(HxlTagPattern.parse("#affected -disaster").matches(flow)).isFalse();
        assertThat(HxlTagPattern.parse("#AFFECTED+Stock").matches(stock)).isTrue();
        assertThat(HxlTagPattern.parse("#adm1").matches(stock)).isFalse();
        assertThat(HxlTagPattern.parse("#affected").matches(null)).isFalse();
        assertThatThrownBy(() -> HxlTagPattern.parse("affected idps")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longValuesAreShortenedInProblems() {
        var problem = FileProblem.of(ProblemCode.INVALID_HASHTAG, "invalid HXL hashtag")
                .withValue("#" + "a".repeat(100));
        assertThat(problem.value())
                .hasSize(FileProblem.MAX_QUOTED + "… (101 characters)".length())
                .endsWith("… (101 characters)");
    }
}
