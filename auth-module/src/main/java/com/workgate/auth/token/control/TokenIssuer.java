package com.workgate.auth.token.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 tokens in the MicroProfile JWT shape ({@code upn}, {@code groups}), so other MicroProfile services
 * can verify them against our JWKS.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String SESSION_CLAIM = "sid";

    @Inject
    SigningKeys signingKeys;

    @Inject
    TokenSettings settings;

    @Inject
    Clock clock;

    public IssuedToken issue(TokenSubject subject) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.lifetime());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.issuer());
        claims.setAudience(settings.audience());
        claims.setSubject(subject.apiKeyId());
        claims.setClaim("upn", subject.apiKeyId());
        claims.setStringListClaim("groups", List.of(subject.role().name()));
        claims.setClaim(ORGANIZATION_CLAIM, subject.organizationId());
        if (subject.sessionId() != null) {
            claims.setClaim(SESSION_CLAIM, subject.sessionId());
        }
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));

        RsaJsonWebKey key = signingKeys.signingKey();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
