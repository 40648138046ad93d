package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A form body becomes the JSON object the TimeClock validation reads, as Yii loads either into its model. */
class FormFieldsTest {

    private static JsonNode form(String body) {
        return FormFields.toJson(body, StandardCharsets.UTF_8);
    }

    @Test
    void fieldsBecomeTextThatTheValidationReadsLikeJson() {
        JsonNode body = form("clockIn=1762070400&clockOut=&note=Caf%C3%A9+meeting");
        assertEquals("{\"clockIn\":\"1762070400\",\"clockOut\":\"\",\"note\":\"Café meeting\"}", body.toString());
        assertEquals(1762070400L, JsonInput.integer(body, "clockIn", "Clock In"));
        assertEquals(null, JsonInput.integer(body, "clockOut", "Clock Out"), "an empty field is no value, as in JSON");
        assertEquals("Café meeting", JsonInput.string(body, "note", "Note", 255));
    }

    @Test
    void theSameMessagesAsForJson() {
        FieldValidationException problem = assertThrows(FieldValidationException.class,
                () -> JsonInput.integer(form("clockIn=soon"), "clockIn", "Clock In"));
        assertEquals("Clock In must be an integer.", problem.error().message());
    }

    @Test
    void bracketedNamesAreListsAndARepeatedNameKeepsTheLastAsPhpDoes() {
        assertEquals("{\"ids\":[\"1\",\"2\"],\"pin\":\"2\"}", form("ids[]=1&pin=1&ids[]=2&pin=2").toString());
    }

    @Test
    void anEmptyBodyIsAnEmptyObjectAndBrokenEncodingIsRefused() {
        assertEquals("{}", form("").toString());
        assertEquals("{\"flag\":\"\"}", form("flag&&").toString());
        assertThrows(IllegalArgumentException.class, () -> form("note=%zz"));
    }
}
