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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Current people's ids by email key, for events that name people by email: looking up the 100 emails of a batch
 * cost PostgreSQL more than storing the batch. An entry lives at most {@code workgate.people.email-cache-millis}
 * (0 turns the cache off). Any person written on this server (created, renamed, email changed, deleted) empties it
 * at once and again when that transaction has ended; another server of a cluster sees the change when its entries'
 * time is up. Only people found are remembered, so a person created a moment ago is found at once.
 *
 * <p>A batch that must load some of its people anyway also loads those of its people remembered for more than half a
 * lifetime: with entries expiring one by one, nearly every batch would otherwise load the two or three that expired
 * since the one before it, a database round trip per batch.
 */
@ApplicationScoped
public class PersonEmailCache {

    private record Key(long organizationId, String emailKey) {
    }

    private record Remembered(long id, Instant ageingFrom) {
    }

    /**
     * What the cache answers for a batch's email keys: the ids it knows, the keys to load from the database, and the
     * count of removals to pass to {@link #remember} with what was loaded.
     */
    record Lookup(Map<String, Long> known, Set<String> toLoad, long removalsSeen) {
    }

    private final ExpiringMap<Key, Remembered> entries = new ExpiringMap<>(100_000);

    @Inject
    @ConfigProperty(name = "workgate.people.email-cache-millis", defaultValue = "1000")
    long lifetimeMillis;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    Lookup lookUp(long organizationId, Set<String> emailKeys, Instant now) {
        long removalsSeen = entries.removals();
        Map<String, Long> known = new HashMap<>();
        Set<String> toLoad = new HashSet<>();
        List<String> ageing = new ArrayList<>();
        for (String emailKey : emailKeys) {
            Optional<Remembered> remembered = entries.get(new Key(organizationId, emailKey), now);
            if (remembered.isEmpty()) {
                toLoad.add(emailKey);
            } else {
                known.put(emailKey, remembered.get().id());
                if (!now.isBefore(remembered.get().ageingFrom())) {
                    ageing.add(emailKey);
                }
            }
        }
        if (!toLoad.isEmpty()) {
            ageing.forEach(known::remove);
            toLoad.addAll(ageing);
        }
        return new Lookup(known, toLoad, removalsSeen);
    }

    /** Remembers people loaded after a {@link Lookup} with {@code removalsSeen}, unless a person was written since. */
    void remember(long removalsSeen, long organizationId, Map<String, Long> idsByEmailKey, Instant loadedAt) {
        if (lifetimeMillis <= 0) {
            return;
        }
        Instant validUntil = loadedAt.plusMillis(lifetimeMillis);
        Instant ageingFrom = loadedAt.plusMillis(lifetimeMillis / 2);
        idsByEmailKey.forEach((emailKey, id) -> entries.putUnlessRemovedSince(removalsSeen,
                new Key(organizationId, emailKey), new Remembered(id, ageingFrom), validUntil, loadedAt));
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
