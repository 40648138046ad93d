package com.workgate.auth.crypto.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The MACs and digests the three protocols sign with, and the one way we compare them. */
public final class Hmacs {

    private static final HexFormat HEX = HexFormat.of();

    private Hmacs() {
    }

    public static byte[] hmacSha256(byte[] key, byte[] message) {
        return mac("HmacSHA256", key, message);
    }

    public static byte[] hmacSha1(byte[] key, byte[] message) {
        return mac("HmacSHA1", key, message);
    }

    public static String hmacSha256Hex(String key, String message) {
        return HEX.formatHex(hmacSha256(key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8)));
    }

    public static String sha1Hex(String text) {
        return HEX.formatHex(digest("SHA-1", text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    /** Constant-time comparison of two hex strings, upper or lower case. */
    public static boolean hexEquals(String expectedHex, String givenHex) {
        if (expectedHex == null || givenHex == null) {
            return false;
        }
        byte[] expected = expectedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] given = givenHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] mac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            // HMAC pads the key with zeros, so an empty key is the same as one zero byte (which the JCE accepts).
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
