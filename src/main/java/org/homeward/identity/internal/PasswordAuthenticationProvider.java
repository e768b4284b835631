package org.homeward.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in, for the login form and HTTP Basic alike. Written instead of Spring's
 * {@code DaoAuthenticationProvider} because that one reports a disabled or locked account before it checks
 * the password, which tells a guesser that the account exists. Here every refusal other than throttling is
 * the same {@link BadCredentialsException}, after the same amount of hashing work: an unknown username is
 * checked against a dummy hash.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG_CREDENTIALS = "Wrong credentials";
    /** Sign-ins within this time of the last recorded one do not write to the database again. */
    private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

    private final UserStore users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String dummyHash;

    PasswordAuthenticationProvider(
            UserStore users, PasswordEncoder passwordEncoder, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName() == null ? "" : request.getName().strip();
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        String client = clientOf(request);
        throttle.refuseIfBlocked(username, client);
        Optional<StoredUser> found = username.isEmpty() ? Optional.empty() : users.findForLogin(username);
        found.ifPresent(throttle::refuseIfLocked);
        boolean matches = passwordEncoder.matches(
                password, found.map(StoredUser::passwordHash).orElse(dummyHash));
        if (!matches || found.isEmpty() || !found.get().usable()) {
            throttle.failed(username, client, found);
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        StoredUser user = found.get();
        throttle.succeeded(username);
        recordSuccess(user);
        if (passwordEncoder.upgradeEncoding(user.passwordHash())) {
            users.setPasswordHash(user.actor().userId(), passwordEncoder.encode(password));
        }
        return authenticated(new ActorPrincipal(user.actor(), null), request.getDetails());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static Authentication authenticated(ActorPrincipal principal, Object details) {
        var authorities =
                List.of(new SimpleGrantedAuthority(principal.actor().role().authority()));
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        result.setDetails(details);
        return result;
    }

    /** Skips the write on most HTTP Basic requests: nothing to clear and a recent last-login time. */
    private void recordSuccess(StoredUser user) {
        Instant now = clock.instant();
        boolean stale = user.lastLoginAt() == null || user.lastLoginAt().isBefore(now.minus(LAST_LOGIN_RESOLUTION));
        if (stale || user.failedAttempts() > 0 || user.lockedUntil() != null) {
            users.recordSuccess(user.actor().userId(), now);
        }
    }

    private static String clientOf(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
