package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example request of calven-api.md (and the Calven pages it cites: the time-off example, the warehouse
 * examples, the 2023 {@code Authentication} header), sent verbatim, gets the documented answer. The tenant holds
 * what the examples name: level {@code LON-L3}, people {@code ada@example.com}, {@code bob@domain.com},
 * {@code mary@domain.com}.
 */
class CalvenExamplesIT extends DeployedEar {

    private static Tenant tenant;
    private static String[] basicKey;
    private static String token;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        Workplace.create(client, tenant, "LON", true);
        for (String email : List.of("ada@example.com", "bob@domain.com", "mary@domain.com")) {
            tenant.createUser(client, email);
        }
        basicKey = tenant.createKey(client, "ALL", "BASIC_AND_HMAC");
        token = client.token(basicKey[0], basicKey[1]);
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Answer post(String path, String body, Map<String, String> headers) {
        return client.send("POST", path, null, body, headers);
    }

    private static Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + token);
    }

    // ------------------------------------------------------------------ §2 tokens

    /** §2.1's body names a key of Calven's and a 2023 time: refused as the document says, without saying why in detail. */
    @Test
    void theHmacExampleBodyVerbatimIsA401WithAuthenticatedFalse() {
        Answer answer = post("/v1/auth", """
                {"apiKey": "55DE3799-6C65-43F3-9AFB-A4725358B4FD", "timestamp": 1683257792, "hash": "%s"}"""
                .formatted("0".repeat(64)), Map.of());
        assertEquals(401, answer.status(), answer.toString());
        assertFalse(answer.json().get("authenticated").asBoolean());
        assertTrue(answer.json().get("message").isTextual());
    }

    @Test
    void theHmacExchangeAnswersTheDocumentedFields() {
        long now = Instant.now().getEpochSecond();
        String hash = WorkgateClient.hmacSha256Hex(basicKey[1], basicKey[0] + now);
        Answer answer = post("/v1/auth", """
                {"apiKey": "%s", "timestamp": %d, "hash": "%s"}""".formatted(basicKey[0], now, hash), Map.of());
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(Set.of("authenticated", "message", "token", "expiration"), fields(answer.json()));
        assertTrue(answer.json().get("authenticated").asBoolean());
        assertEquals("Authentication successful", answer.json().get("message").asText());
        assertTrue(answer.json().get("expiration").isNumber());
    }

    @Test
    void theOAuthExamplesInJsonBasicAndFormAnswerTheRfc6749Shape() {
        String basic = "Basic " + Base64.getEncoder().encodeToString((basicKey[0] + ":" + basicKey[1]).getBytes(StandardCharsets.UTF_8));
        List<Answer> answers = List.of(
                post("/v1/auth/token", "{\"client_id\": \"" + basicKey[0] + "\", \"client_secret\": \"" + basicKey[1] + "\"}", Map.of()),
                post("/v1/auth/token", "grant_type=client_credentials", Map.of("Authorization", basic,
                        "Content-Type", "application/x-www-form-urlencoded")),
                post("/v1/auth/token", "grant_type=client_credentials&client_id=" + basicKey[0] + "&client_secret=" + basicKey[1],
                        Map.of("Content-Type", "application/x-www-form-urlencoded")));
        for (Answer answer : answers) {
            assertEquals(200, answer.status(), answer.toString());
            assertEquals(Set.of("access_token", "expires_in", "token_type"), fields(answer.json()));
            assertEquals("Bearer", answer.json().get("token_type").asText());
            assertEquals(3600, answer.json().get("expires_in").asInt());
            assertEquals("no-store", answer.header("Cache-Control"));
        }
        Answer wrongGrant = post("/v1/auth/token", "grant_type=password", Map.of("Authorization", basic,
                "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(400, wrongGrant.status());
        assertEquals("unsupported_grant_type", wrongGrant.json().get("error").asText());
        Answer unknown = post("/v1/auth/token", "{\"client_id\": \"55DE3799-6C65-43F3-9AFB-A4725358B4FD\", \"client_secret\": \"x\"}",
                Map.of());
        assertEquals(401, unknown.status());
        assertEquals("invalid_client", unknown.json().get("error").asText());
    }

    /** The 2023 Calven documents send the token as {@code Authentication: Bearer ...}. */
    @Test
    void aTokenInTheAuthenticationHeaderIsAcceptedAsThe2023DocumentsSendIt() {
        assertEquals(200, client.send("GET", "/v1/analytics/users", null, null, Map.of("Authentication", "Bearer " + token)).status());
    }

    // ------------------------------------------------------------------ §3 events

    /** §3.1 verbatim, through the official SDK's trailing slash, with the headers it sends. */
    @Test
    void thePresenceExampleVerbatimIsStoredAndAnsweredAsDocumented() {
        String example = """
                {"sourceId": "lobby-turnstiles",
                 "presenceEvents": [
                   {"eventId": "e-1", "timestamp": "2026-11-23T08:59:12Z", "locationId": "LON-L3", "locationType": "level",
                    "sourceUserId": "badge-4411", "userEmail": "ada@example.com"}]}""";
        for (String path : List.of("/v1/presence", "/v1/presence/")) {
            Answer answer = client.send("POST", path, token, example, Map.of("x-calven-region", "eu", "correlationId", "c-42"));
            assertEquals(200, answer.status(), answer.toString());
            assertEquals(Set.of("sourceId", "timestamp", "results"), fields(answer.json()));
            assertEquals("lobby-turnstiles", answer.json().get("sourceId").asText());
            JsonNode result = answer.json().get("results").get(0);
            assertEquals(Set.of("eventId", "resultCode", "message"), fields(result));
            assertEquals("e-1", result.get("eventId").asText());
            assertEquals(0, result.get("resultCode").asInt(), "stored, and idempotent on the second send");
            assertEquals("c-42", answer.header("correlationId"));
        }
        Answer withBasic = client.send("POST", "/v1/presence/basic", null, example, Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((basicKey[0] + ":" + basicKey[1]).getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, withBasic.json().get("results").get(0).get("resultCode").asInt(), withBasic.toString());
    }

    @Test
    void theOccupancyShapeIsAnsweredLikePresence() {
        Answer answer = post("/v1/occupancy", """
                {"sourceId": "desk-sensors", "occupancyEvents": [
                  {"eventId": "o-1", "timestamp": "2026-11-23T09:00:00Z", "locationId": "LON-D1", "locationType": "place",
                   "occupied": true, "occupancy": 1}]}""", bearer());
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(0, answer.json().get("results").get(0).get("resultCode").asInt(), answer.toString());
    }

    /** Calven's own time-off example: one eventId for Bob's leave and Mary's cancellation; both are applied. */
    @Test
    void calvensTimeOffExampleVerbatimAppliesBothEvents() {
        String example = """
                {
                "timeOffEvents": [
                {
                "eventId": "C5C69845-DD77-487E-9C6A-708581B361E9",
                "email": "bob@domain.com",
                "eventType": "scheduled",
                "startDate": "2024-12-30",
                "endDate": "2025-01-02",
                "timeOffType": "leave"
                },
                {
                "eventId": "C5C69845-DD77-487E-9C6A-708581B361E9",
                "email": "mary@domain.com",
                "eventType": "cancelled",
                "startDate": "2024-11-30",
                "endDate": "2025-11-30"
                }
                ]
                }""";
        Answer answer = post("/v1/timeoff", example, bearer());
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(Set.of("timestamp", "results"), fields(answer.json()));
        assertEquals(2, answer.json().get("results").size());
        for (JsonNode result : answer.json().get("results")) {
            assertEquals("C5C69845-DD77-487E-9C6A-708581B361E9", result.get("eventId").asText());
            assertEquals(0, result.get("resultCode").asInt(), answer.toString());
        }
        Answer upperCase = post("/v1/timeoff", """
                {"timeOffEvents": [{"eventId": "x-1", "email": "Mary.Smith@Emaildomain.com", "eventType": "scheduled",
                  "startDate": "2027-01-04", "endDate": "2027-01-04"}]}""", bearer());
        assertEquals(1, upperCase.json().get("results").get(0).get("resultCode").asInt(), "an unknown person is result 1");
    }

    @Test
    void theAccessCredentialsShapeAnswersAnArrayInOrder() {
        Answer answer = post("/v1/access-credentials", """
                {"data": [{"username": "ADA@example.com", "updateId": "u-1", "credentials": [
                  {"active": true, "cardNumber": "40001", "facilityCode": "12", "scanData": ["a1"], "credentialType": "badge"}]}]}""",
                bearer());
        assertEquals(200, answer.status(), answer.toString());
        JsonNode update = answer.json().get(0);
        assertEquals("u-1", update.get("updateId").asText());
        assertEquals("OK", update.get("result").asText(), "the username's case does not matter");
        assertEquals("40001", update.get("results").get(0).get("cardNumber").asText());
    }

    @Test
    void theVisitorArrivalShapeIsAnsweredLikePresence() {
        Answer answer = post("/v1/visitor-arrival", """
                {"sourceId": "reception", "visitorArrivals": [
                  {"eventId": "v-1", "timestamp": "2026-11-23T09:30:00Z", "locationId": "LON-LON", "locationType": "location",
                   "visitorName": "Grace Hopper", "visitorEmail": "grace@example.org", "hostEmail": "ada@example.com",
                   "company": "Navy"}]}""", bearer());
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(0, answer.json().get("results").get(0).get("resultCode").asInt(), answer.toString());
    }

    // ------------------------------------------------------------------ §4 warehouse

    /** The warehouse examples: Bookings & Attendance's compact dates, Presence Details' ISO date-times. */
    @Test
    void theWarehouseExamplesAnswerArraysWithStringIds() {
        Answer attendance = client.get("/v1/analytics/user-booking-attendance?startDate=20211224&endDate=20211224", token);
        assertEquals(200, attendance.status(), attendance.toString());
        assertTrue(attendance.json().isArray(), attendance.toString());
        for (JsonNode row : attendance.json()) {
            assertTrue(row.get("userId").isTextual(), row.toString());
            assertEquals("2021-12-24T00:00:00Z", row.get("day").asText());
        }
        Answer presence = client.get("/v1/analytics/presence?startDate=2026-11-01T00:00:00.000Z&endDate=2026-11-30T00:00:00.000Z", token);
        assertEquals(200, presence.status(), presence.toString());
        for (JsonNode row : presence.json()) {
            assertTrue(row.get("userId").isTextual(), row.toString());
        }
        Answer users = client.get("/v1/analytics/users/basic", null);
        assertEquals(401, users.status(), "the /basic twin wants Basic credentials");
        Answer allUsers = client.get("/v1/analytics/users", token);
        // Calven's nine fields, and the directory attributes (docs/directory-api.md)
        assertEquals(Set.of("userId", "userName", "email", "firstName", "lastName", "onboarded", "primaryGroupId",
                "primaryLocationId", "status", "attributes"), fields(allUsers.json().get(0)));
        assertTrue(allUsers.json().get(0).get("userId").isTextual());
    }

    /**
     * The Presence Details page gives {@code startDate=2023-01-01T00:00:00.000Z} and {@code endDate=2023-12-31T00:00:00.000Z}
     * as separate parameter examples; sent together they ask for a year, which the warehouse overview limits to 30 days:
     * a 400 naming endDate and the rule, while the dates themselves are read.
     */
    @Test
    void thePresenceDetailsDateExamplesAreReadAndAYearIsRefusedWithTheRule() {
        Answer year = client.get("/v1/analytics/presence?startDate=2023-01-01T00:00:00.000Z&endDate=2023-12-31T00:00:00.000Z", token);
        assertEquals(400, year.status(), year.toString());
        assertTrue(year.message().startsWith("endDate: is 364 days after startDate; it may be at most 30 days"), year.toString());
        assertEquals(200, client.get("/v1/analytics/presence?startDate=2023-01-01T00:00:00.000Z&endDate=2023-01-31T00:00:00.000Z",
                token).status());
    }

    // ------------------------------------------------------------------ signed headers

    @Test
    void aSessionAnswersTheDocumentedFieldsAndFailuresCarryMessageAndError() {
        Map<String, String> signed = SignedHeaders.of(tenant.accountName(), basicKey[0], basicKey[1],
                String.valueOf(Instant.now().getEpochSecond()));
        Answer session = client.send("POST", "/v1/sessions", null, null, signed);
        assertEquals(200, session.status(), session.toString());
        assertEquals(Set.of("session_id", "expiration", "api_key", "api_token"), fields(session.json()));
        Answer refused = client.send("POST", "/v1/sessions", null, null, Map.of());
        assertEquals(403, refused.status());
        assertEquals(Set.of("message", "error"), fields(refused.json()));
        assertEquals("Unable to validate the request, please recheck your API-Key and API-Token.", refused.json().get("message").asText());
    }

    // ------------------------------------------------------------------ the served description

    @Test
    void theOpenApiDocumentSaysIdsAreStringsFormsAreTakenAndWhatASignedRefusalCarries() {
        JsonNode openapi = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json")).json();
        JsonNode schemas = openapi.get("components").get("schemas");
        for (String[] id : new String[][]{{"WarehouseUser", "userId"}, {"WarehouseDesk", "assignedUserId"},
                {"WarehouseAttendance", "userId"}, {"WarehousePresence", "userId"}, {"WarehouseChange", "userId"}}) {
            assertTrue(schemas.get(id[0]).get("properties").get(id[1]).get("type").toString().contains("string"), id[0]);
        }
        JsonNode users = openapi.get("paths").get("/v1/analytics/users").get("get").get("responses").get("200");
        assertTrue(users.toString().contains("#/components/schemas/WarehouseUser"), users.toString());
        JsonNode createSession = openapi.get("paths").get("/api/sessions").get("post").get("requestBody").get("content");
        assertTrue(createSession.has("application/x-www-form-urlencoded") && createSession.has("application/json"),
                createSession.toString());
        JsonNode refused = openapi.get("paths").get("/v1/sessions").get("post").get("responses").get("403");
        assertTrue(refused.toString().contains("#/components/schemas/SignedHeadersRefusal"), refused.toString());
        assertTrue(schemas.get("SignedHeadersRefusal").toString().contains("Invalid API Timestamp"));
        JsonNode startDate = openapi.get("paths").get("/v1/analytics/presence").get("get").get("parameters");
        assertTrue(startDate.toString().contains("ISO date-time"), startDate.toString());
    }
}
