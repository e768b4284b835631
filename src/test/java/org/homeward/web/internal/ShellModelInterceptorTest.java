package org.homeward.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.servlet.DispatcherType;
import java.util.Locale;
import org.homeward.web.internal.ShellModelInterceptor.LanguageLink;
import org.homeward.web.internal.ShellModelInterceptor.Shell;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class ShellModelInterceptorTest {

    final ShellModelInterceptor interceptor = new ShellModelInterceptor(true, "1.2.3");

    MockHttpServletRequest request(String query, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gazetteer");
        request.setServletPath("/gazetteer");
        request.setQueryString(query);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
        return request;
    }

    Shell shellFor(MockHttpServletRequest request) {
        ModelAndView page = new ModelAndView("gazetteer");
        interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), page);
        return (Shell) page.getModel().get(ShellModelInterceptor.ATTRIBUTE);
    }

    @Test
    void pageGetsLanguageLinksThatKeepItsQueryAndMarkTheCurrentLanguage() {
        Shell shell = shellFor(request("level=2&lang=ar", Locale.forLanguageTag("ar")));

        assertThat(shell.demoData()).isTrue();
        assertThat(shell.version()).isEqualTo("1.2.3");
        assertThat(shell.path()).isEqualTo("/gazetteer");
        assertThat(shell.languages())
                .extracting(LanguageLink::code, LanguageLink::href, LanguageLink::current)
                .containsExactly(
                        tuple("en", "?level=2&lang=en", false),
                        tuple("ar", "?level=2&lang=ar", true),
                        tuple("ru", "?level=2&lang=ru", false));
    }

    @Test
    void errorPageLinksCarryNothingOfTheFailedRequest() {
        MockHttpServletRequest request = request("q=private", Locale.ENGLISH);
        request.setDispatcherType(DispatcherType.ERROR);

        Shell shell = shellFor(request);

        assertThat(shell.path()).isEmpty();
        assertThat(shell.languages())
                .extracting(LanguageLink::href)
                .containsExactly("?lang=en", "?lang=ar", "?lang=ru");
    }

    @Test
    void htmxGetsTheCsrfHeaderOnlyForASignedInUser() {
        MockHttpServletRequest visitor = request(null, Locale.ENGLISH);
        visitor.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0k3n"));
        assertThat(shellFor(visitor).htmxHeaders()).isNull();

        visitor.setUserPrincipal(() -> "caseworker");
        assertThat(shellFor(visitor).htmxHeaders()).isEqualTo("{\"X-CSRF-TOKEN\":\"t0k3n\"}");
    }

    @Test
    void redirectsGetNoShell() {
        ModelAndView redirect = new ModelAndView("redirect:/");
        interceptor.postHandle(request(null, Locale.ENGLISH), new MockHttpServletResponse(), new Object(), redirect);
        assertThat(redirect.getModel()).doesNotContainKey(ShellModelInterceptor.ATTRIBUTE);
    }
}
