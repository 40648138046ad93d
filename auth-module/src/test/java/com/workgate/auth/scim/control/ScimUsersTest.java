package com.workgate.auth.scim.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.workgate.auth.user.entity.User;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimUsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI BASE = URI.create("http://localhost/scim/v2/");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static User ada() {
        User user = new User(null, Instant.parse("2026-11-30T10:00:00Z"));
        user.setEmail("ada@example.com");
        user.setUserName("Ada@Example.com");
        user.setFirstName("Ada");
        user.setLastName("Lovelace");
        return user;
    }

    @Test
    void showsAPersonAsAScimUserWithTheEnterpriseExtension() {
        ObjectNode shown = ScimUsers.represent(ada(), Map.of("department", "Sales", "costcenter", "4711", "manager", "7"),
                List.of(), BASE);
        assertEquals("Ada@Example.com", shown.get("userName").asText());
        assertEquals("Lovelace", shown.get("name").get("familyName").asText());
        assertTrue(shown.get("active").asBoolean());
        assertEquals("ada@example.com", shown.get("emails").get(0).get("value").asText());
        JsonNode enterprise = shown.get(ScimUsers.ENTERPRISE);
        assertEquals("Sales", enterprise.get("department").asText());
        assertEquals("4711", enterprise.get("costCenter").asText());
        assertEquals("7", enterprise.get("manager").get("value").asText());
        assertTrue(shown.get("schemas").toString().contains(ScimUsers.ENTERPRISE));
        assertEquals("2026-11-30T10:00:00Z", shown.get("meta").get("created").asText());
        assertNull(ScimUsers.represent(ada(), Map.of(), List.of(), BASE).get(ScimUsers.ENTERPRISE), "no empty extension");
    }

    @Test
    void aPatchAppliesToTheShownUserAndReadsBackAsFields() throws Exception {
        GenericScimResource current = new GenericScimResource(ScimUsers.represent(ada(),
                Map.of("department", "Sales", "costcenter", "4711"), List.of(), BASE));
        ScimPatches.apply(ScimPatches.read(json("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
                  {"op": "replace", "path": "active", "value": false},
                  {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter", "value": "4712"},
                  {"op": "replace", "path": "name.givenName", "value": "Augusta"}]}""")), current);
        ScimUsers.Fields fields = ScimUsers.Fields.of(ScimUsers.read(current.getObjectNode()), "ada@example.com");
        assertFalse(fields.active());
        assertEquals("Augusta", fields.givenName());
        assertEquals("4712", fields.attributes().get("costCenter"));
        assertEquals("Sales", fields.attributes().get("department"));
        assertNull(fields.attributes().get("manager"), "absent means removed");
        assertEquals("ada@example.com", fields.email());
    }

    @Test
    void refusesWhatAPersonCannotBe() throws Exception {
        assertEquals("invalidValue", assertThrows(ScimError.class, () -> ScimUsers.Fields.of(ScimUsers.read(json(
                "{\"name\": {\"givenName\": \"A\", \"familyName\": \"B\"}}")), null)).scimType());
        assertEquals("invalidValue", assertThrows(ScimError.class, () -> ScimUsers.Fields.of(ScimUsers.read(json(
                "{\"userName\": \"a@example.com\"}")), null)).scimType());
        assertEquals("invalidValue", assertThrows(ScimError.class, () -> ScimUsers.Fields.of(ScimUsers.read(json(
                "{\"userName\": \"ann\", \"name\": {\"givenName\": \"A\", \"familyName\": \"B\"}}")), null)).scimType());
        assertEquals("invalidValue", assertThrows(ScimError.class, () -> ScimUsers.Fields.of(ScimUsers.read(json(
                "{\"userName\": \"a@example.com\", \"name\": {\"givenName\": \"A\", \"familyName\": \"B\"}, \""
                        + ScimUsers.ENTERPRISE + "\": {\"department\": \"" + "d".repeat(101) + "\"}}")), null)).scimType());
        assertEquals("invalidSyntax", assertThrows(ScimError.class, () -> ScimUsers.read(json("[1]"))).scimType());
        assertEquals("invalidSyntax", assertThrows(ScimError.class, () -> ScimUsers.read(json(
                "{\"userName\": \"a\", \"emails\": \"not a list\"}"))).scimType());
        assertEquals("invalidSyntax", assertThrows(ScimError.class, () -> ScimPatches.read(json(
                "{\"Operations\": [{\"op\": \"explode\", \"path\": \"active\"}]}"))).scimType());
        ScimUsers.Fields fallback = ScimUsers.Fields.of(ScimUsers.read(json(
                "{\"userName\": \"Bob@Example.com\", \"name\": {\"givenName\": \"B\", \"familyName\": \"C\"}}")), null);
        assertEquals("Bob@Example.com", fallback.email(), "the userName is the email when no email is given");
    }

    @Test
    void entraIdStylePatchesWork() throws Exception {
        GenericScimResource current = new GenericScimResource(ScimUsers.represent(ada(), Map.of(), List.of(), BASE));
        ScimPatches.apply(ScimPatches.read(json("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
                  {"op": "Replace", "path": "active", "value": "False"},
                  {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Ops"}]}""")),
                current);
        ScimUsers.Fields fields = ScimUsers.Fields.of(ScimUsers.read(current.getObjectNode()), "ada@example.com");
        assertFalse(fields.active());
        assertEquals("Ops", fields.attributes().get("department"));
    }
}
