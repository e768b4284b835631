package org.homeward.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (Spring Security's 5.8 parameters: 16 MiB, 2 iterations). Each hash
 * carries its algorithm id, so hashes made with bcrypt (e.g. imported from elsewhere) still verify and are
 * re-hashed with Argon2id at the user's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

    static final String DEFAULT_ID = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                DEFAULT_ID,
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
