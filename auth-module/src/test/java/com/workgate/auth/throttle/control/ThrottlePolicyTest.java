package com.workgate.auth.throttle.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.throttle.entity.AuthFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(10, Duration.ofSeconds(60), Duration.ofSeconds(30),
            Duration.ofSeconds(3600));
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theEleventhFailureInsideTheWindowBlocksForTheBaseDelay() {
        AuthFailure state = new AuthFailure("key:K", t0);
        for (int i = 1; i <= 10; i++) {
            assertEquals(Optional.empty(), policy.recordFailure(state, t0.plusSeconds(i)), "failure " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), policy.recordFailure(state, t0.plusSeconds(11)));
        assertEquals(Optional.of(Duration.ofSeconds(29)), policy.blockedFor(state, t0.plusSeconds(12)));
        assertEquals(Optional.empty(), policy.blockedFor(state, t0.plusSeconds(41)), "free once the delay has passed");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverBlock() {
        AuthFailure slow = new AuthFailure("key:S", t0);
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), policy.recordFailure(slow, t0.plusSeconds(i * 61L)), "failure " + i);
        }
    }

    @Test
    void eachLockoutDoublesTheDelayUpToTheCap() {
        AuthFailure state = new AuthFailure("key:K", t0);
        Instant now = t0;
        long[] expected = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (long seconds : expected) {
            Optional<Duration> blocked = Optional.empty();
            for (int i = 0; i < 11; i++) {
                blocked = policy.recordFailure(state, now);
            }
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), blocked);
            now = now.plusSeconds(seconds);
        }
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertEquals(1, ThrottlePolicy.retryAfterSeconds(Duration.ofMillis(10)));
        assertEquals(3, ThrottlePolicy.retryAfterSeconds(Duration.ofMillis(2001)));
        assertEquals(2, ThrottlePolicy.retryAfterSeconds(Duration.ofSeconds(2)));
    }
}
