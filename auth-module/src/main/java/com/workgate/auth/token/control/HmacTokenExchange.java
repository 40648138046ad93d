package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.throttle.control.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /v1/auth}: a key proves it holds its secret with HMAC-SHA256(secret, apiKey + timestamp) and gets
 * a bearer token. An identical request inside the window gets the token already issued for it (Calven's SDK
 * sends identical bodies twice in a second), never a second one. The common case, a request not seen before, costs
 * one insert: the token is signed first and remembered by a unique key, and only a conflict reads the earlier one.
 */
@ApplicationScoped
public class HmacTokenExchange {

    private static final Logger LOG = Logger.getLogger(HmacTokenExchange.class.getName());
    static final String REFUSED = "Invalid API key or hash";

    @Inject
    SecretProof proof;

    @Inject
    TokenIssuer issuer;

    @Inject
    TokenReplayMemory replays;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workgate.auth.window-seconds", defaultValue = "300")
    long windowSeconds;

    public IssuedToken exchange(String apiKeyId, long timestamp, String hash, String clientAddress)
            throws AuthenticationRefused, Throttled {
        Instant now = clock.instant();
        if (!TimeWindow.ofSeconds(windowSeconds).contains(now, Instant.ofEpochSecond(timestamp))) {
            throw new AuthenticationRefused("The timestamp is outside the allowed window of " + windowSeconds
                    + " seconds; server time is " + now.getEpochSecond() + " (" + now + ")");
        }
        String message = apiKeyId + timestamp;
        KeyCredentials found = proof.verify(apiKeyId, clientAddress,
                        (account, secret) -> Hmacs.hexEquals(Hmacs.hmacSha256Hex(secret, message), hash))
                .orElseThrow(() -> new AuthenticationRefused(REFUSED));
        String digest = TokenReplayMemory.digest(apiKeyId, timestamp, hash);
        Optional<IssuedToken> answeredHere = replays.recallRecent(digest, now);
        if (answeredHere.isPresent()) {
            logReplay(found);
            return answeredHere.get();
        }
        IssuedToken token = issuer.issue(new TokenSubject(found.apiKeyId(), found.organizationId(), found.role(), null));
        Instant forgetAt = Instant.ofEpochSecond(timestamp).plusSeconds(windowSeconds + 1);
        try {
            replays.remember(digest, found.apiKeyId(), token, forgetAt);
            replays.rememberRecent(digest, token, now);
            return token;
        } catch (Exception answeredElsewhere) {
            // the same request was answered on another connection or server a moment ago: give back that token
            logReplay(found);
            return replays.recall(digest, now)
                    .orElseThrow(() -> new IllegalStateException("cannot remember a token", answeredElsewhere));
        }
    }

    private static void logReplay(KeyCredentials key) {
        LOG.info(() -> "replayed /v1/auth request for key " + key.apiKeyId() + " answered with its earlier token");
    }
}
