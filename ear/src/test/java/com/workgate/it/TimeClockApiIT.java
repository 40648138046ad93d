package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TimeClock API as its clients use it: sessions, lists, errors, holidays, PIN, off-times, terminals. */
class TimeClockApiIT extends DeployedEar {

    private static Tenant tenant;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
    }

    /** Unix seconds of a UTC day and hour. */
    private static long at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).toEpochSecond(ZoneOffset.UTC);
    }

    private static void assertError(Answer answer, int status, String field, String message) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(field, answer.json().get(0).get("field").asText(), answer.toString());
        assertEquals(message, answer.json().get(0).get("message").asText());
    }

    @Test
    void aScriptWrittenForTheOriginalWalksCreateListUpdateSummaryDelete() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "script@example.com");
        Answer created = me.send("POST", "/api/sessions", Map.of("clockIn", at("2026-11-02", 8), "clockOut", at("2026-11-02", 12),
                "note", "morning"));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        assertTrue(created.header("Location").endsWith("/api/sessions/" + id));
        Answer list = me.get("/api/sessions");
        assertEquals(1, list.json().size());
        assertEquals("1", list.header("X-Pagination-Total-Count"));
        Answer updated = me.send("PUT", "/api/sessions/" + id, Map.of("clockOut", at("2026-11-02", 13)));
        assertEquals(200, updated.status());
        assertEquals("morning", updated.json().get("note").asText(), "partial update keeps the rest");
        Answer patched = me.send("PATCH", "/api/sessions/" + id, Map.of("note", "long morning"));
        assertEquals("long morning", patched.json().get("note").asText());
        Answer summary = me.get("/api/sessions/summary?from=" + at("2026-11-02", 0) + "&to=" + at("2026-11-03", 0));
        assertEquals(5 * 3600, summary.json().get("summary").asLong());
        assertEquals(1, summary.json().get("sessions").asLong());
        Answer swapped = me.get("/api/sessions/summary?from=" + at("2026-11-03", 0) + "&to=" + at("2026-11-02", 0));
        assertEquals(5 * 3600, swapped.json().get("summary").asLong(), "from > to are swapped");
        assertEquals(204, me.send("DELETE", "/api/sessions/" + id, null).status());
        assertEquals(404, me.get("/api/sessions/" + id).status());
    }

    @Test
    void sessionRulesAnswerWithTheOriginalsMessages() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "rules@example.com");
        String day = "2026-11-03";
        assertEquals(201, me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 10), "clockOut", at(day, 12))).status());
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 14), "clockOut", at(day, 13))), 422, "clockOut",
                "Clock Out must be greater than \"Clock In\".");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 11), "clockOut", at(day, 13))), 422, "clockIn",
                "Can not start session because it overlaps with another ended session.");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 9), "clockOut", at(day, 11))), 422, "clockOut",
                "Can not end session because it overlaps with another ended session.");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 22), "clockOut", at("2026-11-04", 1))), 422,
                "clockOut", "Session can not last through midnight.");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 9), "clockOut", at(day, 13))), 422, "clockOut",
                "Can not modify session because it overlaps with another ended session.");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 10), "clockOut", at(day, 12))), 422, "clockOut",
                "Can not modify session because it overlaps with another ended session.");
        assertEquals(201, me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 12), "clockOut", at(day, 14))).status(),
                "touching edges are allowed");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", "soon")), 422, "clockIn", "Clock In must be an integer.");
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 15), "projectId", 999_999)), 422, "projectId",
                "Can not find project of given ID.");
        Answer project = client.post("/v1/admin/projects", tenant.token(), Map.of("name", "Not mine", "assigneeIds", List.of()));
        assertError(me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 15), "projectId", project.json().get("id").asLong())),
                422, "projectId", "You are not assigned to selected project.");
    }

    @Test
    void listsPageSortAndFilterAsYiiDoes() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "lists@example.com");
        for (int i = 1; i <= 7; i++) {
            String day = "2026-10-0" + i;
            me.send("POST", "/api/sessions", Map.of("clockIn", at(day, 8), "clockOut", at(day, 9), "note", i % 2 == 0 ? "even" : "odd"));
        }
        Answer page = me.get("/api/sessions?per-page=3&page=2");
        assertEquals(3, page.json().size());
        assertEquals("7", page.header("X-Pagination-Total-Count"));
        assertEquals("3", page.header("X-Pagination-Page-Count"));
        assertEquals("2", page.header("X-Pagination-Current-Page"));
        assertEquals("3", page.header("X-Pagination-Per-Page"));
        String link = page.header("Link");
        for (String rel : new String[]{"rel=self", "rel=first", "rel=last", "rel=prev", "rel=next"}) {
            assertTrue(link.contains(rel), link);
        }
        assertEquals(at("2026-10-04", 8), page.json().get(0).get("clockIn").asLong(), "default sort clockIn ascending");
        assertEquals(0, me.get("/api/sessions?page=9").json().size(), "past the end is empty");
        assertEquals("50", me.get("/api/sessions?per-page=500").header("X-Pagination-Per-Page"));
        assertEquals("1", me.get("/api/sessions?per-page=0").header("X-Pagination-Per-Page"));

        JsonNode sorted = me.get("/api/sessions?sort=-clockIn,note").json();
        assertEquals(at("2026-10-07", 8), sorted.get(0).get("clockIn").asLong());
        JsonNode filtered = me.get("/api/sessions?filter%5BclockIn%5D%5Bgte%5D=" + at("2026-10-05", 0)).json();
        assertEquals(3, filtered.size());
        assertEquals(3, me.get("/api/sessions?filter%5Bnote%5D=even").json().size());
        assertError(me.get("/api/sessions?filter%5Bcolour%5D=1"), 422, "filter", "Unknown filter attribute \"colour\"");
    }

    @Test
    void httpBehaviourOfTheOriginal() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "http@example.com");
        Answer head = me.send("HEAD", "/api/sessions", null);
        assertEquals(200, head.status());
        assertEquals("", head.text());
        assertTrue(head.header("X-Pagination-Total-Count") != null);
        Answer wrong = me.send("PATCH", "/api/sessions", Map.of());
        assertEquals(405, wrong.status());
        assertTrue(wrong.header("Allow").contains("GET") && wrong.header("Allow").contains("POST"), wrong.header("Allow"));
        Answer options = me.send("OPTIONS", "/api/sessions", null);
        assertEquals(200, options.status());
        assertTrue(options.header("Allow").contains("POST"));
        assertEquals(400, me.send("POST", "/api/sessions", "{\"clockIn\":").status());

        TimeClockClient other = TimeClockClient.newUser(client, tenant, "other@example.com");
        long theirs = other.send("POST", "/api/sessions", Map.of("clockIn", at("2026-11-05", 8), "clockOut", at("2026-11-05", 9)))
                .json().get("id").asLong();
        Answer notMine = me.get("/api/sessions/" + theirs);
        assertEquals(404, notMine.status());
        assertEquals("{\"name\":\"Not Found\",\"message\":\"Object not found: " + theirs + "\",\"code\":0,\"status\":404}", notMine.text());
        assertEquals(404, me.send("DELETE", "/api/sessions/" + theirs, null).status());
        Tenant stranger = Tenant.create(client);
        TimeClockClient foreign = TimeClockClient.newUser(client, stranger, "foreign@example.com");
        assertEquals(404, foreign.get("/api/sessions/" + theirs).status(), "another organization's id is not found either");
    }

    @Test
    void holidaysAreComputedForTheOrganizationsCountry() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "holidays@example.com");
        assertEquals(204, me.send("POST", "/api/holidays/fetch", Map.of("year", 2027)).status());
        assertEquals(204, me.send("POST", "/api/holidays/fetch", Map.of("year", 2027)).status(), "a filled year stays as it is");
        List<String> days = new ArrayList<>();
        me.get("/api/holidays?filter%5Byear%5D=2027&per-page=50").json()
                .forEach(h -> days.add(String.format("%d-%02d-%02d", h.get("year").asInt(), h.get("month").asInt(), h.get("day").asInt())));
        for (String day : new String[]{"2027-01-01", "2027-03-29", "2027-05-27", "2027-11-11", "2027-12-25", "2027-12-26"}) {
            assertTrue(days.contains(day), day + " in " + days);
        }
        assertEquals(days.stream().sorted().toList(), days);
        assertError(me.send("POST", "/api/holidays/fetch", Map.of("year", 0)), 422, "year", "Year must be no less than 2000.");
        assertEquals(204, me.send("POST", "/api/holidays/fetch", Map.of("year", 2027, "country", "DE")).status());
        assertTrue(me.get("/api/holidays?country=DE&per-page=50").text().contains("\"month\":10,\"day\":3"));
    }

    @Test
    void pinLoginGivesTheKeyAndWrongPinsAreThrottled() {
        long user = tenant.createUser(client, "pin@example.com");
        String pin = client.post("/v1/admin/users/" + user + "/pin", tenant.token(), null).json().get("pin").asText();
        Answer noKey = client.post("/api/key", null, Map.of("pin", pin));
        assertEquals(200, noKey.status(), noKey.toString());
        assertEquals(user, noKey.json().get("userId").asLong());
        assertTrue(noKey.json().get("apiKey").isNull(), "no key granted yet");
        Answer granted = client.post("/api/key/grant", null, Map.of("pin", pin));
        String key = granted.json().get("apiKey").asText();
        assertEquals(key, client.post("/api/key", null, Map.of("pin", pin)).json().get("apiKey").asText());

        TimeClockClient self = new TimeClockClient(client, user, key);
        Answer changed = self.send("PUT", "/api/key", null);
        assertEquals(200, changed.status(), changed.toString());
        String newKey = changed.json().get("apiKey").asText();
        assertEquals(403, self.get("/api/profile").status(), "the old key stops at once");
        TimeClockClient renewed = new TimeClockClient(client, user, newKey);
        assertEquals(200, renewed.get("/api/profile").status());
        assertEquals(204, renewed.send("DELETE", "/api/key", null).status());
        assertEquals(403, renewed.get("/api/profile").status(), "a revoked key stops at once");

        assertError(client.post("/api/key", null, Map.of("pin", "")), 422, "pin", "Pin cannot be blank.");
        assertError(client.post("/api/key", null, Map.of("pin", "12a4")), 422, "pin", "Pin must be a number.");
        String wrong = pin.endsWith("000") ? user + "001" : user + "000";
        for (int i = 1; i <= 5; i++) {
            assertError(client.post("/api/key", null, Map.of("pin", wrong)), 422, "pin", "Invalid PIN.");
        }
        Answer sixth = client.post("/api/key", null, Map.of("pin", wrong));
        assertEquals(429, sixth.status());
        assertTrue(Long.parseLong(sixth.header("Retry-After")) >= 1);
        assertEquals(429, client.post("/api/key", null, Map.of("pin", pin)).status(), "blocked even with the right PIN");
    }

    @Test
    void anApprovedVacationMakesItsDaysAwayForTheWarehouse() throws Exception {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "vacation@example.com");
        Answer asked = me.send("POST", "/api/off-times", Map.of("startAt", "2027-02-01", "endAt", "2027-02-03", "type", 1));
        assertEquals(201, asked.status(), asked.toString());
        assertEquals(0, asked.json().get("approved").asInt());
        assertError(me.send("POST", "/api/off-times", Map.of("startAt", "2027-02-03", "endAt", "2027-02-05")), 422, "startAt",
                "Can not start off-time because it overlaps with another off-time.");
        assertError(me.send("POST", "/api/off-times", Map.of("startAt", "2027-02-10", "endAt", "2027-02-09")), 422, "endAt",
                "Off-time ending day can not be earlier than starting day.");
        long id = asked.json().get("id").asLong();
        Answer approved = client.post("/v1/admin/off-times/" + id + "/approve", tenant.token(), null);
        assertEquals(1, approved.json().get("approved").asInt(), approved.toString());
        JsonNode plans = client.get("/v1/analytics/user-booking-attendance?startDate=20270201&endDate=20270203&limit=10000",
                tenant.token()).json();
        int away = 0;
        for (JsonNode row : plans) {
            if (row.get("userId").asLong() == me.userId()) {
                assertEquals("a", row.get("plan").asText(), row.toString());
                away++;
            }
        }
        assertEquals(3, away);
        TimeClockClient colleague = TimeClockClient.newUser(client, tenant, "colleague@example.com");
        Answer notTheirs = colleague.get("/api/off-times/" + id);
        assertEquals(404, notTheirs.status());
        assertEquals("Object not found: " + id, notTheirs.json().get("message").asText());
        Answer moved = me.send("PUT", "/api/off-times/" + id, Map.of("endAt", "2027-02-04"));
        assertEquals(0, moved.json().get("approved").asInt(), "new dates send a vacation back for approval");
    }

    @Test
    void aTerminalClocksPeopleInAndOutByBadge() throws InterruptedException {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "badge@example.com");
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        String card = "T" + me.userId();
        client.post("/v1/access-credentials", client.token(events[0], events[1]), Map.of("data", List.of(
                Map.of("username", "badge@example.com", "updateId", "t", "credentials", List.of(Map.of("cardNumber", card))))));
        Answer in = client.post("/api/terminal/clock", tenant.token(), Map.of("cardNumber", card));
        assertEquals(200, in.status(), in.toString());
        assertEquals("clockIn", in.json().get("action").asText());
        assertTrue(client.get("/api/terminal/working", tenant.token()).text().contains("\"userId\":" + me.userId()));
        Thread.sleep(1100); // a session lasts at least a second (clockOut > clockIn)
        Answer out = client.post("/api/terminal/clock", tenant.token(), Map.of("cardNumber", card));
        assertEquals("clockOut", out.json().get("action").asText(), out.toString());
        assertTrue(me.get("/api/sessions").text().contains("\"id\":" + out.json().get("sessionId").asLong()),
                "the session is the person's own");
        assertEquals(404, client.post("/api/terminal/clock", tenant.token(), Map.of("cardNumber", "unknown")).status());
        String[] warehouse = tenant.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        assertEquals(403, client.post("/api/terminal/clock", client.token(warehouse[0], warehouse[1]),
                Map.of("cardNumber", card)).status(), "terminals need an ALL key");
        assertEquals(401, me.send("POST", "/api/terminal/clock", Map.of("cardNumber", card)).status(),
                "a person's TimeClock token is no terminal login");
    }

    private static Answer form(TimeClockClient me, String method, String path, String body) {
        return client.send(method, path, null, body, Map.of("Authorization", me.bearer(),
                "Content-Type", "application/x-www-form-urlencoded"));
    }

    /** Yii 2 reads form bodies as well as JSON: the original's clients post either, to every write. */
    @Test
    void everyWriteTakesAFormBodyWithTheSameValidationAsJson() {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "form@example.com");
        String day = "2026-11-05";
        Answer created = form(me, "POST", "/api/sessions", "clockIn=" + at(day, 8) + "&clockOut=" + at(day, 10)
                + "&note=Caf%C3%A9+first");
        assertEquals(201, created.status(), created.toString());
        assertEquals("Café first", created.json().get("note").asText());
        long id = created.json().get("id").asLong();
        assertEquals(at(day, 11), form(me, "PUT", "/api/sessions/" + id, "clockOut=" + at(day, 11)).json().get("clockOut").asLong());
        assertEquals("patched", form(me, "PATCH", "/api/sessions/" + id, "note=patched").json().get("note").asText());
        assertError(form(me, "POST", "/api/sessions", "clockIn=" + at(day, 14) + "&clockOut=" + at(day, 13)), 422, "clockOut",
                "Clock Out must be greater than \"Clock In\".");
        assertError(form(me, "POST", "/api/sessions", "clockIn=soon"), 422, "clockIn", "Clock In must be an integer.");
        assertEquals(400, form(me, "POST", "/api/sessions", "note=%zz").status(), "broken percent-encoding");

        assertEquals(201, form(me, "POST", "/api/off-times", "startAt=2027-03-01&endAt=2027-03-02&type=1").status());
        assertEquals(200, form(me, "PUT", "/api/profile", "name=Form+Person").status());
        assertEquals(200, form(me, "PATCH", "/api/profile", "name=Form+Person").status());

        long user = tenant.createUser(client, "form-pin@example.com");
        String pin = client.post("/v1/admin/users/" + user + "/pin", tenant.token(), null).json().get("pin").asText();
        Answer login = client.send("POST", "/api/key", null, "pin=" + pin, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(200, login.status(), login.toString());
        assertEquals(user, login.json().get("userId").asLong());
        assertError(client.send("POST", "/api/key", null, "pin=12a4", Map.of("Content-Type", "application/x-www-form-urlencoded")),
                422, "pin", "Pin must be a number.");
    }
}
