package com.workgate.auth.apikey.control;

import com.workgate.auth.platform.control.CacheInvalidation;
import com.workgate.auth.platform.control.ClusterInvalidation;
import com.workgate.auth.platform.control.ExpiringMap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credentials of keys used a moment ago, so that a burst of requests does not read and decrypt the same key
 * each time. An entry lives at most {@code workgate.auth.key-cache-millis} (0 turns the cache off) and never past
 * the expiry of one of its secrets. A revocation or rotation drops the entry on every server of a cluster when its
 * transaction has committed ({@link ClusterInvalidation}); a server that missed the message sees the change at the
 * latest when the entry's time is up.
 */
@ApplicationScoped
public class KeyCredentialCache {

    private final ExpiringMap<String, KeyCredentials> entries = new ExpiringMap<>(10_000);

    @Inject
    @ConfigProperty(name = "workgate.auth.key-cache-millis", defaultValue = "1000")
    long lifetimeMillis;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterInvalidation cluster;

    /** The cached credentials of an active key, if they are fresh. */
    public Optional<KeyCredentials> find(String keyId) {
        return entries.get(keyId, clock.instant());
    }

    /** To read before loading credentials, for {@link #put}. */
    public long removals() {
        return entries.removals();
    }

    /**
     * @param removalsSeen {@link #removals()} before the credentials were read (if a key was forgotten since, they
     *                     may be from before the change and are not kept)
     * @param secretsExpireAt when the first of the key's current secrets stops verifying, or null if none does
     */
    public void put(long removalsSeen, KeyCredentials credentials, Instant loadedAt, Instant secretsExpireAt) {
        if (lifetimeMillis <= 0) {
            return;
        }
        Instant validUntil = loadedAt.plusMillis(lifetimeMillis);
        if (secretsExpireAt != null && secretsExpireAt.isBefore(validUntil)) {
            validUntil = secretsExpireAt;
        }
        entries.putUnlessRemovedSince(removalsSeen, credentials.apiKeyId(), credentials, validUntil, loadedAt);
    }

    /**
     * Drops the key's entry now and again when the current transaction has ended (its change is then visible), here
     * and on the other servers.
     */
    public void forget(String keyId) {
        entries.remove(keyId);
        cluster.publish(CacheInvalidation.KEY, keyId);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    entries.remove(keyId);
                }
            });
        }
    }

    void onInvalidation(@Observes CacheInvalidation invalidation) {
        if (invalidation.isAll()) {
            entries.clear();
        } else if (invalidation.concerns(CacheInvalidation.KEY)) {
            entries.remove(invalidation.id());
        }
    }
}
