package org.homeward.returns.web;

import java.util.UUID;
import org.homeward.returns.ArrivalCorrections;
import org.homeward.returns.ReturnCaseView;
import org.homeward.shared.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/returns/{id}/arrival-corrections}: a coordinator corrects a recorded arrival (date,
 * community, or members who had not arrived). Answers the case as it is now, with its ETag; If-Match optional, stale
 * 412.
 */
@RestController
class ArrivalCorrectionApi {

    private final ArrivalCorrections corrections;

    ArrivalCorrectionApi(ArrivalCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/api/v1/returns/{id}/arrival-corrections")
    ResponseEntity<ReturnCaseView> correct(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ArrivalCorrections.Correction correction) {
        ReturnCaseView corrected = corrections.correct(id, IfMatch.optional(ifMatch, "case"), correction);
        return ResponseEntity.ok().eTag(IfMatch.etag(corrected.version())).body(corrected);
    }
}
