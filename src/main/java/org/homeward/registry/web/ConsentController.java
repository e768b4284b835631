package org.homeward.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.Consents;
import org.homeward.registry.Consents.ConsentEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households/{householdId}/members/{personId}/consents")
class ConsentController {

    private final Consents consents;
    private final Clock clock;

    ConsentController(Consents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ConsentEvent> give(
            @PathVariable UUID householdId, @PathVariable UUID personId, @RequestBody Consents.ConsentGiven consent) {
        ConsentEvent event = consents.give(householdId, personId, consent);
        return ResponseEntity.created(
                        URI.create("/api/v1/households/" + householdId + "/members/" + personId + "/consents"))
                .body(event);
    }

    @PostMapping("/withdrawals")
    ResponseEntity<ConsentEvent> withdraw(
            @PathVariable UUID householdId,
            @PathVariable UUID personId,
            @RequestBody Consents.ConsentWithdrawn withdrawal) {
        ConsentEvent event = consents.withdraw(householdId, personId, withdrawal);
        return ResponseEntity.created(
                        URI.create("/api/v1/households/" + householdId + "/members/" + personId + "/consents"))
                .body(event);
    }

    /** The history, and for each purpose whether consent holds today. */
    @GetMapping
    ConsentState state(@PathVariable UUID householdId, @PathVariable UUID personId) {
        List<ConsentEvent> history = consents.history(householdId, personId);
        LocalDate today = LocalDate.now(clock);
        List<CurrentConsent> current = history.stream()
                .map(event -> new PurposeKey(event.purpose(), event.partnerOrganisation()))
                .distinct()
                .map(key -> new CurrentConsent(
                        key.purpose(), key.partner(), consents.holds(personId, key.purpose(), key.partner(), today)))
                .toList();
        List<ConsentPurpose> never = Arrays.stream(ConsentPurpose.values())
                .filter(purpose -> current.stream().noneMatch(c -> c.purpose() == purpose))
                .toList();
        return new ConsentState(current, never, history);
    }

    record PurposeKey(ConsentPurpose purpose, String partner) {}

    record CurrentConsent(ConsentPurpose purpose, String partnerOrganisation, boolean valid) {}

    record ConsentState(List<CurrentConsent> current, List<ConsentPurpose> neverRecorded, List<ConsentEvent> history) {}
}
