package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.HouseholdPage;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.Registry;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household list: a POST search form that works without JavaScript; with it, htmx posts the same form and
 * swaps in the results fragment alone as the caseworker types or changes a filter. POST, so that a name typed in
 * the search box never reaches a URL (browser history, proxies, access logs). Paging buttons submit the same form
 * with a page number. {@code GET /households} shows the list with non-name filters only (links from elsewhere).
 */
@Controller
class HouseholdListPages {

    static final int PAGE_SIZE = 25;

    private final Registry registry;
    private final PlaceLabels places;
    private final FormOptions options;

    HouseholdListPages(Registry registry, PlaceLabels places, FormOptions options) {
        this.registry = registry;
        this.places = places;
        this.options = options;
    }

    /** The filters as typed. {@code originCode} (a P-code typed in) wins over {@code origin} (a governorate). */
    record Filters(String q, String status, String origin, String originCode, String country, String site) {

        HouseholdSearch search() {
            String originPcode = Texts.blankToNull(originCode) != null ? originCode.strip() : Texts.blankToNull(origin);
            return new HouseholdSearch(
                    Texts.blankToNull(status),
                    originPcode,
                    Texts.blankToNull(country),
                    Texts.blankToNull(site),
                    Texts.blankToNull(q));
        }
    }

    /** {@code total} is a lower bound when {@code more}: "more than 1,000". */
    record Results(List<HouseholdRow> rows, long total, boolean more, int page, int pages, int from, int to) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }

    @GetMapping("/households")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String originCode,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String page,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Filters filters = new Filters(null, status, origin, originCode, country, site);
        return render(filters, page, null, locale, model, response);
    }

    @PostMapping("/households")
    String search(
            Filters filters,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return render(filters, page, htmx, locale, model, response);
    }

    private String render(
            Filters filters, String page, String htmx, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("filters", filters);
        response.addHeader("Vary", "HX-Request");
        try {
            model.addAttribute("results", search(filters, pageNumber(page), locale));
        } catch (InvalidParameterException e) {
            model.addAttribute("searchProblem", e.parameter());
            if (htmx == null) {
                // htmx swaps only 2xx answers: while typing, the problem replaces the results with a 200.
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        if (htmx != null) {
            return "registry/list :: results";
        }
        options.addFilterChoices(model, locale);
        return "registry/list";
    }

    private Results search(Filters filters, int page, Locale locale) {
        HouseholdPage found = registry.search(filters.search(), PageRequest.of(page, PAGE_SIZE));
        List<HouseholdRow> rows = found.items().stream()
                .map(view -> HouseholdRow.of(view, places, locale))
                .toList();
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = rows.isEmpty() ? 0 : page * PAGE_SIZE + 1;
        return new Results(
                rows,
                found.totalIsLowerBound() ? HouseholdPage.COUNT_LIMIT : found.total(),
                found.totalIsLowerBound(),
                page,
                pages,
                from,
                from == 0 ? 0 : from + rows.size() - 1);
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.clamp(Integer.parseInt(page.strip()), 0, 100_000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
