package com.workgate.auth.token.control;

import java.time.Duration;
import java.time.Instant;

/**
 * An absolute freshness window: a timestamp is fresh when |now − t| ≤ the window, in the past or the future, both
 * edges inside. Clients send whole seconds, so both instants are compared as whole seconds: with the server's
 * fraction of a second counted, a timestamp exactly a window old would be refused while one a window ahead passed.
 */
public record TimeWindow(Duration width) {

    public static TimeWindow ofSeconds(long seconds) {
        return new TimeWindow(Duration.ofSeconds(seconds));
    }

    public boolean contains(Instant now, Instant timestamp) {
        return Math.abs(now.getEpochSecond() - timestamp.getEpochSecond()) <= width.getSeconds();
    }
}
