package org.homeward.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.shared.ConflictException;
import org.homeward.shared.FieldError;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.SourceKind;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The figures ledger in the browser: the list with its filters for everyone signed in; the add, edit and
 * delete forms for coordinators. Problems come back next to the field they concern.
 */
@Controller
class FigurePages {

    static final int PAGE_SIZE = 50;

    private final FigureLedger ledger;
    private final FigureViews views;
    private final MessageSource messages;

    FigurePages(FigureLedger ledger, FigureViews views, MessageSource messages) {
        this.ledger = ledger;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/figures")
    String list(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Filters filters = new Filters(blankToNull(indicator), blankToNull(area), blankToNull(from), blankToNull(to));
        model.addAttribute("filters", filters);
        model.addAttribute("indicators", indicatorOptions(locale));
        model.addAttribute("areas", views.areaOptions(locale));
        model.addAttribute("mayChange", ledger.mayChange());
        try {
            FigureSearch search = FigureController.search(
                    filters.indicator(), filters.area(), date("from", filters.from()), date("to", filters.to()));
            Page<ReportedFigure> found = ledger.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute(
                    "figures",
                    found.items().stream().map(f -> views.row(f, locale)).toList());
            model.addAttribute("total", found.total());
            model.addAttribute("page", found.page());
            model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (InvalidParameterException e) {
            model.addAttribute("filterProblem", e.getMessage());
            model.addAttribute("figures", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("page", 0);
            model.addAttribute("pages", 1L);
        }
        return "statistics/figures";
    }

    @GetMapping("/figures/new")
    String addForm(Locale locale, Model model) {
        requireChange();
        return form(FigureForm.blank(), null, Map.of(), null, locale, model);
    }

    @PostMapping("/figures")
    String add(@ModelAttribute FigureForm form, Locale locale, Model model, RedirectAttributes redirect) {
        requireChange();
        Map<String, String> errors = new LinkedHashMap<>();
        FigureDraft draft = form.toDraft(errors);
        errors.replaceAll((field, code) -> text(field, code, code, locale));
        try {
            if (errors.isEmpty()) {
                ReportedFigure figure = ledger.create(draft);
                redirect.addFlashAttribute("done", message("statistics.created", locale, figure.id()));
                return "redirect:/figures";
            }
        } catch (ValidationException e) {
            addErrors(e.errors(), errors, locale);
        } catch (ConflictException e) {
            return form(form, null, errors, message("statistics.error.figure-exists", locale), locale, model);
        }
        return form(form, null, errors, null, locale, model);
    }

    @GetMapping("/figures/{id}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        requireChange();
        return form(FigureForm.of(ledger.get(id)), id, Map.of(), null, locale, model);
    }

    @PostMapping("/figures/{id}")
    String edit(
            @PathVariable long id,
            @ModelAttribute FigureForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireChange();
        Map<String, String> errors = new LinkedHashMap<>();
        FigureDraft draft = form.toDraft(errors);
        errors.replaceAll((field, code) -> text(field, code, code, locale));
        try {
            if (errors.isEmpty()) {
                int version = form.version() == null ? -1 : form.version();
                ReportedFigure figure = ledger.update(id, version, draft);
                redirect.addFlashAttribute("done", message("statistics.updated", locale, figure.id()));
                return "redirect:/figures";
            }
        } catch (ValidationException e) {
            addErrors(e.errors(), errors, locale);
        } catch (ConflictException e) {
            return form(form, id, errors, message("statistics.error.figure-exists", locale), locale, model);
        } catch (PreconditionFailedException e) {
            return form(form, id, errors, message("statistics.form.stale", locale), locale, model);
        }
        return form(form, id, errors, null, locale, model);
    }

    @PostMapping("/figures/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireChange();
        try {
            ledger.delete(id, version, reason);
        } catch (ValidationException e) {
            model.addAttribute("deleteProblem", message("statistics.delete.reasonRequired", locale));
            return form(FigureForm.of(ledger.get(id)), id, Map.of(), null, locale, model);
        } catch (PreconditionFailedException e) {
            return form(
                    FigureForm.of(ledger.get(id)),
                    id,
                    Map.of(),
                    message("statistics.form.stale", locale),
                    locale,
                    model);
        }
        redirect.addFlashAttribute("done", message("statistics.deleted", locale, id));
        return "redirect:/figures";
    }

    private String form(
            FigureForm form, Long id, Map<String, String> errors, String problem, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("indicators", indicatorOptions(locale));
        model.addAttribute(
                "qualifiers",
                Arrays.stream(Qualifier.values())
                        .map(q -> new FigureViews.Option(q.name(), message("statistics.qualifier." + q.name(), locale)))
                        .toList());
        model.addAttribute(
                "sourceKinds",
                Arrays.stream(SourceKind.values())
                        .map(k -> new FigureViews.Option(k.name(), message("statistics.source." + k.name(), locale)))
                        .toList());
        return "statistics/figure-form";
    }

    private List<FigureViews.Option> indicatorOptions(Locale locale) {
        return Arrays.stream(Indicator.values())
                .map(i -> new FigureViews.Option(i.code(), views.indicator(i.code(), locale)))
                .toList();
    }

    /** Validation problems by field, in the reader's language; a field the form could not read keeps that error. */
    private void addErrors(List<FieldError> problems, Map<String, String> errors, Locale locale) {
        for (FieldError problem : problems) {
            errors.putIfAbsent(problem.field(), text(problem.field(), problem.code(), problem.message(), locale));
        }
    }

    /** The message for an error code, field-specific if the bundle has one, else general, else the fallback. */
    private String text(String field, String code, String fallback, Locale locale) {
        String general = messages.getMessage("statistics.error." + code, null, fallback, locale);
        return messages.getMessage("statistics.error." + field + "." + code, null, general, locale);
    }

    private void requireChange() {
        if (!ledger.mayChange()) {
            throw new AccessDeniedException("Only coordinators change the figures ledger");
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, text, "a date as YYYY-MM-DD");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Filters(String indicator, String area, String from, String to) {}
}
