package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every adult of the case signed a voluntary-return declaration. */
public record ReturnDeclarationSigned(UUID caseId, UUID householdId, LocalDate date, List<UUID> signedBy)
        implements ReturnEvent {}
