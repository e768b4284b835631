package org.homeward.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie rather than the session, so that a visitor who only reads public
 * pages never gets a session and application nodes stay stateless. Only supported languages are ever
 * resolved or stored: {@code ?lang=de} or a forged cookie leaves the page in the current or default language.
 * Without a cookie, the browser's Accept-Language list picks the first supported language.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String COOKIE = "homeward-lang";

    LanguageResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(LanguageResolver::fromAcceptLanguage);
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        // Without an Accept-Language header the servlet container reports its own default locale: ignore it.
        if (request.getHeader("Accept-Language") == null) {
            return Language.DEFAULT.locale();
        }
        return Collections.list(request.getLocales()).stream()
                .flatMap(locale -> Language.of(locale).stream())
                .findFirst()
                .orElse(Language.DEFAULT)
                .locale();
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        Locale parsed = super.parseLocaleValue(value);
        return Language.of(parsed).map(Language::locale).orElse(null);
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        if (localeContext == null || localeContext.getLocale() == null) {
            super.setLocaleContext(request, response, localeContext);
            return;
        }
        Language.of(localeContext.getLocale())
                .ifPresent(language ->
                        super.setLocaleContext(request, response, new SimpleLocaleContext(language.locale())));
    }
}
