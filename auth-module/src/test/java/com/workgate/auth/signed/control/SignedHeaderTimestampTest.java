package com.workgate.auth.signed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedHeaderTimestampTest {

    private static final Instant NOON = Instant.parse("2023-02-11T12:00:00Z");

    @Test
    void theThreeFormsClientsSendNameTheSameInstant() {
        assertEquals(Optional.of(NOON), SignedHeaderTimestamp.parse("2023-02-11T12:00:00Z"));
        assertEquals(Optional.of(NOON), SignedHeaderTimestamp.parse(String.valueOf(NOON.getEpochSecond())));
        assertEquals(Optional.of(NOON), SignedHeaderTimestamp.parse("Sat, 11 Feb 2023 12:00:00 GMT"));
        assertEquals(Optional.of(NOON), SignedHeaderTimestamp.parse("2023-02-11T13:00:00+01:00"));
    }

    @Test
    void anythingElseIsNoTimestamp() {
        for (String bad : new String[]{null, "", "yesterday", "2023-02-11", "2023-02-11 12:00:00", "1e9", "x".repeat(100)}) {
            assertTrue(SignedHeaderTimestamp.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void theSignedMessageIsAccountKeyAndTheRawTimestamp() {
        String message = SignedHeaderTimestamp.message("acme", "KEY-1", "Sat, 11 Feb 2023 12:00:00 GMT");
        assertEquals("acme:KEY-1@Sat, 11 Feb 2023 12:00:00 GMT", message);
    }
}
