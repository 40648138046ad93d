package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String idAndSecret) {
        return "Basic " + Base64.getEncoder().encodeToString(idAndSecret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void idAndSecretSplitAtTheFirstColon() {
        assertEquals(Optional.of(new BasicCredentials("key", "se:cret")), BasicCredentials.parse(basic("key:se:cret")));
    }

    @Test
    void undecodableOrIncompleteCredentialsAreNone() {
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":secret")).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer x").isEmpty());
    }

    @Test
    void aNulCharacterNeverReachesTheKeyLookUp() {
        assertTrue(BasicCredentials.parse(basic("ke\0y:secret")).isEmpty());
        assertTrue(BasicCredentials.parse(basic("key:sec\0ret")).isEmpty());
    }
}
