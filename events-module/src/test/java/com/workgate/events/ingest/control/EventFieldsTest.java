package com.workgate.events.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode event(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static String problem(Executable read) {
        return assertThrows(InvalidEvent.class, read::run).getMessage();
    }

    private interface Executable {
        void run() throws Exception;
    }

    @Test
    void aTimestampOutsideTheDateBoundsIsInvalid() throws Exception {
        assertEquals(Instant.parse("2026-11-23T08:59:12Z"),
                EventFields.requiredTimestamp(event("{\"t\": \"2026-11-23T09:59:12+01:00\"}"), "t"));
        for (String outside : new String[]{"+99999-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z"}) {
            assertEquals("t: must be between 2000-01-01 and 2099-12-31",
                    problem(() -> EventFields.requiredTimestamp(event("{\"t\": \"" + outside + "\"}"), "t")), outside);
        }
    }

    @Test
    void aDateOutsideTheDateBoundsIsInvalid() throws Exception {
        assertEquals(LocalDate.of(2099, 12, 31), EventFields.requiredDate(event("{\"d\": \"2099-12-31\"}"), "d"));
        assertEquals("d: must be between 2000-01-01 and 2099-12-31",
                problem(() -> EventFields.requiredDate(event("{\"d\": \"0000-01-01\"}"), "d")));
    }

    @Test
    void textFieldsRefuseEveryOtherJsonType() {
        for (String value : new String[]{"true", "5", "1.5", "[\"a\"]", "{}"}) {
            assertEquals("f: must be a string", problem(() -> EventFields.optionalText(event("{\"f\": " + value + "}"), "f", 10)),
                    value);
        }
        assertEquals("f: is required", problem(() -> EventFields.requiredText(event("{\"f\": null}"), "f", 10)));
    }

    @Test
    void anOptionalEmailMustBeAnAddressWhenGiven() throws Exception {
        assertEquals("vi@example.com", EventFields.optionalEmail(event("{\"e\": \"vi@example.com\"}"), "e", 254));
        assertEquals(null, EventFields.optionalEmail(event("{}"), "e", 254));
        assertEquals("e: \"vi@\" is not an email address",
                problem(() -> EventFields.optionalEmail(event("{\"e\": \"vi@\"}"), "e", 254)));
    }

    @Test
    void aTextWithANulCharacterIsInvalid() {
        assertEquals("f: must not contain the NUL character (\\u0000)",
                problem(() -> EventFields.optionalText(event("{\"f\": \"a\\u0000b\"}"), "f", 10)));
    }

    @Test
    void aUserIdIsANumberOrAStringAndAStringThatIsNoIdOfOursNamesNobody() throws Exception {
        assertEquals(42L, EventFields.optionalUserId(event("{\"userId\": 42}"), "userId"));
        assertEquals(42L, EventFields.optionalUserId(event("{\"userId\": \"42\"}"), "userId"));
        assertEquals(EventFields.NO_SUCH_USER, EventFields.optionalUserId(event("{\"uid\": \"ABC123HGbghdhdI\"}"), "uid"));
        assertEquals(EventFields.NO_SUCH_USER, EventFields.optionalUserId(event("{\"userId\": \"99999999999999999999\"}"), "userId"));
        assertEquals(null, EventFields.optionalUserId(event("{\"userId\": \"\"}"), "userId"), "an empty id is no id");
        assertEquals(null, EventFields.optionalUserId(event("{}"), "userId"));
        assertEquals("userId: must be a user id (a string or a whole number)",
                problem(() -> EventFields.optionalUserId(event("{\"userId\": true}"), "userId")));
        assertEquals("userId: must be a user id (a string or a whole number)",
                problem(() -> EventFields.optionalUserId(event("{\"userId\": 1.5}"), "userId")));
    }
}
