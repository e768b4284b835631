package org.homeward.geography.web;

import java.util.List;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Edition;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.web.AreaPayloads.AreaDetail;
import org.homeward.geography.web.AreaPayloads.AreaItem;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gazetteer over HTTP: areas by P-code, search in Arabic or Latin script, editions. Public, read-only. */
@RestController
@RequestMapping("/api/v1/geography")
class GeographyApi {

    static final int MAX_QUERY_LENGTH = 200;

    private final Gazetteer gazetteer;

    GeographyApi(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/areas")
    Page<AreaItem> areas(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) String edition,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException(
                    "q", "(" + q.length() + " characters)", "at most " + MAX_QUERY_LENGTH + " characters");
        }
        AreaSearch search = AreaSearch.text(q)
                .atLevel(Params.level("level", level))
                .childrenOf(parent)
                .within(within)
                .inEdition(edition);
        return gazetteer.search(search, PageRequest.of(page, size)).map(area -> AreaPayloads.item(area, gazetteer));
    }

    @GetMapping("/areas/{pcode}")
    AreaDetail area(@PathVariable String pcode, @RequestParam(required = false) String edition) {
        String wanted = edition(edition);
        Area area = gazetteer.find(wanted, pcode).orElseThrow(() -> new NotFoundException("area", pcode));
        return AreaPayloads.detail(area, gazetteer);
    }

    @GetMapping("/editions")
    Page<EditionItem> editions() {
        return Params.whole(gazetteer.editions().stream().map(EditionItem::of).toList());
    }

    /** The requested edition if it exists, the current one if none was asked for. */
    private String edition(String requested) {
        if (requested == null || requested.isBlank()) {
            return gazetteer.currentEdition();
        }
        List<String> known = gazetteer.editions().stream().map(Edition::code).toList();
        if (!known.contains(requested.strip())) {
            throw new InvalidParameterException("edition", requested, "one of " + known);
        }
        return requested.strip();
    }

    record EditionItem(String code, String title, String source, int areaCount, boolean current, String loadedAt) {
        static EditionItem of(Edition edition) {
            return new EditionItem(
                    edition.code(),
                    edition.title(),
                    edition.source(),
                    edition.areaCount(),
                    edition.current(),
                    edition.loadedAt().toString());
        }
    }
}
