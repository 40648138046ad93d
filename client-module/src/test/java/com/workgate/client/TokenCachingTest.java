package com.workgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tokens are fetched once, shared by all threads, and replaced shortly before expiry. */
class TokenCachingTest {

    private static final String KEY = "55DE3799-6C65-43F3-9AFB-A4725358B4FD";

    private final FakeServer server = startServer();
    private final AtomicInteger issued = new AtomicInteger();

    private static FakeServer startServer() {
        try {
            return new FakeServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** {@code POST /v1/auth} answering like the server: expiration = request timestamp + lifetime, in seconds. */
    private void issueHmacTokens(long lifetimeSeconds, long delayMillis) {
        server.on("/v1/auth", (exchange, request) -> {
            Thread.sleep(delayMillis);
            JsonNode body = Json.MAPPER.readTree(request.body());
            long expiration = body.get("timestamp").asLong() + lifetimeSeconds;
            FakeServer.json(exchange, 200, "{\"authenticated\":true,\"message\":\"Authentication successful\",\"token\":\"t-"
                    + issued.incrementAndGet() + "\",\"expiration\":" + expiration + "}");
        });
    }

    private void answerUsers() {
        server.on("/v1/admin/users", (exchange, request) -> FakeServer.json(exchange, 200, "[]"));
    }

    @Test
    void thirtyTwoConcurrentCallersShareOneTokenFetch() throws Exception {
        issueHmacTokens(3600, 300);
        answerUsers();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).hmac(KEY, "secret").build()) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> call = () -> {
                start.await();
                return api.admin().users().size();
            };
            List<Future<Integer>> calls = IntStream.range(0, 32).mapToObj(i -> pool.submit(call)).toList();
            start.countDown();
            for (Future<Integer> future : calls) {
                assertEquals(0, future.get(30, TimeUnit.SECONDS));
            }
            for (int i = 0; i < 100; i++) {
                api.admin().users();
            }
            assertEquals(1, server.count("/v1/auth"), "one token fetch for 132 calls");
            assertEquals(1, api.tokens().fetches());
            assertEquals(List.of("Bearer t-1"), server.to("/v1/admin/users").stream()
                    .map(r -> r.header("Authorization")).distinct().collect(Collectors.toList()));
            assertEquals(132, server.count("/v1/admin/users"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHmacRequestCarriesTheKnownHash() {
        issueHmacTokens(3600, 0);
        answerUsers();
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1683257792));
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).hmac(KEY, "secret").clock(clock).build()) {
            api.admin().users();
        }
        JsonNode body = readTree(server.to("/v1/auth").get(0).body());
        assertEquals(KEY, body.get("apiKey").asText());
        assertEquals(1683257792L, body.get("timestamp").asLong());
        // openssl: printf '%s' "$KEY$TS" | openssl dgst -sha256 -hmac secret
        assertEquals("a1e44fc08faf8661088769d4f7c3554606888d334d21a7c7134957e3e854a6c2", body.get("hash").asText());
    }

    @Test
    void aTokenIsReplacedOnlyWithinTheRefreshMarginOfItsExpiry() {
        issueHmacTokens(3600, 0);
        answerUsers();
        MutableClock clock = new MutableClock(Instant.now());
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).hmac(KEY, "secret").clock(clock)
                .refreshMargin(Duration.ofSeconds(60)).build()) {
            api.admin().users();
            clock.advance(Duration.ofSeconds(3500));
            api.admin().users();
            assertEquals(1, api.tokens().fetches(), "still 100 s left: reused");
            clock.advance(Duration.ofSeconds(50));
            api.admin().users();
            assertEquals(2, api.tokens().fetches(), "50 s left, inside the 60 s margin: replaced");
        }
        assertEquals(List.of("Bearer t-1", "Bearer t-1", "Bearer t-2"),
                server.to("/v1/admin/users").stream().map(r -> r.header("Authorization")).toList());
    }

    @Test
    void aShortLivedTokenIsStillUsedForHalfItsLife() {
        issueHmacTokens(30, 0);
        answerUsers();
        MutableClock clock = new MutableClock(Instant.now());
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).hmac(KEY, "secret").clock(clock).build()) {
            api.admin().users();
            clock.advance(Duration.ofSeconds(10));
            api.admin().users();
            assertEquals(1, api.tokens().fetches());
        }
    }

    @Test
    void aRefusedTokenIsDroppedAndTheCallMadeOnceMoreWithANewOne() {
        issueHmacTokens(3600, 0);
        server.on("/v1/admin/users", (exchange, request) -> {
            if ("Bearer t-1".equals(request.header("Authorization"))) {
                FakeServer.json(exchange, 401, "{\"status\":401,\"message\":\"token revoked\"}");
            } else {
                FakeServer.json(exchange, 200, "[]");
            }
        });
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).hmac(KEY, "secret").build()) {
            assertEquals(0, api.admin().users().size());
            assertEquals(2, api.tokens().fetches());
        }
    }

    @Test
    void clientCredentialsTokensAreCachedByExpiresIn() {
        server.on("/v1/auth/token", (exchange, request) -> FakeServer.json(exchange, 200,
                "{\"access_token\":\"cc-" + issued.incrementAndGet() + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
        answerUsers();
        MutableClock clock = new MutableClock(Instant.now());
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).clientCredentials(KEY, "s3cret").clock(clock).build()) {
            api.admin().users();
            clock.advance(Duration.ofSeconds(3000));
            api.admin().users();
            assertEquals(1, api.tokens().fetches());
            clock.advance(Duration.ofSeconds(560));
            api.admin().users();
            assertEquals(2, api.tokens().fetches());
        }
        JsonNode body = readTree(server.to("/v1/auth/token").get(0).body());
        assertEquals("client_credentials", body.get("grant_type").asText());
        assertEquals(KEY, body.get("client_id").asText());
        assertEquals("s3cret", body.get("client_secret").asText());
        assertTrue(server.to("/v1/admin/users").get(0).header("Authorization").equals("Bearer cc-1"));
    }

    private static JsonNode readTree(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
