package org.homeward.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Picks the error page for a browser: a page of its own for 403, 404 and 500, the generic one for any other
 * status, so that Spring Boot's whitelabel page (English only, outside the layout) never shows. Only the
 * status code goes into the model: error pages never show the request, the exception or a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String view = switch (status) {
            case FORBIDDEN, NOT_FOUND, INTERNAL_SERVER_ERROR -> "error/" + status.value();
            default -> "error/error";
        };
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }
}
