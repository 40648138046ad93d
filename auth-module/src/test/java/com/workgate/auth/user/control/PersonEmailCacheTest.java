package com.workgate.auth.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.user.entity.PersonWritten;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonEmailCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static PersonEmailCache cache(long lifetimeMillis) {
        PersonEmailCache cache = new PersonEmailCache();
        cache.lifetimeMillis = lifetimeMillis;
        return cache;
    }

    @Test
    void aPersonLookedUpIsFoundForItsLifetimeInItsOrganizationOnly() {
        PersonEmailCache cache = cache(1000);
        cache.remember(cache.removals(), 7, Map.of("ann@example.com", 41L), NOW);

        assertEquals(Optional.of(41L), cache.find(7, "ann@example.com", NOW.plusMillis(999)));
        assertTrue(cache.find(8, "ann@example.com", NOW).isEmpty(), "another organization's person");
        assertTrue(cache.find(7, "ann@example.com", NOW.plusMillis(1000)).isEmpty(), "after its lifetime");
    }

    @Test
    void aPersonWrittenEmptiesTheCache() {
        PersonEmailCache cache = cache(1000);
        cache.remember(cache.removals(), 7, Map.of("ann@example.com", 41L), NOW);

        cache.onPersonWritten(new PersonWritten(9));

        assertTrue(cache.find(7, "ann@example.com", NOW).isEmpty());
    }

    @Test
    void aLookUpThatAPersonWriteOvertookIsNotRemembered() {
        PersonEmailCache cache = cache(1000);
        long removalsSeen = cache.removals();
        cache.onPersonWritten(new PersonWritten(7));

        cache.remember(removalsSeen, 7, Map.of("ann@example.com", 41L), NOW);

        assertTrue(cache.find(7, "ann@example.com", NOW).isEmpty());
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        PersonEmailCache cache = cache(0);
        cache.remember(cache.removals(), 7, Map.of("ann@example.com", 41L), NOW);

        assertTrue(cache.find(7, "ann@example.com", NOW).isEmpty());
    }
}
