package org.homeward.returns;

import java.time.LocalDate;

/** A monitoring visit, due or done. {@code safetyConcerns} is null for actors who may not act on the household. */
public record MonitoringVisitView(
        long id,
        int sequence,
        LocalDate dueOn,
        LocalDate visitedOn,
        boolean overdue,
        Whereabouts whereabouts,
        String movedToPcode,
        Monitoring.Access healthCare,
        Monitoring.Access school,
        Monitoring.Access water,
        Monitoring.Access food,
        Monitoring.Shelter shelter,
        Monitoring.Documentation civilDocumentation,
        String safetyConcerns,
        String recordedBy) {}
