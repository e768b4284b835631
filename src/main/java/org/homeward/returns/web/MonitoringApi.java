package org.homeward.returns.web;

import java.util.List;
import java.util.UUID;
import org.homeward.returns.Monitoring;
import org.homeward.returns.MonitoringVisitView;
import org.homeward.returns.Worklist;
import org.homeward.returns.WorklistItem;
import org.homeward.shared.IfMatch;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring visits of a case, and the caseworker's worklist. */
@RestController
class MonitoringApi {

    private final Monitoring monitoring;
    private final Worklist worklist;

    MonitoringApi(Monitoring monitoring, Worklist worklist) {
        this.monitoring = monitoring;
        this.worklist = worklist;
    }

    @PostMapping("/api/v1/returns/{id}/monitoring-visits")
    @ResponseStatus(HttpStatus.CREATED)
    MonitoringVisitView record(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Monitoring.VisitReport report) {
        return monitoring.record(id, IfMatch.optional(ifMatch, "case"), report);
    }

    @GetMapping("/api/v1/returns/{id}/monitoring-visits")
    List<MonitoringVisitView> visits(@PathVariable UUID id) {
        return monitoring.visits(id);
    }

    @GetMapping("/api/v1/worklist")
    Page<WorklistItem> worklist(
            @RequestParam(required = false, defaultValue = "7") int days,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return worklist.due(days, PageRequest.of(page, size));
    }
}
