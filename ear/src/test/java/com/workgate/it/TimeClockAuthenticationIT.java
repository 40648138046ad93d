package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TimeClock bearer scheme on {@code /api}, beside the JWT bearer scheme on {@code /v1} in the same deployment,
 * each answering as its own clients expect.
 */
class TimeClockAuthenticationIT extends DeployedEar {

    private static final String FORBIDDEN = "{\"name\":\"Forbidden\",\"message\":\"Invalid token provided\",\"code\":0,\"status\":403}";
    private static final String UNAUTHORIZED =
            "{\"name\":\"Unauthorized\",\"message\":\"Your request was made with invalid credentials.\",\"code\":0,\"status\":401}";

    private static Tenant tenant;
    private static long userId;
    private static String key;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        userId = tenant.createUser(client, "clock@example.com");
        key = grantKey(userId);
    }

    private static String grantKey(long user) {
        return client.post("/v1/admin/users/" + user + "/timeclock-key", tenant.token(), null).json().get("apiKey").asText();
    }

    /** Exactly as the original's clients build it: id:ts:sha1(ts + key). */
    static String timeClockToken(long user, long timestamp, String apiKey) throws Exception {
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((timestamp + apiKey).getBytes(StandardCharsets.UTF_8));
        return user + ":" + timestamp + ":" + HexFormat.of().formatHex(sha1);
    }

    private static Answer profile(String authorization) {
        return client.send("GET", "/api/profile", null, null, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    @Test
    void aCorrectTokenReachesTheApi() throws Exception {
        Answer answer = profile("Bearer " + timeClockToken(userId, Instant.now().getEpochSecond(), key));
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(userId, answer.json().get("id").asLong());
        assertEquals("First Last", answer.json().get("name").asText());
    }

    @Test
    void noBearerHeaderIs401WithTheOriginalsBody() {
        for (String header : new String[]{null, "Basic dXNlcjpwYXNz", "Token abc"}) {
            Answer answer = profile(header);
            assertEquals(401, answer.status(), String.valueOf(header));
            assertEquals("Bearer realm=\"api\"", answer.header("WWW-Authenticate"));
            assertEquals(UNAUTHORIZED, answer.text());
        }
    }

    @Test
    void everythingWrongWithABearerTokenIsTheSame403() throws Exception {
        long inactive = tenant.createUser(client, "inactive@example.com");
        String inactiveKey = grantKey(inactive);
        client.put("/v1/admin/users/" + inactive, tenant.token(), Map.of("status", "inactive"));
        long keyless = tenant.createUser(client, "keyless@example.com");
        // taken after the set-up, and 62 s rather than 61 out, so that a second ticking over on the server before
        // a request arrives cannot bring it back into the 60 s window (TimeClockTokenTest has the exact edges)
        long now = Instant.now().getEpochSecond();
        List<String> bad = List.of(
                "Bearer nonsense",
                "Bearer " + userId + ":" + now + ":abc",
                "Bearer " + timeClockToken(userId, now - 62, key),
                "Bearer " + timeClockToken(userId, now + 62, key),
                "Bearer " + timeClockToken(userId, now, key + "x"),
                "Bearer " + timeClockToken(999_999_999L, now, key),
                "Bearer " + timeClockToken(inactive, now, inactiveKey),
                "Bearer " + timeClockToken(keyless, now, key),
                "Bearer " + tenant.token());
        for (String header : bad) {
            Answer answer = profile(header);
            assertEquals(403, answer.status(), header + " -> " + answer);
            assertEquals(FORBIDDEN, answer.text());
        }
        assertEquals(200, profile("Bearer " + timeClockToken(userId, now - 55, key)).status(), "inside the 60 s window");
    }

    @Test
    void aChangedOrRevokedKeyStopsAtOnce() throws Exception {
        long user = tenant.createUser(client, "rotating@example.com");
        String first = grantKey(user);
        long now = Instant.now().getEpochSecond();
        assertEquals(200, profile("Bearer " + timeClockToken(user, now, first)).status());
        String second = grantKey(user);
        assertEquals(403, profile("Bearer " + timeClockToken(user, now, first)).status());
        assertEquals(200, profile("Bearer " + timeClockToken(user, now, second)).status());
        assertEquals(204, client.delete("/v1/admin/users/" + user + "/timeclock-key", tenant.token()).status());
        assertEquals(403, profile("Bearer " + timeClockToken(user, now, second)).status());
    }

    @Test
    void bothBearerSchemesLiveSideBySide() throws Exception {
        String timeClock = "Bearer " + timeClockToken(userId, Instant.now().getEpochSecond(), key);
        Answer jwtOnV1 = client.get("/v1/admin/users", tenant.token());
        assertEquals(200, jwtOnV1.status());
        Answer timeClockOnV1 = client.send("GET", "/v1/admin/users", null, null, Map.of("Authorization", timeClock));
        assertEquals(401, timeClockOnV1.status());
        assertTrue(timeClockOnV1.header("WWW-Authenticate").contains("invalid_token"));
        assertEquals(200, profile(timeClock).status());

        Answer unknown = client.send("GET", "/api/nothing-here", null, null, Map.of("Authorization", timeClock));
        assertEquals(404, unknown.status());
        assertEquals("Not Found", unknown.json().get("name").asText(), "TimeClock errors in the original's shape");
    }
}
