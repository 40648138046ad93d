package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Time off changes plans (today on, never the past) and logs each change; access cards replace a person's set. */
class TimeOffAndCardsIT extends DeployedEar {

    private static Tenant tenant;
    private static String token;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        token = client.token(events[0], events[1]);
    }

    /** The tenant's time zone is Europe/Warsaw (see Tenant): "today" is Warsaw's. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Warsaw"));
    }

    private static Map<String, Object> timeOff(String eventId, String email, String type, LocalDate start, LocalDate end) {
        return Map.of("eventId", eventId, "email", email, "eventType", type, "startDate", start.toString(),
                "endDate", end.toString(), "timeOffType", "leave");
    }

    private static List<List<String>> dayPlans(long userId) throws Exception {
        return Database.rows("select on_day, plan from day_plan where user_id = ? order by on_day", userId);
    }

    @Test
    void scheduledLeaveMakesTodayAndLaterAwayAndCancelledGivesThemBack() throws Exception {
        String email = "leave-" + UUID.randomUUID() + "@example.com";
        long userId = client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "L", "lastName", "V",
                "weeklyPlan", Map.of("mon", "o", "tue", "o", "wed", "o", "thu", "o", "fri", "o", "sat", "o", "sun", "o")))
                .json().get("userId").asLong();
        LocalDate yesterday = today().minusDays(1);
        Answer scheduled = client.post("/v1/timeoff", token, Map.of("timeOffEvents", List.of(
                timeOff("leave-1", email, "scheduled", yesterday, today().plusDays(3)),
                timeOff("leave-2", "nobody@example.com", "scheduled", today(), today()),
                Map.of("eventId", "leave-3", "email", email, "eventType", "planned", "startDate", today().toString(),
                        "endDate", today().toString()),
                Map.of("eventId", "leave-4", "email", email, "eventType", "scheduled", "startDate", today().toString(),
                        "endDate", today().minusDays(2).toString()))));
        assertEquals(200, scheduled.status(), scheduled.toString());
        JsonNode results = scheduled.json().get("results");
        assertEquals(0, results.get(0).get("resultCode").asInt());
        assertEquals(1, results.get(1).get("resultCode").asInt());
        assertEquals(3, results.get(2).get("resultCode").asInt());
        assertTrue(results.get(2).get("message").asText().startsWith("eventType"));
        assertEquals(3, results.get(3).get("resultCode").asInt());
        assertTrue(results.get(3).get("message").asText().startsWith("endDate"));

        List<List<String>> plans = dayPlans(userId);
        assertEquals(4, plans.size(), "today and the three days after, not yesterday: " + plans);
        for (int i = 0; i < 4; i++) {
            assertEquals(today().plusDays(i).toString(), plans.get(i).get(0));
            assertEquals("a", plans.get(i).get(1));
        }
        List<List<String>> logged = Database.rows("select on_day, description, changed_by, reason from user_action"
                + " where user_id = ? and action = 'plan_changed' order by on_day", userId);
        assertEquals(4, logged.size(), logged.toString());
        assertTrue(logged.get(0).get(1).endsWith("from o to a"), logged.toString());
        assertTrue(logged.get(0).get(3).startsWith("time off leave-1"));

        Answer again = client.post("/v1/timeoff", token, Map.of("timeOffEvents",
                List.of(timeOff("leave-1", email, "scheduled", yesterday, today().plusDays(3)))));
        assertEquals(0, again.json().get("results").get(0).get("resultCode").asInt());
        assertEquals(4, Database.number("select count(*) from user_action where user_id = ?", userId), "a resent event changes nothing");

        Answer cancelled = client.post("/v1/timeoff", token, Map.of("timeOffEvents",
                List.of(timeOff("leave-1-cancel", email, "cancelled", yesterday, today().plusDays(3)))));
        assertEquals(0, cancelled.json().get("results").get(0).get("resultCode").asInt());
        assertTrue(dayPlans(userId).isEmpty(), "back to the weekly plan");
        assertEquals(4, Database.number("select count(*) from user_action where user_id = ? and description like '%from a to o'",
                userId));
    }

    @Test
    void accessCredentialsReplaceTheSetAndACardHeldByAnotherFailsAlone() throws Exception {
        String ada = "ada-" + UUID.randomUUID() + "@example.com";
        String bob = "bob-" + UUID.randomUUID() + "@example.com";
        long adaId = tenant.createUser(client, ada);
        tenant.createUser(client, bob);
        String card = "C" + UUID.randomUUID().toString().substring(0, 8);
        Answer first = client.post("/v1/access-credentials", token, Map.of("data", List.of(
                Map.of("username", ada, "updateId", "u1", "credentials", List.of(
                        Map.of("active", true, "cardNumber", card + "-1", "facilityCode", "7", "scanData", List.of("a1"),
                                "credentialType", "badge"),
                        Map.of("active", true, "cardNumber", card + "-2", "scanData", List.of(), "credentialType", "badge"))),
                Map.of("username", "nobody@example.com", "updateId", "u2", "credentials", List.of()))));
        assertEquals(200, first.status(), first.toString());
        assertEquals("OK", first.json().get(0).get("result").asText());
        assertEquals("u1", first.json().get(0).get("updateId").asText());
        assertEquals("USER_NOT_FOUND", first.json().get(1).get("result").asText());

        Answer bobs = client.post("/v1/access-credentials", token, Map.of("data", List.of(
                Map.of("username", bob, "updateId", "u3", "credentials", List.of(
                        Map.of("cardNumber", card + "-1"), Map.of("cardNumber", card + "-3"))))));
        JsonNode update = bobs.json().get(0);
        assertEquals("PARTIAL_UPDATE", update.get("result").asText(), bobs.toString());
        assertEquals("CARD_UPDATE_FAILED", update.get("results").get(0).get("result").asText());
        assertEquals("OK", update.get("results").get(1).get("result").asText());

        client.post("/v1/access-credentials", token, Map.of("data", List.of(
                Map.of("username", ada, "updateId", "u4", "credentials", List.of(Map.of("cardNumber", card + "-2"))))));
        assertEquals(List.of(List.of(card + "-2")),
                Database.rows("select card_number from access_card where user_id = ?", adaId), "the set was replaced");

        Answer tooMany = client.post("/v1/access-credentials", token, Map.of("data", java.util.Collections.nCopies(101,
                Map.of("username", ada, "updateId", "x", "credentials", List.of()))));
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.message().startsWith("data"));
    }

    private static long userWithOfficeWeek(String email) {
        return client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "L", "lastName", "V",
                "weeklyPlan", Map.of("mon", "o", "tue", "o", "wed", "o", "thu", "o", "fri", "o", "sat", "o", "sun", "o")))
                .json().get("userId").asLong();
    }

    private static List<Integer> resultCodes(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        List<Integer> codes = new java.util.ArrayList<>();
        answer.json().get("results").forEach(r -> codes.add(r.get("resultCode").asInt()));
        return codes;
    }

    /** Calven's own example: one eventId for Bob's leave and Mary's cancellation; and an HR system cancelling under the leave's id. */
    @Test
    void oneEventIdForTwoPeopleAndForALeavesLaterCancellationIsAppliedWhileATrueResendIsNot() throws Exception {
        String bob = "bob-" + UUID.randomUUID() + "@domain.com";
        String mary = "mary-" + UUID.randomUUID() + "@domain.com";
        long bobId = userWithOfficeWeek(bob);
        long maryId = userWithOfficeWeek(mary);
        String eventId = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        assertEquals(List.of(0), resultCodes(client.post("/v1/timeoff", token, Map.of("timeOffEvents",
                List.of(timeOff("mary-own-leave", mary, "scheduled", today(), today().plusDays(1)))))));
        assertEquals(2, dayPlans(maryId).size());

        Map<String, Object> calvensExample = Map.of("timeOffEvents", List.of(
                timeOff(eventId, bob, "scheduled", today(), today().plusDays(2)),
                Map.of("eventId", eventId, "email", mary, "eventType", "cancelled", "startDate", today().toString(),
                        "endDate", today().plusDays(1).toString())));
        assertEquals(List.of(0, 0), resultCodes(client.post("/v1/timeoff", token, calvensExample)));
        assertEquals(3, dayPlans(bobId).size(), "Bob's leave applied");
        assertTrue(dayPlans(maryId).isEmpty(), "Mary's cancellation applied under the same event id");
        long bobActions = Database.number("select count(*) from user_action where user_id = ?", bobId);
        long maryActions = Database.number("select count(*) from user_action where user_id = ?", maryId);

        assertEquals(List.of(0, 0), resultCodes(client.post("/v1/timeoff", token, calvensExample)), "a resend is acknowledged");
        assertEquals(bobActions, Database.number("select count(*) from user_action where user_id = ?", bobId), "and changes nothing");
        assertEquals(maryActions, Database.number("select count(*) from user_action where user_id = ?", maryId));
        assertEquals(2, Database.number("select count(*) from timeoff_event where event_id = ?", eventId));

        assertEquals(List.of(0), resultCodes(client.post("/v1/timeoff", token, Map.of("timeOffEvents",
                List.of(timeOff(eventId, bob, "cancelled", today(), today().plusDays(2)))))));
        assertTrue(dayPlans(bobId).isEmpty(), "the leave's own id cancels it");
    }

    @Test
    void parallelResendsOfOneLeaveAreAppliedOnce() throws Exception {
        String email = "parallel-" + UUID.randomUUID() + "@example.com";
        long userId = userWithOfficeWeek(email);
        Map<String, Object> body = Map.of("timeOffEvents", List.of(timeOff("p-1", email, "scheduled", today(), today().plusDays(4))));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> client.post("/v1/timeoff", token, body)));
            }
            for (var answer : sent) {
                assertEquals(List.of(0), resultCodes(answer.get()));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Database.number("select count(*) from timeoff_event where user_id = ?", userId));
        assertEquals(5, Database.number("select count(*) from user_action where user_id = ? and action = 'plan_changed'", userId));
    }

    /** One event id for several people, sent by parallel requests: each person's leave is applied, each once. */
    @Test
    void oneEventIdForSeveralPeopleInParallelRequestsIsAppliedToEach() throws Exception {
        String eventId = "shared-" + UUID.randomUUID();
        List<Long> people = new java.util.ArrayList<>();
        List<Map<String, Object>> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "shared-" + i + "-" + UUID.randomUUID() + "@example.com";
            people.add(userWithOfficeWeek(email));
            bodies.add(Map.of("timeOffEvents", List.of(timeOff(eventId, email, "scheduled", today(), today().plusDays(1)))));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Answer>> sent = new java.util.ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Map<String, Object> body : bodies) {
                    sent.add(pool.submit(() -> client.post("/v1/timeoff", token, body)));
                }
            }
            for (var answer : sent) {
                assertEquals(List.of(0), resultCodes(answer.get()));
            }
        } finally {
            pool.shutdown();
        }
        for (long person : people) {
            assertEquals(2, dayPlans(person).size(), "person " + person);
            assertEquals(1, Database.number("select count(*) from timeoff_event where user_id = ?", person));
        }
    }

    @Test
    void peopleAreFoundByEmailInAnyCaseAndAnEmailIsUniqueInAnyCase() throws Exception {
        String local = "Case-" + UUID.randomUUID();
        String email = local + "@Example.com";
        long userId = userWithOfficeWeek(email);
        assertEquals(List.of(0), resultCodes(client.post("/v1/timeoff", token, Map.of("timeOffEvents",
                List.of(timeOff("case-1", email.toUpperCase(java.util.Locale.ROOT), "scheduled", today(), today()))))));
        assertEquals(1, dayPlans(userId).size());

        String card = "K" + UUID.randomUUID().toString().substring(0, 8);
        Answer cards = client.post("/v1/access-credentials", token, Map.of("data", List.of(Map.of("username",
                email.toLowerCase(java.util.Locale.ROOT), "updateId", "c1", "credentials", List.of(Map.of("cardNumber", card))))));
        assertEquals("OK", cards.json().get(0).get("result").asText(), cards.toString());

        Answer twin = client.post("/v1/admin/users", tenant.token(), Map.of("email", email.toLowerCase(java.util.Locale.ROOT),
                "firstName", "T", "lastName", "W"));
        assertEquals(409, twin.status(), twin.toString());
        assertEquals("Case-", client.get("/v1/admin/users/" + userId, tenant.token()).json().get("email").asText().substring(0, 5),
                "the email keeps its spelling");

        String raced = "Race-" + UUID.randomUUID() + "@example.com";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Answer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String variant = i % 2 == 0 ? raced.toLowerCase(java.util.Locale.ROOT) : raced.toUpperCase(java.util.Locale.ROOT);
                sent.add(pool.submit(() -> client.post("/v1/admin/users", tenant.token(),
                        Map.of("email", variant, "firstName", "R", "lastName", "C"))));
            }
            for (var answer : sent) {
                statuses.add(answer.get().status());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }
}
