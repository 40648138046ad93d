package com.workgate.auth.crypto.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for secrets that must be read back in raw form (HMAC and SHA-1 keys).
 * Stored form: {@code <master key id>:<base64(iv | ciphertext | tag)>}.
 */
@ApplicationScoped
public class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();

    @Inject
    MasterKeys masterKeys;

    public String encrypt(String plaintext) {
        return encrypt(masterKeys.currentId(), masterKeys.current(), plaintext);
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("stored secret has no master key id");
        }
        String keyId = stored.substring(0, colon);
        SecretKey key = masterKeys.byId(keyId).orElseThrow(() -> new IllegalStateException(
                "secret is encrypted under master key " + keyId + ", which is not configured"));
        return decrypt(key, stored.substring(colon + 1));
    }

    /** True when the stored value was encrypted under an older master key and should be re-encrypted. */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith(masterKeys.currentId() + ":");
    }

    String encrypt(String keyId, SecretKey key, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private String decrypt(SecretKey key, String base64) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(MasterKeys.fingerprint(key).getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored secret cannot be decrypted", e);
        }
    }
}
