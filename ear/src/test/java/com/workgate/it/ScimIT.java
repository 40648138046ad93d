package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SCIM 2.0 at /scim/v2, driven by UnboundID's SCIM client (a client we did not write): Users and Groups round
 * trips, what they change in the admin API and the warehouse, tenancy, SCIM errors and limits.
 */
class ScimIT extends DeployedEar {

    private static final String SCIM = "/scim/v2";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final List<Client> CLIENTS = new ArrayList<>();

    @AfterAll
    static void closeClients() {
        CLIENTS.forEach(Client::close);
    }

    private static ScimService scim(String token) {
        Client http = ClientBuilder.newClient()
                .register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization", "Bearer " + token));
        CLIENTS.add(http);
        return new ScimService(http.target(System.getProperty("workgate.base-url", "http://127.0.0.1:8080") + SCIM));
    }

    private static String keyToken(Tenant tenant, String role) {
        String[] key = tenant.createKey(client, role, "HMAC_ONLY");
        return client.token(key[0], key[1]);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static UserResource person(String userName, String given, String family) {
        return new UserResource().setUserName(userName)
                .setName(new Name().setGivenName(given).setFamilyName(family))
                .setEmails(List.of(new Email().setValue(userName.toLowerCase()).setType("work").setPrimary(true)));
    }

    private static JsonNode warehouseUser(Tenant tenant, String userId) {
        for (JsonNode user : client.get("/v1/analytics/users", tenant.token()).json()) {
            if (user.get("userId").asText().equals(userId)) {
                return user;
            }
        }
        return null;
    }

    private static JsonNode warehouseGroup(Tenant tenant, String type, String name) {
        for (JsonNode group : client.get("/v1/analytics/groups", tenant.token()).json()) {
            if (group.get("groupId").asText().equals(name) && type.equals(group.get("groupType").asText())) {
                return group;
            }
        }
        return null;
    }

    @Test
    void theLibraryClientCreatesReadsFindsPatchesReplacesAndDeletesAPersonAndTheAdminApiAndWarehouseFollow() throws Exception {
        Tenant tenant = Tenant.create(client);
        ScimService scim = scim(keyToken(tenant, "EVENTS"));
        String s = suffix();
        String department = "Engineering-" + s;

        ServiceProviderConfigResource config = scim.getServiceProviderConfig();
        assertTrue(config.getPatch().isSupported());
        assertTrue(config.getFilter().isSupported());
        assertFalse(config.getBulk().isSupported());
        assertEquals(List.of("Group", "User"), scim.getResourceTypes().getResources().stream()
                .map(ResourceTypeResource::getName).sorted().toList());
        assertTrue(scim.getSchemas().getResources().stream().map(SchemaResource::getId).toList().contains(ENTERPRISE));

        UserResource ada = person("Ada." + s + "@Corp.example", "Ada", "Lovelace");
        ada.setExtension(new EnterpriseUserExtension().setDepartment(department).setCostCenter("4711")
                .setManager(new Manager().setValue("grace-" + s)));
        UserResource created = scim.create("Users", ada);
        assertNotNull(created.getId());
        assertEquals("Ada." + s + "@Corp.example", created.getUserName());
        assertEquals(Boolean.TRUE, created.getActive());
        assertEquals(department, created.getExtension(EnterpriseUserExtension.class).getDepartment());
        assertEquals("grace-" + s, created.getExtension(EnterpriseUserExtension.class).getManager().getValue());

        UserResource read = scim.retrieve("Users", created.getId(), UserResource.class);
        assertEquals("Lovelace", read.getName().getFamilyName());
        assertEquals("4711", read.getExtension(EnterpriseUserExtension.class).getCostCenter());
        assertEquals("ada." + s + "@corp.example", read.getEmails().get(0).getValue());

        ListResponse<UserResource> found = scim.searchRequest("Users")
                .filter("userName eq \"ADA." + s + "@corp.EXAMPLE\"").invoke(UserResource.class);
        assertEquals(1, found.getTotalResults(), "userName matches ignoring case");
        assertEquals(created.getId(), found.getResources().get(0).getId());

        JsonNode inWarehouse = warehouseUser(tenant, created.getId());
        assertNotNull(inWarehouse, "a person created over SCIM is a user of the warehouse");
        assertEquals(department, inWarehouse.get("primaryGroupId").asText());
        assertEquals(department, inWarehouse.get("attributes").get("department").asText());
        assertEquals("4711", inWarehouse.get("attributes").get("costCenter").asText());
        assertEquals("grace-" + s, inWarehouse.get("attributes").get("manager").asText());
        JsonNode group = warehouseGroup(tenant, "department", department);
        assertNotNull(group, "the department places the person in that group");
        assertEquals(1, group.get("memberCount").asInt());

        UserResource patched = scim.modifyRequest("Users", created.getId())
                .replaceValue("active", false)
                .replaceValue(ENTERPRISE + ":costCenter", "4712")
                .invoke(UserResource.class);
        assertEquals(Boolean.FALSE, patched.getActive());
        assertEquals("4712", patched.getExtension(EnterpriseUserExtension.class).getCostCenter());
        assertEquals(department, patched.getExtension(EnterpriseUserExtension.class).getDepartment(), "untouched by the patch");

        Answer admin = client.get("/v1/admin/users/" + created.getId(), tenant.token());
        assertEquals(200, admin.status(), admin.toString());
        assertEquals("inactive", admin.json().get("status").asText(), "active=false deactivates");
        assertEquals("Ada." + s + "@Corp.example", admin.json().get("userName").asText());
        assertEquals("ada." + s + "@corp.example", admin.json().get("email").asText());
        assertEquals(department, admin.json().get("primaryGroupId").asText());
        assertEquals("inactive", warehouseUser(tenant, created.getId()).get("status").asText());
        assertEquals("4712", warehouseUser(tenant, created.getId()).get("attributes").get("costCenter").asText());

        UserResource replacement = person(patched.getUserName(), "Augusta Ada", "King");
        replacement.setId(patched.getId());
        replacement.setMeta(patched.getMeta());
        replacement.setActive(true);
        UserResource replaced = scim.replace(replacement);
        assertEquals("Augusta Ada", replaced.getName().getGivenName());
        assertEquals(Boolean.TRUE, replaced.getActive());
        assertNull(replaced.getExtension(EnterpriseUserExtension.class), "a replace without the extension removes it");
        JsonNode afterReplace = warehouseUser(tenant, created.getId());
        assertEquals("King", afterReplace.get("lastName").asText());
        assertTrue(afterReplace.get("primaryGroupId").isNull(), "the department's group went with the department");
        assertEquals(0, afterReplace.get("attributes").size(), afterReplace.toString());
        assertEquals(0, warehouseGroup(tenant, "department", department) == null ? 0
                : warehouseGroup(tenant, "department", department).get("memberCount").asInt());

        scim.delete("Users", created.getId());
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve("Users", created.getId(), UserResource.class));
        assertEquals(404, client.get("/v1/admin/users/" + created.getId(), tenant.token()).status());
        assertNull(warehouseUser(tenant, created.getId()));
        assertEquals(0, scim.searchRequest("Users").filter("userName eq \"ada." + s + "@corp.example\"")
                .invoke(UserResource.class).getTotalResults());
    }

