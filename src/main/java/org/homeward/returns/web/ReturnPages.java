package org.homeward.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.MemberState;
import org.homeward.returns.Monitoring;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnSearch;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.returns.Transport;
import org.homeward.returns.Whereabouts;
import org.homeward.returns.Worklist;
import org.homeward.returns.WorklistItem;
import org.homeward.shared.FieldError;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The return pages: the case list, a case with its timeline and a form for each action it allows next (see
 * {@link CaseActions}), and the caseworker's worklist.
 */
@Controller
class ReturnPages {

    private final Returns returns;
    private final Convoys convoys;
    private final Worklist worklist;
    private final Registry registry;
    private final Places places;
    private final Clock clock;

    ReturnPages(Returns returns, Convoys convoys, Worklist worklist, Registry registry, Places places, Clock clock) {
        this.returns = returns;
        this.convoys = convoys;
        this.worklist = worklist;
        this.registry = registry;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/returns")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String crossing,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        ReturnStatus wanted = Arrays.stream(ReturnStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
        String area = blankToNull(destination);
        String point = blankToNull(crossing);
        Page<ReturnCaseSummary> found = new Page<>(List.of(), 0, 0, 50);
        try {
            LocalDate since = date("from", from);
            LocalDate until = date("to", to);
            found = returns.search(new ReturnSearch(wanted, area, point, since, until, null), PageRequest.of(page, 50));
        } catch (org.homeward.shared.InvalidParameterException refused) {
            model.addAttribute("refusedFilter", refused.parameter());
        }
        Map<String, String> names = new HashMap<>();
        found.items()
                .forEach(item ->
                        names.putIfAbsent(item.destinationPcode(), places.name(item.destinationPcode(), locale)));
        model.addAttribute("cases", found);
        model.addAttribute("names", names);
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("destination", area == null ? "" : area);
        model.addAttribute("crossing", point == null ? "" : point);
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        return "returns/list";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date filter of the list; a malformed one is refused naming the filter, like the API. */
    private static LocalDate date(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException malformed) {
            throw new org.homeward.shared.InvalidParameterException(name, text, "a date like 2025-04-01");
        }
    }

    @GetMapping("/returns/{id}")
    String view(@PathVariable UUID id, Locale locale, Model model) {
        return casePage(id, locale, model);
    }

    @GetMapping("/worklist")
    String worklist(
            @RequestParam(required = false, defaultValue = "7") int days,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        int horizon = Math.max(0, Math.min(days, 366));
        Page<WorklistItem> due = worklist.due(horizon, PageRequest.of(page, 100));
        Map<String, String> names = new HashMap<>();
        due.items()
                .forEach(item ->
                        names.putIfAbsent(item.destinationPcode(), places.name(item.destinationPcode(), locale)));
        model.addAttribute("items", due);
        model.addAttribute("names", names);
        model.addAttribute("days", horizon);
        model.addAttribute("today", LocalDate.now(clock));
        return "returns/worklist";
    }

    /** The case page, with whatever the model already holds (a form's errors and values after a refusal). */
    String casePage(UUID id, Locale locale, Model model) {
        ReturnCaseView view = returns.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", view);
        model.addAttribute("allowed", view.allowedActions());
        model.addAttribute("names", view.mayAct() ? names(view.householdId()) : Map.of());
        model.addAttribute("places", placeNames(view, locale));
        model.addAttribute("today", today);
        model.addAttribute(
                "adults",
                view.members().stream()
                        .filter(member -> member.state() == MemberState.PENDING)
                        .filter(member -> member.birthYear() == null || today.getYear() - member.birthYear() >= 18)
                        .toList());
        model.addAttribute(
                "pending",
                view.members().stream()
                        .filter(member -> member.state() == MemberState.PENDING)
                        .toList());
        String from = view.departure() == null
                ? view.origin().country()
                : view.departure().country();
        model.addAttribute("crossings", places.crossingsFrom(from, locale));
        model.addAttribute("sites", places.sitesIn(view.origin().country(), locale));
        model.addAttribute("convoys", openConvoys(today));
        model.addAttribute("arrivalPcode", places.isCommunity(view.destinationPcode()) ? view.destinationPcode() : "");
        model.addAttribute("topics", CounsellingTopic.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("whereabouts", Whereabouts.values());
        model.addAttribute("access", Monitoring.Access.values());
        model.addAttribute("shelters", Monitoring.Shelter.values());
        model.addAttribute("documentation", Monitoring.Documentation.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "returns/case";
    }

    /** Field problems by field name, for the form that was sent. */
    static Map<String, FieldError> byField(List<FieldError> errors) {
        Map<String, FieldError> fields = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String field = error.field().replaceAll("\\[\\d+]$", "");
            fields.putIfAbsent(field, error);
        }
        return fields;
    }

    private List<ConvoyView> openConvoys(LocalDate today) {
        return convoys.list(today.minusYears(10), today.plusYears(1)).stream()
                .filter(convoy -> convoy.status().openForBooking())
                .toList();
    }

    /** Members' names, when the registry shows this actor the household in full (the registry audits the read). */
    private Map<UUID, String> names(UUID householdId) {
        Map<UUID, String> names = new HashMap<>();
        HouseholdView household = registry.get(householdId);
        if (household instanceof HouseholdRecord full) {
            for (HouseholdRecord.Member member : full.members()) {
                String latin = join(member.givenNameLatin(), member.familyNameLatin());
                names.put(member.id(), latin.isEmpty() ? join(member.givenNameAr(), member.familyNameAr()) : latin);
            }
        }
        return names;
    }

    private static String join(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    private Map<String, String> placeNames(ReturnCaseView view, Locale locale) {
        Map<String, String> names = new HashMap<>();
        java.util.function.Consumer<String> add = code -> {
            if (code != null && !names.containsKey(code)) {
                names.put(code, places.name(code, locale));
            }
        };
        add.accept(view.destinationPcode());
        add.accept(view.origin().country());
        add.accept(view.origin().pcode());
        add.accept(view.origin().site());
        if (view.plan() != null) {
            add.accept(view.plan().crossingPointCode());
        }
        if (view.departure() != null) {
            add.accept(view.departure().country());
            add.accept(view.departure().site());
            add.accept(view.departure().pcode());
        }
        if (view.crossing() != null) {
            add.accept(view.crossing().crossingPointCode());
        }
        view.members().forEach(member -> add.accept(member.arrivedPcode()));
        view.timeline().forEach(entry -> add.accept(entry.place()));
        view.monitoringVisits().forEach(visit -> add.accept(visit.movedToPcode()));
        return names;
    }
}
