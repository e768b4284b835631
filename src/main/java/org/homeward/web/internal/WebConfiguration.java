package org.homeward.web.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The user's language ({@code ?lang=}, a cookie, Accept-Language) and what every page's layout needs. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final Environment environment;
    private final ObjectProvider<BuildProperties> build;

    WebConfiguration(Environment environment, ObjectProvider<BuildProperties> build) {
        this.environment = environment;
        this.build = build;
    }

    /** The DispatcherServlet finds the resolver by this bean name. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor();
        languageChange.setParamName("lang");
        languageChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageChange);
        registry.addInterceptor(new ShellModelInterceptor(environment.matchesProfiles("demo"), version()));
    }

    /**
     * The version from build-info when the build writes it, else from the jar's manifest; unknown (and not
     * shown) when running from classes.
     */
    private String version() {
        BuildProperties properties = build.getIfAvailable();
        if (properties != null) {
            return properties.getVersion();
        }
        return WebConfiguration.class.getPackage().getImplementationVersion();
    }
}
