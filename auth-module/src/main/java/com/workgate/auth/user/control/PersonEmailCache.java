package com.workgate.auth.user.control;

import com.workgate.auth.platform.control.ExpiringMap;
import com.workgate.auth.user.entity.PersonWritten;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Current people's ids by email key, for events that name people by email: looking up the 100 emails of a batch
 * cost PostgreSQL more than storing the batch. An entry lives at most {@code workgate.people.email-cache-millis}
 * (0 turns the cache off). Any person written on this server (created, renamed, email changed, deleted) empties it
 * at once and again when that transaction has ended; another server of a cluster sees the change when its entries'
 * time is up. Only people found are remembered, so a person created a moment ago is found at once.
 */
@ApplicationScoped
public class PersonEmailCache {

    private record Key(long organizationId, String emailKey) {
    }

    private final ExpiringMap<Key, Long> entries = new ExpiringMap<>(100_000);

    @Inject
    @ConfigProperty(name = "workgate.people.email-cache-millis", defaultValue = "1000")
    long lifetimeMillis;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    Optional<Long> find(long organizationId, String emailKey, Instant now) {
        return entries.get(new Key(organizationId, emailKey), now);
    }

    /** To read before looking people up, for {@link #remember}. */
    long removals() {
        return entries.removals();
    }

    /** Remembers people looked up since {@code removalsSeen} was read, unless a person was written meanwhile. */
    void remember(long removalsSeen, long organizationId, Map<String, Long> idsByEmailKey, Instant loadedAt) {
        if (lifetimeMillis <= 0) {
            return;
        }
        Instant validUntil = loadedAt.plusMillis(lifetimeMillis);
        idsByEmailKey.forEach((emailKey, id) ->
                entries.putUnlessRemovedSince(removalsSeen, new Key(organizationId, emailKey), id, validUntil, loadedAt));
    }

    void onPersonWritten(@Observes PersonWritten written) {
        entries.clear();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
