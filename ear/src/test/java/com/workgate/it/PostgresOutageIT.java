package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.IngestLoad;
import com.workgate.it.support.PrivatePostgres;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped while clients post events: every request is answered 503 with {@code Retry-After} in its API
 * family's error shape (never 500, never left hanging), readiness goes DOWN; PostgreSQL started again: the same
 * server process serves again by itself, and every event it acknowledged before, during and after is stored.
 * <p>
 * The database is a private PostgreSQL cluster of this test (the shared one is never stopped), so the test runs
 * in the PostgreSQL execution only ({@code Postgres*IT} is excluded from the H2 one).
 */
class PostgresOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void answers503WhileTheDatabaseIsDownAndServesAgainByItself() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.startNew()) {
            postgres.createDatabase("workgate");
            Map<String, String> environment = new HashMap<>(Map.of(
                    "WORKGATE_ADMIN_KEY", WorkgateClient.adminKey(),
                    "WORKGATE_ADMIN_SECRET", WorkgateClient.adminSecret(),
                    "WORKGATE_MASTER_KEY", System.getProperty("workgate.master.key"),
                    "WORKGATE_DB", "postgresql",
                    "POSTGRESQL_URL", postgres.jdbcUrl("workgate"),
                    "POSTGRESQL_USER", "postgres",
                    "POSTGRESQL_PASSWORD", "unused-with-trust-auth"));
            try (StandaloneServer server = StandaloneServer.prepare("outage-server-" + System.getProperty("workgate.db"), 400, environment)) {
                server.start();
                WorkgateClient client = server.client();
                Tenant tenant = Tenant.create(client);
                String prefix = "O" + UUID.randomUUID().toString().substring(0, 6);
                Workplace.create(client, tenant, prefix, true);
                String email = "outage-" + prefix + "@example.com";
                TimeClockClient clock = TimeClockClient.newUser(client, tenant, email);
                String[] oauthKey = tenant.createKey(client, "EVENTS", "BASIC_AND_HMAC");
                String source = "outage-" + prefix;
                assertEquals(200, clock.get("/api/sessions").status());
                assertEquals(200, oauthToken(client, oauthKey).status());

                Set<String> probesAcknowledged = new HashSet<>();
                IngestLoad load = IngestLoad.start(client, tenant.token(), source, prefix + "-D1", email, 3, false);
                Duration recovery;
                Duration readyAgain;
                Duration everyFamily;
                try {
                    load.awaitAcknowledged(200, PATIENCE);
                    postgres.stopFast();
                    int unavailableBefore = load.count(503);

                    Answer ready = awaitStatus(() -> client.get("/health/ready", null), 503);
                    assertEquals("DOWN", ready.json().get("status").asText(), ready.toString());

                    // a key read a moment ago is served from memory for up to a second: wait for the 503, don't race it
                    assertCalvenUnavailable(awaitStatus(
                            () -> client.post("/v1/presence", tenant.token(), batch(source, prefix, email, "probe-down")), 503));
                    assertCalvenUnavailable(awaitStatus(() -> client.get("/v1/admin/users", tenant.token()), 503));
                    assertCalvenUnavailable(awaitStatus(() -> client.authenticate(tenant.adminKey(), tenant.adminSecret(),
                            Instant.now().getEpochSecond()), 503));

                    Answer timeClock = awaitStatus(() -> clock.get("/api/sessions"), 503);
                    assertRetryAfter(timeClock);
                    assertEquals("Service Unavailable", timeClock.json().get("name").asText(), timeClock.toString());
                    assertEquals(503, timeClock.json().get("status").asInt());
                    assertEquals(0, timeClock.json().get("code").asInt());
                    assertNotNull(timeClock.json().get("message"));

                    Answer token = awaitStatus(() -> oauthToken(client, oauthKey), 503);
                    assertRetryAfter(token);
                    assertEquals("temporarily_unavailable", token.json().get("error").asText(), token.toString());
                    assertNotNull(token.json().get("error_description"));

                    load.awaitStatusCount(503, unavailableBefore + 20, PATIENCE);

                    postgres.start();
                    long databaseBack = System.nanoTime();
                    Answer stored = null;
                    long readyAt = 0;
                    for (int attempt = 0; stored == null; attempt++) {
                        if (System.nanoTime() - databaseBack > PATIENCE.toNanos()) {
                            throw new AssertionError("the server does not serve again " + PATIENCE + " after PostgreSQL is back");
                        }
                        if (readyAt == 0 && client.get("/health/ready", null).status() == 200) {
                            readyAt = System.nanoTime();
                        }
                        Answer probe = client.post("/v1/presence", tenant.token(),
                                batch(source, prefix, email, "probe-up-" + attempt));
                        if (probe.status() == 200 && probe.json().get("results").get(0).get("resultCode").asInt() == 0) {
                            stored = probe;
                            probesAcknowledged.add(probe.json().get("results").get(0).get("eventId").asText());
                        } else {
                            assertEquals(503, probe.status(), probe.toString());
                            Thread.sleep(100);
                        }
                    }
                    recovery = Duration.ofNanos(System.nanoTime() - databaseBack);
                    while (readyAt == 0 && client.get("/health/ready", null).status() != 200) {
                        Thread.sleep(100);
                    }
                    readyAgain = Duration.ofNanos((readyAt == 0 ? System.nanoTime() : readyAt) - databaseBack);

                    // connections of the pool that died with the old PostgreSQL may still fail a request or two
                    // (503) until the background validation has dropped them
                    while (true) {
                        List<Answer> answers = List.of(clock.get("/api/sessions"), oauthToken(client, oauthKey),
                                client.get("/v1/admin/users", tenant.token()));
                        if (answers.stream().allMatch(answer -> answer.status() == 200)) {
                            break;
                        }
                        for (Answer answer : answers) {
                            assertTrue(answer.status() == 200 || answer.status() == 503, answer.toString());
                        }
                        if (System.nanoTime() - databaseBack > PATIENCE.toNanos()) {
                            throw new AssertionError("not every API family serves " + PATIENCE + " after PostgreSQL is back: " + answers);
                        }
                        Thread.sleep(100);
                    }
                    everyFamily = Duration.ofNanos(System.nanoTime() - databaseBack);
                    load.awaitAcknowledged(load.acknowledged().size() + 200, PATIENCE);
                } finally {
                    load.stop();
                }

                System.out.printf("PostgreSQL outage: %d events acknowledged, answers %s, slowest answer %d ms; "
                                + "after PostgreSQL was back, first batch stored after %d ms, readiness UP after %d ms, "
                                + "every API family served after %d ms%n",
                        load.acknowledged().size(), load.statuses(), load.slowestAnswerMillis(), recovery.toMillis(),
                        readyAgain.toMillis(), everyFamily.toMillis());
                assertEquals(List.of(), load.unexpectedAnswers(), "only 200 and 503 while the database goes and comes back");
                assertEquals(List.of(), load.unavailableWithoutRetryAfter(), "every 503 has Retry-After and the error body");
                assertEquals(List.of(), load.connectionFailures(), "every request answered within the client's 30 s");

                Set<String> acknowledged = new HashSet<>(load.acknowledged());
                acknowledged.addAll(probesAcknowledged);
                assertEquals(acknowledged.size(), Database.storedPresenceEvents(postgres.connect("workgate"), source, acknowledged),
                        "every acknowledged event is stored");
            }
        }
    }

    private static Map<String, Object> batch(String source, String prefix, String email, String eventId) {
        return Map.of("sourceId", source, "presenceEvents", List.of(Map.of("eventId", eventId,
                "timestamp", "2026-11-23T08:00:00Z", "locationId", prefix + "-D1", "locationType", "place", "userEmail", email)));
    }

    private static Answer oauthToken(WorkgateClient client, String[] key) {
        return client.send("POST", "/v1/auth/token", null, WorkgateClient.json(
                Map.of("grant_type", "client_credentials", "client_id", key[0], "client_secret", key[1])), Map.of());
    }

    private static void assertCalvenUnavailable(Answer answer) {
        assertEquals(503, answer.status(), answer.toString());
        assertRetryAfter(answer);
        JsonNode body = answer.json();
        assertNotNull(body, answer.toString());
        assertEquals(503, body.get("status").asInt(), answer.toString());
        assertTrue(body.get("message").asText().contains("database"), answer.toString());
    }

    private static void assertRetryAfter(Answer answer) {
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter, answer.toString());
        assertTrue(Long.parseLong(retryAfter) >= 1, retryAfter);
    }

    /** Asks until the answer has this status; any other status on the way must be a 200. */
    private static Answer awaitStatus(Supplier<Answer> request, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Answer answer = request.get();
        while (answer.status() != status && Instant.now().isBefore(deadline)) {
            assertEquals(200, answer.status(), answer.toString());
            Thread.sleep(100);
            answer = request.get();
        }
        assertEquals(status, answer.status(), answer.toString());
        return answer;
    }

}
