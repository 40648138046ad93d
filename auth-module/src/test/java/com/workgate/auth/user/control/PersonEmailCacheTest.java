package com.workgate.auth.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.user.entity.PersonWritten;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonEmailCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String ANN = "ann@example.com";
    private static final String BOB = "bob@example.com";

    private static PersonEmailCache cache(long lifetimeMillis) {
        PersonEmailCache cache = new PersonEmailCache();
        cache.lifetimeMillis = lifetimeMillis;
        return cache;
    }

    private static void load(PersonEmailCache cache, long organizationId, Map<String, Long> people, Instant at) {
        cache.remember(cache.lookUp(organizationId, people.keySet(), at).removalsSeen(), organizationId, people, at);
    }

    @Test
    void aPersonLookedUpIsFoundForItsLifetimeInItsOrganizationOnly() {
        PersonEmailCache cache = cache(1000);
        load(cache, 7, Map.of(ANN, 41L), NOW);

        PersonEmailCache.Lookup withinLifetime = cache.lookUp(7, Set.of(ANN), NOW.plusMillis(999));
        assertEquals(Map.of(ANN, 41L), withinLifetime.known());
        assertEquals(Set.of(), withinLifetime.toLoad());
        assertEquals(Set.of(ANN), cache.lookUp(8, Set.of(ANN), NOW).toLoad(), "another organization's person");
        assertEquals(Set.of(ANN), cache.lookUp(7, Set.of(ANN), NOW.plusMillis(1000)).toLoad(), "after its lifetime");
    }

    @Test
    void aLookUpThatMustLoadAnywayAlsoLoadsThePeopleRememberedForMoreThanHalfALifetime() {
        PersonEmailCache cache = cache(1000);
        load(cache, 7, Map.of(ANN, 41L), NOW);

        PersonEmailCache.Lookup aloneWhileAgeing = cache.lookUp(7, Set.of(ANN), NOW.plusMillis(600));
        assertEquals(Map.of(ANN, 41L), aloneWhileAgeing.known(), "served while it lives");
        assertEquals(Set.of(), aloneWhileAgeing.toLoad());

        PersonEmailCache.Lookup withAnUnknown = cache.lookUp(7, Set.of(ANN, BOB), NOW.plusMillis(600));
        assertEquals(Map.of(), withAnUnknown.known());
        assertEquals(Set.of(ANN, BOB), withAnUnknown.toLoad());

        PersonEmailCache.Lookup young = cache.lookUp(7, Set.of(ANN, BOB), NOW.plusMillis(499));
        assertEquals(Map.of(ANN, 41L), young.known());
        assertEquals(Set.of(BOB), young.toLoad());
    }

    @Test
    void aPersonWrittenEmptiesTheCache() {
        PersonEmailCache cache = cache(1000);
        load(cache, 7, Map.of(ANN, 41L), NOW);

        cache.onPersonWritten(new PersonWritten(9));

        assertEquals(Set.of(ANN), cache.lookUp(7, Set.of(ANN), NOW).toLoad());
    }

    @Test
    void aLookUpThatAPersonWriteOvertookIsNotRemembered() {
        PersonEmailCache cache = cache(1000);
        long removalsSeen = cache.lookUp(7, Set.of(ANN), NOW).removalsSeen();
        cache.onPersonWritten(new PersonWritten(7));

        cache.remember(removalsSeen, 7, Map.of(ANN, 41L), NOW);

        assertEquals(Set.of(ANN), cache.lookUp(7, Set.of(ANN), NOW).toLoad());
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        PersonEmailCache cache = cache(0);
        load(cache, 7, Map.of(ANN, 41L), NOW);

        assertEquals(Set.of(ANN), cache.lookUp(7, Set.of(ANN), NOW).toLoad());
    }
}
