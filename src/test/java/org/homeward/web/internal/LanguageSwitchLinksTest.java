package org.homeward.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSwitchLinksTest {

    @Test
    void switchLinkReplacesTheLanguageAndLeavesOutTheSearchText() {
        assertThat(ShellModelInterceptor.switchHref("q=Homs&lang=ar&page=2", Language.RUSSIAN))
                .isEqualTo("?page=2&lang=ru");
    }

    @Test
    void switchLinkWithoutQueryCarriesOnlyTheLanguage() {
        assertThat(ShellModelInterceptor.switchHref(null, Language.ARABIC)).isEqualTo("?lang=ar");
        assertThat(ShellModelInterceptor.switchHref("lang=en", Language.ARABIC)).isEqualTo("?lang=ar");
    }

    @Test
    void switchLinkKeepsParametersThatOnlyStartLikeLang() {
        assertThat(ShellModelInterceptor.switchHref("language=x&langs=y", Language.ENGLISH))
                .isEqualTo("?language=x&langs=y&lang=en");
    }

    @Test
    void regionalVariantsBelongToTheirLanguage() {
        assertThat(Language.of(Locale.forLanguageTag("ar-SY"))).contains(Language.ARABIC);
        assertThat(Language.of(Locale.forLanguageTag("ru-RU"))).contains(Language.RUSSIAN);
        assertThat(Language.of(Locale.forLanguageTag("de-DE"))).isEmpty();
    }
}
