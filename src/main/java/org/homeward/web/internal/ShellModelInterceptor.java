package org.homeward.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Adds the {@code shell} model attribute the layout reads (demo banner, language switcher, version, current
 * path, htmx's CSRF header) to every page. An interceptor rather than a {@code @ControllerAdvice}: it also reaches views that no
 * annotated controller renders (view controllers, Spring Boot's error controller).
 */
class ShellModelInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "shell";

    private final boolean demoData;
    private final String version;

    ShellModelInterceptor(boolean demoData, String version) {
        this.demoData = demoData;
        this.version = version;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView == null || isRedirectOrForward(modelAndView)) {
            return;
        }
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Language current = Language.of(RequestContextUtils.getLocale(request)).orElse(Language.DEFAULT);
        // Error pages never echo the failed request: no path, no query.
        String query = error ? null : request.getQueryString();
        String path = error ? "" : request.getServletPath();
        List<LanguageLink> languages = Arrays.stream(Language.values())
                .map(language -> new LanguageLink(
                        language.code(), language.nativeName(), switchHref(query, language), language == current))
                .toList();
        modelAndView.addObject(ATTRIBUTE, new Shell(demoData, version, path, languages, htmxHeaders(request)));
    }

    /**
     * For a signed-in user, the CSRF header htmx must send with its POST, PUT and DELETE requests. Not for
     * visitors: reading the token would start a session for every anonymous page view.
     */
    static String htmxHeaders(HttpServletRequest request) {
        if (request.getUserPrincipal() == null
                || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        return "{\"" + token.getHeaderName() + "\":\"" + token.getToken() + "\"}";
    }

    private static boolean isRedirectOrForward(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }

    /**
     * A query-only relative link ({@code ?page=2&lang=ar}): the browser resolves it against the current page,
     * so the path is kept without the server having to write it back. The search text {@code q} is left out:
     * on the household list it may be a person's name, and the page must not multiply it into links.
     */
    static String switchHref(String query, Language language) {
        String kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(part -> !part.isEmpty() && !isParameter(part, "lang") && !isParameter(part, "q"))
                        .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language.code();
    }

    private static boolean isParameter(String part, String name) {
        return part.equals(name) || part.startsWith(name + "=");
    }

    /** What the layout shows around every page. */
    record Shell(boolean demoData, String version, String path, List<LanguageLink> languages, String htmxHeaders) {}

    record LanguageLink(String code, String name, String href, boolean current) {}
}
