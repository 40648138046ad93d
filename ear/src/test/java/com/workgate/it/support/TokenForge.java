package com.workgate.it.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Mints tokens with the server's own current signing key, read from the database and decrypted with the test
 * master key: the only way to make an expired or foreign-issuer token whose signature is valid.
 */
public final class TokenForge {

    public record SigningKey(String kid, PrivateKey privateKey) {
    }

    private TokenForge() {
    }

    public static SigningKey newestSigningKey() throws Exception {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select kid, private_key from signing_key where retired_at is null order by created_at desc")) {
            if (!row.next()) {
                throw new AssertionError("no signing key");
            }
            String pkcs8 = decrypt(row.getString(2));
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
            return new SigningKey(row.getString(1), key);
        }
    }

    public static String sign(JwtClaims claims, SigningKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static String decrypt(String stored) throws Exception {
        int colon = stored.indexOf(':');
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(System.getProperty("workgate.master.key")), "AES"),
                new GCMParameterSpec(128, all, 0, 12));
        cipher.updateAAD(stored.substring(0, colon).getBytes(StandardCharsets.US_ASCII));
        return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    }
}
