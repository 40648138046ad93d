package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.platform.control.ApiException.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real Jackson failures from the server's mapper, turned into 400 bodies. */
class JsonErrorMapperTest {

    private static final String ROLES = "EVENTS, VISITOR, WAREHOUSE, ALL";

    public record Probe(String name, Role role, int count, boolean active, List<String> tags) {
    }

    public record Wrapper(List<Probe> items) {
    }


    private static ErrorBody map(String json, Class<?> type) {
        JsonProcessingException exception = assertThrows(JsonProcessingException.class,
                () -> JacksonConfiguration.MAPPER.readValue(json, type));
        Response response = new JsonErrorMapper().toResponse(exception);
        assertEquals(400, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        ErrorBody body = assertInstanceOf(ErrorBody.class, response.getEntity());
        assertEquals(400, body.status());
        return body;
    }

    private static void assertField(ErrorBody body, String field, String problem) {
        assertEquals(field + ": " + problem, body.message());
        assertEquals(List.of(new FieldError(field, problem)), body.errors());
    }

    @Test
    void malformedJsonGivesTheParserFirstLine() {
        for (String json : List.of("{\"name\": ", "{name: \"x\"}", "{\"name\": \"x\",}", "not json")) {
            ErrorBody body = map(json, Probe.class);
            assertTrue(body.message().startsWith("Malformed JSON: "), body.message());
            assertTrue(body.message().length() > "Malformed JSON: ".length(), body.message());
            assertFalse(body.message().contains("\n"), body.message());
            assertTrue(body.errors().isEmpty());
        }
        assertTrue(map("{name: \"x\"}", Probe.class).message().contains("double-quote"));
    }

    @Test
    void numberOrBooleanWhereAStringBelongs() {
        assertField(map("{\"name\": 42}", Probe.class), "name", "must be a string");
        assertField(map("{\"name\": true}", Probe.class), "name", "must be a string");
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        ErrorBody body = map("{\"role\": \"ADMIN\"}", Probe.class);
        assertTrue(body.message().startsWith("role: "), body.message());
        assertField(body, "role", "unknown value \"ADMIN\", expected one of " + ROLES);
    }

    @Test
    void enumAsNumberIsRefused() {
        assertField(map("{\"role\": 1}", Probe.class), "role", "unknown value \"1\", expected one of " + ROLES);
    }

    @Test
    void wrongScalarTypes() {
        assertField(map("{\"count\": \"abc\"}", Probe.class), "count", "must be a number");
        assertField(map("{\"active\": \"yes\"}", Probe.class), "active", "must be true or false");
        assertField(map("{\"tags\": \"x\"}", Probe.class), "tags", "must be an array");
    }

    @Test
    void missingPrimitiveIsRefused() {
        assertField(map("{\"name\": \"x\", \"active\": true}", Probe.class), "count", "must be a number");
    }

    @Test
    void pathsIntoArraysAndNestedObjects() {
        assertField(map("{\"tags\": [\"a\", 1]}", Probe.class), "tags[1]", "must be a string");
        String json = "{\"items\": [{\"name\": \"ok\", \"count\": 1, \"active\": true}, {\"name\": 5}]}";
        assertField(map(json, Wrapper.class), "items[1].name", "must be a string");
    }

    @Test
    void wrongShapeAtTheRootHasNoField() {
        ErrorBody body = map("[1, 2]", Probe.class);
        assertEquals("The request body must be a JSON object of the documented shape", body.message());
        assertTrue(body.errors().isEmpty());
    }
}
