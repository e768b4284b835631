package org.homeward.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a caller asks the audit log to record: an action on one record (or, for exports and logins, possibly on
 * none). Holds ids and field names only: {@code changedFields} lists the names of the fields that changed, never
 * their old or new values, and {@code entityId} is the record's id, never a document or phone number.
 *
 * <p>The constructor enforces this as far as it can (see {@link PersonalDataGuard}): ids and names that look like
 * data are refused, and long digit runs in {@code purpose} and detail values are replaced by {@code [redacted]}.
 * Changed fields are stored sorted and without duplicates; an export must state its purpose.
 *
 * @param details short facts about the action (e.g. {@code format=csv}, {@code area=SY01}); keys are names
 */
public record AuditRecord(
        AuditAction action,
        String entityType,
        String entityId,
        List<String> changedFields,
        String purpose,
        Map<String, String> details) {

    static final int MAX_TEXT = 500;
    static final int MAX_DETAILS = 32;

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        PersonalDataGuard.requireName("entityType", entityType);
        PersonalDataGuard.requireId("entityId", entityId);
        if (entityId == null && action != AuditAction.EXPORT && action != AuditAction.LOGIN) {
            throw new IllegalArgumentException("entityId is required for " + action);
        }
        changedFields = sortedNames(changedFields);
        purpose =
                PersonalDataGuard.redact(PersonalDataGuard.requireStorable("purpose", blankToNull(purpose), MAX_TEXT));
        if (action == AuditAction.EXPORT && purpose == null) {
            throw new IllegalArgumentException("an export must state its purpose");
        }
        details = redactedDetails(details);
    }

    public static AuditRecord of(AuditAction action, String entityType, String entityId) {
        return new AuditRecord(action, entityType, entityId, List.of(), null, Map.of());
    }

    public static AuditRecord created(String entityType, String entityId) {
        return of(AuditAction.CREATE, entityType, entityId);
    }

    /** An update of the named fields; pass field names, never values. */
    public static AuditRecord updated(String entityType, String entityId, List<String> changedFields) {
        return new AuditRecord(AuditAction.UPDATE, entityType, entityId, changedFields, null, Map.of());
    }

    public static AuditRecord deleted(String entityType, String entityId) {
        return of(AuditAction.DELETE, entityType, entityId);
    }

    /** Personal data of the record was shown to the current user. */
    public static AuditRecord read(String entityType, String entityId) {
        return of(AuditAction.READ, entityType, entityId);
    }

    /** Records of a type left the system, for the stated purpose (who asked, why). */
    public static AuditRecord exported(String entityType, String purpose) {
        return new AuditRecord(AuditAction.EXPORT, entityType, null, List.of(), purpose, Map.of());
    }

    public AuditRecord withPurpose(String newPurpose) {
        return new AuditRecord(action, entityType, entityId, changedFields, newPurpose, details);
    }

    public AuditRecord withDetail(String key, String value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditRecord(action, entityType, entityId, changedFields, purpose, more);
    }

    private static List<String> sortedNames(List<String> names) {
        if (names == null) {
            return List.of();
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String name : names) {
            sorted.add(PersonalDataGuard.requireName("changedFields", name));
        }
        return List.copyOf(sorted);
    }

    private static Map<String, String> redactedDetails(Map<String, String> details) {
        if (details == null) {
            return Map.of();
        }
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("at most " + MAX_DETAILS + " details");
        }
        TreeMap<String, String> redacted = new TreeMap<>();
        details.forEach((key, value) -> {
            PersonalDataGuard.requireName("details key", key);
            Objects.requireNonNull(value, "details value");
            redacted.put(
                    key, PersonalDataGuard.redact(PersonalDataGuard.requireStorable("details value", value, MAX_TEXT)));
        });
        return Collections.unmodifiableMap(redacted);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
