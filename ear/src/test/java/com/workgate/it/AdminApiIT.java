package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The administration API: what it stores, how it answers bad input, and that tenants never meet. */
class AdminApiIT extends DeployedEar {

    private static Tenant a;
    private static Tenant b;

    @BeforeAll
    static void setUp() {
        a = Tenant.create(client);
        b = Tenant.create(client);
    }

    @Test
    void usersAreCreatedReadUpdatedAndDeleted() {
        assertEquals(200, client.put("/v1/admin/locations/LON", a.token(), Map.of("name", "London")).status(),
                "the primary location must exist");
        Answer created = client.post("/v1/admin/users", a.token(), Map.of("email", "ada@example.com", "firstName", "Ada",
                "lastName", "Lovelace", "status", "active", "primaryLocationId", "LON",
                "weeklyPlan", Map.of("mon", "o", "tue", "r", "sat", "a")));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("userId").asLong();
        assertTrue(created.header("Location").endsWith("/v1/admin/users/" + id));
        assertEquals("r", created.json().get("weeklyPlan").get("tue").asText());

        Answer updated = client.put("/v1/admin/users/" + id, a.token(), Map.of("phone", "+48 123", "status", "inactive"));
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("inactive", updated.json().get("status").asText());
        assertEquals("Ada", updated.json().get("firstName").asText(), "fields left out keep their values");

        Answer read = client.get("/v1/admin/users/" + id, a.token());
        assertEquals("+48 123", read.json().get("phone").asText());

        Answer pin = client.post("/v1/admin/users/" + id + "/pin", a.token(), null);
        assertEquals(200, pin.status());
        assertTrue(pin.json().get("pin").asText().matches(id + "\\d{3}"), pin.toString());

        Answer key = client.post("/v1/admin/users/" + id + "/timeclock-key", a.token(), null);
        assertEquals(200, key.status());
        assertTrue(key.json().get("apiKey").asText().matches("[A-Za-z0-9_-]{20}"));
        assertTrue(client.get("/v1/admin/users/" + id, a.token()).json().get("hasTimeClockKey").asBoolean());
        assertEquals(204, client.delete("/v1/admin/users/" + id + "/timeclock-key", a.token()).status());
        assertFalse(client.get("/v1/admin/users/" + id, a.token()).json().get("hasTimeClockKey").asBoolean());

        assertEquals(204, client.delete("/v1/admin/users/" + id, a.token()).status());
        assertEquals(404, client.get("/v1/admin/users/" + id, a.token()).status());
        assertFalse(client.get("/v1/admin/users", a.token()).text().contains("ada@example.com"));
        assertEquals(201, client.post("/v1/admin/users", a.token(),
                Map.of("email", "ada@example.com", "firstName", "Ada", "lastName", "Again")).status(),
                "a deleted user's email is free again");
    }

    @Test
    void anotherOrganizationsUsersAreNotFoundAndNeverListed() {
        long theirs = b.createUser(client, "secret-person@b.example");
        for (Answer answer : List.of(
                client.get("/v1/admin/users/" + theirs, a.token()),
                client.put("/v1/admin/users/" + theirs, a.token(), Map.of("firstName", "Hacked")),
                client.delete("/v1/admin/users/" + theirs, a.token()),
                client.post("/v1/admin/users/" + theirs + "/pin", a.token(), null),
                client.post("/v1/admin/users/" + theirs + "/timeclock-key", a.token(), null),
                client.delete("/v1/admin/users/" + theirs + "/timeclock-key", a.token()))) {
            assertEquals(404, answer.status(), answer.toString());
        }
        assertEquals(404, client.get("/v1/admin/users/999999999", a.token()).status(), "same as an id that does not exist");
        assertFalse(client.get("/v1/admin/users", a.token()).text().contains("secret-person@b.example"));
        Answer still = client.get("/v1/admin/users/" + theirs, b.token());
        assertEquals("First", still.json().get("firstName").asText(), "B's user was not changed by A");
    }

