package org.homeward.registry.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the registry's forms and filters offer. Enum constants are labelled in templates by message
 * key ({@code registry.status.REFUGEE}); specific needs carry UNHCR's own English and Arabic labels, which
 * the bundles repeat (a test keeps them equal) so that Russian has one too.
 */
@Component
class FormOptions {

    static final List<String> CONSENT_GIVERS = List.of("SELF", "GUARDIAN");
    static final List<String> CONSENT_METHODS = List.of("WRITTEN", "VERBAL", "DIGITAL", "THUMBPRINT");

    private final MessageSource messages;
    private final PlaceLabels places;

    FormOptions(MessageSource messages, PlaceLabels places) {
        this.messages = messages;
        this.places = places;
    }

    record Need(String code, String label) {}

    /** Everything the register and edit forms choose from. */
    void addFormChoices(Model model, Locale locale) {
        model.addAttribute("statuses", DisplacementStatus.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", sexCodes());
        model.addAttribute("needs", needs(locale));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("countries", places.countries(locale));
        model.addAttribute("allCountries", places.allCountries(locale));
        model.addAttribute("sites", places.sites(locale));
    }

    /** What the household list filters by. */
    void addFilterChoices(Model model, Locale locale) {
        model.addAttribute("statuses", DisplacementStatus.values());
        model.addAttribute("governorates", places.governorates(locale));
        model.addAttribute("countries", places.countries(locale));
        model.addAttribute("sites", places.sites(locale));
    }

    void addConsentChoices(Model model) {
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("givers", CONSENT_GIVERS);
        model.addAttribute("methods", CONSENT_METHODS);
    }

    List<Need> needs(Locale locale) {
        return Arrays.stream(SpecificNeed.values())
                .map(need -> new Need(need.name(), needLabel(need, locale)))
                .toList();
    }

    String needLabel(SpecificNeed need, Locale locale) {
        return messages.getMessage("registry.need." + need.name(), null, need.labelEn(), locale);
    }

    static List<String> sexCodes() {
        return Arrays.stream(Sex.values()).map(Sex::code).toList();
    }
}
