package org.homeward.registry.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdPage;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.registry.SpecificNeed;
import org.homeward.shared.IfMatch;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class HouseholdController {

    private final Registry registry;

    HouseholdController(Registry registry) {
        this.registry = registry;
    }

    @PostMapping("/households")
    ResponseEntity<HouseholdRecord> register(
            @RequestBody HouseholdDraft draft, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidParameterException(
                    "Idempotency-Key", "(" + key.length() + " characters)", "1 to 200 characters");
        }
        Registry.Registration registration = registry.register(draft, key);
        HouseholdRecord household = registration.household();
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.id()))
                .eTag(IfMatch.etag(household.version()))
                .header("Idempotent-Replayed", Boolean.toString(registration.replayed()))
                .body(household);
    }

    @GetMapping("/households/{id}")
    ResponseEntity<HouseholdView> get(@PathVariable UUID id) {
        HouseholdView household = registry.get(id);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (household instanceof HouseholdRecord full) {
            answer.eTag(IfMatch.etag(full.version()));
        }
        return answer.body(household);
    }

    @PutMapping("/households/{id}")
    ResponseEntity<HouseholdRecord> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody HouseholdDraft draft) {
        HouseholdRecord household = registry.update(id, IfMatch.required(ifMatch, "household"), draft);
        return ResponseEntity.ok().eTag(IfMatch.etag(household.version())).body(household);
    }

    @DeleteMapping("/households/{id}")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Deletion deletion) {
        registry.delete(id, IfMatch.optional(ifMatch, "household"), deletion == null ? null : deletion.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/households")
    HouseholdPage search(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return registry.search(new HouseholdSearch(status, origin, country, site, q), PageRequest.of(page, size));
    }

    /**
     * The same search with the filters in the body, so that a name searched for never appears in a URL
     * (where proxies and access logs would keep it). Prefer this to {@code GET ?q=} for name searches.
     */
    @PostMapping("/households/search")
    HouseholdPage searchByBody(@RequestBody SearchRequest request) {
        return registry.search(
                new HouseholdSearch(request.status(), request.origin(), request.country(), request.site(), request.q()),
                PageRequest.of(request.page(), request.size()));
    }

    record SearchRequest(
            String status, String origin, String country, String site, String q, Integer page, Integer size) {}

    @GetMapping("/registry/specific-needs")
    List<NeedLabel> specificNeeds() {
        return Arrays.stream(SpecificNeed.values())
                .map(need -> new NeedLabel(need.name(), need.labelEn(), need.labelAr()))
                .toList();
    }

    /** The body of a DELETE: the reason stays in the record (never in the URL, where logs would keep it). */
    record Deletion(String reason) {}

    record NeedLabel(String code, String labelEn, String labelAr) {}
}
