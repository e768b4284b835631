package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every registry page answers with besides its HTML. {@code Referrer-Policy: no-referrer}: Spring
 * Security sends no Referrer-Policy by default, and a search URL carries what was typed in the search box,
 * which must not reach another site, nor even another page's logs, as a Referer. (Spring Security already
 * sends {@code Cache-Control: no-store}, so pages with personal data stay out of the browser's cache.)
 */
@Configuration(proxyBeanMethods = false)
class RegistryPagesConfiguration implements WebMvcConfigurer {

    static final String PATHS = "/households/**";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoReferrer()).addPathPatterns("/households", PATHS);
    }

    static final class NoReferrer implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.setHeader("Referrer-Policy", "no-referrer");
            return true;
        }
    }
}
