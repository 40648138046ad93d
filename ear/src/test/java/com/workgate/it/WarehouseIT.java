package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.Workplace;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The warehouse reads over a small known data set: exact rows, dates, paging, roles and tenancy. */
class WarehouseIT extends DeployedEar {

    private static final String DAY1 = "2026-11-02";
    private static final String DAY2 = "2026-11-03";
    private static final Map<String, String> ALWAYS_OFFICE = weekly("o");
    private static final Map<String, String> ALWAYS_REMOTE = weekly("r");

    private static Tenant tenant;
    private static String token;
    private static String prefix;
    private static long confirmed;
    private static long noShow;
    private static long unconfirmed;
    private static long walkIn;

    private static Map<String, String> weekly(String plan) {
        return Map.of("mon", plan, "tue", plan, "wed", plan, "thu", plan, "fri", plan, "sat", plan, "sun", plan);
    }

    private static long user(String name, String primaryLocation, Map<String, String> weeklyPlan) {
        Answer created = client.post("/v1/admin/users", tenant.token(), Map.of("email", name + "-" + prefix + "@example.com",
                "firstName", name, "lastName", "Tester", "userName", name, "primaryLocationId", primaryLocation,
                "primaryGroupId", "G1", "weeklyPlan", weeklyPlan));
        assertEquals(201, created.status(), created.toString());
        return created.json().get("userId").asLong();
    }

