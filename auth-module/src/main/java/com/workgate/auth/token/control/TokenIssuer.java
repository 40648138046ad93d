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

    /** A token issued now, with a random id (requests that carry no timestamp of their own). */
    public IssuedToken issue(TokenSubject subject) {
        return issue(subject, Instant.ofEpochSecond(clock.instant().getEpochSecond()), UUID.randomUUID().toString());
    }

    /**
     * A token every claim of which comes from the arguments, so that equal arguments give the same bytes on every
     * node that signs with the same key (RS256 signatures are deterministic). Claims and headers are written in
     * a fixed order; expiry is {@code issuedAt} plus the lifetime.
     */
    public IssuedToken issue(TokenSubject subject, Instant issuedAt, String tokenId) {
        long iat = issuedAt.getEpochSecond();
        long exp = iat + settings.lifetime().getSeconds();
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
        claims.setJwtId(tokenId);
        claims.setIssuedAt(NumericDate.fromSeconds(iat));
        claims.setExpirationTime(NumericDate.fromSeconds(exp));

        RsaJsonWebKey key = signingKeys.signingKey();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), Instant.ofEpochSecond(exp));
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
