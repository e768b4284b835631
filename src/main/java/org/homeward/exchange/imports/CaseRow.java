package org.homeward.exchange.imports;

import static org.homeward.exchange.imports.CaseColumns.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.exchange.Row;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Transport;

/**
 * One row of a return case file, read and typed: codes resolved, dates parsed, the status reached known. What only
 * the workflow can judge (order of dates, adults signing, holds) is left to it.
 *
 * @param members the members named, or empty for all members of the household
 * @param dates the date of each step the row gives, by the status the step reaches
 */
record CaseRow(
        long number,
        String externalId,
        String household,
        List<UUID> members,
        String destination,
        ReturnStatus status,
        Map<ReturnStatus, LocalDate> dates,
        LocalDate openedOn,
        Set<CounsellingTopic> topics,
        String declarationPlace,
        String witness,
        LocalDate clearedOn,
        LocalDate scheduledOn,
        LocalDate plannedDate,
        Transport transport,
        String fromSite,
        String crossingPoint,
        Stop stop,
        byte[] hash) {

    /**
     * How a row ending in WITHDRAWN or ON_HOLD stops its case, after the steps it reached: the date (null: the
     * workflow's default, today) and the reason (optional for a withdrawal, required for a hold).
     */
    record Stop(LocalDate on, String reason) {}

    /** The statuses a row may end in after walking its steps: the household withdraws, or the case is held. */
    static final List<ReturnStatus> STOPS = List.of(ReturnStatus.WITHDRAWN, ReturnStatus.ON_HOLD);

    /** The statuses an import walks a case to, in the workflow's order. */
    static final List<ReturnStatus> PATH = List.of(
            ReturnStatus.INTENTION_RECORDED,
            ReturnStatus.COUNSELLED,
            ReturnStatus.DECLARATION_SIGNED,
            ReturnStatus.CLEARED,
            ReturnStatus.SCHEDULED,
            ReturnStatus.DEPARTED,
            ReturnStatus.CROSSED,
            ReturnStatus.ARRIVED);

    /** The row, or null after writing its problems to {@code errors}. */
    static CaseRow read(Row row, FieldColumns columns, References references, List<RowError> errors) {
        Reader reader = new Reader(row, columns, errors);
        String externalId = reader.required(CASE_ID);
        String household = reader.required(HOUSEHOLD);
        List<UUID> members = reader.members();
        String destination = reader.code(DESTINATION, references::area, true);
        ReturnStatus status = reader.status();
        var dates = new java.util.EnumMap<ReturnStatus, LocalDate>(ReturnStatus.class);
        reader.date(COUNSELLED, ReturnStatus.COUNSELLED, dates);
        reader.date(DECLARED, ReturnStatus.DECLARATION_SIGNED, dates);
        reader.date(DEPARTED, ReturnStatus.DEPARTED, dates);
        reader.date(CROSSED, ReturnStatus.CROSSED, dates);
        reader.date(ARRIVED, ReturnStatus.ARRIVED, dates);
        LocalDate opened = reader.date(OPENED, null, dates);
        CaseRow read = new CaseRow(
                row.number(),
                externalId,
                household,
                members,
                destination,
                status,
                dates,
                opened,
                reader.topics(),
                columns.value(row, DECLARATION_PLACE),
                columns.value(row, WITNESS),
                reader.date(CLEARED, null, dates),
                reader.date(SCHEDULED, null, dates),
                reader.date(PLANNED, null, dates),
                reader.transport(),
                reader.code(FROM_SITE, references::site, false),
                reader.code(CROSSING_POINT, references::crossingPoint, false),
                reader.stop(status),
                hash(row, columns));
        return reader.failed ? null : read;
    }

    LocalDate date(ReturnStatus step) {
        return dates.get(step);
    }

    /** The opening date: as given, else the earliest date of the row (a case opens before its first step). */
    LocalDate openingDate() {
        if (openedOn != null) {
            return openedOn;
        }
        return Stream.concat(dates.values().stream(), Stream.ofNullable(stop == null ? null : stop.on()))
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    boolean stops() {
        return STOPS.contains(status);
    }

    /**
     * The last step the case took: the row's status, or for a row that withdraws or holds the case, its latest step
     * with a date (cleared by {@code cleared_on}, scheduled by {@code scheduled_on} or {@code planned_date}); with
     * none, the case stops right after it was opened.
     */
    ReturnStatus reached() {
        if (!stops()) {
            return status;
        }
        for (ReturnStatus step : PATH.reversed()) {
            boolean dated = switch (step) {
                case CLEARED -> clearedOn != null;
                case SCHEDULED -> scheduledOn != null || plannedDate != null;
                default -> dates.containsKey(step);
            };
            if (dated) {
                return step;
            }
        }
        return ReturnStatus.INTENTION_RECORDED;
    }

    /** Of every cell of the row's known columns: a changed cell changes the hash. */
    private static byte[] hash(Row row, FieldColumns columns) {
        StringBuilder content = new StringBuilder();
        for (FieldColumns.Field field : ALL) {
            String value = columns.value(row, field);
            if (value.isEmpty() && ADDED_LATER.contains(field)) {
                continue;
            }
            content.append(value).append('\u0000');
        }
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads cells, writing a coded error for each one it cannot use. */
    private static final class Reader {

        private final Row row;
        private final FieldColumns columns;
        private final List<RowError> errors;
        private boolean failed;

        Reader(Row row, FieldColumns columns, List<RowError> errors) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
        }

        private void reject(ImportCode code, FieldColumns.Field field, String value, String expected) {
            errors.add(RowError.of(code, row.number(), columns.label(field), value, expected));
            failed = true;
        }

        String required(FieldColumns.Field field) {
            String value = columns.value(row, field);
            if (value.isEmpty()) {
                reject(ImportCode.REQUIRED, field, null, "a value for " + field.key());
            } else if (value.length() > 200) {
                reject(ImportCode.TOO_LONG, field, null, "at most 200 characters");
            }
            return value;
        }

        List<UUID> members() {
            String text = columns.value(row, MEMBERS);
            if (text.isEmpty() || text.equalsIgnoreCase("all") || text.equals("الكل")) {
                return List.of();
            }
            List<UUID> ids = new ArrayList<>();
            for (String part : text.split("[;,\\s]+")) {
                try {
                    ids.add(UUID.fromString(part));
                } catch (IllegalArgumentException e) {
                    reject(ImportCode.INVALID_CODE, MEMBERS, part, "'all' or person ids separated by ';'");
                    return List.of();
                }
            }
            return ids;
        }

        String code(
                FieldColumns.Field field,
                java.util.function.Function<String, References.Resolved> finder,
                boolean required) {
            String text = required ? required(field) : columns.value(row, field);
            if (text.isEmpty()) {
                return null;
            }
            References.Resolved resolved = finder.apply(text);
            if (!resolved.ok()) {
                reject(resolved.problem(), field, text, resolved.expected());
                return null;
            }
            return resolved.code();
        }

        ReturnStatus status() {
            String text = required(STATUS);
            if (text.isEmpty()) {
                return null;
            }
            String name = HeaderNames.normalise(text).replace(' ', '_').toUpperCase(Locale.ROOT);
            return Stream.concat(PATH.stream(), STOPS.stream())
                    .filter(status -> status.name().equals(name)
                            || (status == ReturnStatus.DECLARATION_SIGNED && name.equals("DECLARED"))
                            || (status == ReturnStatus.ON_HOLD && name.equals("HELD")))
                    .findFirst()
                    .orElseGet(() -> {
                        reject(ImportCode.INVALID_CODE, STATUS, text, "one of " + PATH + " or " + STOPS);
                        return null;
                    });
        }

        /**
         * The withdrawal or hold a row ends in, or null. Its columns on a row of another status are refused rather
         * than ignored, so that no withdrawal or hold is dropped silently; a hold needs a reason, as in the workflow.
         * Reasons are free text, possibly about the family, so they are never quoted.
         */
        Stop stop(ReturnStatus status) {
            LocalDate withdrawn = date(WITHDRAWN_ON, null, Map.of());
            LocalDate held = date(HELD_ON, null, Map.of());
            String withdrawal = columns.value(row, WITHDRAWAL_REASON);
            String hold = columns.value(row, HOLD_REASON);
            boolean withdraws = withdrawn != null || !withdrawal.isEmpty();
            boolean holds = held != null || !hold.isEmpty();
            if (status == null) {
                return null;
            }
            if (withdraws && status != ReturnStatus.WITHDRAWN) {
                reject(
                        ImportCode.INVALID_CODE,
                        STATUS,
                        status.name(),
                        "WITHDRAWN, as the row gives withdrawn_on or withdrawal_reason (or leave those empty)");
            }
            if (holds && status != ReturnStatus.ON_HOLD) {
                reject(
                        ImportCode.INVALID_CODE,
                        STATUS,
                        status.name(),
                        "ON_HOLD, as the row gives held_on or hold_reason (or leave those empty)");
            }
            return switch (status) {
                case WITHDRAWN -> new Stop(withdrawn, withdrawal.isEmpty() ? null : withdrawal);
                case ON_HOLD -> {
                    if (hold.isEmpty()) {
                        reject(
                                ImportCode.REQUIRED,
                                HOLD_REASON,
                                null,
                                "a reason for the hold: the workflow holds a case only with one");
                    }
                    yield new Stop(held, hold);
                }
                default -> null;
            };
        }

        LocalDate date(FieldColumns.Field field, ReturnStatus step, Map<ReturnStatus, LocalDate> dates) {
            String text = columns.value(row, field);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = DateValidator.parse(text);
            if (date == null) {
                reject(ImportCode.INVALID_DATE, field, text, "a date such as 2025-03-07 or 07/03/2025");
            } else if (step != null) {
                dates.put(step, date);
            }
            return date;
        }

        Set<CounsellingTopic> topics() {
            String text = columns.value(row, TOPICS);
            if (text.isEmpty() || text.equalsIgnoreCase("all")) {
                return EnumSet.allOf(CounsellingTopic.class);
            }
            Set<CounsellingTopic> topics = EnumSet.noneOf(CounsellingTopic.class);
            for (String part : text.split("[;,]+")) {
                String name = HeaderNames.normalise(part).replace(' ', '_').toUpperCase(Locale.ROOT);
                Stream.of(CounsellingTopic.values())
                        .filter(topic -> topic.name().equals(name))
                        .findFirst()
                        .ifPresentOrElse(
                                topics::add,
                                () -> reject(
                                        ImportCode.INVALID_CODE,
                                        TOPICS,
                                        part.strip(),
                                        "'all' or some of " + List.of(CounsellingTopic.values())));
            }
            return topics;
        }

        Transport transport() {
            String text = columns.value(row, TRANSPORT);
            if (text.isEmpty()) {
                return null;
            }
            String name = HeaderNames.normalise(text).replace(' ', '_').toUpperCase(Locale.ROOT);
            for (Transport transport : Transport.values()) {
                if (transport.name().equals(name)) {
                    return transport;
                }
            }
            reject(ImportCode.INVALID_CODE, TRANSPORT, text, "one of " + List.of(Transport.values()));
            return null;
        }
    }
}
