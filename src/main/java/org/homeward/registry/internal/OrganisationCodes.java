package org.homeward.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.homeward.identity.Organisation;
import org.homeward.identity.Organisations;
import org.springframework.stereotype.Component;

/**
 * Organisation codes by id, cached: every household shown names its organisation, and a page of twenty cost
 * twenty queries. Codes do not change ({@link Organisations} has no way to change one), so an entry could live
 * forever; it is reloaded after {@link #TIME_TO_LIVE} anyway, so that a code corrected in the database directly
 * shows within minutes. Unknown ids are not cached.
 */
@Component
class OrganisationCodes {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private final Organisations organisations;
    private final Clock clock;
    private final ConcurrentMap<Long, Cached> codes = new ConcurrentHashMap<>();

    OrganisationCodes(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The organisation's code, or null if there is no organisation with that id. */
    String of(long organisationId) {
        Instant now = clock.instant();
        Cached cached = codes.get(organisationId);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.code();
        }
        String code =
                organisations.findById(organisationId).map(Organisation::code).orElse(null);
        if (code != null) {
            codes.put(organisationId, new Cached(code, now.plus(TIME_TO_LIVE)));
        }
        return code;
    }

    private record Cached(String code, Instant expires) {}
}
