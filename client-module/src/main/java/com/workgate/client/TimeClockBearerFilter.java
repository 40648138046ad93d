package com.workgate.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.Objects;

/**
 * Authenticates every request to the TimeClock API ({@code /api}) with
 * {@code Authorization: Bearer <userId>:<unix seconds>:<sha1 hex of (seconds + key)>}, made afresh per request
 * because the server accepts a timestamp only within 60 s of its own time. The scheme is the original TimeClock
 * app's; SHA-1 over secret-plus-message is weaker than an HMAC and is used for compatibility only.
 *
 * <p>Register it on any Jakarta REST {@code Client} or {@code WebTarget}; {@link TimeClockApi} does so itself.
 * Thread-safe.
 */
public final class TimeClockBearerFilter implements ClientRequestFilter {

    private final long userId;
    private final String key;
    private final Clock clock;

    /**
     * @param userId the user's numeric API identifier
     * @param key    the user's TimeClock API key
     * @param clock  the clock the timestamp is read from
     */
    public TimeClockBearerFilter(long userId, String key, Clock clock) {
        this.userId = userId;
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param userId      the user's numeric API identifier
     * @param key         the user's TimeClock API key
     * @param unixSeconds the timestamp
     * @return the whole {@code Authorization} header value, {@code Bearer id:ts:checksum}
     */
    public static String authorization(long userId, String key, long unixSeconds) {
        return "Bearer " + userId + ":" + unixSeconds + ":" + Signatures.sha1Hex(unixSeconds + key);
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                authorization(userId, key, clock.instant().getEpochSecond()));
    }
}