    @Test
    void groupsHoldPeopleOfTheOrganizationAndTheWarehouseCountsThem() throws Exception {
        Tenant tenant = Tenant.create(client);
        ScimService scim = scim(keyToken(tenant, "ALL"));
        String s = suffix();
        UserResource ann = scim.create("Users", person("ann-" + s + "@example.com", "Ann", "A"));
        UserResource bob = scim.create("Users", person("bob-" + s + "@example.com", "Bob", "B"));

        GroupResource admins = new GroupResource().setDisplayName("Admins " + s)
                .setMembers(List.of(new Member().setValue(ann.getId())));
        GroupResource created = scim.create("Groups", admins);
        assertEquals(List.of(ann.getId()), created.getMembers().stream().map(Member::getValue).toList());
        assertEquals("Ann A", created.getMembers().get(0).getDisplay());

        assertEquals(1, scim.searchRequest("Groups").filter("displayName eq \"admins " + s + "\"")
                .invoke(GroupResource.class).getTotalResults());
        GroupResource withBob = scim.modifyRequest("Groups", created.getId())
                .addValues("members", new Member().setValue(bob.getId()))
                .invoke(GroupResource.class);
        assertEquals(List.of(ann.getId(), bob.getId()).stream().sorted().toList(),
                withBob.getMembers().stream().map(Member::getValue).sorted().toList());
        assertEquals(2, warehouseGroup(tenant, "scim", "Admins " + s).get("memberCount").asInt());
        UserResource annRead = scim.retrieve("Users", ann.getId(), UserResource.class);
        assertEquals("Admins " + s, annRead.getGroups().get(0).getDisplay(), "a user shows its groups");

        GroupResource withoutAnn = scim.modifyRequest("Groups", created.getId())
                .removeValues("members[value eq \"" + ann.getId() + "\"]")
                .invoke(GroupResource.class);
        assertEquals(List.of(bob.getId()), withoutAnn.getMembers().stream().map(Member::getValue).toList());
        assertEquals(1, warehouseGroup(tenant, "scim", "Admins " + s).get("memberCount").asInt());

        ResourceConflictException twice = assertThrows(ResourceConflictException.class,
                () -> scim.create("Groups", new GroupResource().setDisplayName("ADMINS " + s)));
        assertEquals("uniqueness", twice.getScimError().getScimType());

        scim.delete("Groups", created.getId());
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve("Groups", created.getId(), GroupResource.class));
        assertNull(warehouseGroup(tenant, "scim", "Admins " + s));
        assertEquals(200, client.get("/v1/admin/users/" + bob.getId(), tenant.token()).status(), "members stay");
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesNorGroupsThePeople() throws Exception {
        Tenant ours = Tenant.create(client);
        Tenant theirs = Tenant.create(client);
        ScimService scim = scim(keyToken(ours, "EVENTS"));
        ScimService other = scim(keyToken(theirs, "EVENTS"));
        String userName = "carol-" + suffix() + "@example.com";
        UserResource carol = scim.create("Users", person(userName, "Carol", "C"));

        assertThrows(ResourceNotFoundException.class, () -> other.retrieve("Users", carol.getId(), UserResource.class));
        assertEquals(0, other.searchRequest("Users").filter("userName eq \"" + userName + "\"")
                .invoke(UserResource.class).getTotalResults());
        assertThrows(ResourceNotFoundException.class, () -> other.modifyRequest("Users", carol.getId())
                .replaceValue("active", false).invoke(UserResource.class));
        assertThrows(ResourceNotFoundException.class, () -> other.delete("Users", carol.getId()));
        BadRequestException foreignMember = assertThrows(BadRequestException.class, () -> other.create("Groups",
                new GroupResource().setDisplayName("Theirs").setMembers(List.of(new Member().setValue(carol.getId())))));
        assertEquals("invalidValue", foreignMember.getScimError().getScimType());
        assertFalse(other.searchRequest("Users").invoke(UserResource.class).getResources().stream()
                .anyMatch(u -> u.getId().equals(carol.getId())));

        UserResource same = other.create("Users", person(userName, "Carol", "Other"));
        assertFalse(same.getId().equals(carol.getId()), "one userName may live in two organizations");
        assertEquals(Boolean.TRUE, scim.retrieve("Users", carol.getId(), UserResource.class).getActive());
    }

