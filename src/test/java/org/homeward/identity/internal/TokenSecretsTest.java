package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aTokenIsTheMarkerAnd32RandomBytesInBase64url() {
        String token = TokenSecrets.generate();

        assertThat(token).startsWith("hw_").hasSize(46).matches("hw_[A-Za-z0-9_-]{43}");
        assertThat(TokenSecrets.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TokenSecrets.generate())).isTrue();
        }
    }

    @Test
    void theStoredHashIsTheSha256OfTheWholeToken() throws Exception {
        String token = TokenSecrets.generate();

        byte[] hash = TokenSecrets.hash(token);

        byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat(hash).hasSize(32).isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(hash)).doesNotContain(token.substring(3));
    }

    @Test
    void theDisplayPrefixIsTooShortToMatter() {
        String token = TokenSecrets.generate();

        assertThat(TokenSecrets.displayPrefix(token)).hasSize(10).isEqualTo(token.substring(0, 10));
    }

    @Test
    void malformedTokensAreRecognisedBeforeAnyLookup() {
        assertThat(TokenSecrets.wellFormed(null)).isFalse();
        assertThat(TokenSecrets.wellFormed("")).isFalse();
        assertThat(TokenSecrets.wellFormed("garbage")).isFalse();
        assertThat(TokenSecrets.wellFormed("hw_" + "A".repeat(42))).isFalse();
        assertThat(TokenSecrets.wellFormed("hw_" + "A".repeat(44))).isFalse();
        assertThat(TokenSecrets.wellFormed("xx_" + "A".repeat(43))).isFalse();
        assertThat(TokenSecrets.wellFormed("hw_" + "A".repeat(42) + "=")).isFalse();
    }

    @Test
    void hashesCompareEqualOnlyWhenEqual() {
        byte[] a = TokenSecrets.hash("hw_a");

        assertThat(TokenSecrets.sameHash(a, TokenSecrets.hash("hw_a"))).isTrue();
        assertThat(TokenSecrets.sameHash(a, TokenSecrets.hash("hw_b"))).isFalse();
    }
}
