package com.workgate.auth.platform.control;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server's short memory of values that stop being true at a known instant (the caches of the authentication
 * path). An entry is served until its instant; at {@code maxEntries} the expired entries go, and if that frees
 * nothing, all of them (a cache, not a store: a miss costs one database read). A value read before a removal of
 * its key (an invalidation) and put after it is not kept: see {@link #removals()}.
 */
public final class ExpiringMap<K, V> {

    private record Entry<V>(V value, Instant validUntil) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final AtomicLong removals = new AtomicLong();

    public ExpiringMap(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public Optional<V> get(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.validUntil())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    public void put(K key, V value, Instant validUntil, Instant now) {
        makeRoom(now);
        entries.put(key, new Entry<>(value, validUntil));
    }

    /** Puts the value unless the key holds one still valid; answers that one, if it was there. */
    public Optional<V> putIfAbsent(K key, V value, Instant validUntil, Instant now) {
        makeRoom(now);
        Entry<V> fresh = new Entry<>(value, validUntil);
        Entry<V> kept = entries.merge(key, fresh, (old, ignored) -> now.isBefore(old.validUntil()) ? old : fresh);
        return kept == fresh ? Optional.empty() : Optional.of(kept.value());
    }

    private void makeRoom(Instant now) {
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
    }

    /**
     * A count of {@link #remove} and {@link #clear} calls: read it before reading a value from the source, and pass
     * it to {@link #putUnlessRemovedSince}.
     */
    public long removals() {
        return removals.get();
    }

    /**
     * Puts the value unless an entry was removed after {@code removalsSeen} was read (the value may be from before
     * that change). Put first and checked afterwards: a removal that counts after the check also removes the put.
     */
    public void putUnlessRemovedSince(long removalsSeen, K key, V value, Instant validUntil, Instant now) {
        if (removals.get() != removalsSeen) {
            return;
        }
        put(key, value, validUntil, now);
        if (removals.get() != removalsSeen) {
            entries.remove(key);
        }
    }

    public void remove(K key) {
        removals.incrementAndGet();
        entries.remove(key);
    }

    public void clear() {
        removals.incrementAndGet();
        entries.clear();
    }
}
