package com.workgate.auth.token.control;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.platform.control.ExpiringMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Checks signature (RS256 only), issuer, audience and expiry of a bearer token, against our own key ring. A token
 * that verified is remembered until it expires, so its next requests cost a map lookup and the expiry check
 * instead of an RSA verification (a token is immutable: any other bytes are another entry).
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    SigningKeys signingKeys;

    @Inject
    TokenSettings settings;

    @Inject
    Clock clock;

    private JwtConsumerBuilder builder;
    private final ExpiringMap<String, VerifiedToken> verified = new ExpiringMap<>(10_000);

    @PostConstruct
    void init() {
        builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(settings.issuer())
                .setExpectedAudience(settings.audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> signingKeys.verificationKey(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("unknown key id")).getKey());
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        Instant now = clock.instant();
        Optional<VerifiedToken> known = verified.get(token, now);
        if (known.isPresent()) {
            return known.get();
        }
        VerifiedToken checked = check(token);
        verified.put(token, checked, checked.expiresAt(), now);
        return checked;
    }

    private VerifiedToken check(String token) throws InvalidTokenException {
        JwtConsumer consumer;
        synchronized (builder) {
            consumer = builder.setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond())).build();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            List<String> groups = claims.getStringListClaimValue("groups");
            Number organization = claims.getClaimValue(TokenIssuer.ORGANIZATION_CLAIM, Number.class);
            if (groups == null || groups.size() != 1 || organization == null) {
                throw new InvalidTokenException("The token does not name a role and an organization");
            }
            return new VerifiedToken(claims.getSubject(), organization.longValue(), Role.valueOf(groups.get(0)),
                    claims.getStringClaimValue(TokenIssuer.SESSION_CLAIM),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (InvalidJwtException e) {
            throw new InvalidTokenException(e.hasExpired() ? "The token has expired" : "The token is invalid");
        } catch (MalformedClaimException | IllegalArgumentException e) {
            throw new InvalidTokenException("The token is invalid");
        }
    }
}
