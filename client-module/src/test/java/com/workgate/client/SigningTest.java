package com.workgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signed headers and TimeClock bearer tokens, checked against vectors computed outside the client. */
class SigningTest {

    private static final String KEY = "55DE3799-6C65-43F3-9AFB-A4725358B4FD";

    private final FakeServer server;

    SigningTest() throws IOException {
        server = new FakeServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void signedHeadersCarryTheKnownToken() throws Exception {
        server.on("/v1/admin/keys", (exchange, request) -> FakeServer.json(exchange, 200, "[]"));
        Clock clock = Clock.fixed(Instant.parse("2023-02-11T12:00:00Z"), ZoneOffset.UTC);
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).signedHeaders("acme", KEY, "secret").clock(clock).build()) {
            api.admin().keys();
        }
        FakeServer.Received request = server.to("/v1/admin/keys").get(0);
        assertEquals(KEY, request.header("API-Key"));
        assertEquals("2023-02-11T12:00:00Z", request.header("API-Timestamp"));
        // openssl: printf '%s' 'acme:<key>@2023-02-11T12:00:00Z' | openssl dgst -sha256 -hmac secret
        assertEquals("1c06ff834044489300895adbcae83074c4c47dc184c307e83ba9596dd18ba94e", request.header("API-Token"));
        assertEquals(hmac("secret", "acme:" + KEY + "@2023-02-11T12:00:00Z"), request.header("API-Token"));
        assertNull(request.header("Authorization"), "no bearer token with signed headers");
        assertEquals(0, server.count("/v1/auth"));
    }

    @Test
    void everySignedRequestIsSignedAtItsOwnTime() throws Exception {
        server.on("/v1/admin/keys", (exchange, request) -> FakeServer.json(exchange, 200, "[]"));
        MutableClock clock = new MutableClock(Instant.parse("2023-02-11T12:00:00Z"));
        try (WorkgateApi api = WorkgateApi.builder(server.uri()).signedHeaders("acme", KEY, "secret").clock(clock).build()) {
            api.admin().keys();
            clock.advance(java.time.Duration.ofMinutes(10));
            api.admin().keys();
        }
        FakeServer.Received later = server.to("/v1/admin/keys").get(1);
        assertEquals("2023-02-11T12:10:00Z", later.header("API-Timestamp"));
        assertEquals(hmac("secret", "acme:" + KEY + "@2023-02-11T12:10:00Z"), later.header("API-Token"));
    }

    @Test
    void timeClockBearerIsIdTimestampAndSha1OfTimestampAndKey() throws Exception {
        server.on("/api/profile", (exchange, request) -> FakeServer.json(exchange, 200,
                "{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\",\"phone\":null}"));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1547212119), ZoneOffset.UTC);
        try (TimeClockApi api = TimeClockApi.of(server.uri(), 1, "abcdefghij0123456789", null, RetryPolicy.NONE, clock)) {
            assertEquals("Ada", api.profile().name());
        }
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest("1547212119abcdefghij0123456789".getBytes(StandardCharsets.UTF_8)));
        // openssl: printf '%s' '1547212119abcdefghij0123456789' | openssl dgst -sha1
        assertEquals("167e83ed350707a53b53156120e38d8c77ec4a80", sha1);
        assertEquals("Bearer 1:1547212119:" + sha1, server.to("/api/profile").get(0).header("Authorization"));
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
