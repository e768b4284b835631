package org.homeward.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A figure as someone outside Homeward published it: what it counts, its value and qualifier, the period and
 * area it covers, and who said it where and when.
 *
 * @param area a P-code ({@code SY07}) or an ISO 3166-1 alpha-3 country code ({@code SYR})
 * @param publisher who published the figure (required: a figure without its source cannot be defended)
 * @param speaker the person quoted, if any
 * @param reference a URL or a citation
 * @param version the optimistic-locking version, sent back as the ETag
 */
public record ReportedFigure(
        long id,
        Indicator indicator,
        long value,
        Qualifier qualifier,
        LocalDate periodStart,
        LocalDate periodEnd,
        String area,
        String publisher,
        String speaker,
        LocalDate reportedOn,
        String reference,
        String note,
        SourceKind sourceKind,
        int version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {}
