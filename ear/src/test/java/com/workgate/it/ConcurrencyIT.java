package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.Workplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule that is checked against existing rows holds when {@value #WRITERS} writers send at once, in each of
 * {@value #TRIALS} trials: the writers wait at a latch until all are ready, then go together. What was stored is
 * read back after each trial. Bodies are small so that the whole class stays quick on both databases.
 */
class ConcurrencyIT extends DeployedEar {

    private static final int WRITERS = 20;
    private static final int TRIALS = 20;

    private static ExecutorService writers;
    private static Tenant tenant;
    private static String prefix;
    private static String eventsToken;
    private static List<String> emails;
    private static List<Long> people;

    @BeforeAll
    static void setUp() {
        writers = Executors.newFixedThreadPool(WRITERS);
        tenant = Tenant.create(client);
        prefix = "C" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        eventsToken = client.token(events[0], events[1]);
        emails = new ArrayList<>();
        people = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String email = "writer-" + i + "-" + prefix + "@example.com";
            emails.add(email);
            people.add(tenant.createUser(client, email));
        }
    }

    @AfterAll
    static void tearDown() {
        writers.shutdownNow();
    }

    /** The answers of {@code count} writers started together, in writer order. */
    private static List<Answer> together(int count, IntFunction<Answer> writer) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            pending.add(writers.submit(() -> {
                ready.countDown();
                go.await();
                return writer.apply(index);
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "the writers did not start");
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            answers.add(answer.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static List<Answer> withStatus(List<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).toList();
    }

    /** Exactly one writer got {@code won}; every other got {@code lost}. */
    private static void oneWon(List<Answer> answers, int won, int lost, String trial) {
        assertEquals(1, withStatus(answers, won).size(), trial + ": " + answers);
        assertEquals(answers.size() - 1, withStatus(answers, lost).size(), trial + ": " + answers);
    }

    private static long at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void overlappingWorkSessionsOfOnePersonAreRefused() throws Exception {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "sessions-" + prefix + "@example.com");
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate day = LocalDate.of(2026, 3, 2).plusDays(trial);
            // each starts a minute after the one before, so every two of them overlap
            List<Answer> answers = together(WRITERS, i -> me.send("POST", "/api/sessions",
                    Map.of("clockIn", at(day, 9, i), "clockOut", at(day, 10, i))));
            oneWon(answers, 201, 422, "trial " + trial);
            for (Answer refused : withStatus(answers, 422)) {
                assertTrue(refused.json().get(0).get("message").asText().contains("overlaps"), refused.toString());
            }
        }
        JsonNode stored = me.get("/api/sessions?per-page=50").json();
        assertEquals(TRIALS, stored.size(), "one session a day: " + stored);
        for (int a = 0; a < stored.size(); a++) {
            for (int b = a + 1; b < stored.size(); b++) {
                JsonNode one = stored.get(a);
                JsonNode other = stored.get(b);
                assertFalse(one.get("clockIn").asLong() < other.get("clockOut").asLong()
                        && other.get("clockIn").asLong() < one.get("clockOut").asLong(), one + " overlaps " + other);
            }
        }
    }

    @Test
    void parallelBadgeTapsLeaveAtMostOneRunningSession() throws Exception {
        String email = "badge-" + prefix + "@example.com";
        TimeClockClient me = TimeClockClient.newUser(client, tenant, email);
        String card = "B-" + prefix;
        Answer claimed = client.post("/v1/access-credentials", eventsToken, Map.of("data", List.of(
                Map.of("username", email, "updateId", "b", "credentials", List.of(Map.of("cardNumber", card))))));
        assertEquals("OK", claimed.json().get(0).get("result").asText(), claimed.toString());
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Answer> answers = together(WRITERS, i -> client.post("/api/terminal/clock", tenant.token(),
                    Map.of("cardNumber", card)));
            for (Answer answer : answers) {
                // a clock-out in the second of its clock-in is refused by the session rules: 422, never 5xx
                assertTrue(answer.status() == 200 || answer.status() == 422, "trial " + trial + ": " + answer);
            }
            long running = 0;
            for (JsonNode working : client.get("/api/terminal/working", tenant.token()).json()) {
                running += working.get("userId").asLong() == me.userId() ? 1 : 0;
            }
            assertTrue(running <= 1, "trial " + trial + ": " + running + " running sessions");
        }
    }

    @Test
    void aYearsHolidaysAreFilledOnce() throws Exception {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "holidays-" + prefix + "@example.com");
        for (int trial = 0; trial < TRIALS; trial++) {
            int year = 2040 + trial;
            List<Answer> answers = together(WRITERS, i -> me.send("POST", "/api/holidays/fetch", Map.of("year", year)));
            assertEquals(WRITERS, withStatus(answers, 204).size(), "trial " + trial + ": " + answers);
            JsonNode days = me.get("/api/holidays?filter%5Byear%5D=" + year + "&per-page=50").json();
            Set<String> distinct = new HashSet<>();
            days.forEach(day -> distinct.add(day.get("month").asInt() + "-" + day.get("day").asInt()));
            assertTrue(days.size() > 0, "trial " + trial);
            assertEquals(distinct.size(), days.size(), "each holiday once, trial " + trial + ": " + days);
        }
    }

    @Test
    void overlappingOffTimesOfOnePersonAreRefused() throws Exception {
        TimeClockClient me = TimeClockClient.newUser(client, tenant, "offtimes-" + prefix + "@example.com");
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate start = LocalDate.of(2027, 1, 4).plusWeeks(trial);
            List<Answer> answers = together(WRITERS, i -> me.send("POST", "/api/off-times",
                    Map.of("startAt", start.plusDays(i % 3).toString(), "endAt", start.plusDays(3).toString())));
            oneWon(answers, 201, 422, "trial " + trial);
        }
        JsonNode stored = me.get("/api/off-times?per-page=50").json();
        assertEquals(TRIALS, stored.size(), "one off-time a week: " + stored);
        for (int a = 0; a < stored.size(); a++) {
            for (int b = a + 1; b < stored.size(); b++) {
                LocalDate aStart = LocalDate.parse(stored.get(a).get("startAt").asText());
                LocalDate aEnd = LocalDate.parse(stored.get(a).get("endAt").asText());
                LocalDate bStart = LocalDate.parse(stored.get(b).get("startAt").asText());
                LocalDate bEnd = LocalDate.parse(stored.get(b).get("endAt").asText());
                assertTrue(aEnd.isBefore(bStart) || bEnd.isBefore(aStart), stored.get(a) + " overlaps " + stored.get(b));
            }
        }
    }

    @Test
    void aPersonHasOneBookingADay() throws Exception {
        long person = tenant.createUser(client, "booker-" + prefix + "@example.com");
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate day = LocalDate.now().plusDays(100 + trial);
            String[] places = {null, prefix + "-D1", prefix + "-D2", prefix + "-R1"};
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/admin/bookings", tenant.token(),
                    places[i % places.length] == null
                            ? Map.of("userId", person, "day", day.toString(), "locationId", prefix + "-LON")
                            : Map.of("userId", person, "day", day.toString(), "locationId", prefix + "-LON",
                            "placeId", places[i % places.length])));
            oneWon(answers, 201, 409, "trial " + trial);
            assertEquals(1, Database.number("select count(*) from events_booking where user_id = ? and on_day = ?",
                    person, day), "trial " + trial);
            assertEquals(List.of(List.of("o")), Database.rows("select plan from events_day_plan where user_id = ? and on_day = ?",
                    person, day), "trial " + trial);
        }
    }

    @Test
    void aPlaceIsBookedOnceADay() throws Exception {
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate day = LocalDate.now().plusDays(200 + trial);
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/admin/bookings", tenant.token(),
                    Map.of("userId", people.get(i), "day", day.toString(), "locationId", prefix + "-LON",
                            "placeId", prefix + "-D1")));
            oneWon(answers, 201, 409, "trial " + trial);
            for (Answer refused : withStatus(answers, 409)) {
                assertTrue(refused.message().startsWith("placeId"), "the loser is told the place is taken: " + refused);
            }
            assertEquals(1, Database.number("select count(*) from events_booking where organization_id = ? and place_id = ?"
                    + " and on_day = ?", tenant.organizationId(), prefix + "-D1", day), "trial " + trial);
        }
    }

    @Test
    void anEmailBelongsToOnePersonOfAnOrganization() throws Exception {
        for (int trial = 0; trial < TRIALS; trial++) {
            String email = "same-" + trial + "-" + prefix + "@example.com";
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/admin/users", tenant.token(),
                    Map.of("email", email, "firstName", "Writer", "lastName", String.valueOf(i))));
            oneWon(answers, 201, 409, "trial " + trial);
            for (Answer refused : withStatus(answers, 409)) {
                assertTrue(refused.message().startsWith("email"), "the loser is told the email is taken: " + refused);
            }
            long holders = 0;
            for (JsonNode user : client.get("/v1/admin/users", tenant.token()).json()) {
                holders += email.equals(user.get("email").asText()) ? 1 : 0;
            }
            assertEquals(1, holders, "trial " + trial);
        }
    }

    @Test
    void anAccountNameBelongsToOneOrganization() throws Exception {
        String admin = client.adminToken();
        for (int trial = 0; trial < TRIALS; trial++) {
            String account = "acct-" + trial + "-" + prefix;
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/admin/organizations", admin,
                    Map.of("name", "Org " + i, "accountName", account, "country", "PL", "timeZone", "Europe/Warsaw")));
            oneWon(answers, 201, 409, "trial " + trial);
            for (Answer refused : withStatus(answers, 409)) {
                assertTrue(refused.message().startsWith("accountName"), "the loser is told the name is taken: " + refused);
            }
            long holders = 0;
            for (JsonNode organization : client.get("/v1/admin/organizations", admin).json()) {
                holders += account.equals(organization.get("accountName").asText()) ? 1 : 0;
            }
            assertEquals(1, holders, "trial " + trial);
        }
    }

    @Test
    void parallelPutsOfOneNewLocationStoreOneHierarchy() throws Exception {
        for (int trial = 0; trial < TRIALS; trial++) {
            String location = prefix + "-NEW" + trial;
            String ids = prefix + "N" + trial;
            List<Answer> answers = together(WRITERS, i -> client.put("/v1/admin/locations/" + location, tenant.token(),
                    Workplace.office(ids, true)));
            assertEquals(WRITERS, withStatus(answers, 200).size(), "a PUT is idempotent, trial " + trial + ": " + answers);
            JsonNode stored = client.get("/v1/admin/locations/" + location, tenant.token()).json();
            assertEquals(3, stored.get("levels").get(0).get("zones").get(0).get("places").size(), "trial " + trial + ": " + stored);
            assertEquals(1, Database.number("select count(*) from events_location where organization_id = ? and location_id = ?",
                    tenant.organizationId(), location), "trial " + trial);
        }
    }

    /** Finding 9: the loser of a parallel claim gets the per-card result, not a 409 for its whole request. */
    @Test
    void aCardIsHeldByOnePersonAndTheLosersAreToldPerCard() throws Exception {
        for (int trial = 0; trial < TRIALS; trial++) {
            String card = "K" + trial + "-" + prefix;
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/access-credentials", eventsToken,
                    Map.of("data", List.of(Map.of("username", emails.get(i), "updateId", "u" + i,
                            "credentials", List.of(Map.of("cardNumber", card, "active", true)))))));
            assertEquals(WRITERS, withStatus(answers, 200).size(), "trial " + trial + ": " + answers);
            List<String> results = answers.stream().map(answer -> answer.json().get(0).get("result").asText()).toList();
            assertEquals(1, results.stream().filter("OK"::equals).count(), "trial " + trial + ": " + results);
            assertEquals(WRITERS - 1, results.stream().filter("CARD_UPDATE_FAILED"::equals).count(), "trial " + trial + ": " + results);
            for (Answer answer : answers) {
                JsonNode update = answer.json().get(0);
                if (!update.get("result").asText().equals("OK")) {
                    assertEquals("CARD_UPDATE_FAILED", update.get("results").get(0).get("result").asText(), answer.toString());
                }
            }
            int winner = results.indexOf("OK");
            assertEquals(List.of(List.of(String.valueOf(people.get(winner)))),
                    Database.rows("select user_id from access_card where organization_id = ? and card_number = ?",
                            tenant.organizationId(), card), "trial " + trial);
        }
    }

    @Test
    void parallelUpdatesOfOnePersonsCardsLeaveOneWholeSet() throws Exception {
        String email = "cards-" + prefix + "@example.com";
        long person = tenant.createUser(client, email);
        for (int trial = 0; trial < TRIALS; trial++) {
            String set = "S" + trial + "-" + prefix;
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/access-credentials", eventsToken,
                    Map.of("data", List.of(Map.of("username", email, "updateId", "u" + i, "credentials", List.of(
                            Map.of("cardNumber", set + "-" + i + "-a"), Map.of("cardNumber", set + "-" + i + "-b")))))));
            for (Answer answer : answers) {
                assertEquals(200, answer.status(), answer.toString());
                assertEquals("OK", answer.json().get(0).get("result").asText(), answer.toString());
            }
            List<String> cards = Database.rows("select card_number from access_card where user_id = ? order by card_number", person)
                    .stream().map(row -> row.get(0)).toList();
            assertEquals(2, cards.size(), "one update's set replaced the others, trial " + trial + ": " + cards);
            assertEquals(cards.get(0).substring(0, cards.get(0).length() - 2), cards.get(1).substring(0, cards.get(1).length() - 2),
                    "both cards from the same update, trial " + trial + ": " + cards);
        }
    }

    @Test
    void aPresenceEventIdIsStoredOnce() throws Exception {
        String source = "door-" + prefix;
        for (int trial = 0; trial < TRIALS; trial++) {
            String eventId = "e" + trial;
            Map<String, Object> body = Map.of("sourceId", source, "presenceEvents", List.of(Map.of("eventId", eventId,
                    "timestamp", "2026-11-23T08:59:12Z", "locationId", prefix + "-L3", "locationType", "level",
                    "userEmail", emails.get(0))));
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/presence", eventsToken, body));
            for (Answer answer : answers) {
                assertEquals(200, answer.status(), answer.toString());
                assertEquals(0, answer.json().get("results").get(0).get("resultCode").asInt(), answer.toString());
            }
            assertEquals(1, Database.number("select count(*) from events_presence where organization_id = ? and source_id = ?"
                    + " and event_id = ?", tenant.organizationId(), source, eventId), "trial " + trial);
        }
    }

    @Test
    void aTimeOffEventIdChangesPlansOnce() throws Exception {
        String email = "leave-" + prefix + "@example.com";
        long person = client.post("/v1/admin/users", tenant.token(), Map.of("email", email, "firstName", "L", "lastName", "V",
                "weeklyPlan", Map.of("mon", "o", "tue", "o", "wed", "o", "thu", "o", "fri", "o", "sat", "o", "sun", "o")))
                .json().get("userId").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        for (int trial = 0; trial < TRIALS; trial++) {
            LocalDate start = today.plusDays(10 + 3L * trial);
            Map<String, Object> body = Map.of("timeOffEvents", List.of(Map.of("eventId", "leave-" + trial, "email", email,
                    "eventType", "scheduled", "startDate", start.toString(), "endDate", start.plusDays(1).toString())));
            List<Answer> answers = together(WRITERS, i -> client.post("/v1/timeoff", eventsToken, body));
            for (Answer answer : answers) {
                assertEquals(200, answer.status(), answer.toString());
                assertEquals(0, answer.json().get("results").get(0).get("resultCode").asInt(), answer.toString());
            }
            assertEquals(2, Database.number("select count(*) from events_user_action where user_id = ? and on_day between ? and ?",
                    person, start, start.plusDays(1)), "each day's change logged once, trial " + trial);
            assertEquals(2, Database.number("select count(*) from events_day_plan where user_id = ? and plan = 'a'"
                    + " and on_day between ? and ?", person, start, start.plusDays(1)), "trial " + trial);
        }
    }

    @Test
    void aReplayedTokenRequestGetsTheOneTokenIssued() throws Exception {
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        long now = Instant.now().getEpochSecond();
        for (int trial = 0; trial < TRIALS; trial++) {
            long timestamp = now - trial;
            List<Answer> answers = together(WRITERS, i -> client.authenticate(key[0], key[1], timestamp));
            for (Answer answer : answers) {
                assertEquals(200, answer.status(), answer.toString());
            }
            Set<String> tokens = answers.stream().map(answer -> answer.json().get("token").asText())
                    .collect(Collectors.toCollection(HashSet::new));
            assertEquals(1, tokens.size(), "trial " + trial + ": one token for one request");
            assertEquals(0, Database.number("select count(*) from auth_replay where upper(api_key_id) = upper(?)", key[0]),
                    "the token is the same without a database write, trial " + trial);
        }
    }
}
