package org.homeward.sites.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.ValidationException;
import org.homeward.sites.SiteProfile;
import org.homeward.sites.Sites;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Camp pages: every site with its figures, and one site with its population trend (reported and estimated), its
 * departures by month and by governorate of destination, and — for coordinators — forms for a new count and the
 * capacity.
 */
@Controller
class SitePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sites sites;
    private final Clock clock;

    SitePages(Sites sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping("/sites")
    String list(Model model) {
        model.addAttribute("sites", sites.sites());
        return "sites/list";
    }

    @GetMapping("/sites/{code}")
    String site(@PathVariable String code, Locale locale, Model model) {
        SiteProfile profile = sites.profile(code);
        model.addAttribute("profile", profile);
        model.addAttribute("site", profile.site());
        model.addAttribute("arabic", "ar".equals(locale.getLanguage()));
        model.addAttribute("trend", JSON.writeValueAsString(profile.trend()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "sites/site";
    }

    @PostMapping("/sites/{code}/snapshots")
    String snapshot(
            @PathVariable String code,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String population,
            @RequestParam(required = false) String source,
            Locale locale,
            Model model) {
        try {
            sites.recordSnapshot(code, new Sites.NewSnapshot(date(date), number("population", population), source));
            return "redirect:/sites/" + code;
        } catch (ValidationException invalid) {
            return refused(code, invalid, locale, model);
        }
    }

    @PostMapping("/sites/{code}/capacity")
    String capacity(
            @PathVariable String code, @RequestParam(required = false) String capacity, Locale locale, Model model) {
        try {
            sites.setCapacity(code, number("capacity", capacity));
            return "redirect:/sites/" + code;
        } catch (ValidationException invalid) {
            return refused(code, invalid, locale, model);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error/404";
    }

    private String refused(String code, ValidationException invalid, Locale locale, Model model) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        invalid.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        model.addAttribute("errors", errors);
        return site(code, locale, model);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new FieldError("date", "invalid-date", "a date (YYYY-MM-DD)")));
        }
    }

    private static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new FieldError(field, "invalid-number", "a whole number")));
        }
    }
}