    @Test
    void badInputGetsScimErrorsAndNothingIsStored() throws ScimException {
        Tenant tenant = Tenant.create(client);
        String token = keyToken(tenant, "EVENTS");
        String s = suffix();

        Answer anonymous = client.get(SCIM + "/Users", null);
        assertScimError(anonymous, 401, null);
        assertTrue(anonymous.header("Content-Type").startsWith("application/scim+json"), anonymous.toString());
        assertScimError(client.get(SCIM + "/Users", keyToken(tenant, "WAREHOUSE")), 403, null);
        assertScimError(client.get(SCIM + "/ServiceProviderConfig", keyToken(tenant, "VISITOR")), 403, null);

        assertScimError(scimPost(token, "/Users", "{\"name\":{\"givenName\":\"A\",\"familyName\":\"B\"}}"), 400, "invalidValue");
        assertScimError(scimPost(token, "/Users", "{\"userName\": "), 400, "invalidSyntax");
        assertScimError(scimPost(token, "/Users", "[1, 2]"), 400, "invalidSyntax");
        assertScimError(scimPost(token, "/Users", "{\"userName\":\"n-" + s + "@example.com\",\"name\":{\"givenName\":\"A\","
                + "\"familyName\":\"B\"},\"emails\":[null]}"), 400, "invalidValue");
        assertScimError(scimPost(token, "/Users", "{\"userName\":\"nul\\u0000-" + s + "@example.com\",\"name\":{\"givenName\":\"A\","
                + "\"familyName\":\"B\"}}"), 400, "invalidValue");
        assertScimError(client.send("GET", SCIM + "/Users", token, null, Map.of("Accept", "garbage")), 400, null);
        assertScimError(scimPost(token, "/Users", "{\"userName\":\"nomail-" + s + "\",\"name\":{\"givenName\":\"A\",\"familyName\":\"B\"}}"),
                400, "invalidValue");
        String longDepartment = "d".repeat(101);
        String email = "long-" + s + "@example.com";
        assertScimError(scimPost(token, "/Users", "{\"userName\":\"" + email + "\",\"name\":{\"givenName\":\"A\",\"familyName\":\"B\"},"
                + "\"" + ENTERPRISE + "\":{\"department\":\"" + longDepartment + "\"}}"), 400, "invalidValue");
        assertFalse(client.get("/v1/admin/users", tenant.token()).text().contains(email), "nothing stored half-way");

        assertScimError(client.get(SCIM + "/Users?filter=" + encode("name.givenName eq \"A\""), token), 400, "invalidFilter");
        assertScimError(client.get(SCIM + "/Users?filter=" + encode("userName eq"), token), 400, "invalidFilter");
        assertScimError(client.get(SCIM + "/Users?filter=" + encode("userName eq \"" + "x".repeat(1000) + "\""), token),
                400, "invalidFilter");
        assertScimError(client.get(SCIM + "/Users?count=many", token), 400, "invalidValue");
        assertScimError(client.get(SCIM + "/Users/not-a-number", token), 404, null);
        assertScimError(client.get(SCIM + "/Users/999999999999", token), 404, null);
        assertScimError(client.get(SCIM + "/Groups/999999999999", token), 404, null);
        assertScimError(client.get(SCIM + "/Schemas/urn:nothing", token), 404, null);

        ScimService scim = scim(token);
        UserResource dan = scim.create("Users", person("dan-" + s + "@example.com", "Dan", "D"));
        ResourceConflictException duplicate = assertThrows(ResourceConflictException.class,
                () -> scim.create("Users", person("DAN-" + s + "@Example.com", "Dan", "Again")));
        assertEquals("uniqueness", duplicate.getScimError().getScimType());
        assertScimError(scimSend(token, "PATCH", "/Users/" + dan.getId(), "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}"),
                400, "invalidSyntax");
        assertScimError(scimSend(token, "PATCH", "/Users/" + dan.getId(), "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"explode\",\"path\":\"active\",\"value\":false}]}"), 400, "invalidSyntax");
        assertScimError(scimSend(token, "PATCH", "/Users/" + dan.getId(), "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"userName\",\"value\":null}]}"), 400, null);
        assertScimError(scimPost(token, "/Groups", "{\"displayName\":\"\"}"), 400, "invalidValue");
        assertScimError(scimSend(token, "PATCH", "/Users/" + dan.getId(), "{\"Operations\":[{\"op\":\"replace\",\"path\":\" \","
                + "\"value\":1}]}"), 400, "invalidPath");
        assertScimError(scimSend(token, "PATCH", "/Users/" + dan.getId(), "{\"Operations\":[null]}"), 400, "invalidValue");
        assertScimError(scimPost(token, "/Groups", "{\"displayName\":\"G\",\"members\":[{\"value\":\"x\"}]}"), 400, "invalidValue");
        assertEquals("Dan", scim.retrieve("Users", dan.getId(), UserResource.class).getName().getGivenName(), "refused patches changed nothing");

        Answer plain = client.send("GET", SCIM + "/Users/" + dan.getId(), token, null, Map.of("Accept", "application/json"));
        assertEquals(200, plain.status());
        assertTrue(plain.header("Content-Type").startsWith("application/json"), "plain JSON when asked for");
        Answer scimJson = client.send("POST", SCIM + "/Users", token, WorkgateClient.json(Map.of("userName", "eve-" + s + "@example.com",
                "name", Map.of("givenName", "Eve", "familyName", "E"))), Map.of("Content-Type", "application/scim+json"));
        assertEquals(201, scimJson.status(), scimJson.toString());
        assertTrue(scimJson.header("Content-Type").startsWith("application/scim+json"));
        assertEquals(scimJson.json().get("meta").get("location").asText(), scimJson.header("Location"));
    }