    private static void book(long userId, String day, String locationId, String zoneId, String placeId) {
        Map<String, Object> booking = new java.util.HashMap<>(Map.of("userId", userId, "day", day, "locationId", locationId));
        if (zoneId != null) {
            booking.put("zoneId", zoneId);
        }
        if (placeId != null) {
            booking.put("placeId", placeId);
        }
        Answer answer = client.post("/v1/admin/bookings", tenant.token(), booking);
        assertEquals(201, answer.status(), answer.toString());
    }

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        prefix = "W" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        assertEquals(200, client.put("/v1/admin/locations/" + prefix + "-PAR", tenant.token(), Map.of("name", "Paris",
                "hasPresenceSource", false, "levels", List.of(Map.of("levelId", prefix + "-P1", "name", "First",
                        "zones", List.of(Map.of("zoneId", prefix + "-PZ", "name", "South",
                                "places", List.of(Map.of("placeId", prefix + "-PD", "name", "Paris desk", "kind", "desk")))))))).status());
        confirmed = user("confirmed", prefix + "-LON", ALWAYS_OFFICE);
        noShow = user("noshow", prefix + "-LON", ALWAYS_OFFICE);
        unconfirmed = user("unconfirmed", prefix + "-PAR", ALWAYS_OFFICE);
        walkIn = user("walkin", prefix + "-LON", ALWAYS_REMOTE);
        book(confirmed, DAY1, prefix + "-LON", null, prefix + "-D1");
        book(noShow, DAY1, prefix + "-LON", prefix + "-Z1", null);
        book(unconfirmed, DAY1, prefix + "-PAR", null, null);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        Answer presence = client.post("/v1/presence", client.token(events[0], events[1]), Map.of("sourceId", "lobby",
                "presenceEvents", List.of(
                        Map.of("eventId", "w1", "timestamp", DAY1 + "T09:00:00Z", "locationId", prefix + "-D1",
                                "locationType", "place", "userId", confirmed),
                        Map.of("eventId", "w2", "timestamp", DAY1 + "T10:00:00Z", "locationId", prefix + "-L3",
                                "locationType", "level", "userId", walkIn))));
        assertEquals(0, presence.json().get("results").get(1).get("resultCode").asInt(), presence.toString());
        String[] warehouse = tenant.createKey(client, "WAREHOUSE", "BASIC_AND_HMAC");
        token = client.token(warehouse[0], warehouse[1]);
    }

    private static JsonNode read(String path) {
        Answer answer = client.get("/v1/analytics/" + path, token);
        assertEquals(200, answer.status(), path + " -> " + answer);
        assertTrue(answer.json().isArray());
        return answer.json();
    }

    private static String row(JsonNode row, String... fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            values.add(row.get(field).isNull() ? "-" : row.get(field).asText());
        }
        return String.join(" ", values);
    }

    @Test
    void attendanceFollowsTheRulesForEveryPersonAndDay() {
        JsonNode rows = read("user-booking-attendance?startDate=20261102&endDate=20261103");
        List<String> actual = new ArrayList<>();
        for (JsonNode row : rows) {
            actual.add(row(row, "userId", "day", "plan", "bookingDepth", "attendanceType", "bookingLocationId",
                    "bookingLevelId", "bookingZoneId", "bookingPlaceName"));
        }
        String p = prefix;
        assertEquals(List.of(
                confirmed + " 2026-11-02T00:00:00Z o 3 confirmed " + p + "-LON " + p + "-L3 " + p + "-Z1 Desk 1",
                confirmed + " 2026-11-03T00:00:00Z o - noShow - - - -",
                noShow + " 2026-11-02T00:00:00Z o 2 noShow " + p + "-LON " + p + "-L3 " + p + "-Z1 -",
                noShow + " 2026-11-03T00:00:00Z o - noShow - - - -",
                unconfirmed + " 2026-11-02T00:00:00Z o 1 unconfirmed " + p + "-PAR - - -",
                unconfirmed + " 2026-11-03T00:00:00Z o - unconfirmed - - - -",
                walkIn + " 2026-11-02T00:00:00Z r - walkIn - - - -",
                walkIn + " 2026-11-03T00:00:00Z r - - - - - -"), actual);
        JsonNode first = rows.get(0);
        assertEquals("London", first.get("primaryLocationName").asText());
        assertEquals("London", first.get("bookingLocationName").asText());
        assertEquals("Third floor", first.get("bookingLevelName").asText());
        assertEquals("North", first.get("bookingZoneName").asText());
        assertEquals("G1", first.get("primaryGroupId").asText());

        JsonNode paris = read("user-booking-attendance?startDate=20261102&endDate=20261103&locationId=" + prefix + "-PAR");
        assertEquals(2, paris.size(), "only the person-days planned or seen in Paris");
    }

    @Test
    void bothDateFormsGiveTheSameAnswerAndBadRangesAre400() {
        assertEquals(read("user-booking-attendance?startDate=20261102&endDate=20261103"),
                read("user-booking-attendance?startDate=2026-11-02&endDate=2026-11-03"));
        Object[][] cases = {
                {"user-booking-attendance?startDate=20261101&endDate=20261202", "endDate"},
                {"presence?startDate=2026-11-01&endDate=2026-12-02", "endDate"},
                {"change-log/user?startDate=2026-11-01T00:00:00.000Z&endDate=2026-12-02T00:00:00.000Z", "endDate"},
                {"presence?startDate=2026-11-01T25:00:00Z&endDate=20261102", "startDate"},
                {"change-log/user?startDate=20261101", "endDate"},
                {"user-booking-attendance?endDate=20261101", "startDate"},
                {"presence?startDate=2026-02-30&endDate=20261101", "startDate"},
                {"users?limit=0", "limit"},
                {"users?limit=7&cursor=%25%25", "cursor"},
        };
        for (Object[] c : cases) {
            Answer answer = client.get("/v1/analytics/" + c[0], token);
            assertEquals(400, answer.status(), c[0] + " -> " + answer);
            assertTrue(answer.message().startsWith((String) c[1]), answer.toString());
        }
        assertTrue(client.get("/v1/analytics/user-booking-attendance?startDate=20261101&endDate=20261202", token)
                .message().contains("at most 30 days after"));
    }

    /** Calven's Presence Details example sends ISO date-times; its warehouse guide loops over start..start + 30 days. */
    @Test
    void isoDateTimesNameTheirDateInTheOrganizationsZoneAndStartToStartPlusThirtyDaysIsOneCall() {
        String dates = "user-booking-attendance?startDate=20261102&endDate=20261103";
        assertEquals(read(dates), read("user-booking-attendance?startDate=2026-11-02T00:00:00.000Z&endDate=2026-11-03T00:00:00.000Z"));
        assertEquals(read(dates), read("user-booking-attendance?startDate=2026-11-01T23:30:00Z&endDate=2026-11-03T12:00:00%2B01:00"),
                "23:30 UTC on the 1st is the 2nd in Warsaw, the organization's zone");
        assertEquals(read("presence?startDate=20261101&endDate=20261130"),
                read("presence?startDate=2026-11-01T00:00:00.000Z&endDate=2026-12-01T00:00:00.000Z"));
        LocalDate start = LocalDate.of(2026, 10, 1);
        for (int step = 0; step < 3; step++) {
            LocalDate from = start.plusDays(30L * step);
            for (String path : List.of("user-booking-attendance", "presence", "change-log/user")) {
                Answer answer = client.get("/v1/analytics/" + path + "?startDate=" + from + "&endDate=" + from.plusDays(30), token);
                assertEquals(200, answer.status(), path + " from " + from + " -> " + answer);
            }
        }
    }

    @Test
    void directoryPlacesPresenceAndChangeLogAnswerExactRows() {
        JsonNode users = read("users");
        assertEquals(4, users.size());
        assertEquals("confirmed " + confirmed + " confirmed-" + prefix + "@example.com Tester active " + prefix + "-LON G1",
                row(users.get(0), "userName", "userId", "email", "lastName", "status", "primaryLocationId", "primaryGroupId"));

        JsonNode locations = read("locations");
        assertEquals(2, locations.size());
        assertEquals("London", locations.get(0).get("locationName").asText());
        assertEquals(prefix + "-Z1", locations.get(0).get("levels").get(0).get("zones").get(0).get("zoneId").asText());

        assertEquals(3, read("desks").size(), "two London desks and one in Paris; rooms are not desks");
        JsonNode parisDesks = read("desks?locationId=" + prefix + "-PAR");
        assertEquals(1, parisDesks.size());
        assertEquals(prefix + "-PD Paris desk " + prefix + "-P1 First South active",
                row(parisDesks.get(0), "deskId", "deskName", "levelId", "levelName", "zoneName", "status"));

        JsonNode presence = read("presence?startDate=20261101&endDate=20261130");
        assertEquals(2, presence.size());
        assertEquals("w1 lobby " + confirmed + " 2026-11-02T09:00:00Z " + prefix + "-D1 place Desk 1",
                row(presence.get(0), "eventId", "sourceId", "userId", "timestamp", "locationId", "locationType", "locationName"));
        assertEquals("Third floor", presence.get(1).get("locationName").asText());
        assertEquals(1, read("presence?startDate=20261101&endDate=20261130&userIds=" + walkIn).size());
        assertEquals(2, read("presence?startDate=20261101&endDate=20261130&locationIds=" + prefix + "-LON," + prefix + "-PAR").size());
        assertEquals(0, read("presence?startDate=20261101&endDate=20261130&locationIds=" + prefix + "-PAR").size());
        assertEquals(0, read("presence?startDate=20261103&endDate=20261130").size());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode log = read("change-log/user?startDate=" + today + "&endDate=" + today);
        assertEquals(3, log.size(), log.toString());
        assertEquals("booking_created " + confirmed + " " + DAY1 + " " + tenant.adminKey(),
                row(log.get(0), "action", "userId", "day", "changedBy"));
        assertEquals(1, read("change-log/user?startDate=" + today + "&endDate=" + today + "&userIds=" + noShow).size());
    }

    /** Calven documents every id as a string; typed clients (C#, Java, Go) fail on a number. */
    @Test
    void idsAreJsonStringsAndAnIdThatIsNoNumberOfOursMatchesNobody() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonNode> rows = new ArrayList<>();
        read("users").forEach(rows::add);
        read("user-booking-attendance?startDate=20261102&endDate=20261103").forEach(rows::add);
        read("presence?startDate=20261101&endDate=20261130").forEach(rows::add);
        read("change-log/user?startDate=" + today + "&endDate=" + today).forEach(rows::add);
        assertTrue(rows.size() > 10);
        for (JsonNode row : rows) {
            assertTrue(row.get("userId").isTextual(), row.toString());
        }
        for (JsonNode desk : read("desks")) {
            assertTrue(desk.get("assignedUserId").isNull() || desk.get("assignedUserId").isTextual(), desk.toString());
            assertTrue(desk.get("locationId").isTextual() && desk.get("deskId").isTextual(), desk.toString());
        }
        assertEquals(1, read("presence?startDate=20261101&endDate=20261130&userIds=" + walkIn + ",x").size());
        assertEquals(0, read("presence?startDate=20261101&endDate=20261130&userIds=3a2b0fd7-5f5a-4472-ab61-a2cc1784d38b").size(),
                "a Calven-style id names nobody here: no rows, not every row");
    }

    @Test
    void pagingWithLimitSevenReturnsFiftyRowsOnceInOrder() {
        Tenant big = Tenant.create(client);
        for (int i = 0; i < 50; i++) {
            big.createUser(client, "p" + i + "@example.com");
        }
        String[] key = big.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        String bigToken = client.token(key[0], key[1]);
        List<Long> seen = new ArrayList<>();
        String next = "/v1/analytics/users?limit=7";
        int pages = 0;
        while (next != null) {
            Answer page = client.get(next, bigToken);
            assertEquals(200, page.status(), page.toString());
            assertTrue(page.json().size() <= 7);
            page.json().forEach(user -> seen.add(user.get("userId").asLong()));
            next = nextLink(page);
            pages++;
        }
        assertEquals(8, pages);
        assertEquals(50, seen.size());
        assertEquals(seen.stream().sorted().distinct().toList(), seen, "in order, none twice");

        List<String> paged = new ArrayList<>();
        String attendance = "/v1/analytics/user-booking-attendance?startDate=20261102&endDate=20261103&limit=3";
        while (attendance != null) {
            Answer page = client.get(attendance, token);
            page.json().forEach(row -> paged.add(row.get("userId").asText() + row.get("day").asText()));
            attendance = nextLink(page);
        }
        List<String> whole = new ArrayList<>();
        read("user-booking-attendance?startDate=20261102&endDate=20261103")
                .forEach(row -> whole.add(row.get("userId").asText() + row.get("day").asText()));
        assertEquals(whole, paged);
    }

    private static String nextLink(Answer page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("<https?://[^/]+([^>]+)>; rel=\"next\"").matcher(link);
        assertTrue(matcher.find(), link);
        return matcher.group(1);
    }

    @Test
    void anotherOrganizationSeesNoneOfTheseRowsWhateverItAsks() {
        Tenant other = Tenant.create(client);
        String[] key = other.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        String otherToken = client.token(key[0], key[1]);
        for (String path : List.of("users", "locations", "desks", "desks?locationId=" + prefix + "-LON",
                "user-booking-attendance?startDate=20261102&endDate=20261103",
                "user-booking-attendance?startDate=20261102&endDate=20261103&locationId=" + prefix + "-LON",
                "presence?startDate=20261101&endDate=20261130&userIds=" + confirmed + "," + walkIn,
                "presence?startDate=20261101&endDate=20261130&locationIds=" + prefix + "-LON",
                "change-log/user?startDate=20261101&endDate=20261130&userIds=" + confirmed)) {
            Answer answer = client.get("/v1/analytics/" + path, otherToken);
            assertEquals(200, answer.status(), answer.toString());
            assertEquals(0, answer.json().size(), path + " -> " + answer);
        }
    }

    @Test
    void onlyWarehouseAndAllKeysReadAndTheBasicTwinsWork() {
        for (String role : List.of("EVENTS", "VISITOR")) {
            String[] key = tenant.createKey(client, role, "HMAC_ONLY");
            assertEquals(403, client.get("/v1/analytics/users", client.token(key[0], key[1])).status(), role);
        }
        assertEquals(200, client.get("/v1/analytics/users", tenant.token()).status(), "ALL reads too");
        String[] basicKey = tenant.createKey(client, "WAREHOUSE", "BASIC_AND_HMAC");
        String basic = "Basic " + Base64.getEncoder().encodeToString((basicKey[0] + ":" + basicKey[1]).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("users/basic", "locations/basic", "desks/basic",
                "user-booking-attendance/basic?startDate=20261102&endDate=20261103",
                "presence/basic?startDate=20261101&endDate=20261130", "change-log/user/basic?startDate=20261101&endDate=20261130")) {
            Answer answer = client.send("GET", "/v1/analytics/" + path, null, null, Map.of("Authorization", basic));
            assertEquals(200, answer.status(), path + " -> " + answer);
            assertTrue(answer.json().isArray());
        }
        assertEquals(401, client.get("/v1/analytics/users/basic", null).status());
    }
}
