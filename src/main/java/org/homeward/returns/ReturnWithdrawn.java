package org.homeward.returns;

import java.util.List;
import java.util.UUID;

/**
 * The household withdrew: the whole case ({@code wholeCase}), or, after a partial arrival, members who had not yet
 * arrived. {@code byDeclaration} when it followed the withdrawal of a voluntary-return declaration.
 */
public record ReturnWithdrawn(
        UUID caseId, ReturnStatus from, List<UUID> personIds, boolean wholeCase, boolean byDeclaration)
        implements ReturnEvent {}