    @Test
    void pagesCountFromOneAndCountIsCapped() throws ScimException {
        Tenant tenant = Tenant.create(client);
        ScimService scim = scim(keyToken(tenant, "ALL"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(scim.create("Users", person("p" + i + "-" + suffix() + "@example.com", "P", "" + i)).getId());
        }
        ListResponse<UserResource> second = scim.searchRequest("Users").page(2, 1).invoke(UserResource.class);
        assertEquals(3, second.getTotalResults(), "the tenant's ALL key's organization has these three people only");
        assertEquals(2, second.getStartIndex());
        assertEquals(1, second.getItemsPerPage());
        assertEquals(ids.get(1), second.getResources().get(0).getId());
        Answer capped = client.get(SCIM + "/Users?count=100000&startIndex=-5", tenant.token());
        assertEquals(200, capped.status(), capped.toString());
        assertEquals(1, capped.json().get("startIndex").asInt());
        assertEquals(3, capped.json().get("itemsPerPage").asInt());
        Answer none = client.get(SCIM + "/Users?count=0", tenant.token());
        assertEquals(3, none.json().get("totalResults").asInt());
        assertEquals(0, none.json().get("Resources").size());
    }

    @Test
    void parallelCreatesOfOneUserNameMakeOnePerson() throws Exception {
        Tenant tenant = Tenant.create(client);
        String token = keyToken(tenant, "EVENTS");
        String s = suffix();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String userName = (i % 2 == 0 ? "Race-" : "race-") + s + "@example.com";
                Callable<Integer> create = () -> scimPost(token, "/Users", WorkgateClient.json(Map.of("userName", userName,
                        "name", Map.of("givenName", "R", "familyName", "R")))).status();
                answers.add(pool.submit(create));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, client.get(SCIM + "/Users?filter=" + encode("userName eq \"race-" + s + "@example.com\""), token)
                .json().get("totalResults").asInt());
    }

