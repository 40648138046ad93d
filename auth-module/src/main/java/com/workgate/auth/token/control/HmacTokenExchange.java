package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.crypto.control.Hmacs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /v1/auth}: a key proves it holds its secret with HMAC-SHA256(secret, apiKey + timestamp) and gets
 * a bearer token.
 */
@ApplicationScoped
public class HmacTokenExchange {

    static final String REFUSED = "Invalid API key or hash";
    /** Compared against when the key is unknown, so that an unknown key costs the same as a wrong hash. */
    private static final String UNKNOWN_KEY_SECRET = "unknown-key-secret-for-constant-work";

    @Inject
    ApiKeys apiKeys;

    @Inject
    TokenIssuer issuer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workgate.auth.window-seconds", defaultValue = "300")
    long windowSeconds;

    public IssuedToken exchange(String apiKeyId, long timestamp, String hash) throws AuthenticationRefused {
        Instant now = clock.instant();
        if (!TimeWindow.ofSeconds(windowSeconds).contains(now, Instant.ofEpochSecond(timestamp))) {
            throw new AuthenticationRefused("The timestamp is outside the allowed window of " + windowSeconds
                    + " seconds; server time is " + now.getEpochSecond() + " (" + now + ")");
        }
        Optional<KeyCredentials> key = apiKeys.findCredentials(apiKeyId);
        List<String> secrets = key.map(KeyCredentials::secrets).orElse(List.of(UNKNOWN_KEY_SECRET));
        String message = apiKeyId + timestamp;
        boolean matches = false;
        for (String secret : secrets) {
            matches |= Hmacs.hexEquals(Hmacs.hmacSha256Hex(secret, message), hash);
        }
        if (key.isEmpty() || !matches) {
            throw new AuthenticationRefused(REFUSED);
        }
        KeyCredentials found = key.get();
        return issuer.issue(new TokenSubject(found.apiKeyId(), found.organizationId(), found.role(), null));
    }
}