    @Test
    void anotherOrganizationsKeysCannotBeRevokedOrRotated() {
        String theirKey = b.createKey(client, "EVENTS", "HMAC_ONLY")[0];
        assertEquals(404, client.delete("/v1/admin/keys/" + theirKey, a.token()).status());
        assertEquals(404, client.post("/v1/admin/keys/" + theirKey + "/rotate", a.token(), Map.of()).status());
        assertFalse(client.get("/v1/admin/keys", a.token()).text().contains(theirKey));
        assertTrue(client.get("/v1/admin/keys", b.token()).text().contains(theirKey));
    }

    @Test
    void keysAreListedWithoutSecretsAndRotateWithOverlap() {
        String[] key = a.createKey(client, "WAREHOUSE", "BASIC_AND_HMAC");
        Answer list = client.get("/v1/admin/keys", a.token());
        assertTrue(list.text().contains(key[0]));
        assertFalse(list.text().contains(key[1]), "secrets are shown only at creation");
        for (JsonNode item : list.json()) {
            assertFalse(item.has("secret"));
        }

        Answer overlapping = client.post("/v1/admin/keys/" + key[0] + "/rotate", a.token(), Map.of("overlapSeconds", 3600));
        assertEquals(200, overlapping.status(), overlapping.toString());
        String second = overlapping.json().get("secret").asText();
        assertNotEquals(key[1], second);
        long now = Instant.now().getEpochSecond();
        assertEquals(200, client.authenticate(key[0], key[1], now).status(), "old secret works during the overlap");
        assertEquals(200, client.authenticate(key[0], second, now).status());

        Answer immediate = client.post("/v1/admin/keys/" + key[0] + "/rotate", a.token(), Map.of("overlapSeconds", 0));
        String third = immediate.json().get("secret").asText();
        assertEquals(401, client.authenticate(key[0], key[1], now).status(), "old secrets stop when the overlap ends");
        assertEquals(401, client.authenticate(key[0], second, now).status());
        assertEquals(200, client.authenticate(key[0], third, now).status());
    }

