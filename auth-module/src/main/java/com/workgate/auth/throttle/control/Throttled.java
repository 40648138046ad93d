package com.workgate.auth.throttle.control;

/** Too many failed authentications: the caller must wait {@code retryAfterSeconds}. */
public class Throttled extends Exception {

    private final long retryAfterSeconds;

    public Throttled(long retryAfterSeconds) {
        super("Too many failed authentications; retry after " + retryAfterSeconds + " seconds", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
