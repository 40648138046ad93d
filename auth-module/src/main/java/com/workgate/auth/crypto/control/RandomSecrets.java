package com.workgate.auth.crypto.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Random values handed out as credentials. */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KEY_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".toCharArray();

    private RandomSecrets() {
    }

    /** 256 bits, URL-safe base64 without padding (43 characters). */
    public static String apiSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** A TimeClock key: 20 characters of A–Z a–z 0–9 _ -, as the original app makes them. */
    public static String timeClockKey() {
        StringBuilder key = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
        }
        return key.toString();
    }

    /** {@code count} random decimal digits. */
    public static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }
}
