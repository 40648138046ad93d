package com.workgate.auth.token.control;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The one class that speaks JOSE, through jose4j (the library SmallRye JWT, WildFly's MicroProfile JWT, is built
 * on): it signs RS256 compact tokens, verifies them, and writes public keys as JWKs. The rest of the code handles
 * JDK keys and claim maps, and sees a verified token as a MicroProfile {@code JsonWebToken} ({@link TokenClaims}).
 */
final class Jose {

    private Jose() {
    }

    /**
     * An RS256 token of these claims, written in the map's order, with the headers {@code kid}, {@code alg},
     * {@code typ} in that order: equal arguments give equal bytes (PKCS#1 v1.5 signatures are deterministic).
     */
    static String signRs256(Map<String, Object> claims, String kid, PrivateKey key) {
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        String provider = NativeRsa.providerFor(key);
        if (provider != null) {
            ProviderContext context = new ProviderContext();
            context.getSuppliedKeyProviderContext().setSignatureProvider(provider);
            jws.setProviderContext(context);
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The public half as a JSON Web Key (RS256, use {@code sig}). */
    static Map<String, Object> publicJwk(String kid, RSAPublicKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId(kid);
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setUse("sig");
        return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /**
     * Checks RS256 signature (no other algorithm, so neither {@code none} nor HS256 with a public key), issuer,
     * audience, expiry and the presence of a subject; finds the key by the token's {@code kid}.
     */
    static final class Rs256Verifier {

        private final JwtConsumerBuilder builder;

        Rs256Verifier(String issuer, String audience, Function<String, Optional<? extends PublicKey>> keys) {
            builder = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireSubject()
                    .setExpectedIssuer(issuer)
                    .setExpectedAudience(audience)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setVerificationKeyResolver((jws, nesting) -> keys.apply(jws.getKeyIdHeaderValue())
                            .orElseThrow(() -> new UnresolvableKeyException("unknown key id")));
        }

        /** The token's claims (numbers as {@code Long}, arrays as lists), if it is valid at {@code now}. */
        Map<String, Object> verify(String token, Instant now) throws InvalidTokenException {
            JwtConsumer consumer;
            synchronized (builder) {
                consumer = builder.setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond())).build();
            }
            try {
                return consumer.processToClaims(token).getClaimsMap();
            } catch (InvalidJwtException e) {
                throw new InvalidTokenException(e.hasExpired() ? "The token has expired" : "The token is invalid");
            }
        }
    }
}
