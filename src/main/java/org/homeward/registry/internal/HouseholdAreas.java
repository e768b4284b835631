package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.springframework.stereotype.Component;

/**
 * The {@code origin_areas} and {@code current_areas} of a household: each P-code with all its ancestors,
 * and a site with its governorate: what scope checks and breakdowns match against. Used by the API path
 * ({@code RegistryService}) and the bulk path alike, so that their rows agree.
 */
@Component
class HouseholdAreas {

    private final Gazetteer gazetteer;

    HouseholdAreas(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<String> origin(HouseholdData data) {
        return withAncestors(data.originPcode());
    }

    List<String> current(HouseholdData data) {
        List<String> areas = new ArrayList<>();
        if (data.currentPcode() != null) {
            areas.addAll(withAncestors(data.currentPcode()));
        }
        if (data.currentSite() != null) {
            areas.add(data.currentSite());
            gazetteer
                    .site(data.currentSite())
                    .map(site -> site.admin1Pcode())
                    .filter(pcode -> pcode != null && !areas.contains(pcode))
                    .ifPresent(areas::add);
        }
        return areas;
    }

    private List<String> withAncestors(String pcode) {
        List<String> areas = new ArrayList<>(
                gazetteer.ancestors(pcode).stream().map(Area::pcode).toList());
        if (!areas.contains(pcode)) {
            areas.add(pcode);
        }
        return areas;
    }
}
