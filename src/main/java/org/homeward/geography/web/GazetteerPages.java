package org.homeward.geography.web;

import java.util.List;
import java.util.Locale;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Gazetteer;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The gazetteer browser: search, and drill-down governorate → district → sub-district → community with a map.
 * Search works without JavaScript (the form submits to {@code /gazetteer?q=}); with it, htmx swaps in the
 * results fragment as the user types.
 */
@Controller
class GazetteerPages {

    static final int RESULTS = 25;

    private final Gazetteer gazetteer;

    GazetteerPages(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/gazetteer")
    String index(@RequestParam(required = false) String q, Locale locale, Model model) {
        model.addAttribute(
                "governorates",
                gazetteer.governorates().stream()
                        .map(area -> AreaView.of(area, locale, gazetteer))
                        .toList());
        addResults(q, locale, model);
        return "geography/index";
    }

    /** The results list alone, for htmx. */
    @GetMapping("/gazetteer/search")
    String search(@RequestParam(required = false) String q, Locale locale, Model model) {
        addResults(q, locale, model);
        return "geography/index :: results";
    }

    @GetMapping("/gazetteer/{pcode}")
    String area(@PathVariable String pcode, Locale locale, Model model) {
        Area area = gazetteer
                .find(pcode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area " + pcode));
        model.addAttribute("area", AreaView.of(area, locale, gazetteer));
        model.addAttribute(
                "ancestors",
                gazetteer.ancestors(area.pcode()).stream()
                        .map(a -> AreaView.of(a, locale, gazetteer))
                        .toList());
        model.addAttribute(
                "children",
                gazetteer.children(area.pcode()).stream()
                        .map(a -> AreaView.of(a, locale, gazetteer))
                        .toList());
        model.addAttribute("map", MapView.of(area));
        model.addAttribute("edition", area.edition());
        return "geography/area";
    }

    private void addResults(String q, Locale locale, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > GeographyApi.MAX_QUERY_LENGTH) {
            text = text.substring(0, GeographyApi.MAX_QUERY_LENGTH);
        }
        model.addAttribute("q", text);
        if (text.isEmpty()) {
            model.addAttribute("results", null);
            return;
        }
        Page<Area> found = gazetteer.search(AreaSearch.text(text), PageRequest.of(0, RESULTS));
        List<AreaView> views = found.items().stream()
                .map(area -> AreaView.of(area, locale, gazetteer))
                .toList();
        model.addAttribute("results", views);
        model.addAttribute("total", found.total());
        model.addAttribute("shown", RESULTS);
    }

    /** An area as a page shows it: the name in the reader's script first, the other script beside it. */
    record AreaView(
            String pcode,
            int level,
            String name,
            String otherName,
            String nameEn,
            String nameAr,
            boolean nameArDamaged,
            String governorate,
            Double latitude,
            Double longitude) {

        static AreaView of(Area area, Locale locale, Gazetteer gazetteer) {
            String name = area.name(locale);
            String other = name.equals(area.nameEn()) ? area.nameAr() : area.nameEn();
            String governorate = area.level() == Area.GOVERNORATE
                    ? null
                    : gazetteer
                            .find(area.edition(), area.adm1Pcode())
                            .map(adm1 -> adm1.name(locale))
                            .orElse(null);
            return new AreaView(
                    area.pcode(),
                    area.level(),
                    name,
                    other,
                    area.nameEn(),
                    area.nameAr(),
                    area.nameArDamaged(),
                    governorate,
                    area.latitude(),
                    area.longitude());
        }
    }

    /**
     * What the map of an area page draws: polygons to click through (a governorate's districts), the outline
     * of the district the area lies in, and points (sub-districts or communities, which have no boundaries).
     * Paths are relative to the geography API.
     */
    record MapView(String polygons, String outline, String outlinePcode, String points, String highlight) {

        static MapView of(Area area) {
            String districts = "boundaries?level=2&parent=" + area.adm1Pcode();
            return switch (area.level()) {
                case Area.GOVERNORATE -> new MapView(districts, null, null, null, null);
                case Area.DISTRICT -> new MapView(null, districts, area.pcode(), children(area.pcode()), null);
                case Area.SUB_DISTRICT -> new MapView(null, districts, area.adm2Pcode(), children(area.pcode()), null);
                default -> new MapView(null, districts, area.adm2Pcode(), children(area.parentPcode()), area.pcode());
            };
        }

        private static String children(String pcode) {
            return "areas?size=500&parent=" + pcode;
        }
    }
}
