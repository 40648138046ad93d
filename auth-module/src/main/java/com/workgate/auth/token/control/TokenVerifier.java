package com.workgate.auth.token.control;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.platform.control.ExpiringMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;

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

    private Jose.Rs256Verifier jose;
    private final ExpiringMap<String, VerifiedToken> verified = new ExpiringMap<>(10_000);

    @PostConstruct
    void init() {
        jose = new Jose.Rs256Verifier(settings.issuer(), settings.audience(),
                kid -> signingKeys.verificationKey(kid).map(RsaSigningKey::publicKey));
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        Instant now = clock.instant();
        Optional<VerifiedToken> known = verified.get(token, now);
        if (known.isPresent()) {
            return known.get();
        }
        VerifiedToken checked = check(token, now);
        verified.put(token, checked, checked.expiresAt(), now);
        return checked;
    }

    private VerifiedToken check(String token, Instant now) throws InvalidTokenException {
        Map<String, Object> verifiedClaims = jose.verify(token, now);
        TokenClaims claims = new TokenClaims(token, verifiedClaims);
        Set<String> groups = claims.getGroups();
        Object organization = claims.getClaim(TokenIssuer.ORGANIZATION_CLAIM);
        Object session = claims.getClaim(TokenIssuer.SESSION_CLAIM);
        Object expiry = claims.getClaim(Claims.exp.name());
        if (groups == null || groups.size() != 1 || !(organization instanceof Long org)) {
            throw new InvalidTokenException("The token does not name a role and an organization");
        }
        if (!(claims.getClaim(Claims.sub.name()) instanceof String subject) || !(expiry instanceof Long exp)
                || (session != null && !(session instanceof String))) {
            throw new InvalidTokenException("The token is invalid");
        }
        try {
            return new VerifiedToken(subject, org, Role.valueOf(groups.iterator().next()), (String) session,
                    Instant.ofEpochSecond(exp), claims);
        } catch (IllegalArgumentException unknownRole) {
            throw new InvalidTokenException("The token is invalid");
        }
    }
}
