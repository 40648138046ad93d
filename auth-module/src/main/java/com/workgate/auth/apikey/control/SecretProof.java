package com.workgate.auth.apikey.control;

import com.workgate.auth.throttle.control.FailedAttempts;
import com.workgate.auth.throttle.control.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Checks a proof made with a key's secret (an HMAC, or the secret itself) the same way for every scheme: an unknown
 * key costs the same work as a wrong proof and answers alike, every current secret is tried (rotation overlap),
 * and failures are counted per key id and client address, for ids of no key exactly as for ids of a key. A correct
 * proof is refused only at an address that has recent failures (see {@link FailedAttempts}).
 */
@ApplicationScoped
public class SecretProof {

    /** Stands in for the secret of a key that does not exist, so the comparison work is done all the same. */
    private static final String UNKNOWN_KEY_SECRET = "unknown-key-secret-for-constant-work";
    private static final String UNKNOWN_ACCOUNT = "unknown";

    @Inject
    ApiKeys apiKeys;

    @Inject
    FailedAttempts failedAttempts;

    /**
     * @param proves whether a secret (second argument) explains the proof, for the key's account name (first)
     * @return the key when one of its secrets proves it; empty (and counted) otherwise
     * @throws Throttled when this address is blocked for the key (or for all keys), or this failure was one too many
     */
    public Optional<KeyCredentials> verify(String apiKeyId, String clientAddress, BiPredicate<String, String> proves)
            throws Throttled {
        Optional<KeyCredentials> key = apiKeys.findCredentials(apiKeyId);
        String keyId = key.map(KeyCredentials::apiKeyId).orElseGet(() -> unknownKeyId(apiKeyId));
        boolean failuresOnRecord = failedAttempts.ensureKeyNotBlocked(keyId, clientAddress);
        String account = key.map(KeyCredentials::accountName).orElse(UNKNOWN_ACCOUNT);
        boolean proven = false;
        for (String secret : key.map(KeyCredentials::secrets).orElse(List.of(UNKNOWN_KEY_SECRET))) {
            proven |= proves.test(account, secret);
        }
        if (key.isEmpty() || !proven) {
            failedAttempts.recordKeyFailure(keyId, clientAddress);
            return Optional.empty();
        }
        if (failuresOnRecord) {
            failedAttempts.recordKeySuccess(keyId, clientAddress);
        }
        return key;
    }

    /** How failures for an id that names no key are counted: as a key id would be, ids no key can have as one. */
    private static String unknownKeyId(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 36) {
            return "malformed";
        }
        return ApiKeys.normalize(presented);
    }
}
