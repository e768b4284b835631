package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.identity.internal.FailureCounterTest.MovableClock;
import org.homeward.identity.internal.TokenStore.TokenLogin;
import org.junit.jupiter.api.Test;

class RecentTokensTest {

    private static final Duration WINDOW = Duration.ofSeconds(5);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final RecentTokens recent = new RecentTokens(WINDOW, 100, clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aTokenIsReadFromTheDatabaseOncePerWindow() {
        byte[] hash = TokenSecrets.hash(TokenSecrets.generate());

        for (int i = 0; i < 10; i++) {
            assertThat(recent.find(hash, this::database)).isPresent();
            clock.advance(Duration.ofMillis(400));
        }
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofSeconds(1)); // 5 s since the read
        recent.find(hash, this::database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void hashesAreComparedByContentNotByArray() {
        String token = TokenSecrets.generate();

        recent.find(TokenSecrets.hash(token), this::database);
        recent.find(TokenSecrets.hash(token), this::database);

        assertThat(reads).hasValue(1);
    }

    @Test
    void unknownTokensAreNotKept() {
        byte[] unknown = TokenSecrets.hash(TokenSecrets.generate());

        recent.find(unknown, this::nothing);
        recent.find(unknown, this::nothing);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aForgottenTokenIsReadAgainAtItsNextUse() {
        byte[] hash = TokenSecrets.hash(TokenSecrets.generate());
        byte[] other = TokenSecrets.hash(TokenSecrets.generate());
        recent.find(hash, this::database);
        recent.find(other, found -> Optional.of(login(8, 43)));

        recent.forgetToken(7);
        recent.find(hash, this::database);
        recent.find(other, this::database);

        assertThat(reads).as("token 7 read again, token 8 still in memory").hasValue(2);
    }

    @Test
    void forgettingAUserForgetsAllTheirTokensOnly() {
        byte[] first = TokenSecrets.hash(TokenSecrets.generate());
        byte[] second = TokenSecrets.hash(TokenSecrets.generate());
        byte[] someoneElses = TokenSecrets.hash(TokenSecrets.generate());
        recent.find(first, found -> Optional.of(login(1, 42)));
        recent.find(second, found -> Optional.of(login(2, 42)));
        recent.find(someoneElses, found -> Optional.of(login(3, 43)));

        recent.forgetUser(42);
        recent.find(first, this::database);
        recent.find(second, this::database);
        recent.find(someoneElses, this::database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aUseIsClaimedOncePerGap() {
        RecentTokens.Entry entry = recent.find(TokenSecrets.hash(TokenSecrets.generate()), this::database)
                .orElseThrow();
        Duration gap = Duration.ofMinutes(1);

        assertThat(entry.claimUse(clock.instant(), gap)).as("never used").isTrue();
        assertThat(entry.claimUse(clock.instant(), gap)).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(entry.claimUse(clock.instant(), gap)).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(entry.claimUse(clock.instant(), gap)).isTrue();
    }

    private Optional<TokenLogin> database(byte[] hash) {
        reads.incrementAndGet();
        return Optional.of(login(7, 42));
    }

    private Optional<TokenLogin> nothing(byte[] hash) {
        reads.incrementAndGet();
        return Optional.empty();
    }

    private TokenLogin login(long tokenId, long userId) {
        var actor = new Actor(userId, "user-" + userId, Role.CASEWORKER, 1, "ORG", Set.of());
        var user = new StoredUser(actor, "{noop}unused", true, null, 0, null);
        return new TokenLogin(tokenId, new byte[32], clock.instant().plus(Duration.ofDays(1)), null, null, user);
    }
}
