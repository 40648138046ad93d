package com.workgate.auth.throttle.control;

import com.workgate.auth.throttle.entity.AuthFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code maxFailures} failed authentications per subject in a window; the next one blocks the subject
 * for a delay that doubles with each lockout (capped), never for good (NIST SP 800-63B: limit, do not lock out).
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration baseDelay, Duration maxDelay) {

    /** How long the subject must still wait, if it is blocked now. */
    public Optional<Duration> blockedFor(AuthFailure state, Instant now) {
        if (state == null || state.getBlockedUntil() == null || !now.isBefore(state.getBlockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.getBlockedUntil()));
    }

    /** Counts a failure; when it is one too many, blocks the subject and returns the delay. */
    public Optional<Duration> recordFailure(AuthFailure state, Instant now) {
        if (!now.isBefore(state.getWindowStart().plus(window))) {
            state.restartWindow(now);
        }
        state.countFailure();
        if (state.getFailures() <= maxFailures) {
            return Optional.empty();
        }
        Duration delay = baseDelay.multipliedBy(1L << Math.min(state.getLockouts(), 20));
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        state.blockUntil(now.plus(delay));
        return Optional.of(delay);
    }

    /** Seconds for a {@code Retry-After} header: whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