    @Test
    void theOpenApiDocumentDescribesTheScimOperations() {
        JsonNode paths = client.get("/openapi?format=JSON", null).json().get("paths");
        for (String path : List.of("/Users", "/Users/{id}", "/Groups", "/Groups/{id}", "/ServiceProviderConfig",
                "/ResourceTypes", "/Schemas")) {
            assertNotNull(paths.get(SCIM + path), path);
        }
        JsonNode patch = paths.get(SCIM + "/Users/{id}").get("patch");
        assertEquals("bearer", patch.get("security").get(0).fieldNames().next());
        assertNotNull(patch.get("responses").get("404"));
        assertNotNull(paths.get(SCIM + "/Users").get("post").get("responses").get("409"));
    }

    private static void assertScimError(Answer answer, int status, String scimType) {
        assertEquals(status, answer.status(), answer.toString());
        assertNotNull(answer.json(), answer.toString());
        assertEquals(ERROR, answer.json().get("schemas").get(0).asText(), answer.toString());
        assertTrue(answer.json().get("status").isTextual(), "status is a string: " + answer);
        assertEquals(String.valueOf(status), answer.json().get("status").asText());
        assertFalse(answer.json().path("detail").asText().isBlank(), answer.toString());
        if (scimType != null) {
            assertEquals(scimType, answer.json().path("scimType").asText(), answer.toString());
        }
    }

    private static Answer scimPost(String token, String path, String body) {
        return scimSend(token, "POST", path, body);
    }

    private static Answer scimSend(String token, String method, String path, String body) {
        return client.send(method, SCIM + path, token, body, Map.of("Content-Type", "application/scim+json"));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
