package org.homeward.returns.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.returns.ConvoyManifest;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys;
import org.homeward.shared.IfMatch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Convoys over HTTP: {@code /api/v1/convoys}. */
@RestController
@RequestMapping("/api/v1/convoys")
class ConvoyApi {

    private final Convoys convoys;

    ConvoyApi(Convoys convoys) {
        this.convoys = convoys;
    }

    @PostMapping
    ResponseEntity<ConvoyView> plan(@RequestBody Convoys.NewConvoy convoy) {
        ConvoyView planned = convoys.plan(convoy);
        return ResponseEntity.created(URI.create("/api/v1/convoys/" + planned.id()))
                .eTag(IfMatch.etag(planned.version()))
                .body(planned);
    }

    @GetMapping
    List<ConvoyView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return convoys.list(from, to);
    }

    @GetMapping("/{id}")
    ResponseEntity<ConvoyView> get(@PathVariable UUID id) {
        ConvoyView convoy = convoys.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(convoy.version())).body(convoy);
    }

    @PostMapping("/{id}/status")
    ResponseEntity<ConvoyView> status(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody StatusChange change) {
        ConvoyView convoy =
                convoys.changeStatus(id, IfMatch.optional(ifMatch, "convoy"), change.status(), change.date());
        return ResponseEntity.ok().eTag(IfMatch.etag(convoy.version())).body(convoy);
    }

    @GetMapping("/{id}/manifest")
    ConvoyManifest manifest(@PathVariable UUID id) {
        return convoys.manifest(id);
    }

    /** @param date the day the convoy left, arrived or was called off; today if absent */
    record StatusChange(Convoys.ConvoyStatus status, LocalDate date) {}
}