    @Test
    void aNewOrganizationsAdminKeyWorksAndItsAccountNameIsUnique() {
        assertEquals(200, client.get("/v1/admin/users", a.token()).status());
        Answer duplicate = client.post("/v1/admin/organizations", client.adminToken(),
                Map.of("name", "Copy", "accountName", a.accountName()));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.message().startsWith("accountName"), duplicate.toString());
    }

    @Test
    void badInputToEveryAdminRouteIsA4xxNamingTheField() {
        long user = a.createUser(client, "valid@example.com");
        String key = a.createKey(client, "EVENTS", "HMAC_ONLY")[0];
        String admin = client.adminToken();
        Object[][] cases = {
                // route, token, body, status, field the message must name
                {"POST /v1/admin/organizations", admin, "{\"accountName\":\"x1\"}", 400, "name"},
                {"POST /v1/admin/organizations", admin, "{\"name\":\"N\"}", 400, "accountName"},
                {"POST /v1/admin/organizations", admin, "{\"name\":\"N\",\"accountName\":\"has space\"}", 400, "accountName"},
                {"POST /v1/admin/organizations", admin, "{\"name\":\"N\",\"accountName\":\"ok1\",\"country\":\"Poland\"}", 400, "country"},
                {"POST /v1/admin/organizations", admin, "{\"name\":\"N\",\"accountName\":\"ok2\",\"timeZone\":\"Mars/Base\"}", 400, "timeZone"},
                {"POST /v1/admin/organizations", admin, "{\"name\":7,\"accountName\":\"ok3\"}", 400, "name"},
                {"POST /v1/admin/keys", a.token(), "{\"role\":\"EVENTS\"}", 400, "name"},
                {"POST /v1/admin/keys", a.token(), "{\"name\":\"k\"}", 400, "role"},
                {"POST /v1/admin/keys", a.token(), "{\"name\":\"k\",\"role\":\"ROOT\"}", 400, "role"},
                {"POST /v1/admin/keys", a.token(), "{\"name\":\"k\",\"role\":\"ALL\",\"authentication\":\"PLAIN\"}", 400, "authentication"},
                {"POST /v1/admin/keys", a.token(), "{\"name\":[1],\"role\":\"ALL\"}", 400, "name"},
                {"POST /v1/admin/keys/" + key + "/rotate", a.token(), "{\"overlapSeconds\":-1}", 400, "overlapSeconds"},
                {"POST /v1/admin/keys/" + key + "/rotate", a.token(), "{\"overlapSeconds\":99999999}", 400, "overlapSeconds"},
                {"POST /v1/admin/keys/" + key + "/rotate", a.token(), "{\"overlapSeconds\":\"soon\"}", 400, "overlapSeconds"},
                {"POST /v1/admin/users", a.token(), "{\"firstName\":\"A\",\"lastName\":\"B\"}", 400, "email"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"lastName\":\"B\"}", 400, "firstName"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":\"A\"}", 400, "lastName"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"not-an-email\",\"firstName\":\"A\",\"lastName\":\"B\"}", 400, "email"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":\"A\",\"lastName\":\"B\",\"status\":\"gone\"}", 400, "status"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":true,\"lastName\":\"B\"}", 400, "firstName"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":\"A\",\"lastName\":\"B\",\"weeklyPlan\":{\"mon\":\"x\"}}", 400, "weeklyPlan.mon"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":\"A\",\"lastName\":\"B\",\"weeklyPlan\":{\"someday\":\"o\"}}", 400, "weeklyPlan.someday"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"n@x.io\",\"firstName\":\"A\",\"lastName\":\"B\",\"weeklyPlan\":[\"o\"]}", 400, "weeklyPlan"},
                {"POST /v1/admin/users", a.token(), "{\"email\":\"valid@example.com\",\"firstName\":\"A\",\"lastName\":\"B\"}", 409, "email"},
                {"PUT /v1/admin/users/" + user, a.token(), "{\"status\":\"gone\"}", 400, "status"},
                {"PUT /v1/admin/users/" + user, a.token(), "{\"email\":\"\"}", 400, "email"},
                {"PUT /v1/admin/users/" + user, a.token(), "{\"phone\":\"" + "9".repeat(46) + "\"}", 400, "phone"},
        };
        for (Object[] c : cases) {
            String[] route = ((String) c[0]).split(" ");
            Answer answer = client.send(route[0], route[1], (String) c[1], (String) c[2], Map.of());
            assertEquals(c[3], answer.status(), c[0] + " " + c[2] + " -> " + answer);
            assertNotNull(answer.message(), answer.toString());
            assertTrue(answer.message().startsWith((String) c[4]), c[0] + " " + c[2] + " -> " + answer);
        }
        assertEquals("First", client.get("/v1/admin/users/" + user, a.token()).json().get("firstName").asText(),
                "refused updates stored nothing");
    }

    @Test
    void malformedJsonAndOversizedBodiesAreRefusedOnEveryWritingRoute() {
        long user = a.createUser(client, "limits@example.com");
        String key = a.createKey(client, "EVENTS", "HMAC_ONLY")[0];
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        for (String route : List.of("POST /v1/admin/organizations", "POST /v1/admin/keys",
                "POST /v1/admin/keys/" + key + "/rotate", "POST /v1/admin/users", "PUT /v1/admin/users/" + user)) {
            String[] parts = route.split(" ");
            String token = route.contains("organizations") ? client.adminToken() : a.token();
            Answer malformed = client.send(parts[0], parts[1], token, "{\"name\": ", Map.of());
            assertEquals(400, malformed.status(), route + " " + malformed);
            assertTrue(malformed.message().startsWith("Malformed JSON"), malformed.toString());
            Answer tooLarge = client.send(parts[0], parts[1], token, big, Map.of());
            assertEquals(413, tooLarge.status(), route);
        }
        Answer wrongType = client.send("POST", "/v1/admin/users", a.token(), "<user/>", Map.of("Content-Type", "application/xml"));
        assertEquals(415, wrongType.status());
    }
}
