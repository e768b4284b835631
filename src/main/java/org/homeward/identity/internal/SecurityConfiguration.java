package org.homeward.identity.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may reach what. Two chains: the API (HTTP Basic or bearer token, no session, no CSRF) and the web UI
 * (form login, session, CSRF). Public reference data and public statistics need no login.
 *
 * <p>Both chains sign in through one {@link AuthenticationManager} with Homeward's password provider (which
 * also throttles); bearer tokens are resolved by {@link BearerTokenFilter}. Because an AuthenticationManager
 * bean exists, Spring Boot creates no default user: outside the demo profile there are no credentials
 * unless an administrator is bootstrapped (see docs/identity.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({IdentityProperties.class, DemoProperties.class})
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthenticationProvider passwords) {
        return new ProviderManager(passwords);
    }

    /**
     * With an observation registry (Actuator), Spring Security wraps every filter of a chain in observation
     * bookkeeping (before and after the chain, an event per filter) and observes every authorization decision,
     * on every request, for metrics ({@code spring_security_filterchains_*}, {@code
     * spring_security_authorizations_*}) that nothing here reads. Off; HTTP request metrics ({@code
     * http_server_requests_*}) come from Spring MVC, not from these, and stay.
     * Authentications stay observed: they are rare next to requests (tokens are resolved by
     * {@link BearerTokenFilter}, not by the authentication manager) and their failures are worth counting.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authentication, TokenAuthentication tokens, ApiProblems problems)
            throws Exception {
        // Prometheus scrapes with HTTP Basic or a token, like any API client.
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/openapi.json", "/api/openapi.json/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/geography/**", "/api/v1/public/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/gazetteer/**",
                                "/about/**",
                                "/public/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/geo/**",
                                "/favicon.ico",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/")
                        .failureHandler(loginFailures())
                        .permitAll())
                .logout(withDefaults());
        return http.build();
    }

    /** Wrong credentials of any kind show one message; throttling shows its own (it reveals nothing). */
    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
        return handler;
    }
}
