package org.homeward.exchange.export;

import java.util.Arrays;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnExports.Movement;

/** Columns of the return-case and movement exports, with the HXL hashtags DESIGN.md names. */
final class ReturnColumns {

    static final List<ExportColumn> CASES = List.of(
            ExportColumn.of("caseReference", "#activity+case+code"),
            ExportColumn.of("caseId", "#activity+case+id"),
            ExportColumn.of("householdId", "#beneficiary+household+id"),
            ExportColumn.of("status", "#status"),
            ExportColumn.of("statusDate", "#date+status"),
            ExportColumn.of("displacementType", "#status+displacement"),
            ExportColumn.of("originCountry", "#country+asylum+code"),
            ExportColumn.of("originSite", "#loc+site+code+origin"),
            ExportColumn.of("destinationPcode", "#loc+code+destination"),
            ExportColumn.of("crossingPoint", "#loc+crossing+code"),
            ExportColumn.of("plannedDate", "#date+planned"),
            ExportColumn.of("members", "#affected+ind"));

    static final List<ExportColumn> MOVEMENTS = List.of(
            ExportColumn.of("caseReference", "#activity+case+code"),
            ExportColumn.of("person", "#beneficiary+person+code"),
            ExportColumn.of("kind", "#status+movement"),
            ExportColumn.of("date", "#date+reported"),
            ExportColumn.of("displacementType", "#status+displacement"),
            ExportColumn.of("fromCountry", "#country+asylum+code"),
            ExportColumn.of("fromSite", "#loc+site+code+origin"),
            ExportColumn.of("fromPcode", "#loc+code+origin"),
            ExportColumn.of("fromAdm1", "#adm1+code+origin"),
            ExportColumn.of("crossingPoint", "#loc+crossing+code"),
            ExportColumn.of("destinationPcode", "#loc+code+destination"),
            ExportColumn.of("destinationAdm1", "#adm1+code"),
            ExportColumn.of("destinationAdm2", "#adm2+code"),
            ExportColumn.of("destinationAdm3", "#adm3+code"),
            ExportColumn.of("sex", "#beneficiary+sex"),
            ExportColumn.of("ageGroup", "#beneficiary+age_group"));

    private ReturnColumns() {}

    static List<?> row(ReturnCaseSummary item) {
        return Arrays.asList(
                item.reference(),
                item.id(),
                item.householdId(),
                item.status(),
                item.statusDate(),
                item.displacementType(),
                item.originCountry(),
                item.originSite(),
                item.destinationPcode(),
                item.crossingPointCode(),
                item.plannedDate(),
                item.members());
    }

    /** The person appears under this export's pseudonym, never under the registry's id. */
    static List<?> row(Movement movement, Pseudonyms pseudonyms) {
        return Arrays.asList(
                movement.caseReference(),
                pseudonyms.of(movement.personId()),
                movement.kind(),
                movement.date(),
                movement.displacementType(),
                movement.fromCountry(),
                movement.fromSite(),
                movement.fromPcode(),
                movement.fromAdm1(),
                movement.crossingPoint(),
                movement.destinationPcode(),
                movement.destinationAdm1(),
                movement.destinationAdm2(),
                movement.destinationAdm3(),
                movement.sex(),
                movement.ageGroup());
    }
}
