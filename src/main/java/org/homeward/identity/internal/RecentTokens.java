package org.homeward.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.homeward.identity.internal.TokenStore.TokenLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal access tokens this node resolved within the last few seconds, keyed by the token's SHA-256, so
 * that an API request costs a hash and a map lookup rather than a database round trip.
 *
 * <p>An entry is read from the database at most {@code homeward.identity.tokens.cache-window} (5 s) before it
 * is used, and holds the token's state and its owner as they were then: revoked, expired, usable, role and
 * area scopes. Hence the contract: a revocation, a disabled user or a changed role reaches this node <b>within
 * the window</b> when it is made on another node or in the database; made through this node's
 * {@link org.homeward.identity.UserAdministration}, it takes effect at once, because that calls
 * {@link #forgetToken} or {@link #forgetUser}. Expiry is checked against the clock on every request, so an
 * expired token is refused at its expiry to the second. Unknown hashes are not kept: a flood of made-up
 * tokens cannot push real ones out (and costs what it cost before, one indexed query each).
 */
@Component
public class RecentTokens {

    private final Cache<Key, Entry> entries;

    @Autowired
    RecentTokens(IdentityProperties properties, Clock clock) {
        this(properties.tokens().cacheWindow(), properties.tokens().cacheSize(), clock);
    }

    RecentTokens(Duration window, int size, Clock clock) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** The token with this hash: from memory if read within the window, else from {@code load} (then kept). */
    Optional<Entry> find(byte[] hash, Function<byte[], Optional<TokenLogin>> load) {
        return Optional.ofNullable(entries.get(
                new Key(hash), key -> load.apply(hash).map(Entry::new).orElse(null)));
    }

    /** Forgets the token, once the current transaction (if any) has committed the change that calls for it. */
    public void forgetToken(long tokenId) {
        forget(login -> login.tokenId() == tokenId);
    }

    /** Forgets every token of the user, as {@link #forgetToken} does. */
    public void forgetUser(long userId) {
        forget(login -> login.user().actor().userId() == userId);
    }

    /**
     * Removing the entries before the commit would not do: a request in between reads the old state and keeps
     * it for a whole window. So they are removed after the transaction ends (and at once without one).
     */
    private void forget(Predicate<TokenLogin> which) {
        Runnable removal = () -> entries.asMap().values().removeIf(entry -> which.test(entry.login()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    removal.run();
                }
            });
        } else {
            removal.run();
        }
    }

    /**
     * A remembered token and when this node last recorded its use, so that {@code last_used_at} is written at
     * most once per {@link TokenAuthentication#LAST_USED_RESOLUTION} per node, not at every request.
     */
    static final class Entry {

        private final TokenLogin login;
        private final AtomicReference<Instant> lastUsed;

        Entry(TokenLogin login) {
            this.login = login;
            this.lastUsed = new AtomicReference<>(login.lastUsedAt());
        }

        TokenLogin login() {
            return login;
        }

        /** Whether the caller is the one to record a use at {@code now}: the last one is older than {@code gap}. */
        boolean claimUse(Instant now, Duration gap) {
            Instant last = lastUsed.get();
            return (last == null || last.isBefore(now.minus(gap))) && lastUsed.compareAndSet(last, now);
        }
    }

    /** A hash compared by content (an array's own equals compares identity). */
    private record Key(byte[] hash) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(hash, key.hash);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hash);
        }

        @Override
        public String toString() {
            return "Key[hash]";
        }
    }
}
