package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.Consents;
import org.homeward.registry.Consents.ConsentEvent;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.PseudonymisedHousehold;
import org.homeward.registry.Registry;
import org.homeward.shared.FieldError;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household page (full or pseudonymised, as the registry answers for the signed-in user), the consent
 * forms of its members, and the deletion with its confirmation. Every view of the full page is a read the
 * registry audits; so is each member's consent history.
 */
@Controller
class HouseholdPages {

    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Registry registry;
    private final Consents consents;
    private final PlaceLabels places;
    private final FormOptions options;
    private final ErrorMessages errorMessages;
    private final Clock clock;

    HouseholdPages(
            Registry registry,
            Consents consents,
            PlaceLabels places,
            FormOptions options,
            ErrorMessages errorMessages,
            Clock clock) {
        this.registry = registry;
        this.consents = consents;
        this.places = places;
        this.options = options;
        this.errorMessages = errorMessages;
        this.clock = clock;
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable UUID id, Locale locale, Model model) {
        return page(registry.get(id), null, null, FormErrors.none(), locale, model);
    }

    @PostMapping("/households/{id}/members/{personId}/consents")
    String recordConsent(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @ModelAttribute ConsentForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate day = form.parsedDate(problems);
        if (problems.isEmpty()) {
            try {
                if (form.withdrawal()) {
                    consents.withdraw(id, personId, form.withdrawn(day));
                } else {
                    consents.give(id, personId, form.given(day));
                }
                redirect.addFlashAttribute("notice", "consentRecorded");
                return "redirect:/households/" + id;
            } catch (ValidationException e) {
                problems.addAll(e.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        FormErrors errors = errorMessages.localise(problems, locale);
        return page(registry.get(id), personId, form, errors, locale, model);
    }

    @GetMapping("/households/{id}/delete")
    String confirmDeletion(@PathVariable UUID id, Locale locale, Model model) {
        HouseholdRecord household = RegistryPages.changeable(registry.get(id));
        return deletion(household, Integer.toString(household.version()), null, FormErrors.none(), null, locale, model);
    }

    @PostMapping("/households/{id}/delete")
    String delete(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HouseholdRecord household = RegistryPages.changeable(registry.get(id));
        try {
            registry.delete(id, RegistryPages.version(version), reason);
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return deletion(
                    household, version, reason, errorMessages.localise(e.errors(), locale), null, locale, model);
        } catch (PreconditionFailedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return deletion(household, version, reason, FormErrors.none(), "stale", locale, model);
        }
        redirect.addFlashAttribute("notice", "deleted");
        redirect.addFlashAttribute("deletedReference", household.reference());
        return "redirect:/households";
    }

    private String deletion(
            HouseholdRecord household,
            String version,
            String reason,
            FormErrors errors,
            String notice,
            Locale locale,
            Model model) {
        model.addAttribute("household", household);
        model.addAttribute("row", HouseholdRow.of(household, places, locale));
        model.addAttribute("version", version);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("formNotice", notice);
        return "registry/delete";
    }

    private String page(
            HouseholdView view,
            UUID failedPerson,
            ConsentForm failedForm,
            FormErrors failedErrors,
            Locale locale,
            Model model) {
        model.addAttribute("places", placeNames(view, locale));
        switch (view) {
            case HouseholdRecord household -> {
                model.addAttribute("household", household);
                model.addAttribute("updated", UPDATED.format(household.updatedAt()));
                List<MemberRow> members = new ArrayList<>();
                List<ConsentPanel> panels = new ArrayList<>();
                LocalDate today = LocalDate.now(clock);
                for (int i = 0; i < household.members().size(); i++) {
                    HouseholdRecord.Member member = household.members().get(i);
                    MemberRow row = MemberRow.of(i, member, places, need -> options.needLabel(need, locale), locale);
                    members.add(row);
                    boolean failed = member.id().equals(failedPerson);
                    panels.add(panel(
                            household.id(),
                            row,
                            locale,
                            today,
                            failed ? failedForm : ConsentForm.blank(today),
                            failed ? failedErrors : FormErrors.none()));
                }
                model.addAttribute("members", members);
                model.addAttribute("consents", panels);
                options.addConsentChoices(model);
            }
            case PseudonymisedHousehold pseudonymised -> model.addAttribute("pseudonymised", pseudonymised);
        }
        return "registry/household";
    }

    private ConsentPanel panel(
            UUID householdId, MemberRow member, Locale locale, LocalDate today, ConsentForm form, FormErrors errors) {
        List<ConsentEvent> history = consents.history(householdId, member.id());
        List<ConsentPanel.PurposeState> state = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            List<String> partners = purpose == ConsentPurpose.SHARING
                    ? history.stream()
                            .filter(event -> event.purpose() == purpose)
                            .map(ConsentEvent::partnerOrganisation)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()
                    : java.util.Collections.singletonList(null);
            if (partners.isEmpty()) {
                state.add(new ConsentPanel.PurposeState(purpose.name(), null, "none"));
            }
            for (String partner : partners) {
                boolean recorded = history.stream()
                        .anyMatch(event ->
                                event.purpose() == purpose && Objects.equals(event.partnerOrganisation(), partner));
                String current = !recorded
                        ? "none"
                        : consents.holds(member.id(), purpose, partner, today) ? "valid" : "withdrawn";
                state.add(new ConsentPanel.PurposeState(purpose.name(), partner, current));
            }
        }
        boolean arabic = "ar".equals(locale.getLanguage());
        String first = arabic ? member.nameAr() : member.nameLatin();
        String name = first != null ? first : arabic ? member.nameLatin() : member.nameAr();
        return new ConsentPanel(member.id(), member.position(), name, state, history, form, errors);
    }

    /** Place names in the reader's language; for a pseudonymised household only the places it carries. */
    private PlaceNames placeNames(HouseholdView view, Locale locale) {
        return switch (view) {
            case HouseholdRecord full ->
                new PlaceNames(
                        places.area(full.originPcode(), locale),
                        places.country(full.currentCountry(), locale),
                        places.area(full.currentPcode(), locale),
                        places.site(full.currentSite(), locale));
            case PseudonymisedHousehold pseudonymised ->
                new PlaceNames(
                        places.area(pseudonymised.originPcode(), locale),
                        places.country(pseudonymised.currentCountry(), locale),
                        places.area(pseudonymised.currentPcode(), locale),
                        places.site(pseudonymised.currentSite(), locale));
        };
    }

    record PlaceNames(String origin, String currentCountry, String currentArea, String currentSite) {}
}
