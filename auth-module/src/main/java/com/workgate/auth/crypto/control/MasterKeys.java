package com.workgate.auth.crypto.control;

import com.workgate.auth.platform.control.WorkgateDirectories;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master keys that secrets at rest are encrypted under. The current key encrypts; it and the previous
 * keys (while a rotation is under way) decrypt. A key is named by a fingerprint of itself, so every
 * ciphertext says which key it needs without the database holding anything about the key.
 */
@ApplicationScoped
public class MasterKeys {

    private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());
    private static final int KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "workgate.master.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "workgate.master.previous-keys")
    Optional<List<String>> previousKeys;

    private String currentId;
    private final Map<String, SecretKey> keysById = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        SecretKey current = configuredKey.filter(k -> !k.isBlank())
                .map(k -> decode(k, "WORKGATE_MASTER_KEY"))
                .orElseGet(MasterKeys::developmentKey);
        currentId = fingerprint(current);
        keysById.put(currentId, current);
        for (String previous : previousKeys.orElse(List.of())) {
            SecretKey key = decode(previous, "WORKGATE_MASTER_PREVIOUS_KEYS");
            keysById.putIfAbsent(fingerprint(key), key);
        }
    }

    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return keysById.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keysById.get(id));
    }

    public List<String> knownIds() {
        return new ArrayList<>(keysById.keySet());
    }

    static SecretKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be 256 bits (32 bytes, base64), got " + raw.length + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    static String fingerprint(SecretKey key) {
        return HexFormat.of().formatHex(Hmacs.sha256(key.getEncoded()), 0, 4);
    }

    private static SecretKey developmentKey() {
        Path file = WorkgateDirectories.dataDirectory().resolve("master.key");
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(raw);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            }
            LOG.warning("""

                    ************************************************************************
                    WORKGATE_MASTER_KEY is not set: secrets are encrypted under a development
                    master key kept in %s.
                    Anyone who can read that file and the database can read every secret.
                    In production set WORKGATE_MASTER_KEY (base64 of 32 random bytes).
                    ************************************************************************""".formatted(file));
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }
}
