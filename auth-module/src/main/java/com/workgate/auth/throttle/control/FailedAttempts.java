package com.workgate.auth.throttle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Failed authentications per subject, counted in the database so that every node of a cluster sees the same
 * counts. Subjects: {@code key:<id>} for a known key, {@code addr:<address>} for requests naming no known key.
 */
@ApplicationScoped
public class FailedAttempts {

    @Inject
    FailureLedger ledger;

    public static String keySubject(String apiKeyId) {
        return "key:" + apiKeyId;
    }

    public static String addressSubject(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }

    /**
     * @return whether failures are on record, which {@link #recordSuccess} then clears
     * @throws Throttled while the subject is blocked, whatever its credentials
     */
    public boolean ensureNotBlocked(String subject) throws Throttled {
        return ledger.ensureNotBlocked(subject);
    }

    /** Counts a failure. @throws Throttled when this failure was one too many */
    public void recordFailure(String subject) throws Throttled {
        try {
            ledger.recordFailure(subject);
        } catch (RuntimeException firstFailureRace) {
            // two first failures of one subject at once: the other created the row; count on it
            ledger.recordFailure(subject);
        }
    }

    /** Counts a failure under a stricter maximum than the default (the same window and delays). */
    public void recordFailure(String subject, int maxFailures) throws Throttled {
        ThrottlePolicy base = ledger.policy();
        ThrottlePolicy strict = new ThrottlePolicy(maxFailures, base.window(), base.baseDelay(), base.maxDelay());
        try {
            ledger.recordFailure(subject, strict);
        } catch (RuntimeException firstFailureRace) {
            ledger.recordFailure(subject, strict);
        }
    }

    /** Clears the failures on record; only needed when {@link #ensureNotBlocked} saw some. */
    public void recordSuccess(String subject) {
        ledger.recordSuccess(subject);
    }
}
