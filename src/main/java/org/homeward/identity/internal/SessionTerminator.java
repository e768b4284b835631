package org.homeward.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's web sessions, so that disabling a user takes effect at once rather than when their
 * session expires. Sessions are indexed by principal name (the username) in the session store.
 */
@Component
public class SessionTerminator {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    public void endSessionsOf(String username) {
        sessions.ifAvailable(
                repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
    }
}
