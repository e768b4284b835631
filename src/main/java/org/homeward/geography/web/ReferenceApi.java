package org.homeward.geography.web;

import java.time.Duration;
import java.util.Locale;
import org.homeward.geography.Country;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.geography.internal.BoundaryStore;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Countries, crossing points, sites and boundaries over HTTP. Public, read-only. */
@RestController
@RequestMapping("/api/v1/geography")
class ReferenceApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Gazetteer gazetteer;
    private final BoundaryStore boundaries;

    ReferenceApi(Gazetteer gazetteer, BoundaryStore boundaries) {
        this.gazetteer = gazetteer;
        this.boundaries = boundaries;
    }

    @GetMapping("/countries")
    Page<CountryItem> countries() {
        return Params.whole(gazetteer.countries().stream().map(CountryItem::of).toList());
    }

    /** @param country only crossings to this partner country (ISO3 or ISO2) */
    @GetMapping("/crossing-points")
    Page<CrossingPointItem> crossingPoints(@RequestParam(required = false) String country) {
        String iso3 = country(country);
        return Params.whole(gazetteer.crossingPoints().stream()
                .filter(point -> iso3 == null || iso3.equals(point.partnerCountryIso3()))
                .map(CrossingPointItem::of)
                .toList());
    }

    /** @param country only sites in this country (ISO3 or ISO2) */
    @GetMapping("/sites")
    Page<SiteItem> sites(@RequestParam(required = false) String country) {
        String iso3 = country(country);
        return Params.whole(gazetteer.sites().stream()
                .filter(site -> iso3 == null || iso3.equals(site.countryIso3()))
                .map(SiteItem::of)
                .toList());
    }

    /**
     * Boundaries as a GeoJSON FeatureCollection whose features carry {@code pcode}, {@code level},
     * {@code nameEn}, {@code nameAr}, {@code parentPcode}.
     *
     * @param parent only the children of this area (the districts of a governorate)
     */
    @GetMapping("/boundaries")
    ResponseEntity<String> boundaries(
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String edition) {
        String wanted = edition == null || edition.isBlank() ? gazetteer.currentEdition() : edition.strip();
        Integer requested = Params.level("level", level == null ? "1" : level, 4);
        if (!boundaries.levels(wanted).contains(requested)) {
            if (gazetteer.editions().stream().noneMatch(e -> e.code().equals(wanted))) {
                throw new InvalidParameterException("edition", edition, "a loaded gazetteer edition");
            }
            throw new InvalidParameterException(
                    "level", level, "a level with boundaries in " + wanted + ": " + boundaries.levels(wanted));
        }
        String parentPcode = null;
        if (parent != null && !parent.isBlank()) {
            parentPcode = gazetteer
                    .find(wanted, parent)
                    .orElseThrow(() -> new InvalidParameterException("parent", parent, "a P-code of edition " + wanted))
                    .pcode();
        }
        String body = boundaries
                .featureCollection(wanted, requested, parentPcode)
                .orElseThrow(() -> new NotFoundException("edition", wanted));
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(body);
    }

    private String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return gazetteer
                .country(code)
                .map(Country::iso3)
                .orElseThrow(
                        () -> new InvalidParameterException("country", code, "an ISO 3166-1 alpha-3 or alpha-2 code"));
    }

    record CountryItem(
            String iso3, String iso2, Integer m49, String nameEn, String nameAr, Double latitude, Double longitude) {
        static CountryItem of(Country c) {
            return new CountryItem(c.iso3(), c.iso2(), c.m49(), c.nameEn(), c.nameAr(), c.latitude(), c.longitude());
        }
    }

    record CrossingPointItem(
            String code,
            String nameEn,
            String nameAr,
            String kind,
            String admin1Pcode,
            String partnerCountryIso3,
            String partnerSideName,
            Double latitude,
            Double longitude) {
        static CrossingPointItem of(CrossingPoint p) {
            return new CrossingPointItem(
                    p.code(),
                    p.nameEn(),
                    p.nameAr(),
                    p.kind().name().toLowerCase(Locale.ROOT),
                    p.admin1Pcode(),
                    p.partnerCountryIso3(),
                    p.partnerSideName(),
                    p.latitude(),
                    p.longitude());
        }
    }

    record SiteItem(
            String code,
            String nameEn,
            String nameAr,
            String kind,
            String countryIso3,
            String admin1Pcode,
            Double latitude,
            Double longitude,
            String source,
            Integer capacity,
            Integer population) {
        static SiteItem of(Site s) {
            return new SiteItem(
                    s.code(),
                    s.nameEn(),
                    s.nameAr(),
                    s.kind().name().toLowerCase(Locale.ROOT),
                    s.countryIso3(),
                    s.admin1Pcode(),
                    s.latitude(),
                    s.longitude(),
                    s.source(),
                    s.capacity(),
                    s.population());
        }
    }
}
