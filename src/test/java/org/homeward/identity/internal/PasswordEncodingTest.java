package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodingTest {

    private final PasswordEncoder encoder = new PasswordEncoding().passwordEncoder();

    @Test
    void newPasswordsAreHashedWithArgon2id() {
        String hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse batterz", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void bcryptHashesStillVerifyAndAreMarkedForUpgrade() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("an older password");

        assertThat(encoder.matches("an older password", hash)).isTrue();
        assertThat(encoder.upgradeEncoding(hash)).isTrue();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(encoder.encode("same password here")).isNotEqualTo(encoder.encode("same password here"));
    }
}
