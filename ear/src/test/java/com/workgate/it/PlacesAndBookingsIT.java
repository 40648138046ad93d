package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.Workplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin routes of the workplace model: location hierarchies, day plans, bookings, and their log. */
class PlacesAndBookingsIT extends DeployedEar {

    private static Tenant tenant;
    private static String prefix;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        prefix = "B" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
    }

    @Test
    void placesLeftOutOfALaterPutAreArchivedNotDeleted() {
        String location = prefix + "-ARCH";
        Map<String, Object> full = Workplace.office(prefix + "A", true);
        assertEquals(200, client.put("/v1/admin/locations/" + location, tenant.token(), full).status());
        Map<String, Object> smaller = Map.of("name", "London", "levels", List.of(Map.of("levelId", prefix + "A-L3", "name", "Third",
                "zones", List.of(Map.of("zoneId", prefix + "A-Z1", "name", "North",
                        "places", List.of(Map.of("placeId", prefix + "A-D1", "name", "Desk 1", "kind", "desk")))))));
        Answer put = client.put("/v1/admin/locations/" + location, tenant.token(), smaller);
        assertEquals(200, put.status(), put.toString());
        JsonNode places = client.get("/v1/admin/locations/" + location, tenant.token()).json()
                .get("levels").get(0).get("zones").get(0).get("places");
        assertEquals(3, places.size(), "nothing deleted");
        for (JsonNode place : places) {
            assertEquals(!place.get("placeId").asText().endsWith("-D1"), place.get("archived").asBoolean(), place.toString());
        }
        assertTrue(client.get("/v1/admin/locations", tenant.token()).text().contains(location));
    }

    @Test
    void badHierarchiesAreRefusedNamingTheField() {
        Object[][] cases = {
                {Map.of("levels", List.of()), "name"},
                {Map.of("name", "X", "levels", List.of(Map.of("name", "no id"))), "levels[0].levelId"},
                {Map.of("name", "X", "levels", List.of(Map.of("levelId", "dup", "name", "a"), Map.of("levelId", "dup", "name", "b"))),
                        "levels[1].levelId"},
                {Map.of("name", "X", "levels", List.of(Map.of("levelId", "x1", "name", "a", "zones", List.of(Map.of("zoneId", "z",
                        "name", "z", "places", List.of(Map.of("placeId", "p", "name", "p", "kind", "sofa"))))))), "levels[0].zones[0].places[0].kind"},
                {Map.of("name", "X", "status", "open"), "status"},
        };
        for (Object[] c : cases) {
            Answer answer = client.put("/v1/admin/locations/" + prefix + "-BAD", tenant.token(), c[0]);
            assertEquals(400, answer.status(), answer.toString());
            assertTrue(answer.message().startsWith((String) c[1]), answer.toString());
        }
        Answer stolen = client.put("/v1/admin/locations/" + prefix + "-OTHER", tenant.token(), Workplace.office(prefix, true));
        assertEquals(409, stolen.status(), "ids belong to one location: " + stolen);
        assertEquals(404, client.get("/v1/admin/locations/" + prefix + "-BAD", tenant.token()).status(), "nothing stored");
    }

    @Test
    void aPlaceIsBookedOnceADayAndEveryChangeIsLogged() throws Exception {
        long ada = tenant.createUser(client, "ada-" + prefix + "@example.com");
        long bob = tenant.createUser(client, "bob-" + prefix + "@example.com");
        LocalDate day = LocalDate.now().plusDays(20);
        Answer booked = client.post("/v1/admin/bookings", tenant.token(), Map.of("userId", ada, "day", day.toString(),
                "locationId", prefix + "-LON", "placeId", prefix + "-D1"));
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(3, booked.json().get("bookingDepth").asInt());
        assertEquals(prefix + "-Z1", booked.json().get("zoneId").asText());

        Answer taken = client.post("/v1/admin/bookings", tenant.token(), Map.of("userId", bob, "day", day.toString(),
                "locationId", prefix + "-LON", "placeId", prefix + "-D1"));
        assertEquals(409, taken.status());
        assertTrue(taken.message().startsWith("placeId"));

        Answer zone = client.post("/v1/admin/bookings", tenant.token(), Map.of("userId", bob, "day", day.toString(),
                "locationId", prefix + "-LON", "zoneId", prefix + "-Z1"));
        assertEquals(2, zone.json().get("bookingDepth").asInt(), zone.toString());
        Answer location = client.post("/v1/admin/bookings", tenant.token(), Map.of("userId", bob, "day", day.plusDays(1).toString(),
                "locationId", prefix + "-LON"));
        assertEquals(1, location.json().get("bookingDepth").asInt());

        assertEquals(List.of(List.of("o")), Database.rows("select plan from day_plan where user_id = ? and on_day = ?", ada, day),
                "booking sets the day's plan to office");
        long bookingId = booked.json().get("bookingId").asLong();
        assertEquals(204, client.delete("/v1/admin/bookings/" + bookingId, tenant.token()).status());
        assertEquals(404, client.delete("/v1/admin/bookings/" + bookingId, tenant.token()).status());
        List<List<String>> log = Database.rows("select action, changed_by from user_action where user_id = ? order by id", ada);
        assertTrue(log.stream().anyMatch(row -> row.get(0).equals("booking_created") && row.get(1).equals(tenant.adminKey())), log.toString());
        assertTrue(log.stream().anyMatch(row -> row.get(0).equals("booking_cancelled")), log.toString());

        Tenant other = Tenant.create(client);
        assertEquals(404, client.delete("/v1/admin/bookings/" + zone.json().get("bookingId").asLong(), other.token()).status());
        assertEquals(400, client.post("/v1/admin/bookings", other.token(), Map.of("userId", other.createUser(client, "o@x.io"),
                "day", day.toString(), "locationId", prefix + "-LON")).status(), "another organization's location is not found");
    }

    @Test
    void anAdministratorSetsADayPlan() throws Exception {
        long user = tenant.createUser(client, "plan-" + prefix + "@example.com");
        Answer set = client.put("/v1/admin/users/" + user + "/plans/2027-01-04", tenant.token(), Map.of("plan", "r"));
        assertEquals(200, set.status(), set.toString());
        assertEquals("r", set.json().get("plan").asText());
        assertEquals(1, Database.number("select count(*) from user_action where user_id = ? and description like '%from o to r'", user));
        assertEquals(400, client.put("/v1/admin/users/" + user + "/plans/2027-01-04", tenant.token(), Map.of("plan", "x")).status());
        assertEquals(400, client.put("/v1/admin/users/" + user + "/plans/someday", tenant.token(), Map.of("plan", "o")).status());
        assertFalse(client.put("/v1/admin/users/" + user + "/plans/2027-01-04", Tenant.create(client).token(), Map.of("plan", "o"))
                .status() < 400, "another organization's user");
    }
}
