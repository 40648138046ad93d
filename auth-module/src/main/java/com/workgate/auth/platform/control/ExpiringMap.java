package com.workgate.auth.platform.control;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A server's short memory of values that stop being true at a known instant (the caches of the authentication
 * path). An entry is served until its instant; at {@code maxEntries} the expired entries go, and if that frees
 * nothing, all of them (a cache, not a store: a miss costs one database read).
 */
public final class ExpiringMap<K, V> {

    private record Entry<V>(V value, Instant validUntil) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

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
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, validUntil));
    }

    public void remove(K key) {
        entries.remove(key);
    }
}
