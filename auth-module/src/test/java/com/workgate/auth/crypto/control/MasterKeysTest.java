package com.workgate.auth.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterKeysTest {

    private static MasterKeys load(String current, List<String> previous) {
        MasterKeys keys = new MasterKeys();
        keys.configuredKey = Optional.of(current);
        keys.previousKeys = Optional.ofNullable(previous);
        keys.load();
        return keys;
    }

    @Test
    void currentKeyIsNamedByItsFingerprint() {
        String a = SecretCipherTest.base64Key(1);
        MasterKeys keys = load(a, null);
        assertTrue(keys.currentId().matches("[0-9a-f]{8}"), keys.currentId());
        assertEquals(keys.currentId(), MasterKeys.fingerprint(keys.current()));
        assertEquals(List.of(keys.currentId()), keys.knownIds());
        assertEquals(keys.current(), keys.byId(keys.currentId()).orElseThrow());
        assertEquals(32, keys.current().getEncoded().length);
        assertEquals(keys.currentId(), load(" " + a + "\n", null).currentId(), "surrounding whitespace is ignored");
        assertNotEquals(keys.currentId(), load(SecretCipherTest.base64Key(2), null).currentId());
    }

    @Test
    void previousKeysAreKnownButDoNotEncrypt() {
        String a = SecretCipherTest.base64Key(1);
        String b = SecretCipherTest.base64Key(2);
        MasterKeys keys = load(b, List.of(a, b));
        String idA = load(a, null).currentId();
        assertEquals(List.of(keys.currentId(), idA), keys.knownIds());
        assertTrue(keys.byId(idA).isPresent());
        assertTrue(keys.byId("00000000").isEmpty());
    }

    @Test
    void keyOfTheWrongLengthIsRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(short16, null));
        assertTrue(e.getMessage().contains("WORKGATE_MASTER_KEY"), e.getMessage());
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> load(Base64.getEncoder().encodeToString(new byte[33]), null));
    }

    @Test
    void invalidBase64IsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load("not*base64!", null));
        assertTrue(e.getMessage().contains("not valid base64"), e.getMessage());
    }

    @Test
    void badPreviousKeyIsRefusedNamingItsSource() {
        String a = SecretCipherTest.base64Key(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(a, List.of("%%%")));
        assertTrue(e.getMessage().contains("WORKGATE_MASTER_PREVIOUS_KEYS"), e.getMessage());
    }
}
