package org.homeward.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.Returns;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PageRequest;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a household's intention to return, the first step of a case: find the household by its reference (or
 * id, as the household page links it), tick who intends to go, name where to. Only households the registry shows
 * in full are offered — the same people who may act on them.
 */
@Controller
class OpeningPages {

    private final Returns returns;
    private final Registry registry;
    private final Clock clock;

    OpeningPages(Returns returns, Registry registry, Clock clock) {
        this.returns = returns;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/returns/new")
    String form(@RequestParam(required = false) String household, Model model) {
        model.addAttribute("query", household == null ? "" : household.strip());
        if (household != null && !household.isBlank()) {
            Optional<HouseholdRecord> found = find(household.strip());
            found.ifPresent(record -> fill(model, record));
            model.addAttribute("notFound", found.isEmpty());
        }
        return page(model);
    }

    @PostMapping("/returns/new")
    String open(@RequestParam MultiValueMap<String, String> form, Model model) {
        Forms fields = new Forms(form);
        UUID householdId = fields.id("householdId");
        List<UUID> members = fields.someIds("memberIds");
        String destination = fields.text("intendedDestinationPcode");
        LocalDate date = fields.date("date");
        try {
            fields.check();
            ReturnCaseView opened = returns.open(new Returns.Opening(householdId, members, destination, date));
            return "redirect:/returns/" + opened.id();
        } catch (ValidationException invalid) {
            model.addAttribute("errors", ReturnPages.byField(invalid.errors()));
        } catch (ConflictException refused) {
            model.addAttribute("refusal", refused.getMessage());
        }
        model.addAttribute("values", form.toSingleValueMap());
        Optional<HouseholdRecord> household = householdId == null ? Optional.empty() : full(householdId);
        household.ifPresent(record -> fill(model, record));
        model.addAttribute("query", household.map(HouseholdRecord::reference).orElse(""));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "returns/new";
    }

    private void fill(Model model, HouseholdRecord household) {
        model.addAttribute("household", household);
        model.addAttribute(
                "names",
                household.members().stream()
                        .collect(java.util.stream.Collectors.toMap(HouseholdRecord.Member::id, OpeningPages::name)));
    }

    /** By id, or by reference through the registry's search (which matches references exactly). */
    private Optional<HouseholdRecord> find(String key) {
        try {
            return full(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return registry
                    .search(new HouseholdSearch(null, null, null, null, key), PageRequest.of(0, 5))
                    .items()
                    .stream()
                    .filter(view -> key.equalsIgnoreCase(view.reference()))
                    .findFirst()
                    .flatMap(view -> full(view.id()));
        }
    }

    /** The household in full, if the registry shows it so (the registry audits the read). */
    private Optional<HouseholdRecord> full(UUID id) {
        try {
            HouseholdView view = registry.get(id);
            return view instanceof HouseholdRecord record ? Optional.of(record) : Optional.empty();
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    private static String name(HouseholdRecord.Member member) {
        String latin = join(member.givenNameLatin(), member.familyNameLatin());
        return latin.isEmpty() ? join(member.givenNameAr(), member.familyNameAr()) : latin;
    }

    private static String join(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
}
