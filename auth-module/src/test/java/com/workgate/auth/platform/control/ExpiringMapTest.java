package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringMapTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void servesAValueUntilItsInstantAndNotAtIt() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("k", "v", T0.plusSeconds(5), T0);

        assertEquals(Optional.of("v"), map.get("k", T0.plusMillis(4999)));
        assertTrue(map.get("k", T0.plusSeconds(5)).isEmpty());
        assertTrue(map.get("k", T0).isEmpty(), "an expired entry is gone, even for an earlier clock");
    }

    @Test
    void putIfAbsentKeepsAValidValueAndReplacesAnExpiredOne() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        assertTrue(map.putIfAbsent("k", "first", T0.plusSeconds(5), T0).isEmpty());
        assertEquals(Optional.of("first"), map.putIfAbsent("k", "second", T0.plusSeconds(9), T0.plusSeconds(1)));
        assertEquals(Optional.of("first"), map.get("k", T0.plusSeconds(2)));

        assertTrue(map.putIfAbsent("k", "third", T0.plusSeconds(20), T0.plusSeconds(5)).isEmpty());
        assertEquals(Optional.of("third"), map.get("k", T0.plusSeconds(6)));
    }

    @Test
    void removedValuesAreNotServed() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("k", "v", T0.plusSeconds(5), T0);
        map.remove("k");

        assertTrue(map.get("k", T0).isEmpty());
    }

    @Test
    void aFullMapDropsItsExpiredEntriesFirst() {
        ExpiringMap<String, String> map = new ExpiringMap<>(2);
        map.put("old", "1", T0.plusSeconds(1), T0);
        map.put("live", "2", T0.plusSeconds(60), T0);

        map.put("new", "3", T0.plusSeconds(60), T0.plusSeconds(2));

        assertEquals(Optional.of("2"), map.get("live", T0.plusSeconds(2)));
        assertEquals(Optional.of("3"), map.get("new", T0.plusSeconds(2)));
    }

    @Test
    void aFullMapOfLiveEntriesStartsAfresh() {
        ExpiringMap<String, String> map = new ExpiringMap<>(2);
        map.put("a", "1", T0.plusSeconds(60), T0);
        map.put("b", "2", T0.plusSeconds(60), T0);

        map.put("c", "3", T0.plusSeconds(60), T0);

        assertTrue(map.get("a", T0).isEmpty());
        assertTrue(map.get("b", T0).isEmpty());
        assertEquals(Optional.of("3"), map.get("c", T0));
    }

    @Test
    void aValueReadBeforeAnInvalidationIsNotKept() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        long seen = map.removals();
        map.remove("k");

        map.putUnlessRemovedSince(seen, "k", "stale", T0.plusSeconds(5), T0);

        assertTrue(map.get("k", T0).isEmpty());
    }

    @Test
    void aValueReadAfterTheLastInvalidationIsKept() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.remove("k");
        long seen = map.removals();

        map.putUnlessRemovedSince(seen, "k", "fresh", T0.plusSeconds(5), T0);

        assertEquals(Optional.of("fresh"), map.get("k", T0));
    }

    @Test
    void clearDropsEverythingAndCountsAsAnInvalidation() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10);
        map.put("a", "1", T0.plusSeconds(60), T0);
        long seen = map.removals();
        map.clear();

        map.putUnlessRemovedSince(seen, "b", "2", T0.plusSeconds(60), T0);

        assertTrue(map.get("a", T0).isEmpty());
        assertTrue(map.get("b", T0).isEmpty());
    }
}
