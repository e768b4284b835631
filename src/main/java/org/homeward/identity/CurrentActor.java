package org.homeward.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.homeward.identity.internal.ActorPrincipal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The user the current request acts for, from the security context: the same {@link Actor} whether they
 * signed in with the login form, HTTP Basic or a personal access token. Read it on the request's thread.
 */
@Service
public class CurrentActor {

    /** The actor, or empty for an anonymous request. */
    public Optional<Actor> current() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /**
     * The actor; without one, throws an authentication exception that the API answers with 401 and the web
     * UI with a redirect to the login page.
     */
    public Actor require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Authentication required"));
    }

    /**
     * Runs {@code work} on this thread as {@code actor}, then restores whoever was signed in before. For work that
     * starts without a request — loading demo data at start-up — so that it goes through the same access rules
     * and audit as any user; never to act for someone other than the caller of a request.
     */
    public <T> T runAs(Actor actor, Supplier<T> work) {
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new ActorPrincipal(actor, null),
                null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
