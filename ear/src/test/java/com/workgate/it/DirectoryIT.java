package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Directory sync: the group hierarchy (replaced whole, refused whole), people's directory attributes placing them
 * in groups, and the warehouse's Groups read; roles, Basic twins, paging and tenancy.
 */
class DirectoryIT extends DeployedEar {

    private static final String HIERARCHY = "/v1/directory/groups/hierarchy";
    private static final String ATTRIBUTES = "/v1/directory/user-attributes";
    private static final String GROUPS = "/v1/analytics/groups";

    private static Map<String, Object> relationship(String group, String groupType, String parent, String parentType) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("group", group);
        entry.put("groupType", groupType);
        entry.put("parent", parent);
        entry.put("parentType", parentType);
        return entry;
    }

    private static Map<String, Object> hierarchy(Map<?, ?>... entries) {
        return Map.of("groupRelationships", List.of(entries));
    }

    private static Map<String, Object> person(String userName, Map<String, Object> attributes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("userName", userName);
        entry.put("attributes", attributes);
        return entry;
    }

    private static String keyToken(Tenant tenant, String role) {
        String[] key = tenant.createKey(client, role, "HMAC_ONLY");
        return client.token(key[0], key[1]);
    }

    /** The Groups read as "type/name -> parentType/parent (members)" lines, in the order the server gives. */
    private static List<String> groups(String token) {
        Answer answer = client.get(GROUPS, token);
        assertEquals(200, answer.status(), answer.toString());
        List<String> lines = new ArrayList<>();
        for (JsonNode group : answer.json()) {
            assertEquals(group.get("groupId").asText(), group.get("groupName").asText());
            lines.add(text(group.get("groupType")) + "/" + group.get("groupId").asText() + " -> "
                    + text(group.get("parentGroupType")) + "/" + text(group.get("parentGroupId"))
                    + " (" + group.get("memberCount").asLong() + ")");
        }
        return lines;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asText();
    }

    @Test
    void aHierarchyPutReplacesTheWholeHierarchyAndTheWarehouseReadsIt() {
        Tenant tenant = Tenant.create(client);
        String events = keyToken(tenant, "EVENTS");
        String warehouse = keyToken(tenant, "WAREHOUSE");

        Answer first = client.put(HIERARCHY, events, hierarchy(
                relationship("Marketing", "Division", null, null),
                relationship("Channel Marketing", "Department", "Marketing", "Division"),
                relationship("Brand", "Department", "Marketing", "Division"),
                relationship("Field Sales", "Department", "Sales", "Division")));
        assertEquals(200, first.status(), first.toString());
        assertEquals(5, first.json().get("groups").asInt(), "Sales, named only as a parent, becomes a top-level group");
        assertEquals(List.of("Department/Brand -> Division/Marketing (0)",
                "Department/Channel Marketing -> Division/Marketing (0)",
                "Department/Field Sales -> Division/Sales (0)",
                "Division/Marketing -> -/- (0)", "Division/Sales -> -/- (0)"), groups(warehouse));

        Answer second = client.put(HIERARCHY, events, hierarchy(relationship("Engineering", "Division", null, null),
                relationship("Platform", "Team", "Engineering", "Division")));
        assertEquals(200, second.status(), second.toString());
        assertEquals(List.of("Division/Engineering -> -/- (0)", "Team/Platform -> Division/Engineering (0)"),
                groups(warehouse), "nothing of the first hierarchy is left");
        Answer stored = client.get(HIERARCHY, events);
        assertEquals(200, stored.status(), stored.toString());
        assertEquals(2, stored.json().get("groupRelationships").size());

        assertEquals(200, client.put(HIERARCHY, events, hierarchy()).status());
        assertEquals(List.of(), groups(warehouse), "an empty hierarchy clears it");
    }

    @Test
    void concurrentPutsEachSucceedAndTheLastLeavesItsWholeHierarchy() throws Exception {
        Tenant tenant = Tenant.create(client);
        int writers = 6;
        List<Callable<Answer>> puts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<Map<?, ?>> entries = new ArrayList<>();
            entries.add(relationship("Root", "Company", null, null));
            for (int i = 0; i < 20; i++) {
                entries.add(relationship("W" + w + "-" + i, "Team", "Root", "Company"));
            }
            puts.add(() -> client.put(HIERARCHY, tenant.token(), Map.of("groupRelationships", entries)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (Future<Answer> answer : pool.invokeAll(puts)) {
                assertEquals(200, answer.get().status(), answer.get().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> teams = groups(tenant.token()).stream().filter(line -> line.startsWith("Team/")).toList();
        assertEquals(20, teams.size(), teams.toString());
        String writer = teams.get(0).substring("Team/".length(), teams.get(0).indexOf('-'));
        assertTrue(teams.stream().allMatch(line -> line.startsWith("Team/" + writer + "-")),
                "one writer's whole hierarchy, not a mix: " + teams);
    }

    @Test
    void aRefusedHierarchyNamesTheOffendingEntriesAndLeavesThePreviousOneIntact() {
        Tenant tenant = Tenant.create(client);
        String token = tenant.token();
        assertEquals(200, client.put(HIERARCHY, token, hierarchy(relationship("Root", "Company", null, null),
                relationship("A", "Team", "Root", "Company"))).status());
        List<String> before = groups(token);
        assertEquals(2, before.size(), before.toString());

        Answer circle = client.put(HIERARCHY, token, hierarchy(relationship("Root", "Company", null, null),
                relationship("A", "Team", "B", "Team"), relationship("B", "Team", "C", "Team"),
                relationship("C", "Team", "A", "Team")));
        assertEquals(400, circle.status(), circle.toString());
        assertEquals(400, circle.json().get("status").asInt());
        assertTrue(circle.message().contains("circular reference"), circle.toString());
        assertEquals("groupRelationships[1,2,3]", circle.json().get("errors").get(0).get("field").asText());
        assertEquals(before, groups(token), "the previous hierarchy is intact");

        Answer twoParents = client.put(HIERARCHY, token, hierarchy(relationship("X", "Team", "Root", "Company"),
                relationship("X", "Team", "Other", "Company")));
        assertEquals(400, twoParents.status(), twoParents.toString());
        assertTrue(twoParents.message().contains("team \"X\" has more than one parent"), twoParents.toString());
        assertEquals("groupRelationships[0,1]", twoParents.json().get("errors").get(0).get("field").asText());

        Answer halfNull = client.put(HIERARCHY, token, hierarchy(relationship("Y", "Team", "Root", null)));
        assertEquals(400, halfNull.status(), halfNull.toString());
        assertTrue(halfNull.message().contains("parent is given without parentType"), halfNull.toString());

        Answer notJson = client.send("PUT", HIERARCHY, token, "{\"groupRelationships\": [", Map.of());
        assertEquals(400, notJson.status(), notJson.toString());
        Answer missingType = client.put(HIERARCHY, token, Map.of("groupRelationships", List.of(Map.of("group", "Z"))));
        assertEquals(400, missingType.status(), missingType.toString());
        assertTrue(missingType.message().contains("groupRelationships[0]: groupType is required"), missingType.toString());
        assertEquals(before, groups(token), "no refused request changed anything");
    }

    @Test
    void attributesAreStoredPerEntryAndADepartmentPlacesThePersonInThatGroup() {
        Tenant tenant = Tenant.create(client);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String annEmail = "ann-" + suffix + "@example.com";
        tenant.createUser(client, annEmail);
        Answer bob = client.post("/v1/admin/users", tenant.token(), Map.of("email", "bob-" + suffix + "@example.com",
                "userName", "Bob." + suffix + "@corp.example", "firstName", "Bob", "lastName", "B",
                "primaryGroupId", "Finance"));
        assertEquals(201, bob.status(), bob.toString());
        String events = keyToken(tenant, "EVENTS");

        Answer written = client.post(ATTRIBUTES, events, Map.of("userAttributes", List.of(
                person(annEmail, Map.of("department", "Sales", "costCenter", "4711")),
                person("bob." + suffix + "@CORP.example", Map.of("Department", "Sales", "team", "Blue")),
                person("nobody-" + suffix + "@example.com", Map.of("department", "Sales")),
                person(annEmail, Map.of("department", List.of("Sales"))))));
        assertEquals(200, written.status(), written.toString());
        JsonNode results = written.json().get("results");
        assertEquals(4, results.size());
        assertEquals(0, results.get(0).get("resultCode").asInt(), results.toString());
        assertEquals(annEmail, results.get(0).get("userName").asText());
        assertEquals(0, results.get(1).get("resultCode").asInt(), "the UPN matches ignoring case: " + results);
        assertEquals(1, results.get(2).get("resultCode").asInt(), results.toString());
        assertEquals(3, results.get(3).get("resultCode").asInt(), results.toString());
        assertTrue(written.json().has("timestamp"));

        assertEquals(List.of("-/Finance -> -/- (0)", "department/Sales -> -/- (2)"), groups(tenant.token()),
                "team is no group type until a hierarchy names it; Bob's primaryGroupId names a group");

        assertEquals(200, client.put(HIERARCHY, events, hierarchy(relationship("Sales", "Department", null, null),
                relationship("Blue", "Team", "Sales", "Department"))).status());
        assertEquals(List.of("Department/Sales -> -/- (2)", "Team/Blue -> Department/Sales (1)", "-/Finance -> -/- (0)")
                .stream().sorted().toList(), groups(tenant.token()).stream().sorted().toList());

        Map<String, Object> removeDepartment = new HashMap<>();
        removeDepartment.put("department", null);
        Answer removed = client.post(ATTRIBUTES, events, Map.of("userAttributes",
                List.of(person(annEmail, removeDepartment))));
        assertEquals(0, removed.json().get("results").get(0).get("resultCode").asInt(), removed.toString());
        assertTrue(groups(tenant.token()).contains("Department/Sales -> -/- (1)"), groups(tenant.token()).toString());

        String bobUpn = "Bob." + suffix + "@corp.example";
        Answer removedAndSetAgain = client.post(ATTRIBUTES, events, Map.of("userAttributes",
                List.of(person(bobUpn, removeDepartment), person(bobUpn, Map.of("department", "Support")))));
        assertEquals(200, removedAndSetAgain.status(), removedAndSetAgain.toString());
        assertEquals(List.of(0, 0), List.of(removedAndSetAgain.json().get("results").get(0).get("resultCode").asInt(),
                removedAndSetAgain.json().get("results").get(1).get("resultCode").asInt()));
        List<String> regrouped = groups(tenant.token());
        assertTrue(regrouped.contains("Department/Sales -> -/- (0)") && regrouped.contains("Department/Support -> -/- (1)"),
                "the later entry of one request wins: " + regrouped);

        JsonNode users = client.get("/v1/analytics/users", tenant.token()).json();
        List<String> groupIds = groups(tenant.token()).stream().map(line -> line.substring(line.indexOf('/') + 1,
                line.indexOf(" -> "))).toList();
        for (JsonNode user : users) {
            if (!user.get("primaryGroupId").isNull()) {
                assertTrue(groupIds.contains(user.get("primaryGroupId").asText()), user + " in " + groupIds);
            }
        }

        Answer malformed = client.post(ATTRIBUTES, events, Map.of("userAttributes", "ann"));
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals("userAttributes: must be an array", malformed.message());
    }

    @Test
    void writesNeedAnEventsOrAllKeyTheReadAWarehouseOrAllKeyAndTheBasicTwinsWork() {
        Tenant tenant = Tenant.create(client);
        String email = "role-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        tenant.createUser(client, email);
        Map<String, Object> oneGroup = hierarchy(relationship("Ops", "Department", null, null));
        Map<String, Object> oneAttribute = Map.of("userAttributes", List.of(person(email, Map.of("department", "Ops"))));
        Map<String, boolean[]> table = Map.of(
                // write the hierarchy and attributes, read the groups
                "EVENTS", new boolean[]{true, false},
                "VISITOR", new boolean[]{false, false},
                "WAREHOUSE", new boolean[]{false, true},
                "ALL", new boolean[]{true, true});
        table.forEach((role, allowed) -> {
            String token = keyToken(tenant, role);
            Answer put = client.put(HIERARCHY, token, oneGroup);
            Answer post = client.post(ATTRIBUTES, token, oneAttribute);
            Answer read = client.get(GROUPS, token);
            assertEquals(allowed[0] ? 200 : 403, put.status(), role + " " + put);
            assertEquals(allowed[0] ? 200 : 403, post.status(), role + " " + post);
            assertEquals(allowed[1] ? 200 : 403, read.status(), role + " " + read);
        });

        String[] eventsKey = tenant.createKey(client, "EVENTS", "BASIC_AND_HMAC");
        String[] warehouseKey = tenant.createKey(client, "WAREHOUSE", "BASIC_AND_HMAC");
        Map<String, String> eventsBasic = Map.of("Authorization", basic(eventsKey));
        Map<String, String> warehouseBasic = Map.of("Authorization", basic(warehouseKey));
        Answer put = client.send("PUT", HIERARCHY + "/basic", null, WorkgateClient.json(
                hierarchy(relationship("Ops", "Department", null, null), relationship("Night", "Shift", "Ops", "Department"))),
                eventsBasic);
        assertEquals(200, put.status(), put.toString());
        assertEquals(200, client.send("GET", HIERARCHY + "/basic", null, null, eventsBasic).status());
        Answer post = client.send("POST", ATTRIBUTES + "/basic", null, WorkgateClient.json(
                Map.of("userAttributes", List.of(person(email, Map.of("shift", "Night"))))), eventsBasic);
        assertEquals(200, post.status(), post.toString());
        assertEquals(0, post.json().get("results").get(0).get("resultCode").asInt(), post.toString());
        Answer read = client.send("GET", GROUPS + "/basic", null, null, warehouseBasic);
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.text().contains("\"groupId\":\"Night\""), read.text());
        assertTrue(read.text().contains("\"memberCount\":1"), read.text());
        assertEquals(401, client.get(GROUPS + "/basic", null).status());
        assertEquals(403, client.send("PUT", HIERARCHY + "/basic", null, "{}", warehouseBasic).status());
    }

    @Test
    void theGroupsReadPagesWithALinkToTheNextPage() {
        Tenant tenant = Tenant.create(client);
        List<Map<?, ?>> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            entries.add(relationship("G" + i, i % 2 == 0 ? "Even" : "Odd", null, null));
        }
        assertEquals(200, client.put(HIERARCHY, tenant.token(), Map.of("groupRelationships", entries)).status());
        List<String> all = groups(tenant.token());
        assertEquals(7, all.size());

        List<String> paged = new ArrayList<>();
        String path = GROUPS + "?limit=3";
        int pages = 0;
        while (path != null) {
            Answer page = client.get(path, tenant.token());
            assertEquals(200, page.status(), page.toString());
            assertTrue(page.json().size() <= 3);
            for (JsonNode group : page.json()) {
                paged.add(group.get("groupType").asText() + "/" + group.get("groupId").asText());
            }
            pages++;
            String link = page.header("Link");
            path = link == null ? null : next(link);
        }
        assertEquals(3, pages);
        assertEquals(all.stream().map(line -> line.substring(0, line.indexOf(" -> "))).toList(), paged);
        assertEquals(400, client.get(GROUPS + "?limit=3&cursor=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("nonsense".getBytes(StandardCharsets.UTF_8)), tenant.token()).status());
    }

    private static String next(String link) {
        Matcher matcher = Pattern.compile("<https?://[^/]+([^>]+)>; rel=\"next\"").matcher(link);
        assertTrue(matcher.find(), link);
        return matcher.group(1);
    }

    private static String basic(String[] key) {
        return "Basic " + Base64.getEncoder().encodeToString((key[0] + ":" + key[1]).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesTheseGroupsAndPeople() {
        Tenant tenant = Tenant.create(client);
        Tenant other = Tenant.create(client);
        String email = "tenant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        tenant.createUser(client, email);
        assertEquals(200, client.put(HIERARCHY, tenant.token(), hierarchy(relationship("Legal", "Department", null, null)))
                .status());
        assertEquals(0, client.post(ATTRIBUTES, tenant.token(), Map.of("userAttributes",
                List.of(person(email, Map.of("department", "Legal"))))).json().get("results").get(0).get("resultCode").asInt());

        assertEquals(List.of(), groups(other.token()));
        assertEquals(0, client.get(HIERARCHY, other.token()).json().get("groups").asInt());
        Answer foreignPerson = client.post(ATTRIBUTES, other.token(), Map.of("userAttributes",
                List.of(person(email, Map.of("department", "Stolen")))));
        assertEquals(1, foreignPerson.json().get("results").get(0).get("resultCode").asInt(), foreignPerson.toString());
        assertEquals(200, client.put(HIERARCHY, other.token(), hierarchy()).status());

        assertEquals(List.of("Department/Legal -> -/- (1)"), groups(tenant.token()),
                "the other organization's empty PUT replaced only its own hierarchy");
        assertFalse(groups(tenant.token()).toString().contains("Stolen"));
    }

    @Test
    void theOpenApiDocumentListsTheDirectoryOperations() {
        Answer openapi = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, openapi.status());
        JsonNode paths = openapi.json().get("paths");
        for (String path : List.of(HIERARCHY, HIERARCHY + "/basic", ATTRIBUTES, ATTRIBUTES + "/basic", GROUPS,
                GROUPS + "/basic")) {
            assertTrue(paths.has(path), "OpenAPI lacks " + path);
        }
        JsonNode put = paths.get(HIERARCHY).get("put");
        assertTrue(put.get("requestBody").toString().contains("#/components/schemas/GroupHierarchy"), put.toString());
        assertTrue(put.get("responses").get("400").toString().contains("#/components/schemas/ErrorBody"), put.toString());
        assertEquals("bearer", put.get("security").get(0).fieldNames().next());
        assertEquals("basic", paths.get(HIERARCHY + "/basic").get("put").get("security").get(0).fieldNames().next());
        assertTrue(paths.get(ATTRIBUTES).get("post").get("requestBody").toString()
                .contains("#/components/schemas/UserAttributesRequest"));
        assertNull(paths.get(GROUPS).get("post"));
    }
}
