package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.crypto.control.Hmacs;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/auth} tokens are a function of the request and the signing key: two nodes (two exchanges with
 * their own memories, clocks a little apart) give an identical request the same bytes; another timestamp gets
 * another token. The token verifies although it was issued at a timestamp ahead of the verifier's clock.
 */
class DeterministicTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00.400Z");
    private static final String KEY = "55DE3799-6C65-43F3-9AFB-A4725358B4FD";
    private static final String SECRET = "s3cret";
    private static RsaSigningKey signingKey;

    @BeforeAll
    static void key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        signingKey = new RsaSigningKey("kid-1", (RSAPublicKey) pair.getPublic(), pair.getPrivate());
    }

    private static SigningKeys ring() {
        return new SigningKeys() {
            @Override
            public RsaSigningKey signingKey() {
                return signingKey;
            }

            @Override
            public Optional<RsaSigningKey> verificationKey(String kid) {
                return Optional.of(signingKey).filter(key -> key.kid().equals(kid));
            }
        };
    }

    private static TokenSettings settings() {
        TokenSettings settings = new TokenSettings();
        settings.issuer = "workgate";
        settings.audience = "workgate";
        settings.lifetimeSeconds = 3600;
        settings.authWindowSeconds = 300;
        return settings;
    }

    /** One node: its own issuer and replay memory, its clock {@code skewMillis} from {@link #NOW}. */
    private static HmacTokenExchange node(long skewMillis) {
        Clock clock = Clock.fixed(NOW.plusMillis(skewMillis), ZoneOffset.UTC);
        TokenIssuer issuer = new TokenIssuer();
        issuer.signingKeys = ring();
        issuer.settings = settings();
        issuer.clock = clock;
        HmacTokenExchange exchange = new HmacTokenExchange();
        exchange.clock = clock;
        exchange.windowSeconds = 300;
        exchange.issuer = issuer;
        exchange.replays = new TokenReplayMemory();
        exchange.proof = new SecretProof() {
            @Override
            public Optional<KeyCredentials> verify(String apiKeyId, String clientAddress, BiPredicate<String, String> proves) {
                return Optional.of(new KeyCredentials(KEY, 42, "account", Role.EVENTS, null, List.of(SECRET)))
                        .filter(key -> proves.test("account", SECRET));
            }
        };
        return exchange;
    }

    private static IssuedToken ask(HmacTokenExchange node, long timestamp) throws Exception {
        return node.exchange(KEY, timestamp, Hmacs.hmacSha256Hex(SECRET, KEY + timestamp), "192.0.2.1");
    }

    @Test
    void anIdenticalRequestGetsTheSameBytesOnEveryNode() throws Exception {
        long timestamp = NOW.getEpochSecond() - 2;
        IssuedToken first = ask(node(0), timestamp);
        IssuedToken elsewhere = ask(node(1_700), timestamp);
        assertEquals(first.token(), elsewhere.token());
        assertEquals(first, elsewhere);
        HmacTokenExchange node = node(0);
        assertEquals(first, ask(node, timestamp));
        assertEquals(first, ask(node, timestamp), "a replay on the node that answered it");
    }

    @Test
    void anotherTimestampGetsAnotherToken() throws Exception {
        HmacTokenExchange node = node(0);
        long timestamp = NOW.getEpochSecond();
        assertNotEquals(ask(node, timestamp).token(), ask(node, timestamp - 1).token());
    }

    @Test
    void theTokenIsIssuedAtTheRequestsTimestampAndExpiresALifetimeLater() throws Exception {
        long timestamp = NOW.getEpochSecond() + 300;
        IssuedToken token = ask(node(0), timestamp);
        assertEquals(Instant.ofEpochSecond(timestamp + 3600), token.expiresAt());
        String payload = new String(Base64.getUrlDecoder().decode(token.token().split("\\.")[1]));
        String tokenId = HmacTokenExchange.tokenId(TokenReplayMemory.digest(KEY, timestamp,
                Hmacs.hmacSha256Hex(SECRET, KEY + timestamp)));
        assertEquals("{\"iss\":\"workgate\",\"aud\":\"workgate\",\"sub\":\"" + KEY + "\",\"upn\":\"" + KEY
                + "\",\"groups\":[\"EVENTS\"],\"org\":42,\"jti\":\"" + tokenId + "\",\"iat\":" + timestamp
                + ",\"exp\":" + (timestamp + 3600) + "}", payload, "claims in a fixed order");
        String header = new String(Base64.getUrlDecoder().decode(token.token().split("\\.")[0]));
        assertEquals("{\"kid\":\"kid-1\",\"alg\":\"RS256\",\"typ\":\"JWT\"}", header);
    }

    @Test
    void aTokenIssuedAtATimestampAheadOfTheClockVerifies() throws Exception {
        IssuedToken token = ask(node(0), NOW.getEpochSecond() + 300);
        TokenVerifier verifier = new TokenVerifier();
        verifier.signingKeys = ring();
        verifier.settings = settings();
        verifier.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        verifier.init();
        VerifiedToken verified = verifier.verify(token.token());
        assertEquals(KEY, verified.apiKeyId());
        assertEquals(42, verified.organizationId());
        JsonWebToken jwt = verified.claims();
        assertEquals(KEY, jwt.getName());
        assertEquals(Set.of("EVENTS"), jwt.getGroups());
        assertEquals(Set.of("workgate"), jwt.getAudience());
        assertEquals(NOW.getEpochSecond() + 300, jwt.getIssuedAtTime());
        assertEquals(token.expiresAt().getEpochSecond(), jwt.getExpirationTime());
        assertEquals(42L, (Long) jwt.getClaim("org"));
        assertEquals(token.token(), jwt.getRawToken());
    }
}
