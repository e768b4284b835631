package org.homeward.returns.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.returns.AreaHoldView;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnSearch;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.shared.IfMatch;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The return workflow over HTTP: {@code /api/v1/returns}. Each transition is a POST to the case's action
 * ({@code /counsel}, {@code /sign-declaration}, ...); it answers the case as it is now, with its ETag. If-Match is
 * optional: given and stale, 412.
 */
@RestController
@RequestMapping("/api/v1/returns")
class ReturnApi {

    private static final String IF_MATCH = "If-Match";

    private final Returns returns;

    ReturnApi(Returns returns) {
        this.returns = returns;
    }

    @PostMapping
    ResponseEntity<ReturnCaseView> open(@RequestBody Returns.Opening opening) {
        ReturnCaseView opened = returns.open(opening);
        return ResponseEntity.created(URI.create("/api/v1/returns/" + opened.id()))
                .eTag(IfMatch.etag(opened.version()))
                .body(opened);
    }

    @GetMapping("/{id}")
    ResponseEntity<ReturnCaseView> get(@PathVariable UUID id) {
        return answer(returns.get(id));
    }

    @GetMapping
    Page<ReturnCaseSummary> search(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String crossing,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return returns.search(
                new ReturnSearch(status(status), destination, crossing, from, to, householdId),
                PageRequest.of(page, size));
    }

    @PostMapping("/{id}/counsel")
    ResponseEntity<ReturnCaseView> counsel(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Counselling counselling) {
        return answer(returns.counsel(id, IfMatch.optional(ifMatch, "case"), counselling));
    }

    @PostMapping("/{id}/sign-declaration")
    ResponseEntity<ReturnCaseView> signDeclaration(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Declaration declaration) {
        return answer(returns.signDeclaration(id, IfMatch.optional(ifMatch, "case"), declaration));
    }

    @PostMapping("/{id}/clear")
    ResponseEntity<ReturnCaseView> clear(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Returns.Clearance clearance) {
        Returns.Clearance body = clearance == null ? new Returns.Clearance(null) : clearance;
        return answer(returns.clear(id, IfMatch.optional(ifMatch, "case"), body));
    }

    @PostMapping("/{id}/schedule")
    ResponseEntity<ReturnCaseView> schedule(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Schedule schedule) {
        return answer(returns.schedule(id, IfMatch.optional(ifMatch, "case"), schedule));
    }

    @PostMapping("/{id}/depart")
    ResponseEntity<ReturnCaseView> depart(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Departure departure) {
        return answer(returns.depart(id, IfMatch.optional(ifMatch, "case"), departure));
    }

    @PostMapping("/{id}/cross")
    ResponseEntity<ReturnCaseView> cross(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Crossing crossing) {
        return answer(returns.cross(id, IfMatch.optional(ifMatch, "case"), crossing));
    }

    @PostMapping("/{id}/arrive")
    ResponseEntity<ReturnCaseView> arrive(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody Returns.Arrival arrival) {
        return answer(returns.arrive(id, IfMatch.optional(ifMatch, "case"), arrival));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<ReturnCaseView> withdraw(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Returns.Withdrawal withdrawal) {
        Returns.Withdrawal body = withdrawal == null ? new Returns.Withdrawal(null, null, null) : withdrawal;
        return answer(returns.withdraw(id, IfMatch.optional(ifMatch, "case"), body));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<ReturnCaseView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Returns.Reason reason) {
        return answer(returns.cancel(id, IfMatch.optional(ifMatch, "case"), orEmpty(reason)));
    }

    @PostMapping("/{id}/hold")
    ResponseEntity<ReturnCaseView> hold(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Returns.Reason reason) {
        return answer(returns.hold(id, IfMatch.optional(ifMatch, "case"), orEmpty(reason)));
    }

    @PostMapping("/{id}/release")
    ResponseEntity<ReturnCaseView> release(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return answer(returns.release(id, IfMatch.optional(ifMatch, "case")));
    }

    @PostMapping("/holds")
    @ResponseStatus(HttpStatus.CREATED)
    AreaHoldView placeHold(@RequestBody Returns.AreaHoldRequest request) {
        return returns.placeHold(request);
    }

    @PostMapping("/holds/{holdId}/release")
    AreaHoldView releaseHold(@PathVariable long holdId) {
        return returns.releaseHold(holdId);
    }

    @GetMapping("/holds")
    List<AreaHoldView> holds() {
        return returns.activeHolds();
    }

    private static ResponseEntity<ReturnCaseView> answer(ReturnCaseView view) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    private static Returns.Reason orEmpty(Returns.Reason reason) {
        return reason == null ? new Returns.Reason(null, null) : reason;
    }

    private static ReturnStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReturnStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", status, "one of " + Arrays.toString(ReturnStatus.values()));
        }
    }
}
