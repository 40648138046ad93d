package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The native provider signs the same bytes as the JDK's, and the JDK verifies them (linux-x86_64, as CI runs). */
class NativeRsaTest {

    private static KeyPair pair;

    @BeforeAll
    static void key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
    }

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "workgate");
        claims.put("aud", "workgate");
        claims.put("sub", "KEY-1");
        claims.put("groups", List.of("ALL"));
        claims.put("iat", 1_800_000_000L);
        claims.put("exp", 1_800_003_600L);
        return claims;
    }

    @Test
    void theSigningKeyIsHeldByTheNativeProvider() throws Exception {
        var held = NativeRsa.signingKey(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        assertNotSame(pair.getPrivate(), held);
        assertEquals(NativeRsa.PROVIDER_NAME, NativeRsa.providerFor(held));
        assertNull(NativeRsa.providerFor(pair.getPrivate()), "a JDK key is signed by the JDK's provider");
    }

    @Test
    void nativeAndJdkSignaturesAreTheSameBytesAndVerify() throws Exception {
        String jdk = Jose.signRs256(claims(), "kid-1", pair.getPrivate());
        String natively = Jose.signRs256(claims(), "kid-1",
                NativeRsa.signingKey(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded())));
        assertEquals(jdk, natively);
        var verifier = new Jose.Rs256Verifier("workgate", "workgate",
                kid -> Optional.of((RSAPublicKey) pair.getPublic()).filter(key -> kid.equals("kid-1")));
        assertEquals("KEY-1", verifier.verify(natively, Instant.ofEpochSecond(1_800_000_100L)).get("sub"));
    }
}
