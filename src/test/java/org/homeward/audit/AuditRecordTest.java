package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRecordTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+963 944 123 456",
                "0944123456",
                "(011) 223-3445",
                "963-944-123456",
                "passport N012345678",
                "national number 01020304050",
                "\u0660\u0669\u0664\u0664 \u0661\u0662\u0663 \u0664\u0665\u0666"
            })
    void phoneAndDocumentNumbersInDetailsAreRedacted(String value) {
        AuditRecord record = AuditRecord.read("household", "42").withDetail("note", value);

        assertThat(record.details().get("note")).contains("[redacted]").doesNotContainPattern("\\d{6}");
        assertThat(record.details().get("note").codePoints().filter(Character::isDigit))
                .hasSizeLessThan(6);
    }

    @Test
    void numbersInThePurposeAreRedactedAroundTheText() {
        AuditRecord record = AuditRecord.exported("household", "UNHCR request about 0944 123 456, urgent");

        assertThat(record.purpose()).isEqualTo("UNHCR request about [redacted], urgent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "1200 rows", "SY0101", "2025-01-31", "from 2025-01-01 to 2025-03-31", "12345"})
    void shortNumbersCodesAndCalendarDatesAreKept(String value) {
        AuditRecord record = AuditRecord.exported("household", "monthly report").withDetail("what", value);

        assertThat(record.details()).containsEntry("what", value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0944123456", "+963944123456", "0944 123 456", "963-944-123-456", "01020304050", "N012345678"})
    void anEntityIdThatLooksLikeAPhoneOrDocumentNumberIsRefusedWithoutRepeatingIt(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRecord.created("household", id))
                .withMessageContaining("entityId")
                .withMessageNotContaining(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "9876543210", "123e4567-e89b-12d3-a456-426614174000", "SY01020304", "HH-2025-000017"})
    void databaseIdsUuidsAndCodesAreAcceptedAsEntityIds(String id) {
        assertThat(AuditRecord.read("household", id).entityId()).isEqualTo(id);
    }

    @Test
    void changedFieldsMustBeNamesNotValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRecord.updated("person", "7", List.of("phone", "0944123456")))
                .withMessageNotContaining("0944123456");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRecord.updated("person", "7", List.of("Amina Haddad")))
                .withMessageNotContaining("Amina");
    }

    @Test
    void changedFieldsAreKeptSortedAndOnce() {
        AuditRecord record = AuditRecord.updated("person", "7", List.of("phone", "documents[0].number", "phone"));

        assertThat(record.changedFields()).containsExactly("documents[0].number", "phone");
    }

    @Test
    void anExportMustStateItsPurpose() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.exported("household", " "));
    }

    @Test
    void changesAndReadsMustNameTheirRecord() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.created("household", null));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.read("household", null));
    }

    @Test
    void textPostgresqlCannotStoreExactlyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRecord.read("household", "1").withDetail("note", "a\0b"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRecord.read("household", "1").withPurpose("lone \uD800 surrogate"));
    }

    @Test
    void detailKeysMustBeNames() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditRecord(
                        AuditAction.READ, "household", "1", List.of(), null, Map.of("0944123456", "x")));
    }
}
