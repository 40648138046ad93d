package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.Workplace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker or a careless client sends (issue 12, findings 2, 3, 4, 5, 7, 8, 11): wrong types, over-long
 * strings, filters that do not fit their attribute, dates of another millennium, bodies over the limit, references
 * to rows of another organization. Each answer is a 4xx (or the per-event / per-card failure) in the family's own
 * format, and nothing of it is stored.
 */
class BadInputIT extends DeployedEar {

    private static Tenant tenant;
    private static String eventsToken;
    private static String prefix;
    private static String location;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        eventsToken = client.token(events[0], events[1]);
        prefix = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        Workplace.create(client, tenant, prefix, true);
        location = prefix + "-LON";
    }

    private static String email(String what) {
        return what + "-" + UUID.randomUUID() + "@example.com";
    }

    private static Answer postRaw(String path, String token, String body) {
        return client.send("POST", path, token, body, Map.of());
    }

    private static void assertCalvenError(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(status, answer.json().get("status").asInt(), answer.toString());
        assertTrue(answer.message().startsWith(field + ":"), answer.toString());
    }

    private static void assertTimeClockValidation(Answer answer, String field) {
        assertEquals(422, answer.status(), answer.toString());
        assertTrue(answer.json().isArray(), answer.toString());
        assertEquals(field, answer.json().get(0).get("field").asText(), answer.toString());
    }

    // Finding 2 -------------------------------------------------------------------------------------------------

    @Test
    void accessCredentialsRefuseEveryWrongTypeCardByCardAndStoreNone() throws Exception {
        String email = email("cards");
        long userId = tenant.createUser(client, email);
        String good = prefix + "-good";
        String x101 = "x".repeat(101);
        String[][] bad = {
                {"{\"cardNumber\": null}", "cardNumber"},
                {"{\"cardNumber\": true}", "cardNumber"},
                {"{\"cardNumber\": [\"" + prefix + "-arr\"]}", "cardNumber"},
                {"{\"cardNumber\": 12345}", "cardNumber"},
                {"{\"cardNumber\": {}}", "cardNumber"},
                {"{\"cardNumber\": \"" + prefix + "-1\", \"active\": \"yes\"}", "active"},
                {"{\"cardNumber\": \"" + prefix + "-2\", \"active\": 1}", "active"},
                {"{\"cardNumber\": \"" + prefix + "-3\", \"scanData\": \"abc\"}", "scanData"},
                {"{\"cardNumber\": \"" + prefix + "-4\", \"scanData\": [1, true]}", "scanData"},
                {"{\"cardNumber\": \"" + prefix + "-5\", \"scanData\": {\"a\": 1}}", "scanData"},
                {"{\"cardNumber\": \"" + prefix + "-6\", \"facilityCode\": true}", "facilityCode"},
                {"{\"cardNumber\": \"" + prefix + "-7\", \"credentialType\": 5}", "credentialType"},
                {"{\"cardNumber\": \"" + prefix + "-8\", \"facilityCode\": \"" + x101 + "\"}", "facilityCode"},
                {"{\"cardNumber\": \"" + prefix + "-9\", \"credentialType\": \"" + x101 + "\"}", "credentialType"},
                {"{\"cardNumber\": \"" + "c".repeat(101) + "\"}", "cardNumber"},
                {"\"" + prefix + "-as-text\"", "credentials[15]"},
        };
        StringBuilder credentials = new StringBuilder();
        for (String[] card : bad) {
            credentials.append(card[0]).append(',');
        }
        credentials.append("{\"cardNumber\": \"").append(good).append("\", \"active\": false, \"facilityCode\": \"7\",")
                .append(" \"credentialType\": \"badge\", \"scanData\": [\"a1\", \"b2\"]}");
        Answer answer = postRaw("/v1/access-credentials", eventsToken, "{\"data\": [{\"username\": \"" + email
                + "\", \"updateId\": \"u1\", \"credentials\": [" + credentials + "]}]}");
        assertEquals(200, answer.status(), answer.toString());
        JsonNode update = answer.json().get(0);
        assertEquals("PARTIAL_UPDATE", update.get("result").asText(), answer.toString());
        for (int i = 0; i < bad.length; i++) {
            JsonNode result = update.get("results").get(i);
            assertEquals("CARD_UPDATE_FAILED", result.get("result").asText(), bad[i][0] + " -> " + result);
            assertTrue(result.get("message").asText().startsWith(bad[i][1] + ":"), bad[i][0] + " -> " + result);
        }
        assertEquals("OK", update.get("results").get(bad.length).get("result").asText(), answer.toString());
        assertEquals(List.of(List.of(good, "[\"a1\",\"b2\"]")), Database.rows(
                "select card_number, scan_data from access_card where user_id = ?", userId),
                "only the well-typed card is stored");
        assertEquals(1, Database.number("select count(*) from access_card where user_id = ? and active = false", userId));

        Answer badUpdates = postRaw("/v1/access-credentials", eventsToken, "{\"data\": ["
                + "{\"username\": 5, \"updateId\": \"u2\", \"credentials\": []},"
                + "{\"username\": \"" + email + "\", \"updateId\": {\"x\": 1}, \"credentials\": [{\"cardNumber\": \"" + prefix + "-u\"}]},"
                + "{\"username\": \"" + email + "\", \"updateId\": \"u4\", \"credentials\": {\"cardNumber\": \"" + prefix + "-v\"}},"
                + "{\"username\": \"" + email + "\", \"updateId\": \"u5\", \"credentials\": [{\"cardNumber\": null}]}]}");
        assertEquals(200, badUpdates.status(), badUpdates.toString());
        assertTrue(badUpdates.json().get(0).get("message").asText().startsWith("username:"), badUpdates.toString());
        assertTrue(badUpdates.json().get(1).get("message").asText().startsWith("updateId:"), badUpdates.toString());
        assertTrue(badUpdates.json().get(2).get("message").asText().startsWith("credentials:"), badUpdates.toString());
        assertTrue(badUpdates.json().get(3).get("results").get(0).get("message").asText().startsWith("cardNumber:"),
                badUpdates.toString());
        for (JsonNode result : badUpdates.json()) {
            assertEquals("CARD_UPDATE_FAILED", result.get("result").asText(), badUpdates.toString());
        }
        assertEquals(1, Database.number("select count(*) from access_card where user_id = ?", userId),
                "malformed updates, and an update whose every card failed, change nobody's cards");
        assertEquals(0, Database.number("select count(*) from access_card where organization_id = ? and card_number in"
                + " ('null', 'true', '12345', '{}')", tenant.organizationId()));
    }

    @Test
    void theTerminalRefusesAMissingOrNonStringCardNumber() throws Exception {
        String email = email("terminal");
        long userId = tenant.createUser(client, email);
        // a person holding the card "null" and "true": a card number that was not a string must not find them
        client.post("/v1/access-credentials", eventsToken, Map.of("data", List.of(Map.of("username", email, "updateId", "t",
                "credentials", List.of(Map.of("cardNumber", "null"), Map.of("cardNumber", "true"))))));
        for (String body : List.of("{\"cardNumber\": null}", "{}", "{\"cardNumber\": true}", "{\"cardNumber\": [\"null\"]}",
                "{\"cardNumber\": 5}", "{\"cardNumber\": \"  \"}", "{\"cardNumber\": \"" + "c".repeat(101) + "\"}")) {
            Answer answer = postRaw("/api/terminal/clock", tenant.token(), body);
            assertTimeClockValidation(answer, "cardNumber");
        }
        Answer notAnObject = postRaw("/api/terminal/clock", tenant.token(), "[\"null\"]");
        assertEquals(400, notAnObject.status(), notAnObject.toString());
        assertEquals(400, notAnObject.json().get("status").asInt(), notAnObject.toString());
        assertEquals(0, Database.number("select count(*) from work_session where user_id = ?", userId), "nobody clocked in");
    }

    @Test
    void everyEventFieldIsTypeCheckedAndAWrongOneIsResult3() throws Exception {
        String email = email("typed");
        tenant.createUser(client, email);
        String source = "typed-" + UUID.randomUUID();
        String where = "\"timestamp\": \"2026-11-23T08:59:12Z\", \"locationId\": \"" + location + "\", \"locationType\": \"location\"";
        String[][] presence = {
                {"{\"eventId\": 5, " + where + ", \"userEmail\": \"" + email + "\"}", "eventId"},
                {"{\"eventId\": \"p1\", \"timestamp\": 1700000000, \"locationId\": \"" + location + "\", \"locationType\": \"location\", \"userEmail\": \"" + email + "\"}", "timestamp"},
                {"{\"eventId\": \"p2\", \"timestamp\": \"2026-11-23T08:59:12Z\", \"locationId\": [\"" + location + "\"], \"locationType\": \"location\", \"userEmail\": \"" + email + "\"}", "locationId"},
                {"{\"eventId\": \"p3\", \"timestamp\": \"2026-11-23T08:59:12Z\", \"locationId\": \"" + location + "\", \"locationType\": true, \"userEmail\": \"" + email + "\"}", "locationType"},
                {"{\"eventId\": \"p4\", " + where + ", \"userId\": true}", "userId"},
                {"{\"eventId\": \"p5\", " + where + ", \"userEmail\": [\"" + email + "\"]}", "userEmail"},
                {"{\"eventId\": \"p6\", " + where + ", \"userEmail\": \"" + email + "\", \"sourceUserId\": {}}", "sourceUserId"},
                {"{\"eventId\": \"p7\", " + where + ", \"userId\": 1.5}", "userId"},
        };
        assertResult3("/v1/presence", "presenceEvents", source, presence);
        assertEquals(0, Database.number("select count(*) from presence_event where source_id = ?", source));

        String[][] occupancy = {
                {"{\"eventId\": \"o1\", " + where + ", \"occupied\": \"yes\"}", "occupied"},
                {"{\"eventId\": \"o2\", " + where + ", \"occupancy\": \"3\"}", "occupancy"},
                {"{\"eventId\": \"o3\", " + where + ", \"occupancy\": -1}", "occupancy"},
                {"{\"eventId\": \"o4\", " + where + ", \"occupancy\": 2.5}", "occupancy"},
        };
        assertResult3("/v1/occupancy", "occupancyEvents", source, occupancy);
        assertEquals(0, Database.number("select count(*) from occupancy_event where source_id = ?", source));

        String[][] visitors = {
                {"{\"eventId\": \"v1\", " + where + ", \"visitorName\": 5}", "visitorName"},
                {"{\"eventId\": \"v2\", " + where + ", \"visitorName\": \"Vi\", \"company\": true}", "company"},
                {"{\"eventId\": \"v3\", " + where + ", \"visitorName\": \"Vi\", \"hostEmail\": [\"" + email + "\"]}", "hostEmail"},
                {"{\"eventId\": \"v4\", " + where + ", \"visitorName\": \"Vi\", \"visitorEmail\": false}", "visitorEmail"},
        };
        assertResult3("/v1/visitor-arrival", "visitorArrivals", source, visitors);
        assertEquals(0, Database.number("select count(*) from visitor_arrival where source_id = ?", source));

        String dates = "\"startDate\": \"2026-12-01\", \"endDate\": \"2026-12-02\"";
        String[][] timeOff = {
                {"{\"eventId\": \"t1\", \"uid\": true, \"eventType\": \"scheduled\", " + dates + "}", "uid"},
                {"{\"eventId\": \"t2\", \"email\": 5, \"eventType\": \"scheduled\", " + dates + "}", "email"},
                {"{\"eventId\": \"t3\", \"email\": \"" + email + "\", \"eventType\": 1, " + dates + "}", "eventType"},
                {"{\"eventId\": \"t4\", \"email\": \"" + email + "\", \"eventType\": \"scheduled\", \"startDate\": 20261201, \"endDate\": \"2026-12-02\"}", "startDate"},
                {"{\"eventId\": \"t5\", \"email\": \"" + email + "\", \"eventType\": \"scheduled\", " + dates + ", \"timeOffType\": false}", "timeOffType"},
        };
        assertResult3("/v1/timeoff", "timeOffEvents", null, timeOff);
        assertEquals(0, Database.number("select count(*) from timeoff_event where organization_id = ?", tenant.organizationId()));
    }

    private static void assertResult3(String path, String listField, String source, String[][] events) {
        StringBuilder list = new StringBuilder();
        for (String[] event : events) {
            list.append(list.isEmpty() ? "" : ",").append(event[0]);
        }
        String body = "{" + (source == null ? "" : "\"sourceId\": \"" + source + "\", ") + "\"" + listField + "\": [" + list + "]}";
        Answer answer = postRaw(path, eventsToken, body);
        assertEquals(200, answer.status(), path + " " + answer);
        JsonNode results = answer.json().get("results");
        for (int i = 0; i < events.length; i++) {
            assertEquals(3, results.get(i).get("resultCode").asInt(), events[i][0] + " -> " + results.get(i));
            assertTrue(results.get(i).get("message").asText().startsWith(events[i][1]), events[i][0] + " -> " + results.get(i));
        }
    }

    // Finding 3 -------------------------------------------------------------------------------------------------

    @Test
    void stringsLongerThanTheirColumnAre400NotServerErrors() throws Exception {
        String account = "long-" + UUID.randomUUID().toString().substring(0, 8);
        Answer organization = client.post("/v1/admin/organizations", client.adminToken(),
                Map.of("name", "n".repeat(201), "accountName", account, "country", "PL"));
        assertCalvenError(organization, 400, "name");
        assertCalvenError(client.post("/v1/admin/organizations", client.adminToken(),
                Map.of("name", "Long zone", "accountName", account, "timeZone", "Z".repeat(65))), 400, "timeZone");
        assertEquals(0, Database.number("select count(*) from organization where account_name = ?", account));

        Answer address = client.put("/v1/admin/locations/" + prefix + "-ADDR", tenant.token(),
                Map.of("name", "Far away", "address", "a".repeat(1000)));
        assertCalvenError(address, 400, "address");
        assertEquals(0, Database.number("select count(*) from location where location_id = ?", prefix + "-ADDR"));
        assertEquals(200, client.put("/v1/admin/locations/" + prefix + "-ADDR", tenant.token(),
                Map.of("name", "Far away", "address", "a".repeat(500))).status(), "500 characters fit");

        assertCalvenError(client.post("/v1/admin/keys", tenant.token(), Map.of("name", "k".repeat(201), "role", "EVENTS")),
                400, "name");
        assertCalvenError(client.post("/v1/admin/users", tenant.token(), Map.of("email", email("long"), "firstName",
                "f".repeat(101), "lastName", "L")), 400, "firstName");
        assertCalvenError(client.post("/v1/admin/projects", tenant.token(), Map.of("name", "p".repeat(256))), 400, "name");

        // The TimeClock profile's "First And Last Name" becomes two columns of 100 characters each.
        TimeClockClient me = TimeClockClient.newUser(client, tenant, email("profile"));
        Answer profile = me.send("PUT", "/api/profile", Map.of("name", "f".repeat(150) + " " + "l".repeat(50)));
        assertTrue(profile.status() == 400 || profile.status() == 422, profile.toString());
        assertEquals("First", client.get("/v1/admin/users/" + me.userId(), tenant.token()).json().get("firstName").asText());

        // A visitor log line is composed from a 200-character name and company, a 100-character place and a
        // 200-character source: it is cut to fit its column, the visit is stored.
        String longLocation = prefix + "-" + "L".repeat(100 - prefix.length() - 1);
        assertEquals(200, client.put("/v1/admin/locations/" + longLocation, tenant.token(), Map.of("name", "Long")).status());
        String host = email("host");
        long hostId = tenant.createUser(client, host);
        String source = ("visit-" + UUID.randomUUID()).repeat(10).substring(0, 200);
        Answer visit = client.post("/v1/visitor-arrival", eventsToken, Map.of("sourceId", source, "visitorArrivals", List.of(
                Map.of("eventId", "long-visit", "timestamp", "2026-11-23T08:59:12Z", "locationId", longLocation,
                        "locationType", "location", "visitorName", "V".repeat(200), "company", "C".repeat(200),
                        "hostEmail", host))));
        assertEquals(200, visit.status(), visit.toString());
        assertEquals(0, visit.json().get("results").get(0).get("resultCode").asInt(), visit.toString());
        assertEquals(1, Database.number("select count(*) from user_action where user_id = ? and action = 'visitor_arrived'", hostId));
    }

    @Test
    void aNulCharacterIsRefusedWhereverTextArrivesAndNothingIsStored() throws Exception {
        String nul = "a\u0000b";
        String email = email("nul");
        long userId = tenant.createUser(client, email);
        assertCalvenError(client.put("/v1/admin/users/" + userId, tenant.token(), Map.of("firstName", nul)), 400, "firstName");
        assertCalvenError(client.put("/v1/admin/locations/" + prefix + "-NUL", tenant.token(), Map.of("name", nul)), 400, "name");
        assertCalvenError(client.get("/v1/analytics/users?limit=10&cursor=" + "a%00b", tenant.token()), 400, "cursor");
        assertCalvenError(client.get("/v1/analytics/desks?locationId=a%00b", tenant.token()), 400, "locationId");

        Answer cards = client.post("/v1/access-credentials", eventsToken, Map.of("data", List.of(
                Map.of("username", email, "updateId", "n1", "credentials", List.of(Map.of("cardNumber", nul),
                        Map.of("cardNumber", prefix + "-nul", "facilityCode", nul))),
                Map.of("username", nul, "updateId", "n2", "credentials", List.of()))));
        assertEquals(200, cards.status(), cards.toString());
        assertEquals("CARD_UPDATE_FAILED", cards.json().get(0).get("result").asText(), cards.toString());
        assertEquals("CARD_UPDATE_FAILED", cards.json().get(1).get("result").asText(), cards.toString());
        assertEquals(0, Database.number("select count(*) from access_card where user_id = ?", userId));
        assertResult3("/v1/timeoff", "timeOffEvents", null, new String[][]{
                {"{\"eventId\": \"a\\u0000b\", \"email\": \"" + email + "\", \"eventType\": \"scheduled\", \"startDate\": \"2026-12-01\", \"endDate\": \"2026-12-01\"}", "eventId"}});

        TimeClockClient me = TimeClockClient.newUser(client, tenant, email("nul-clock"));
        assertTimeClockValidation(me.send("POST", "/api/sessions", Map.of("clockIn", Instant.parse("2026-11-02T08:00:00Z").getEpochSecond(),
                "note", nul)), "note");
        assertTimeClockValidation(me.send("PUT", "/api/profile", Map.of("name", nul)), "name");
        assertTimeClockValidation(client.post("/api/terminal/clock", tenant.token(), Map.of("cardNumber", nul)), "cardNumber");
        Answer filter = me.get("/api/sessions?filter%5Bnote%5D=a%00b");
        assertEquals(400, filter.status(), filter.toString());
        assertEquals(400, filter.json().get("status").asInt(), filter.toString());
        assertEquals(0, Database.number("select count(*) from work_session where user_id = ?", me.userId()));

        Answer oauth = client.send("POST", "/v1/auth/token", null, "grant_type=client_credentials&client_id=a%00b&client_secret=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(400, oauth.status(), oauth.toString());
        assertEquals("invalid_request", oauth.json().get("error").asText(), oauth.toString());
    }

    // Finding 4 -------------------------------------------------------------------------------------------------

    @Test
    void likeOnANumberOrADateAndOtherHostileListParametersAreNot500() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, email("filters"));
        String[][] likes = {
                {"/api/sessions", "id"}, {"/api/sessions", "clockIn"}, {"/api/sessions", "createdAt"},
                {"/api/off-times", "id"}, {"/api/off-times", "startAt"}, {"/api/off-times", "type"},
                {"/api/off-times", "approved"}, {"/api/holidays", "year"}, {"/api/holidays", "month"},
                {"/api/projects", "id"},
        };
        for (String[] like : likes) {
            Answer answer = me.get(like[0] + "?filter%5B" + like[1] + "%5D%5Blike%5D=1");
            assertTimeClockValidation(answer, "filter");
            assertEquals("\"" + like[1] + "\" does not support operator \"like\".", answer.json().get(0).get("message").asText());
        }
        assertEquals(200, me.get("/api/sessions?filter%5Bnote%5D%5Blike%5D=1").status(), "like on text still works");
        for (String query : List.of("filter%5Bid%5D%5Bfoo%5D=1", "filter%5Bid%5D%5Bor%5D=1", "filter%5Bor%5D%5B0%5D%5Bid%5D=1",
                "filter%5Bid%5D%5Bgt%5D=abc", "filter%5BclockIn%5D%5Bgt%5D=99999999999999999999999",
                "filter%5Bid%5D%5Bin%5D%5B%5D=x", "filter=1", "filter%5B%5D=1", "filter%5Bid%5D%5Blike%5D%5B%5D=1")) {
            Answer answer = me.get("/api/sessions?" + query);
            assertEquals(422, answer.status(), query + " " + answer);
        }
        // Yii's Sort and Pagination ignore unknown sort names and clamp the page: answered, never an error.
        for (String query : List.of("sort=password", "sort=-,,--id", "page=-5", "per-page=-1", "page=99999999999999999999",
                "per-page=99999999999", "page=abc")) {
            Answer answer = me.get("/api/sessions?" + query);
            assertEquals(200, answer.status(), query + " " + answer);
        }
        String[] key = tenant.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        String warehouse = client.token(key[0], key[1]);
        for (String limit : List.of("-1", "0", "99999999999", "abc")) {
            Answer answer = client.get("/v1/analytics/users?limit=" + limit, warehouse);
            assertEquals(400, answer.status(), limit + " " + answer);
        }
    }

    // Finding 5 -------------------------------------------------------------------------------------------------

    @Test
    void datesOutsideTheYears2000To2099AreRefused() throws Exception {
        String email = email("dates");
        long userId = tenant.createUser(client, email);
        String source = "dates-" + UUID.randomUUID();
        for (String timestamp : List.of("+99999-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
                "2100-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
            String where = "\"timestamp\": \"" + timestamp + "\", \"locationId\": \"" + location + "\", \"locationType\": \"location\"";
            assertResult3("/v1/presence", "presenceEvents", source,
                    new String[][]{{"{\"eventId\": \"p" + timestamp + "\", " + where + ", \"userEmail\": \"" + email + "\"}", "timestamp"}});
            assertResult3("/v1/occupancy", "occupancyEvents", source,
                    new String[][]{{"{\"eventId\": \"o" + timestamp + "\", " + where + ", \"occupied\": true}", "timestamp"}});
            assertResult3("/v1/visitor-arrival", "visitorArrivals", source,
                    new String[][]{{"{\"eventId\": \"v" + timestamp + "\", " + where + ", \"visitorName\": \"Vi\"}", "timestamp"}});
        }
        for (String table : List.of("presence_event", "occupancy_event", "visitor_arrival")) {
            assertEquals(0, Database.number("select count(*) from " + table + " where source_id = ?", source), table);
        }
        assertResult3("/v1/timeoff", "timeOffEvents", null, new String[][]{
                {"{\"eventId\": \"old\", \"email\": \"" + email + "\", \"eventType\": \"scheduled\", \"startDate\": \"0000-01-01\", \"endDate\": \"0000-01-02\"}", "startDate"},
                {"{\"eventId\": \"far\", \"email\": \"" + email + "\", \"eventType\": \"scheduled\", \"startDate\": \"2099-12-31\", \"endDate\": \"2100-01-01\"}", "endDate"}});

        assertCalvenError(client.put("/v1/admin/users/" + userId + "/plans/0000-01-01", tenant.token(), Map.of("plan", "o")),
                400, "day");
        assertCalvenError(client.put("/v1/admin/users/" + userId + "/plans/2100-01-01", tenant.token(), Map.of("plan", "o")),
                400, "day");
        assertEquals(200, client.put("/v1/admin/users/" + userId + "/plans/2099-12-31", tenant.token(), Map.of("plan", "o")).status());
        assertCalvenError(client.post("/v1/admin/bookings", tenant.token(), Map.of("userId", userId, "day", "1999-12-31",
                "locationId", location)), 400, "day");
        assertEquals(1, Database.number("select count(*) from day_plan where user_id = ?", userId), "only 2099-12-31");
        assertEquals(0, Database.number("select count(*) from booking where user_id = ?", userId));

        TimeClockClient me = TimeClockClient.newUser(client, tenant, email("clock"));
        long year99999 = 3093527980800L;
        assertTimeClockValidation(me.send("POST", "/api/sessions", Map.of("clockIn", 999_999_999_999_999_999L)), "clockIn");
        assertTimeClockValidation(me.send("POST", "/api/sessions", Map.of("clockIn", -1)), "clockIn");
        assertTimeClockValidation(me.send("POST", "/api/sessions",
                Map.of("clockIn", Instant.parse("2026-11-02T08:00:00Z").getEpochSecond(), "clockOut", year99999)), "clockOut");
        assertTimeClockValidation(me.send("POST", "/api/off-times", Map.of("startAt", "0000-01-01", "endAt", "0000-01-02",
                "type", 1)), "startAt");
        assertEquals(0, Database.number("select count(*) from work_session where user_id = ?", me.userId()));
        assertEquals(0, Database.number("select count(*) from off_time where user_id = ?", me.userId()));
    }

    // Finding 7 -------------------------------------------------------------------------------------------------

    @Test
    void aTwentyMegabyteBodyGets413InTheFormatOfItsFamily() throws Exception {
        String big = "{\"sourceId\": \"big\", \"pad\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}";

        Answer calven = postRaw("/v1/presence", eventsToken, big);
        assertEquals(413, calven.status(), calven.status() + " " + calven.headers().map());
        assertEquals(413, calven.json().get("status").asInt(), calven.toString());
        assertNotNull(calven.message());

        Answer oauth = postRaw("/v1/auth/token", null, big);
        assertEquals(413, oauth.status(), oauth.status() + " " + oauth.headers().map());
        assertEquals("invalid_request", oauth.json().get("error").asText(), oauth.toString());
        assertNotNull(oauth.json().get("error_description"), oauth.toString());

        TimeClockClient me = TimeClockClient.newUser(client, tenant, email("big"));
        Answer timeClock = me.send("POST", "/api/sessions", big);
        assertEquals(413, timeClock.status(), timeClock.status() + " " + timeClock.headers().map());
        assertEquals("Payload Too Large", timeClock.json().get("name").asText(), timeClock.toString());
        assertEquals(413, timeClock.json().get("status").asInt(), timeClock.toString());
        assertEquals(0, Database.number("select count(*) from work_session where user_id = ?", me.userId()));

        assertEquals(200, client.get("/health/live", null).status(), "the server still answers afterwards");
    }

    // Finding 8 -------------------------------------------------------------------------------------------------

    @Test
    void aPrimaryLocationMustBeALocationOfTheCallersOrganization() throws Exception {
        Tenant other = Tenant.create(client);
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, client.put("/v1/admin/locations/" + theirs, other.token(), Map.of("name", "Theirs")).status());

        String email = email("primary");
        assertCalvenError(client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "P",
                "lastName", "L", "primaryLocationId", "no-such-location")), 400, "primaryLocationId");
        assertCalvenError(client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "P",
                "lastName", "L", "primaryLocationId", theirs)), 400, "primaryLocationId");
        assertEquals(0, Database.number("select count(*) from app_user where email = ?", email), "nothing stored");

        Answer created = client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "P",
                "lastName", "L", "primaryLocationId", location));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("userId").asLong();
        assertCalvenError(client.put("/v1/admin/users/" + id, tenant.token(), Map.of("primaryLocationId", theirs,
                "firstName", "Changed")), 400, "primaryLocationId");
        JsonNode read = client.get("/v1/admin/users/" + id, tenant.token()).json();
        assertEquals(location, read.get("primaryLocationId").asText(), "a refused update changes nothing");
        assertEquals("P", read.get("firstName").asText(), "a refused update changes nothing");
    }

    // Finding 11 ------------------------------------------------------------------------------------------------

    @Test
    void aCountryIsAnIso3166CodeAndAVisitorEmailAnAddress() throws Exception {
        for (String country : List.of("ZZ", "XX", "AA", "P1")) {
            String account = "cc-" + UUID.randomUUID().toString().substring(0, 8);
            assertCalvenError(client.post("/v1/admin/organizations", client.adminToken(),
                    Map.of("name", "Nowhere", "accountName", account, "country", country)), 400, "country");
            assertEquals(0, Database.number("select count(*) from organization where account_name = ?", account));
        }
        Answer lowerCase = client.post("/v1/admin/organizations", client.adminToken(), Map.of("name", "Somewhere",
                "accountName", "cc-" + UUID.randomUUID().toString().substring(0, 8), "country", "de"));
        assertEquals(201, lowerCase.status(), lowerCase.toString());
        assertEquals("DE", lowerCase.json().get("country").asText());

        String source = "visitor-email-" + UUID.randomUUID();
        String where = "\"timestamp\": \"2026-11-23T08:59:12Z\", \"locationId\": \"" + location + "\", \"locationType\": \"location\"";
        assertResult3("/v1/visitor-arrival", "visitorArrivals", source, new String[][]{
                {"{\"eventId\": \"e1\", " + where + ", \"visitorName\": \"Vi\", \"visitorEmail\": \"not an address\"}", "visitorEmail"},
                {"{\"eventId\": \"e2\", " + where + ", \"visitorName\": \"Vi\", \"visitorEmail\": \"vi@\"}", "visitorEmail"},
                {"{\"eventId\": \"e3\", " + where + ", \"visitorName\": \"Vi\", \"visitorEmail\": \"@example.com\"}", "visitorEmail"}});
        Answer good = postRaw("/v1/visitor-arrival", eventsToken, "{\"sourceId\": \"" + source + "\", \"visitorArrivals\": [{"
                + "\"eventId\": \"e4\", " + where + ", \"visitorName\": \"Vi\", \"visitorEmail\": \"vi@example.com\"}]}");
        assertEquals(0, good.json().get("results").get(0).get("resultCode").asInt(), good.toString());
        assertEquals(List.of(List.of("vi@example.com")), Database.rows("select visitor_email from visitor_arrival where source_id = ?", source));
    }
}
