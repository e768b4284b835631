package org.homeward.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys;
import org.homeward.shared.ConflictException;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Convoy planning: the convoys of the coming months, a form to plan one, and each convoy with its manifest. */
@Controller
class ConvoyPages {

    private final Convoys convoys;
    private final Gazetteer gazetteer;
    private final Clock clock;

    ConvoyPages(Convoys convoys, Gazetteer gazetteer, Clock clock) {
        this.convoys = convoys;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @GetMapping("/convoys")
    String list(Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("convoys", convoys.list(today.minusDays(60), today.plusDays(365)));
        model.addAttribute(
                "crossings",
                gazetteer.crossingPoints().stream()
                        .map(point -> new Places.Option(point.code(), point.name(locale)))
                        .toList());
        model.addAttribute("today", today);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
        }
        return "returns/convoys";
    }

    @PostMapping("/convoys")
    String plan(
            @RequestParam MultiValueMap<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
        Forms fields = new Forms(form);
        try {
            var convoy = new Convoys.NewConvoy(
                    fields.text("crossingPointCode"), fields.date("plannedDate"), fields.number("capacity"));
            fields.check();
            ConvoyView planned = convoys.plan(convoy);
            return "redirect:/convoys/" + planned.id();
        } catch (ValidationException invalid) {
            model.addAttribute("errors", ReturnPages.byField(invalid.errors()));
            model.addAttribute("values", form.toSingleValueMap());
            return list(locale, model);
        }
    }

    @GetMapping("/convoys/{id}")
    String convoy(@PathVariable UUID id, Model model) {
        ConvoyView convoy = convoys.get(id);
        model.addAttribute("convoy", convoy);
        model.addAttribute("manifest", convoys.manifest(id));
        model.addAttribute("next", next(convoy.status()));
        model.addAttribute("today", LocalDate.now(clock));
        return "returns/convoy";
    }

    @PostMapping("/convoys/{id}/status")
    String status(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Forms fields = new Forms(form);
        try {
            Convoys.ConvoyStatus status = fields.choice("status", Convoys.ConvoyStatus.class);
            Integer version = fields.number("version");
            LocalDate date = fields.date("date");
            fields.check();
            convoys.changeStatus(id, version, status, date);
            return "redirect:/convoys/" + id;
        } catch (ConflictException refused) {
            // names the case that cannot follow the convoy, and why
            model.addAttribute("refusal", refused.getMessage());
            return convoy(id, model);
        } catch (ValidationException invalid) {
            model.addAttribute("invalid", invalid.errors().getFirst().code());
            return convoy(id, model);
        } catch (PreconditionFailedException stale) {
            model.addAttribute("refused", true);
            return convoy(id, model);
        }
    }

    private static java.util.List<Convoys.ConvoyStatus> next(Convoys.ConvoyStatus status) {
        return switch (status) {
            case PLANNED -> java.util.List.of(Convoys.ConvoyStatus.CONFIRMED, Convoys.ConvoyStatus.CANCELLED);
            case CONFIRMED ->
                java.util.List.of(
                        Convoys.ConvoyStatus.DEPARTED, Convoys.ConvoyStatus.PLANNED, Convoys.ConvoyStatus.CANCELLED);
            case DEPARTED -> java.util.List.of(Convoys.ConvoyStatus.COMPLETED);
            case COMPLETED, CANCELLED -> java.util.List.of();
        };
    }
}
