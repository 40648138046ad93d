package com.workgate.auth.apikey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.platform.control.CacheInvalidation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyCredentialCacheTest {

    private static final Instant LOADED = Instant.parse("2026-11-29T10:00:00Z");
    private static final KeyCredentials KEY = new KeyCredentials("55DE3799-6C65-43F3-9AFB-A4725358B4FD", 7, "acme",
            Role.EVENTS, KeyAuthentication.HMAC_ONLY, List.of("secret"));

    private final SettableClock clock = new SettableClock();
    private final KeyCredentialCache cache = new KeyCredentialCache();

    @BeforeEach
    void setUp() {
        cache.clock = clock;
        cache.lifetimeMillis = 1000;
    }

    @Test
    void anEntryServesUntilItsLifetimeEnds() {
        cache.put(cache.removals(), KEY, LOADED, null);

        clock.now = LOADED.plusMillis(999);
        assertEquals(Optional.of(KEY), cache.find(KEY.apiKeyId()));
        clock.now = LOADED.plusMillis(1000);
        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
    }

    @Test
    void anEntryNeverOutlivesASecretThatExpiresFirst() {
        cache.put(cache.removals(), KEY, LOADED, LOADED.plusMillis(300));

        clock.now = LOADED.plusMillis(299);
        assertEquals(Optional.of(KEY), cache.find(KEY.apiKeyId()));
        clock.now = LOADED.plusMillis(300);
        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
    }

    @Test
    void aLifetimeOfZeroKeepsNothing() {
        cache.lifetimeMillis = 0;
        cache.put(cache.removals(), KEY, LOADED, null);

        clock.now = LOADED;
        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
    }

    @Test
    void otherKeysAreNotServed() {
        cache.put(cache.removals(), KEY, LOADED, null);

        clock.now = LOADED;
        assertTrue(cache.find("6F1C0D5E-0000-4000-8000-000000000000").isEmpty());
    }

    @Test
    void anotherServersMessageDropsTheKeyOnly() {
        KeyCredentials other = new KeyCredentials("6F1C0D5E-0000-4000-8000-000000000000", 7, "acme", Role.EVENTS,
                KeyAuthentication.HMAC_ONLY, List.of("other"));
        cache.put(cache.removals(), KEY, LOADED, null);
        cache.put(cache.removals(), other, LOADED, null);

        cache.onInvalidation(CacheInvalidation.parse("key:" + KEY.apiKeyId()));
        cache.onInvalidation(CacheInvalidation.parse("throttle:" + other.apiKeyId()));

        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
        assertEquals(Optional.of(other), cache.find(other.apiKeyId()));
    }

    @Test
    void credentialsReadBeforeAMessageArrivedAreNotKept() {
        long seen = cache.removals();
        cache.onInvalidation(CacheInvalidation.parse("key:" + KEY.apiKeyId()));

        cache.put(seen, KEY, LOADED, null);

        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
    }

    @Test
    void missedMessagesClearEverything() {
        cache.put(cache.removals(), KEY, LOADED, null);

        cache.onInvalidation(CacheInvalidation.all());

        assertTrue(cache.find(KEY.apiKeyId()).isEmpty());
    }

    @Test
    void aMessageNamesItsKindAndId() {
        CacheInvalidation message = new CacheInvalidation(CacheInvalidation.THROTTLE, "key:ABC@127.0.0.1");

        assertEquals(message, CacheInvalidation.parse(message.payload()));
        assertTrue(CacheInvalidation.parse("garbage").isAll(), "what cannot be read drops everything");
    }

    private static final class SettableClock extends Clock {
        Instant now = LOADED;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
