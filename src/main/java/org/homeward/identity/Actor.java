package org.homeward.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The user on whose behalf the current request runs, however they signed in (form, HTTP Basic or token).
 * Other modules decide what the actor may see from the role, the organisation and the area scopes.
 *
 * <p>Serializable because it travels inside the security context stored in the HTTP session.
 *
 * @param areaScopes P-codes (any administrative level) the user is limited to; empty means the whole country
 */
public record Actor(
        long userId, String username, Role role, long organisationId, String organisationCode, Set<String> areaScopes)
        implements Serializable {

    public Actor {
        areaScopes = Set.copyOf(areaScopes);
    }

    /** True when the user is not limited to areas. */
    public boolean hasWholeCountry() {
        return areaScopes.isEmpty();
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }
}
