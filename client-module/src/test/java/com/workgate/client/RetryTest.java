package com.workgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.client.EventsApi.LocationType;
import com.workgate.client.EventsApi.PresenceEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 429/503 are retried for every call, honouring Retry-After; connection failures only for idempotent calls. */
class RetryTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));

    private final FakeServer server;

    RetryTest() throws IOException {
        server = new FakeServer();
        server.on("/v1/auth", (exchange, request) -> FakeServer.json(exchange, 200,
                "{\"token\":\"t\",\"expiration\":" + (Instant.now().getEpochSecond() + 3600) + "}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WorkgateApi api(RetryPolicy policy) {
        return WorkgateApi.builder(server.uri()).hmac("key", "secret").retryPolicy(policy).build();
    }

    /** Answers {@code status} with the headers the first {@code refusals} times, then {@code []}. */
    private void refuseThenAnswer(String path, int refusals, int status, Map<String, String> headers) {
        AtomicInteger calls = new AtomicInteger();
        server.on(path, (exchange, request) -> {
            if (calls.incrementAndGet() <= refusals) {
                FakeServer.json(exchange, status, "{\"status\":" + status + ",\"message\":\"slow down\"}", headers);
            } else {
                FakeServer.json(exchange, path.startsWith("/v1/admin/users") && request.method().equals("POST") ? 201 : 200,
                        path.startsWith("/v1/admin/users") && request.method().equals("POST")
                                ? "{\"userId\":7,\"email\":\"a@example.com\"}" : "[]");
            }
        });
    }

    @Test
    void a429WithRetryAfterOneIsRetriedAfterAtLeastOneSecond() {
        refuseThenAnswer("/v1/admin/users", 1, 429, Map.of("Retry-After", "1"));
        try (WorkgateApi api = api(FAST)) {
            api.tokens().token();
            long started = System.nanoTime();
            assertEquals(0, api.admin().users().size());
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis >= 1000, "waited only " + waitedMillis + " ms");
        }
        assertEquals(2, server.count("/v1/admin/users"));
    }

    @Test
    void a503IsRetriedEvenForACallThatCreatesSomething() {
        refuseThenAnswer("/v1/admin/users", 1, 503, Map.of());
        try (WorkgateApi api = api(FAST)) {
            assertEquals(7, api.admin().createUser(AdminApi.NewUser.of("a@example.com", "A", "B")).userId());
        }
        assertEquals(2, server.count("/v1/admin/users"));
    }

    @Test
    void attemptsAreBoundedAndTheLastRefusalIsThrown() {
        refuseThenAnswer("/v1/admin/users", 100, 429, Map.of("Retry-After", "0"));
        try (WorkgateApi api = api(FAST)) {
            WorkgateApiException refused = assertThrows(WorkgateApiException.class, () -> api.admin().users());
            assertEquals(429, refused.status());
            assertEquals("slow down", refused.serverMessage());
        }
        assertEquals(3, server.count("/v1/admin/users"));
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsIsThrownAtOnce() {
        refuseThenAnswer("/v1/admin/users", 100, 429, Map.of("Retry-After", "120"));
        try (WorkgateApi api = api(FAST)) {
            WorkgateApiException refused = assertThrows(WorkgateApiException.class, () -> api.admin().users());
            assertEquals("120", refused.retryAfter());
        }
        assertEquals(1, server.count("/v1/admin/users"));
    }

    @Test
    void otherErrorsAreNotRetried() {
        refuseThenAnswer("/v1/admin/users", 100, 500, Map.of());
        try (WorkgateApi api = api(FAST)) {
            assertEquals(500, assertThrows(WorkgateApiException.class, () -> api.admin().users()).status());
        }
        assertEquals(1, server.count("/v1/admin/users"));
    }

    @Test
    void connectionFailuresAreRetriedForEventBatchesButNotForCreatingAUser() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(3, attemptsAgainst(closedPort, api -> api.events().presence("s",
                List.of(PresenceEvent.byEmail("e-1", Instant.now(), "L", LocationType.LEVEL, "a@example.com")))));
        assertEquals(3, attemptsAgainst(closedPort, api -> api.admin().users()));
        assertEquals(1, attemptsAgainst(closedPort, api -> api.admin().createUser(AdminApi.NewUser.of("a@example.com", "A", "B"))));
        assertEquals(1, attemptsAgainst(closedPort, api -> api.admin().createKey("k", "EVENTS", "HMAC_ONLY")));
    }

    private static int attemptsAgainst(int port, java.util.function.Consumer<WorkgateApi> call) {
        try (WorkgateApi api = WorkgateApi.builder("http://127.0.0.1:" + port).signedHeaders("acme", "key", "secret")
                .retryPolicy(FAST).build()) {
            return assertThrows(WorkgateTransportException.class, () -> call.accept(api)).attempts();
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(7), RetryPolicy.parseRetryAfter("7", clock));
        assertEquals(Duration.ofSeconds(30), RetryPolicy.parseRetryAfter("Mon, 30 Nov 2026 12:00:30 GMT", clock));
        assertEquals(Duration.ZERO, RetryPolicy.parseRetryAfter("Mon, 30 Nov 2026 11:00:00 GMT", clock));
        assertNull(RetryPolicy.parseRetryAfter("soon", clock));
        assertNull(RetryPolicy.parseRetryAfter(null, clock));
    }

    @Test
    void theWaitIsNeverShorterThanRetryAfterNorThanTheBackoff() {
        Clock clock = Clock.systemUTC();
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(400), Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertTrue(policy.delayAfterRefusal(1, "2", clock).compareTo(Duration.ofSeconds(2)) >= 0);
        assertTrue(policy.delayAfterRefusal(3, "0", clock).compareTo(Duration.ofMillis(1600)) >= 0, "backoff doubles");
        assertNull(policy.delayAfterRefusal(1, "61", clock));
    }
}
