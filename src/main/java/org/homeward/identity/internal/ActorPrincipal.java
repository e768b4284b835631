package org.homeward.identity.internal;

import java.io.Serializable;
import org.homeward.identity.Actor;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of every authentication Homeward makes, whether by password (form or HTTP Basic) or by
 * personal access token. Holds no secret; serializable because the web session stores it.
 *
 * @param tokenId the personal access token used, or null for a password sign-in
 */
public record ActorPrincipal(Actor actor, Long tokenId) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return actor.username();
    }

    public boolean viaToken() {
        return tokenId != null;
    }
}
