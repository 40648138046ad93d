package com.workgate.auth.throttle.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.throttle.entity.AuthFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who gets throttled for a key's failures: the address they came from, for that key; the owner elsewhere never.
 * The counters live in memory here under the real {@link ThrottlePolicy}; the database keeps them the same way.
 */
class FailedAttemptsTest {

    private static final String KEY = "6A1B2C3D-0000-4000-8000-000000000001";
    private static final String OTHER_KEY = "6A1B2C3D-0000-4000-8000-000000000002";
    private static final String ATTACKER = "127.0.0.2";
    private static final String OWNER = "127.0.0.1";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final FailedAttempts attempts = new FailedAttempts();

    FailedAttemptsTest() {
        attempts.ledger = ledger;
        attempts.addressMaxFailures = 100;
    }

    @Test
    void failuresFromOneAddressBlockThatAddressForTheKeyAndNeverTheOwnerElsewhere() throws Throttled {
        for (int i = 1; i <= 10; i++) {
            attempts.ensureKeyNotBlocked(KEY, ATTACKER);
            attempts.recordKeyFailure(KEY, ATTACKER);
        }
        Throttled eleventh = assertThrows(Throttled.class, () -> attempts.recordKeyFailure(KEY, ATTACKER));
        assertEquals(30, eleventh.retryAfterSeconds());
        assertThrows(Throttled.class, () -> attempts.ensureKeyNotBlocked(KEY, ATTACKER),
                "blocked before any proof is checked, so even a right one from there waits");

        for (int i = 0; i < 50; i++) {
            ledger.now = ledger.now.plusMillis(100);
            assertThrows(Throttled.class, () -> attempts.ensureKeyNotBlocked(KEY, ATTACKER));
            assertFalse(attempts.ensureKeyNotBlocked(KEY, OWNER), "the owner's address has nothing on record");
        }
    }

    @Test
    void theBlockIsForThatKeyOnlyUntilTheAddressReachesItsCeiling() throws Throttled {
        lockOut(KEY, ATTACKER);
        assertFalse(attempts.ensureKeyNotBlocked(OTHER_KEY, ATTACKER));
    }

    @Test
    void anAddressTryingManyKeyIdsIsStoppedForAllKeysAtItsCeilingAndTheOwnerElsewhereIsNot() {
        Throttled stopped = null;
        int failures = 0;
        while (stopped == null && failures < 200) {
            String id = "6A1B2C3D-0000-4000-8000-1%011d".formatted(failures++);
            try {
                attempts.ensureKeyNotBlocked(id, ATTACKER);
                attempts.recordKeyFailure(id, ATTACKER);
            } catch (Throttled throttled) {
                stopped = throttled;
            }
        }
        assertEquals(101, failures, "the 101st failure of one address in a minute is one too many");
        assertThrows(Throttled.class, () -> attempts.ensureKeyNotBlocked(KEY, ATTACKER));
        assertDoesNotThrow(() -> attempts.ensureKeyNotBlocked(KEY, OWNER));
    }

    @Test
    void aSuccessClearsTheKeysFailuresAtThatAddressButNotTheAddressCount() throws Throttled {
        for (int i = 0; i < 9; i++) {
            attempts.recordKeyFailure(KEY, OWNER);
        }
        assertTrue(attempts.ensureKeyNotBlocked(KEY, OWNER));
        attempts.recordKeySuccess(KEY, OWNER);
        assertFalse(attempts.ensureKeyNotBlocked(KEY, OWNER));
        assertEquals(9, ledger.failures(FailedAttempts.addressSubject(OWNER)));
    }

    @Test
    void subjectsStayWithinTheColumnForAnyAddress() {
        String longAddress = "fe80:0000:0000:0000:0000:0000:0000:0001%" + "x".repeat(200);
        assertTrue(FailedAttempts.keyAtAddressSubject(KEY, longAddress).length() <= 120);
        assertTrue(FailedAttempts.addressSubject(longAddress).length() <= 120);
        assertEquals("key:" + KEY + "@unknown", FailedAttempts.keyAtAddressSubject(KEY, null));
    }

    private void lockOut(String keyId, String address) {
        assertThrows(Throttled.class, () -> {
            for (int i = 0; i < 20; i++) {
                attempts.recordKeyFailure(keyId, address);
            }
        });
    }

    /** The ledger's rules without its database: the same policy applied to rows kept in a map. */
    private static final class InMemoryLedger extends FailureLedger {

        private final ThrottlePolicy defaultPolicy = new ThrottlePolicy(10, Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ofSeconds(3600));
        private final Map<String, AuthFailure> rows = new HashMap<>();
        Instant now = Instant.parse("2026-11-30T12:00:00Z");

        @Override
        public ThrottlePolicy policy() {
            return defaultPolicy;
        }

        @Override
        public boolean ensureNotBlocked(String subject) throws Throttled {
            AuthFailure state = rows.get(subject);
            Optional<Duration> wait = defaultPolicy.blockedFor(state, now);
            if (wait.isPresent()) {
                throw new Throttled(ThrottlePolicy.retryAfterSeconds(wait.get()));
            }
            return state != null;
        }

        @Override
        public void recordFailure(String subject, ThrottlePolicy policy) throws Throttled {
            AuthFailure state = rows.computeIfAbsent(subject, s -> new AuthFailure(s, now));
            Optional<Duration> blocked = policy.recordFailure(state, now);
            if (blocked.isPresent()) {
                throw new Throttled(ThrottlePolicy.retryAfterSeconds(blocked.get()));
            }
        }

        @Override
        public void recordSuccess(String subject) {
            rows.remove(subject);
        }

        int failures(String subject) {
            return rows.get(subject).getFailures();
        }
    }
}
