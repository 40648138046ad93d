package com.workgate.client;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and its validity on the client's own clock.
 *
 * @param value      the token as sent after {@code Bearer }
 * @param obtainedAt when the client asked for it
 * @param expiresAt  when it expires, measured on the client's clock (the server's lifetime added to
 *                   {@code obtainedAt}, so a skew between the two clocks does not matter)
 */
public record AccessToken(String value, Instant obtainedAt, Instant expiresAt) {

    /** @return the token's lifetime as the server granted it */
    public Duration lifetime() {
        return Duration.between(obtainedAt, expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
