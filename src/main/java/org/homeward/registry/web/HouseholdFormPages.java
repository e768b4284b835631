package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.Registry;
import org.homeward.shared.ConflictException;
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
 * The register and edit forms. A submission either saves and redirects to the household page, or shows the
 * form again with what was typed, each problem next to its field and a summary on top; nothing is saved
 * then. "Add member", "remove member" and "add document" are submit buttons that show the form again
 * changed, so the form works without JavaScript; with it, htmx fetches a new member's fieldset instead.
 */
@Controller
class HouseholdFormPages {

    private static final Pattern ACTION = Pattern.compile("(addMember|removeMember|addDocument)(?::(\\d{1,3}))?");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F-]{36}");

    private final Registry registry;
    private final FormOptions options;
    private final PlaceLabels places;
    private final ErrorMessages errorMessages;
    private final Clock clock;

    HouseholdFormPages(
            Registry registry, FormOptions options, PlaceLabels places, ErrorMessages errorMessages, Clock clock) {
        this.registry = registry;
        this.options = options;
        this.places = places;
        this.errorMessages = errorMessages;
        this.clock = clock;
    }

    @GetMapping("/households/new")
    String registration(Locale locale, Model model) {
        return form(HouseholdForms.blank(), FormErrors.none(), null, locale, model);
    }

    @PostMapping("/households/new")
    String register(
            @ModelAttribute("form") HouseholdForm form,
            @RequestParam(defaultValue = "save") String action,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.compact();
        if (changeShape(form, action)) {
            return form(form, FormErrors.none(), null, locale, model);
        }
        HouseholdForms.Conversion conversion = HouseholdForms.toDraft(form);
        if (!conversion.readable()) {
            return rejected(form, conversion.problems(), locale, model, response);
        }
        try {
            Registry.Registration registration = registry.register(conversion.draft(), idempotencyKey(form));
            redirect.addFlashAttribute("notice", registration.replayed() ? "replayed" : "registered");
            return "redirect:/households/" + registration.household().id();
        } catch (ValidationException e) {
            return rejected(form, e.errors(), locale, model, response);
        } catch (ConflictException e) {
            // The key was used for another registration (the form was resubmitted after a change): a new key
            // lets the caseworker register this one deliberately.
            form.setIdempotencyKey(UUID.randomUUID().toString());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, FormErrors.none(), "keyReused", locale, model);
        }
    }

    @GetMapping("/households/{id}/edit")
    String edit(@PathVariable UUID id, Locale locale, Model model) {
        HouseholdRecord household = RegistryPages.changeable(registry.get(id));
        model.addAttribute("householdId", id);
        return form(HouseholdForms.of(household, LocalDate.now(clock)), FormErrors.none(), null, locale, model);
    }

    @PostMapping("/households/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") HouseholdForm form,
            @RequestParam(defaultValue = "save") String action,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("householdId", id);
        form.compact();
        if (changeShape(form, action)) {
            return form(form, FormErrors.none(), null, locale, model);
        }
        HouseholdForms.Conversion conversion = HouseholdForms.toDraft(form);
        if (!conversion.readable()) {
            return rejected(form, conversion.problems(), locale, model, response);
        }
        Integer version = RegistryPages.version(form.getVersion());
        try {
            if (version == null) {
                throw PreconditionFailedException.ifMatchMissing();
            }
            registry.update(id, version, conversion.draft());
            redirect.addFlashAttribute("notice", "saved");
            return "redirect:/households/" + id;
        } catch (ValidationException e) {
            return rejected(form, e.errors(), locale, model, response);
        } catch (PreconditionFailedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, FormErrors.none(), "stale", locale, model);
        }
    }

    /** A blank member's fieldset, for htmx to append; the response also moves the next index on. */
    @GetMapping("/households/form/member")
    String memberFieldset(@RequestParam(defaultValue = "1") int nextIndex, Locale locale, Model model) {
        int index = Math.clamp(nextIndex, 0, 200);
        model.addAttribute(
                "member", HouseholdFormView.MemberFields.of(index, MemberForm.blank(null), FormErrors.none()));
        model.addAttribute("nextIndex", index + 1);
        model.addAttribute("errors", FormErrors.none());
        options.addFormChoices(model, locale);
        return "registry/form :: new-member";
    }

    /** Suggestions for a P-code input, as the options of its datalist. */
    @GetMapping("/households/form/places")
    String placeSuggestions(
            @RequestParam(required = false) String originPcode,
            @RequestParam(required = false) String currentPcode,
            Locale locale,
            Model model) {
        boolean origin = originPcode != null;
        model.addAttribute("listId", origin ? "origin-places" : "current-places");
        model.addAttribute("suggestions", places.suggestions(origin ? originPcode : currentPcode, locale));
        return "registry/form :: place-suggestions";
    }

    private String rejected(
            HouseholdForm form, List<FieldError> problems, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(form, errorMessages.localise(problems, locale), null, locale, model);
    }

    private String form(HouseholdForm form, FormErrors errors, String notice, Locale locale, Model model) {
        model.addAttribute("view", HouseholdFormView.of(form, errors, places, locale));
        model.addAttribute("errors", errors);
        model.addAttribute("formNotice", notice);
        options.addFormChoices(model, locale);
        return "registry/form";
    }

    /** Handles the buttons that change the form rather than submit it; false for "save". */
    private static boolean changeShape(HouseholdForm form, String action) {
        var matcher = ACTION.matcher(action);
        if (!matcher.matches()) {
            return false;
        }
        int index = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        switch (matcher.group(1)) {
            case "addMember" -> form.addMember();
            case "removeMember" -> form.removeMember(index);
            default -> form.addDocument(index);
        }
        return true;
    }

    private static String idempotencyKey(HouseholdForm form) {
        String key = form.getIdempotencyKey();
        return key != null && UUID_TEXT.matcher(key).matches() ? key : null;
    }
}
