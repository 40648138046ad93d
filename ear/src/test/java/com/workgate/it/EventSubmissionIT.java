package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The located event endpoints (presence, occupancy, visitor arrival): results, validation, idempotency, limits. */
class EventSubmissionIT extends DeployedEar {

    private static Tenant tenant;
    private static Tenant other;
    private static String eventsToken;
    private static String[] basicKey;
    private static String prefix;
    private static String email;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        other = Tenant.create(client);
        prefix = "P" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        email = "ada-" + prefix + "@example.com";
        tenant.createUser(client, email);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        eventsToken = client.token(events[0], events[1]);
        basicKey = tenant.createKey(client, "EVENTS", "BASIC_AND_HMAC");
    }

    private static Map<String, Object> presence(String eventId, String locationId, String type, String userEmail) {
        return Map.of("eventId", eventId, "timestamp", "2026-11-23T08:59:12Z", "locationId", locationId,
                "locationType", type, "userEmail", userEmail, "sourceUserId", "badge-1");
    }

    private static long stored(String table, String sourceId) throws Exception {
        return Database.number("select count(*) from " + table + " where organization_id = ? and source_id = ?",
                tenant.organizationId(), sourceId);
    }

    private static void assertResults(Answer answer, int... codes) {
        assertEquals(200, answer.status(), answer.toString());
        JsonNode results = answer.json().get("results");
        assertEquals(codes.length, results.size(), answer.toString());
        for (int i = 0; i < codes.length; i++) {
            assertEquals(codes[i], results.get(i).get("resultCode").asInt(), "result " + i + " of " + answer);
        }
    }

    @Test
    void aMixedPresenceBatchGetsOneResultPerEventInOrderAndStoresTheGoodOnes() throws Exception {
        String source = "lobby-" + UUID.randomUUID();
        Answer answer = client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                presence("good", prefix + "-L3", "level", email),
                presence("no-user", prefix + "-L3", "level", "nobody@example.com"),
                presence("no-place", "nowhere", "level", email),
                presence("bad", prefix + "-L3", "building", email))));
        assertResults(answer, 0, 1, 2, 3);
        assertEquals(source, answer.json().get("sourceId").asText());
        assertTrue(answer.json().get("results").get(3).get("message").asText().startsWith("locationType"));
        assertEquals(1, stored("presence_event", source));
        assertEquals(1, Database.number("select count(*) from presence_event where source_id = ? and event_id = 'good'"
                + " and location_ref = ? and source_user_id = 'badge-1'", source, prefix + "-L3"));
    }

    @Test
    void occupancyAndVisitorBatchesToo() throws Exception {
        String source = "sensors-" + UUID.randomUUID();
        Answer occupancy = client.post("/v1/occupancy/", eventsToken, Map.of("sourceId", source, "occupancyEvents", List.of(
                Map.of("eventId", "o1", "timestamp", "2026-11-23T09:00:00+01:00", "locationId", prefix + "-R1",
                        "locationType", "space", "occupied", true, "occupancy", 3),
                Map.of("eventId", "o2", "timestamp", "2026-11-23T09:00:00Z", "locationId", "nowhere",
                        "locationType", "space", "occupied", false),
                Map.of("eventId", "o3", "timestamp", "2026-11-23T09:00:00Z", "locationId", prefix + "-R1",
                        "locationType", "space", "occupancy", -1))));
        assertResults(occupancy, 0, 2, 3);
        assertTrue(occupancy.json().get("results").get(2).get("message").asText().startsWith("occupancy"));
        assertEquals(1, stored("occupancy_event", source));

        String kiosk = "kiosk-" + UUID.randomUUID();
        Answer visitors = client.post("/v1/visitor-arrival", eventsToken, Map.of("sourceId", kiosk, "visitorArrivals", List.of(
                Map.of("eventId", "v1", "timestamp", "2026-11-23T09:00:00Z", "locationId", prefix + "-LON",
                        "locationType", "location", "visitorName", "Bob", "hostEmail", email, "company", "Acme"),
                Map.of("eventId", "v2", "timestamp", "2026-11-23T09:00:00Z", "locationId", prefix + "-LON",
                        "locationType", "location", "visitorName", "Eve", "hostEmail", "ghost@example.com"),
                Map.of("eventId", "v3", "timestamp", "2026-11-23T09:00:00Z", "locationId", "nowhere",
                        "locationType", "location", "visitorName", "Mallory"),
                Map.of("eventId", "v4", "timestamp", "2026-11-23T09:00:00Z", "locationId", prefix + "-LON",
                        "locationType", "location"))));
        assertResults(visitors, 0, 1, 2, 3);
        assertTrue(visitors.json().get("results").get(3).get("message").asText().startsWith("visitorName"));
        assertEquals(1, stored("visitor_arrival", kiosk));
        assertEquals(1, Database.number("select count(*) from user_action where organization_id = ? and action = 'visitor_arrived'"
                + " and description like 'Visitor Bob (Acme)%'", tenant.organizationId()), "the host sees the visit");
    }

    @Test
    void aMalformedDocumentIsRefusedWholeNamingTheField() throws Exception {
        String source = "malformed-" + UUID.randomUUID();
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(presence("e" + i, prefix + "-L3", "level", email));
        }
        Object[][] cases = {
                {Map.of("sourceId", source, "presenceEvents", many), "presenceEvents"},
                {Map.of("sourceId", source, "presenceEvents", Map.of("eventId", "x")), "presenceEvents"},
                {Map.of("sourceId", source), "presenceEvents"},
                {Map.of("presenceEvents", List.of(presence("e", prefix + "-L3", "level", email))), "sourceId"},
                {Map.of("sourceId", 42, "presenceEvents", List.of()), "sourceId"},
                {List.of(1, 2), "body"},
        };
        for (Object[] c : cases) {
            Answer answer = client.post("/v1/presence", eventsToken, c[0]);
            assertEquals(400, answer.status(), answer.toString());
            assertTrue(answer.message().startsWith((String) c[1]), answer.toString());
        }
        assertEquals(400, client.send("POST", "/v1/presence", eventsToken, "{\"sourceId\":", Map.of()).status());
        assertEquals(0, stored("presence_event", source), "nothing stored from a refused document");

        StringBuilder big = new StringBuilder("{\"sourceId\":\"" + source + "\",\"presenceEvents\":[");
        while (big.length() < 2 * 1024 * 1024) {
            big.append("{\"eventId\":\"pad").append(big.length()).append("\",\"timestamp\":\"2026-11-23T08:59:12Z\"},");
        }
        big.append("{}]}");
        assertEquals(413, client.send("POST", "/v1/presence", eventsToken, big.toString(), Map.of()).status());
        assertEquals(0, stored("presence_event", source));
    }

    @Test
    void badEventsFailAloneWithAMessageNamingTheirField() throws Exception {
        String source = "partial-" + UUID.randomUUID();
        Answer answer = client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                Map.of("timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level", "userEmail", email),
                Map.of("eventId", "t", "timestamp", "23/11/2026", "locationId", prefix + "-L3", "locationType", "level", "userEmail", email),
                Map.of("eventId", "l", "timestamp", "2026-11-23T08:59:12Z", "locationType", "level", "userEmail", email),
                Map.of("eventId", "u", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level"),
                presence("ok-1", prefix + "-D1", "place", email),
                presence("ok-2", prefix + "-Z1", "zone", email))));
        assertResults(answer, 3, 3, 3, 3, 0, 0);
        String[] fields = {"eventId", "timestamp", "locationId", "userId"};
        for (int i = 0; i < fields.length; i++) {
            assertTrue(answer.json().get("results").get(i).get("message").asText().startsWith(fields[i]), answer.toString());
        }
        assertEquals(2, stored("presence_event", source));
    }

    @Test
    void theSameBatchSentTwiceAndConcurrentlyIsStoredOnce() throws Exception {
        String source = "twice-" + UUID.randomUUID();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(presence("e" + i, prefix + "-D1", "place", email));
        }
        Map<String, Object> batch = Map.of("sourceId", source, "presenceEvents", events);
        assertResults(client.post("/v1/presence", eventsToken, batch), new int[50]);
        assertResults(client.post("/v1/presence", eventsToken, batch), new int[50]);
        assertEquals(50, stored("presence_event", source));

        String racing = "race-" + UUID.randomUUID();
        Map<String, Object> raced = Map.of("sourceId", racing, "presenceEvents", events);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> WorkgateClient.local().post("/v1/presence", eventsToken, raced)));
            }
            for (Future<Answer> answer : answers) {
                assertResults(answer.get(), new int[50]);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, stored("presence_event", racing), "every racer acknowledged, each event stored once");
    }

    @Test
    void aBatchThatRepeatsStoredEventsStoresTheNewOnesAndSaysWhichWereThere() throws Exception {
        String source = "again-" + UUID.randomUUID();
        List<Map<String, Object>> first = new ArrayList<>();
        List<Map<String, Object>> second = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            first.add(presence("e" + i, prefix + "-L3", "level", email));
            second.add(presence("e" + (i + 50), prefix + "-L3", "level", email));
        }
        assertMessages(client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", first)),
                0, 100);
        assertMessages(client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", second)),
                50, 100);
        assertEquals(150, stored("presence_event", source));
        assertEquals(150, Database.number("select count(distinct id) from presence_event where source_id = ?", source));
        if ("postgresql".equals(System.getProperty("workgate.db"))) {
            assertEquals(99, Database.number("select max(id) - min(id) from presence_event where source_id = ?"
                    + " and event_id in ('e0', 'e99')", source), "a batch of new events is one plain insert, its ids one block");
        }
    }

    /** Results 0 for all; the first {@code alreadyThere} say the event was stored before, the rest that it is now. */
    private static void assertMessages(Answer answer, int alreadyThere, int count) {
        assertResults(answer, new int[count]);
        JsonNode results = answer.json().get("results");
        for (int i = 0; i < count; i++) {
            assertEquals(i < alreadyThere ? "Event already stored" : "Event stored",
                    results.get(i).get("message").asText(), "result " + i);
        }
    }

    @Test
    void anotherOrganizationsPeopleAndPlacesAreNotFound() throws Exception {
        String otherPrefix = "Q" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, other, otherPrefix, true);
        String theirEmail = "theirs-" + otherPrefix + "@example.com";
        long theirUser = other.createUser(client, theirEmail);
        String source = "cross-" + UUID.randomUUID();
        Answer answer = client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                presence("their-user", prefix + "-L3", "level", theirEmail),
                Map.of("eventId", "their-id", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3",
                        "locationType", "level", "userId", theirUser),
                presence("their-place", otherPrefix + "-L3", "level", email))));
        assertResults(answer, 1, 1, 2);
        assertEquals(0, stored("presence_event", source));
    }

    @Test
    void theBasicTwinsTakeBasicCredentialsOfBasicKeysOnly() throws Exception {
        String source = "basic-" + UUID.randomUUID();
        Map<String, Object> batch = Map.of("sourceId", source, "presenceEvents", List.of(presence("b1", prefix + "-L3", "level", email)));
        Answer ok = client.send("POST", "/v1/presence/basic", null, WorkgateClient.json(batch),
                Map.of("Authorization", basic(basicKey[0], basicKey[1])));
        assertResults(ok, 0);
        assertEquals(1, stored("presence_event", source));

        Answer none = client.send("POST", "/v1/presence/basic/", null, WorkgateClient.json(batch), Map.of());
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic realm="));
        Answer wrong = client.send("POST", "/v1/occupancy/basic", null, WorkgateClient.json(batch),
                Map.of("Authorization", basic(basicKey[0], "wrong")));
        assertEquals(401, wrong.status());
        String[] hmacOnly = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        Answer refused = client.send("POST", "/v1/visitor-arrival/basic", null, WorkgateClient.json(batch),
                Map.of("Authorization", basic(hmacOnly[0], hmacOnly[1])));
        assertEquals(403, refused.status());
        Answer bearerOnBasic = client.post("/v1/presence/basic", eventsToken, batch);
        assertEquals(401, bearerOnBasic.status(), "the /basic routes take Basic credentials only");
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** People are looked up by email through a cache; a person changed or deleted is seen by the very next batch. */
    @Test
    void aPersonsNewEmailAndDeletionCountFromTheNextBatch() throws Exception {
        String source = "changes-" + UUID.randomUUID();
        String before = "before-" + UUID.randomUUID() + "@example.com";
        String after = "after-" + UUID.randomUUID() + "@example.com";
        long userId = tenant.createUser(client, before);
        assertResults(client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                presence("1", prefix + "-L3", "level", before)))), 0);

        assertEquals(200, client.put("/v1/admin/users/" + userId, tenant.token(), Map.of("email", after)).status());
        assertResults(client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                presence("2", prefix + "-L3", "level", before), presence("3", prefix + "-L3", "level", after)))), 1, 0);

        Answer deleted = client.delete("/v1/admin/users/" + userId, tenant.token());
        assertEquals(204, deleted.status(), deleted.toString());
        assertResults(client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                presence("4", prefix + "-L3", "level", after)))), 1);
        assertEquals(2, stored("presence_event", source));
    }

    /** Ids are strings on the wire: a numeric string is our id, any other string names nobody (result 1, not 3). */
    @Test
    void aUserIdIsANumberOrAStringAndAStringThatIsNoIdOfOursIsAnUnknownUser() throws Exception {
        String source = "ids-" + UUID.randomUUID();
        long userId = tenant.createUser(client, "ids-" + UUID.randomUUID() + "@example.com");
        Answer answer = client.post("/v1/presence", eventsToken, Map.of("sourceId", source, "presenceEvents", List.of(
                Map.of("eventId", "n", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level",
                        "userId", userId),
                Map.of("eventId", "s", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level",
                        "userId", String.valueOf(userId)),
                Map.of("eventId", "c", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level",
                        "userId", "ABC123HGbghdhdI"),
                Map.of("eventId", "b", "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level",
                        "userId", true))));
        assertResults(answer, 0, 0, 1, 3);
        assertTrue(answer.json().get("results").get(3).get("message").asText().startsWith("userId"), answer.toString());
        assertEquals(2, stored("presence_event", source));

        Answer timeOff = client.post("/v1/timeoff", eventsToken, Map.of("timeOffEvents", List.of(
                Map.of("eventId", "uid-1", "uid", "ABC123HGbghdhdI", "eventType", "scheduled", "startDate", "2027-01-04",
                        "endDate", "2027-01-04"),
                Map.of("eventId", "uid-2", "uid", String.valueOf(userId), "eventType", "scheduled", "startDate", "2027-01-04",
                        "endDate", "2027-01-04"))));
        assertResults(timeOff, 1, 0);
    }
}
