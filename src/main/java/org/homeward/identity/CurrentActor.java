package org.homeward.identity;

import java.util.Optional;
import org.homeward.identity.internal.ActorPrincipal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
}
