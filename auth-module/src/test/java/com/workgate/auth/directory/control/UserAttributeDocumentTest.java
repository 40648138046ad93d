package com.workgate.auth.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workgate.auth.platform.control.ApiException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAttributeDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UserAttributeDocument.Read read(String json) throws Exception {
        return UserAttributeDocument.read(JSON.readTree(json));
    }

    @Test
    void valuesAreTextAndNullOrBlankRemoves() throws Exception {
        UserAttributeDocument.Read read = read("""
                {"userAttributes": [{"userName": "ann@example.com",
                  "attributes": {"department": "Sales", "costCenter": 4711, "remote": true, "title": null, "floor": " "}}]}""");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("department", "Sales");
        expected.put("costCenter", "4711");
        expected.put("remote", "true");
        expected.put("title", null);
        expected.put("floor", null);
        assertEquals(expected, read.entries().get(0).attributes());
        assertEquals("ann@example.com", read.entries().get(0).userName());
        assertNull(read.refused().get(0));
    }

    @Test
    void aBadEntryGetsItsOwnResultAndTheOthersRead() throws Exception {
        UserAttributeDocument.Read read = read("""
                {"userAttributes": [
                  {"userName": "a@example.com", "attributes": {"department": "Sales"}},
                  {"attributes": {"department": "Sales"}},
                  {"userName": "c@example.com"},
                  {"userName": "d@example.com", "attributes": {"department": {"name": "Sales"}}},
                  {"userName": "e@example.com", "attributes": {"Department": "A", "department": "B"}},
                  {"userName": 7, "attributes": {}},
                  "f@example.com"]}""");
        assertEquals(7, read.entries().size());
        assertEquals("a@example.com", read.entries().get(0).userName());
        List<String> refused = read.refused().stream().map(r -> r == null ? null : r.resultCode() + " " + r.message()).toList();
        assertEquals(Arrays.asList(null, "3 userName: is required", "3 attributes: is required",
                "3 attributes.department: must be a string, number, boolean or null",
                "3 attributes.department: is given twice (names ignore case)", "3 userName: must be a string",
                "3 userAttributes[6]: must be an object"), refused);
        assertEquals("c@example.com", read.refused().get(2).userName());
    }

    @Test
    void lengthsFollowTheColumns() throws Exception {
        String longValue = "v".repeat(201);
        UserAttributeDocument.Read read = read("{\"userAttributes\": [{\"userName\": \"a\", \"attributes\": {\"x\": \""
                + longValue + "\"}}, {\"userName\": \"a\", \"attributes\": {\"x\": \"" + "v".repeat(200) + "\"}}]}");
        assertEquals("attributes.x: is longer than 200 characters", read.refused().get(0).message());
        assertNull(read.refused().get(1));
    }

    @Test
    void tooManyAttributesOfOnePersonAreRefused() throws Exception {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode attributes = document.putArray("userAttributes").addObject().put("userName", "a").putObject("attributes");
        for (int i = 0; i <= UserAttributeDocument.MAX_ATTRIBUTES; i++) {
            attributes.put("a" + i, "v");
        }
        assertEquals(3, UserAttributeDocument.read(document).refused().get(0).resultCode());
    }

    @Test
    void aMalformedDocumentIsRefusedWhole() throws Exception {
        assertEquals("userAttributes: is required", assertThrows(ApiException.class, () -> read("{}")).getMessage());
        assertEquals("userAttributes: must be an array",
                assertThrows(ApiException.class, () -> read("{\"userAttributes\": 1}")).getMessage());
        ObjectNode document = JSON.createObjectNode();
        ArrayNode entries = document.putArray("userAttributes");
        for (int i = 0; i <= UserAttributeDocument.MAX_ENTRIES; i++) {
            entries.addObject().put("userName", "u" + i).putObject("attributes");
        }
        assertEquals(400, assertThrows(ApiException.class, () -> UserAttributeDocument.read(document)).status());
    }

    @Test
    void personResolutionPrefersExactEmailThenExactUserNameThenOneCaseInsensitiveMatch() {
        DirectoryPerson ann = new DirectoryPerson(1, "ann@example.com", "ANN@corp.example");
        DirectoryPerson bob = new DirectoryPerson(2, "Bob@example.com", null);
        DirectoryPerson bob2 = new DirectoryPerson(3, "bob@example.com", null);
        List<DirectoryPerson> people = List.of(ann, bob, bob2);
        assertEquals(1L, DirectoryPerson.resolve("ann@example.com", people));
        assertEquals(1L, DirectoryPerson.resolve("ANN@corp.example", people));
        assertEquals(1L, DirectoryPerson.resolve("ann@CORP.example", people));
        assertEquals(2L, DirectoryPerson.resolve("Bob@example.com", people));
        assertNull(DirectoryPerson.resolve("BOB@EXAMPLE.COM", people), "two people match ignoring case");
        assertNull(DirectoryPerson.resolve("carl@example.com", people));
        assertNull(DirectoryPerson.resolve("x", new HashMap<Long, DirectoryPerson>().values().stream().toList()));
    }
}
