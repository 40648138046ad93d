package com.workgate.auth.throttle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed authentications, counted in the database so that every node of a cluster sees the same counts.
 * <p>
 * Secret proofs (HMAC, OAuth, Basic, signed headers) are counted per key <em>and</em> client address
 * ({@code key:<id>@<address>}): a key id is not a secret, so failures from one address only ever block that
 * address for that key, and the owner elsewhere keeps working. Every failure also counts towards a ceiling per
 * address across all key ids ({@code addr:<address>}, far above the per-key one), which bounds what one address
 * can try with ids that exist and ids that do not alike (so the answers tell neither apart).
 * <p>
 * Other subjects (PINs: {@code pin:<user id>}) are counted as named, across all addresses.
 */
@ApplicationScoped
public class FailedAttempts {

    private static final int MAX_ADDRESS_LENGTH = 64;

    @Inject
    FailureLedger ledger;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.address-max-failures", defaultValue = "100")
    int addressMaxFailures;

    public static String keyAtAddressSubject(String apiKeyId, String address) {
        return "key:" + apiKeyId + "@" + bounded(address);
    }

    public static String addressSubject(String address) {
        return "addr:" + bounded(address);
    }

    private static String bounded(String address) {
        if (address == null) {
            return "unknown";
        }
        return address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH);
    }

    /**
     * Before a proof for the key is checked.
     *
     * @return whether failures of the key from this address are on record, which {@link #recordKeySuccess} clears
     * @throws Throttled while this address is blocked for the key, or blocked for all keys
     */
    public boolean ensureKeyNotBlocked(String apiKeyId, String address) throws Throttled {
        ensureNotBlocked(addressSubject(address));
        return ensureNotBlocked(keyAtAddressSubject(apiKeyId, address));
    }

    /** Counts a wrong proof for the key from the address. @throws Throttled when it was one too many for either */
    public void recordKeyFailure(String apiKeyId, String address) throws Throttled {
        Throttled forKey = null;
        try {
            recordFailure(keyAtAddressSubject(apiKeyId, address));
        } catch (Throttled throttled) {
            forKey = throttled;
        }
        try {
            recordFailure(addressSubject(address), addressMaxFailures);
        } catch (Throttled forAddress) {
            if (forKey == null || forAddress.retryAfterSeconds() > forKey.retryAfterSeconds()) {
                throw forAddress;
            }
        }
        if (forKey != null) {
            throw forKey;
        }
    }

    /**
     * Clears the key's failures from this address; only needed when {@link #ensureKeyNotBlocked} saw some. The
     * address's own count stays: one good key must not let the same address try others without limit.
     */
    public void recordKeySuccess(String apiKeyId, String address) {
        recordSuccess(keyAtAddressSubject(apiKeyId, address));
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
        recordFailure(subject, ledger.policy());
    }

    /** Counts a failure under another maximum than the default (the same window and delays). */
    public void recordFailure(String subject, int maxFailures) throws Throttled {
        ThrottlePolicy base = ledger.policy();
        recordFailure(subject, new ThrottlePolicy(maxFailures, base.window(), base.baseDelay(), base.maxDelay()));
    }

    private void recordFailure(String subject, ThrottlePolicy policy) throws Throttled {
        try {
            ledger.recordFailure(subject, policy);
        } catch (RuntimeException firstFailureRace) {
            // two first failures of one subject at once: the other created the row; count on it
            ledger.recordFailure(subject, policy);
        }
    }

    /** Clears the failures on record; only needed when {@link #ensureNotBlocked} saw some. */
    public void recordSuccess(String subject) {
        ledger.recordSuccess(subject);
    }
}
