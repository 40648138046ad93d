package com.workgate.auth.apikey.control;

import com.workgate.auth.platform.control.ExpiringMap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
 * the expiry of one of its secrets. A revocation or rotation on this server drops the entry when its transaction
 * ends; one made on another server of a cluster is seen here at the latest when the entry's time is up.
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

    /** The cached credentials of an active key, if they are fresh. */
    public Optional<KeyCredentials> find(String keyId) {
        return entries.get(keyId, clock.instant());
    }

    /** @param secretsExpireAt when the first of the key's current secrets stops verifying, or null if none does */
    public void put(KeyCredentials credentials, Instant loadedAt, Instant secretsExpireAt) {
        if (lifetimeMillis <= 0) {
            return;
        }
        Instant validUntil = loadedAt.plusMillis(lifetimeMillis);
        if (secretsExpireAt != null && secretsExpireAt.isBefore(validUntil)) {
            validUntil = secretsExpireAt;
        }
        entries.put(credentials.apiKeyId(), credentials, validUntil, loadedAt);
    }

    /** Drops the key's entry now and again when the current transaction has ended (its change is then visible). */
    public void forget(String keyId) {
        entries.remove(keyId);
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
}
