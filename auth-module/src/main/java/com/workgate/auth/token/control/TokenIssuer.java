package com.workgate.auth.token.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Mints RS256 tokens with the MicroProfile JWT claims ({@code iss}, {@code aud}, {@code sub}, {@code upn},
 * {@code groups}, {@code jti}, {@code iat}, {@code exp}) plus the organization ({@code org}) and, inside a
 * signed-header session, the session ({@code sid}), so other MicroProfile JWT services can verify them against
 * our JWKS.
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
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(Claims.iss.name(), settings.issuer());
        claims.put(Claims.aud.name(), settings.audience());
        claims.put(Claims.sub.name(), subject.apiKeyId());
        claims.put(Claims.upn.name(), subject.apiKeyId());
        claims.put(Claims.groups.name(), List.of(subject.role().name()));
        claims.put(ORGANIZATION_CLAIM, subject.organizationId());
        if (subject.sessionId() != null) {
            claims.put(SESSION_CLAIM, subject.sessionId());
        }
        claims.put(Claims.jti.name(), tokenId);
        claims.put(Claims.iat.name(), iat);
        claims.put(Claims.exp.name(), exp);
        RsaSigningKey key = signingKeys.signingKey();
        return new IssuedToken(Jose.signRs256(claims, key.kid(), key.privateKey()), Instant.ofEpochSecond(exp));
    }
}
