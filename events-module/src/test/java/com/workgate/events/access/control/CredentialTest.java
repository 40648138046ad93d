package com.workgate.events.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.events.ingest.control.InvalidEvent;
import org.junit.jupiter.api.Test;

class CredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Credential read(String json) throws Exception {
        return Credential.read(JSON.readTree(json), 0);
    }

    private static String problem(String json) {
        return assertThrows(InvalidEvent.class, () -> read(json)).getMessage();
    }

    @Test
    void aWellTypedCardIsReadWithItsScanDataAsJsonText() throws Exception {
        Credential card = read("{\"cardNumber\": \"C1\", \"facilityCode\": \"7\", \"credentialType\": \"badge\","
                + " \"active\": false, \"scanData\": [\"a1\", \"b2\"]}");
        assertEquals(new Credential("C1", "7", "badge", false, "[\"a1\",\"b2\"]"), card);
        assertEquals(new Credential("C2", null, null, true, null), read("{\"cardNumber\": \"C2\"}"), "active by default");
    }

    @Test
    void aCardNumberThatIsNotANonBlankStringIsRefused() {
        for (String value : new String[]{"null", "true", "12345", "[\"C1\"]", "{}", "\"  \""}) {
            assertTrue(problem("{\"cardNumber\": " + value + "}").startsWith("cardNumber: "), value);
        }
        assertTrue(problem("{}").startsWith("cardNumber: "));
        assertEquals("cardNumber: is longer than 100 characters", problem("{\"cardNumber\": \"" + "c".repeat(101) + "\"}"));
    }

    @Test
    void everyOtherFieldIsTypeCheckedToo() {
        assertEquals("active: must be true or false", problem("{\"cardNumber\": \"C\", \"active\": \"yes\"}"));
        assertEquals("active: must be true or false", problem("{\"cardNumber\": \"C\", \"active\": 1}"));
        assertEquals("scanData: must be an array of strings", problem("{\"cardNumber\": \"C\", \"scanData\": \"abc\"}"));
        assertEquals("scanData: must be an array of strings", problem("{\"cardNumber\": \"C\", \"scanData\": [1]}"));
        assertEquals("facilityCode: must be a string", problem("{\"cardNumber\": \"C\", \"facilityCode\": true}"));
        assertEquals("credentialType: must be a string", problem("{\"cardNumber\": \"C\", \"credentialType\": 5}"));
        assertEquals("facilityCode: is longer than 100 characters",
                problem("{\"cardNumber\": \"C\", \"facilityCode\": \"" + "f".repeat(101) + "\"}"));
        assertEquals("credentials[0]: must be an object", assertThrows(InvalidEvent.class,
                () -> Credential.read(JSON.readTree("\"C\""), 0)).getMessage());
    }
}
