package com.workgate.auth.token.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified bearer token as MicroProfile JWT shows it, for resources that {@code @Inject JsonWebToken}. Claim
 * values follow the MP-JWT types: {@code aud} and {@code groups} are sets of strings, times are {@code Long}
 * seconds, {@code raw_token} is the token itself; other claims keep their JSON value as Java sees it
 * ({@code String}, {@code Long}, {@code List}). Immutable, so one instance serves every request of the token.
 */
public final class TokenClaims implements JsonWebToken {

    /** The token of a request that carries none (TimeClock, signed headers, Basic, public routes). */
    static final TokenClaims NONE = new TokenClaims(null, Map.of());

    private final Map<String, Object> claims;

    TokenClaims(String rawToken, Map<String, Object> verified) {
        Map<String, Object> values = new LinkedHashMap<>();
        verified.forEach((name, value) -> values.put(name, mpJwtValue(name, value)));
        if (rawToken != null) {
            values.put(Claims.raw_token.name(), rawToken);
        }
        claims = Collections.unmodifiableMap(values);
    }

    private static Object mpJwtValue(String name, Object value) {
        boolean setOfStrings = name.equals(Claims.aud.name()) || name.equals(Claims.groups.name());
        if (setOfStrings && value instanceof String single) {
            return Set.of(single);
        }
        if (value instanceof Collection<?> many) {
            return setOfStrings ? Collections.unmodifiableSet(new LinkedHashSet<>(many))
                    : Collections.unmodifiableList(new ArrayList<>(many));
        }
        if (value instanceof Number number && !(value instanceof Double)) {
            return number.longValue();
        }
        return value;
    }

    /** The MP-JWT name: {@code upn}, else {@code preferred_username}, else {@code sub}. */
    @Override
    public String getName() {
        Object name = claims.getOrDefault(Claims.upn.name(),
                claims.getOrDefault(Claims.preferred_username.name(), claims.get(Claims.sub.name())));
        return name == null ? null : name.toString();
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }

    @Override
    public String toString() {
        return "TokenClaims[" + getName() + "]";
    }
}
