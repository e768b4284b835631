package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.shared.FieldError;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertThat(PasswordPolicy.check("password", "abcdefghijkl", "amira")).isEmpty();
        assertThat(PasswordPolicy.check("password", "abcdefghijk", "amira"))
                .extracting(FieldError::code)
                .containsExactly("too-short");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Eleven emoji are 22 UTF-16 units but eleven characters.
        assertThat(PasswordPolicy.check("password", "😀".repeat(11), "amira"))
                .extracting(FieldError::code)
                .containsExactly("too-short");
    }

    @Test
    void aMissingPasswordIsRequired() {
        assertThat(PasswordPolicy.check("password", null, "amira"))
                .extracting(FieldError::code)
                .containsExactly("required");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThat(PasswordPolicy.check("password", "Coordinator1", "coordinator1"))
                .extracting(FieldError::code)
                .containsExactly("equals-username");
    }

    @Test
    void aVeryLongPasswordIsRefusedToBoundHashingCost() {
        assertThat(PasswordPolicy.check("password", "a".repeat(257), "amira"))
                .extracting(FieldError::code)
                .containsExactly("too-long");
    }
}
