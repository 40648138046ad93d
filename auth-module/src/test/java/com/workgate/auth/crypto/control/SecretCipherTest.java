package com.workgate.auth.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY_A = base64Key(1);
    private static final String KEY_B = base64Key(2);
    private static final String SECRET = "hmac-secret-0123456789abcdef-ünïcode";

    static String base64Key(int seed) {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(raw);
    }

    static MasterKeys masterKeys(String current, String... previous) {
        MasterKeys keys = new MasterKeys();
        keys.configuredKey = Optional.of(current);
        keys.previousKeys = previous.length == 0 ? Optional.empty() : Optional.of(List.of(previous));
        keys.load();
        return keys;
    }

    static SecretCipher cipher(MasterKeys keys) {
        SecretCipher cipher = new SecretCipher();
        cipher.masterKeys = keys;
        return cipher;
    }

    @Test
    void roundTrip() {
        SecretCipher cipher = cipher(masterKeys(KEY_A));
        String stored = cipher.encrypt(SECRET);
        assertEquals(SECRET, cipher.decrypt(stored));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
    }

    @Test
    void storedFormIsKeyIdColonBase64AndHidesThePlaintext() {
        MasterKeys keys = masterKeys(KEY_A);
        String stored = cipher(keys).encrypt(SECRET);
        assertTrue(stored.startsWith(keys.currentId() + ":"), stored);
        String body = stored.substring(stored.indexOf(':') + 1);
        // 12 bytes IV + ciphertext (same length as the UTF-8 plaintext) + 16 bytes tag
        assertEquals(12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16, Base64.getDecoder().decode(body).length);
        assertFalse(stored.contains(SECRET));
        assertFalse(stored.contains("hmac-secret"));
        assertFalse(stored.contains(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8))));
        assertFalse(new String(Base64.getDecoder().decode(body), StandardCharsets.ISO_8859_1).contains("hmac-secret"));
    }

    @Test
    void twoEncryptionsOfTheSameTextDiffer() {
        SecretCipher cipher = cipher(masterKeys(KEY_A));
        String first = cipher.encrypt(SECRET);
        String second = cipher.encrypt(SECRET);
        assertNotEquals(first, second);
        assertEquals(cipher.decrypt(first), cipher.decrypt(second));
    }

    @Test
    void tamperingAnyPartOfTheCiphertextIsDetected() {
        SecretCipher cipher = cipher(masterKeys(KEY_A));
        String stored = cipher.encrypt(SECRET);
        int colon = stored.indexOf(':');
        // a character in the IV, in the ciphertext, in the tag, and in the key id
        int[] positions = {colon + 3, colon + 25, stored.length() - 6, 0};
        for (int position : positions) {
            char c = stored.charAt(position);
            char other = position < colon ? (c == '0' ? '1' : '0') : (c == 'A' ? 'B' : 'A');
            String tampered = stored.substring(0, position) + other + stored.substring(position + 1);
            assertNotEquals(stored, tampered);
            assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered), "tampered at " + position);
        }
    }

    @Test
    void storedValueWithoutKeyIdOrWithBrokenBase64IsRefused() {
        SecretCipher cipher = cipher(masterKeys(KEY_A));
        String stored = cipher.encrypt(SECRET);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored.substring(stored.indexOf(':') + 1)));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored + "!"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored.substring(0, stored.length() - 4)));
    }

    @Test
    void rotationDecryptsUnderThePreviousKeyAndAsksForReencryption() {
        String underA = cipher(masterKeys(KEY_A)).encrypt(SECRET);

        MasterKeys rotated = masterKeys(KEY_B, KEY_A);
        SecretCipher cipherB = cipher(rotated);
        assertEquals(SECRET, cipherB.decrypt(underA));
        assertTrue(cipherB.needsReencryption(underA));

        String underB = cipherB.encrypt(cipherB.decrypt(underA));
        assertFalse(cipherB.needsReencryption(underB));
        assertTrue(underB.startsWith(rotated.currentId() + ":"));
        assertNotEquals(underA.substring(0, underA.indexOf(':')), rotated.currentId());
        assertEquals(SECRET, cipherB.decrypt(underB));
    }

    @Test
    void withoutThePreviousKeyOldSecretsCannotBeDecrypted() {
        String underA = cipher(masterKeys(KEY_A)).encrypt(SECRET);
        SecretCipher onlyB = cipher(masterKeys(KEY_B));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> onlyB.decrypt(underA));
        assertTrue(e.getMessage().contains(underA.substring(0, underA.indexOf(':'))), e.getMessage());
        assertTrue(onlyB.needsReencryption(underA));
    }
}
