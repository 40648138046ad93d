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
 * a bearer token. An identical request inside the window gets the same token (Calven's SDK sends identical bodies
 * twice in a second), never a second one, on every node and without a database write: every claim of the token
 * comes from the request (issued at its timestamp, expiring a lifetime later, its id from the request's digest)
 * and RS256 signatures are deterministic, so nodes that sign with the same key sign the same bytes. The proof is
 * checked on every request, a replay too, so a replay revives neither a revoked key nor an ended secret.
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
        Optional<IssuedToken> answeredHere = replays.recall(digest, now);
        if (answeredHere.isPresent()) {
            logReplay(found);
            return answeredHere.get();
        }
        IssuedToken token = issuer.issue(new TokenSubject(found.apiKeyId(), found.organizationId(), found.role(), null),
                Instant.ofEpochSecond(timestamp), tokenId(digest));
        Instant forgetAt = Instant.ofEpochSecond(timestamp).plusSeconds(windowSeconds + 1);
        Optional<IssuedToken> answeredMeanwhile = replays.remember(digest, token, forgetAt, now);
        if (answeredMeanwhile.isPresent()) {
            // the same request on another connection a moment ago: the same bytes, unless the signing key rotated
            logReplay(found);
            return answeredMeanwhile.get();
        }
        return token;
    }

    /** 128 bits of the request's digest: the same request, the same id; the id tells nothing of the request. */
    static String tokenId(String digest) {
        return digest.substring(0, 32);
    }

    private static void logReplay(KeyCredentials key) {
        LOG.info(() -> "replayed /v1/auth request for key " + key.apiKeyId() + " answered with its earlier token");
    }
}
