package org.homeward.returns.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.returns.MonitoringVisitRecorded;
import org.homeward.returns.MonitoringVisitView;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.Whereabouts;
import org.homeward.returns.internal.CaseTransitions.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records monitoring visits through the same frame as every transition (a visit moves ARRIVED to MONITORED). */
@Service
@Transactional
class MonitoringService implements org.homeward.returns.Monitoring {

    static final int MAX_CONCERNS = 2000;

    private final CaseTransitions transitions;
    private final MonitoringStore store;
    private final CodeResolver codes;
    private final ReturnViews views;

    MonitoringService(CaseTransitions transitions, MonitoringStore store, CodeResolver codes, ReturnViews views) {
        this.transitions = transitions;
        this.store = store;
        this.codes = codes;
        this.views = views;
    }

    @Override
    public MonitoringVisitView record(UUID caseId, Integer expectedVersion, VisitReport report) {
        Change change = transitions.begin(caseId, expectedVersion);
        change.returnCase().require(ReturnAction.MONITOR);
        Problems problems = new Problems();
        if (report.whereabouts() == null) {
            problems.add("whereabouts", "required", "one of STILL_THERE, MOVED_AGAIN, DISPLACED_AGAIN");
        }
        boolean moved = report.whereabouts() == Whereabouts.MOVED_AGAIN;
        Area movedTo = codes.area("movedToPcode", report.movedToPcode(), problems, moved);
        if (report.whereabouts() == Whereabouts.STILL_THERE && movedTo != null) {
            problems.add("movedToPcode", "not-applicable", "returnees still there did not move");
        }
        String concerns = problems.optionalText("safetyConcerns", report.safetyConcerns(), MAX_CONCERNS);
        change.returnCase().monitored(report.date(), problems, change.step());
        transitions.save(change, ReturnAction.MONITOR, expectedVersion);
        VisitReport clean = new VisitReport(
                report.date(),
                report.whereabouts(),
                movedTo == null ? null : movedTo.pcode(),
                report.healthCare(),
                report.school(),
                report.water(),
                report.food(),
                report.shelter(),
                report.civilDocumentation(),
                concerns);
        long visitId = store.record(caseId, clean, concerns, change.step());
        change.returnCase().publish(new MonitoringVisitRecorded(caseId, visitId, report.date(), report.whereabouts()));
        transitions.finish(change.returnCase(), ReturnAction.MONITOR);
        return visits(caseId).stream()
                .filter(visit -> visit.id() == visitId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<MonitoringVisitView> visits(UUID caseId) {
        return views.view(caseId).monitoringVisits();
    }
}
