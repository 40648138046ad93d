package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonConfigurationTest {

    record Named(String name, List<String> tags, Map<String, String> plan) {
    }

    @Test
    void textIsReadAsBefore() throws Exception {
        assertEquals(new Named("Ada", List.of("a"), Map.of("mon", "o")), JacksonConfiguration.MAPPER.readValue(
                "{\"name\": \"Ada\", \"tags\": [\"a\"], \"plan\": {\"mon\": \"o\"}}", Named.class));
    }

    @Test
    void aNulCharacterInAnyTextIsRefusedNamingTheField() {
        for (String json : new String[]{"{\"name\": \"a\\u0000b\"}", "{\"tags\": [\"\\u0000\"]}", "{\"plan\": {\"mon\": \"\\u0000\"}}"}) {
            InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                    () -> JacksonConfiguration.MAPPER.readValue(json, Named.class), json);
            assertEquals("must not contain the NUL character (\\u0000)", refused.getOriginalMessage(), json);
        }
        InvalidFormatException named = assertThrows(InvalidFormatException.class,
                () -> JacksonConfiguration.MAPPER.readValue("{\"name\": \"\\u0000\"}", Named.class));
        assertEquals("name", JsonErrorMapper.fieldPath(named.getPath()));
    }
}
