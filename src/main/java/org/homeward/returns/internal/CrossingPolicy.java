package org.homeward.returns.internal;

import java.util.Set;
import org.homeward.geography.CrossingPoint;

/**
 * Which crossing point a refugee return may use. A land (or sea) crossing joins Syria with one neighbour: a return
 * from that neighbour must use one of its crossings (Bab al-Hawa is for returns from Turkey, never from Lebanon).
 * A return from a country with no crossing into Syria transited somewhere, so any land crossing may be its last
 * leg; an airport serves returns from anywhere.
 */
record CrossingPolicy(Set<String> neighbours) {

    CrossingPolicy {
        neighbours = Set.copyOf(neighbours);
    }

    boolean allows(CrossingPoint point, String fromCountry) {
        if (point.kind() == CrossingPoint.Kind.AIR || point.partnerCountryIso3() == null) {
            return true;
        }
        return point.partnerCountryIso3().equals(fromCountry) || !neighbours.contains(fromCountry);
    }

    String refusal(CrossingPoint point, String fromCountry) {
        return point.code() + " is a crossing from " + point.partnerCountryIso3() + "; this return comes from "
                + fromCountry;
    }
}
