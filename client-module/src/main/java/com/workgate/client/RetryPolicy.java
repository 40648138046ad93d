package com.workgate.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the client tries a call again, and how long it waits first. Attempts are bounded by {@link #maxAttempts()}
 * (the first try included).
 *
 * <ul>
 *   <li><b>429 Too Many Requests and 503 Service Unavailable</b> are retried for every call: with these answers the
 *       server has refused the request before acting on it, so repeating it cannot do anything twice. The wait is the
 *       server's {@code Retry-After} (seconds or an HTTP date) when given, never less than the exponential backoff;
 *       a {@code Retry-After} longer than {@link #maxRetryAfter()} is not waited for: the error is thrown at once.</li>
 *   <li><b>Connection failures</b> (refused, reset, timed out, broken mid-answer) are retried only for idempotent
 *       calls, because the server may have acted before the connection broke: all reads ({@code GET}); event
 *       batches, which the server stores once per event id; {@code PUT} and {@code DELETE}; and token requests (a
 *       repeated token request only yields another token). Calls that create something (organizations, keys,
 *       users, TimeClock sessions) or change a secret (key rotation, TimeClock key) are not retried: a duplicate
 *       could be created, or a secret changed twice with the first answer lost.</li>
 *   <li>Other errors (4xx, 500) are never retried: they are thrown as {@link WorkgateApiException}.</li>
 * </ul>
 *
 * @param maxAttempts    the most attempts of one call, at least 1
 * @param initialBackoff the wait before the second attempt; doubled for each further one
 * @param maxBackoff     the longest backoff wait
 * @param maxRetryAfter  the longest {@code Retry-After} the client will wait for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** The default: 4 attempts, backoff 200 ms doubling up to 5 s, waits up to 60 s for {@code Retry-After}. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(60));

    /** No retries at all: every call is attempted once. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /**
     * Checks the bounds.
     *
     * @param maxAttempts    the most attempts of one call, at least 1
     * @param initialBackoff the wait before the second attempt
     * @param maxBackoff     the longest backoff wait
     * @param maxRetryAfter  the longest {@code Retry-After} the client will wait for
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** @return the backoff before attempt {@code failedAttempts + 1}, with up to 20 % jitter so clients spread out */
    Duration backoff(int failedAttempts) {
        long base = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        long jitter = capped == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped + jitter);
    }

    /**
     * @return the wait before retrying a 429/503, or null if the server asks for longer than {@link #maxRetryAfter()}
     */
    Duration delayAfterRefusal(int failedAttempts, String retryAfterHeader, Clock clock) {
        Duration backoff = backoff(failedAttempts);
        Duration retryAfter = parseRetryAfter(retryAfterHeader, clock);
        if (retryAfter == null) {
            return backoff;
        }
        if (retryAfter.compareTo(maxRetryAfter) > 0) {
            return null;
        }
        return retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /** @return the header's wait (delta-seconds or HTTP date, RFC 9110 §10.2.3), or null if absent or unreadable */
    static Duration parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
