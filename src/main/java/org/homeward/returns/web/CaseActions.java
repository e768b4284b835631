package org.homeward.returns.web;

import java.util.Locale;
import java.util.UUID;
import org.homeward.returns.Monitoring;
import org.homeward.returns.Returns;
import org.homeward.returns.TransitionRefused;
import org.homeward.returns.Transport;
import org.homeward.returns.Whereabouts;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page: one POST per action. Done, the browser is sent back to the case (so that reloading
 * does not repeat the action); refused, the case page shows the refusal, or each field's problem next to the field,
 * with what was typed. Each form carries the version it was shown at, so that a form left open while someone else
 * moved the case is refused instead of acting on a case that changed.
 */
@Controller
class CaseActions {

    private final Returns returns;
    private final Monitoring monitoring;
    private final ReturnPages pages;

    CaseActions(Returns returns, Monitoring monitoring, ReturnPages pages) {
        this.returns = returns;
        this.monitoring = monitoring;
        this.pages = pages;
    }

    @PostMapping("/returns/{id}/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Forms fields = new Forms(form);
        Integer version = fields.number("version");
        try {
            perform(id, action, version, fields);
            redirect.addFlashAttribute("done", action);
            return "redirect:/returns/" + id;
        } catch (ValidationException invalid) {
            model.addAttribute("errors", ReturnPages.byField(invalid.errors()));
        } catch (TransitionRefused refused) {
            model.addAttribute("refusal", refused.getMessage());
        } catch (PreconditionFailedException stale) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("failedAction", action);
        model.addAttribute("values", form.toSingleValueMap());
        model.addAttribute("checked", form);
        return pages.casePage(id, locale, model);
    }

    private void perform(UUID id, String action, Integer version, Forms form) {
        switch (action) {
            case "counsel" -> {
                var counselling = new Returns.Counselling(form.date("date"), form.choices("topics", topic()));
                form.check();
                returns.counsel(id, version, counselling);
            }
            case "sign-declaration" -> {
                var declaration = new Returns.Declaration(
                        form.date("date"), form.text("place"), form.text("witnessOrganisation"), form.ids("signedBy"));
                form.check();
                returns.signDeclaration(id, version, declaration);
            }
            case "clear" -> returns.clear(id, version, new Returns.Clearance(null));
            case "schedule" -> {
                var schedule = new Returns.Schedule(
                        form.date("plannedDate"),
                        form.choice("transport", Transport.class),
                        form.text("crossingPointCode"),
                        form.id("convoyId"),
                        form.text("destinationPcode"),
                        null);
                form.check();
                returns.schedule(id, version, schedule);
            }
            case "depart" -> {
                var departure = new Returns.Departure(
                        form.date("date"), null, form.text("fromSite"), null, form.someIds("memberIds"));
                form.check();
                returns.depart(id, version, departure);
            }
            case "cross" -> {
                var crossing = new Returns.Crossing(form.date("date"), form.text("crossingPointCode"));
                form.check();
                returns.cross(id, version, crossing);
            }
            case "arrive" -> {
                var arrival = new Returns.Arrival(form.date("date"), form.text("pcode"), form.ids("memberIds"));
                form.check();
                returns.arrive(id, version, arrival);
            }
            case "monitor" -> monitor(id, version, form);
            case "withdraw" -> {
                var withdrawal = new Returns.Withdrawal(form.text("reason"), form.ids("memberIds"), null);
                form.check();
                returns.withdraw(id, version, withdrawal);
            }
            case "cancel" -> returns.cancel(id, version, new Returns.Reason(form.text("reason"), null));
            case "hold" -> returns.hold(id, version, new Returns.Reason(form.text("reason"), null));
            case "release" -> returns.release(id, version);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private void monitor(UUID id, Integer version, Forms form) {
        var report = new Monitoring.VisitReport(
                form.date("date"),
                form.choice("whereabouts", Whereabouts.class),
                form.text("movedToPcode"),
                form.choice("healthCare", Monitoring.Access.class),
                form.choice("school", Monitoring.Access.class),
                form.choice("water", Monitoring.Access.class),
                form.choice("food", Monitoring.Access.class),
                form.choice("shelter", Monitoring.Shelter.class),
                form.choice("civilDocumentation", Monitoring.Documentation.class),
                form.text("safetyConcerns"));
        form.check();
        monitoring.record(id, version, report);
    }

    private static Class<org.homeward.returns.CounsellingTopic> topic() {
        return org.homeward.returns.CounsellingTopic.class;
    }
}
