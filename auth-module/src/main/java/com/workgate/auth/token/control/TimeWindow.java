package com.workgate.auth.token.control;

import java.time.Duration;
import java.time.Instant;

/** An absolute freshness window: a timestamp is fresh when |now − t| ≤ the window, in the past or the future. */
public record TimeWindow(Duration width) {

    public static TimeWindow ofSeconds(long seconds) {
        return new TimeWindow(Duration.ofSeconds(seconds));
    }

    public boolean contains(Instant now, Instant timestamp) {
        return Duration.between(timestamp, now).abs().compareTo(width) <= 0;
    }
}
