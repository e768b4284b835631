package org.homeward.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The web module's pages that anyone may read without signing in ({@code /} is already public). Spring
 * Security applies a {@code Customizer} bean of this type to every filter chain before the chain's own rules,
 * so these rules come before the web chain's final "anything else needs a login"; in the API chain they never
 * match. Keeps the list of public pages next to the pages instead of in the identity module.
 */
@Configuration(proxyBeanMethods = false)
class PublicPages {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
            aboutPagesArePublic() {
        return requests -> requests.requestMatchers("/about/**").permitAll();
    }
}
