package org.homeward.returns;

import java.util.UUID;

/**
 * Something that happened to a return case, published in the transaction that recorded it (listeners that keep
 * counts run in that same transaction). Events carry ids, codes, dates and counts: never personal data.
 */
public sealed interface ReturnEvent
        permits ReturnCaseOpened,
                ReturnCounselled,
                ReturnDeclarationSigned,
                ReturnCleared,
                ReturnScheduled,
                ReturnUnscheduled,
                ReturnDeparted,
                ReturnCrossed,
                ReturnArrived,
                ReturnArrivalCorrected,
                ReturnWithdrawn,
                ReturnCancelled,
                ReturnHeld,
                ReturnReleased,
                MonitoringVisitRecorded {

    UUID caseId();
}
