package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WithinOneSecond;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-request signed headers on the integration API, and {@code /v1/sessions}. */
class SignedHeadersIT extends DeployedEar {

    private static Tenant tenant;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
    }

    private static Answer signedGet(String path, Map<String, String> headers) {
        return client.send("GET", path, null, null, headers);
    }

    @Test
    void everyTimestampFormClientsSendIsAccepted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String timestamp : List.of(
                DateTimeFormatter.ISO_INSTANT.format(now),
                String.valueOf(now.getEpochSecond()),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))) {
            Answer answer = signedGet("/v1/admin/users", SignedHeaders.of(tenant.accountName(), tenant.adminKey(),
                    tenant.adminSecret(), timestamp));
            assertEquals(200, answer.status(), timestamp + " -> " + answer);
        }
    }

    @Test
    void badSignaturesUnknownKeysAndStaleTimestampsAre403() {
        String now = String.valueOf(Instant.now().getEpochSecond());
        Map<String, String> wrongSecret = SignedHeaders.of(tenant.accountName(), tenant.adminKey(), "wrong", now);
        Map<String, String> wrongAccount = SignedHeaders.of("another-account", tenant.adminKey(), tenant.adminSecret(), now);
        Map<String, String> unknownKey = SignedHeaders.of(tenant.accountName(), "99999999-9999-9999-9999-999999999999",
                tenant.adminSecret(), now);
        for (Map<String, String> headers : List.of(wrongSecret, wrongAccount, unknownKey)) {
            Answer answer = signedGet("/v1/admin/users", headers);
            assertEquals(403, answer.status());
            assertEquals("Unable to validate the request, please recheck your API-Key and API-Token.", answer.message());
            assertEquals("Invalid API Token", answer.json().get("error").asText(), "an unknown key answers as a wrong token");
        }
        long epoch = Instant.now().getEpochSecond();
        for (long skew : new long[]{-330, 330}) {
            Answer stale = signedGet("/v1/admin/users", SignedHeaders.of(tenant.accountName(), tenant.adminKey(),
                    tenant.adminSecret(), String.valueOf(epoch + skew)));
            assertEquals(403, stale.status());
            assertEquals("Invalid API Timestamp", stale.json().get("error").asText());
        }
        Map<String, String> tampered = new HashMap<>(SignedHeaders.of(tenant.accountName(), tenant.adminKey(),
                tenant.adminSecret(), now));
        tampered.put("API-Timestamp", String.valueOf(Long.parseLong(now) - 1));
        assertEquals(403, signedGet("/v1/admin/users", tampered).status(), "the signature covers the timestamp");
    }

    @Test
    void aTimestampExactlyFiveMinutesOldOrAheadIsInsideTheWindowAndOneSecondMoreIsNot() throws Exception {
        for (long offset : new long[]{-300, 300, -301, 301}) {
            Answer answer = WithinOneSecond.send(offset, t -> signedGet("/v1/admin/users",
                    SignedHeaders.of(tenant.accountName(), tenant.adminKey(), tenant.adminSecret(), String.valueOf(t))));
            if (Math.abs(offset) == 300) {
                assertEquals(200, answer.status(), offset + " s: " + answer);
            } else {
                assertEquals(403, answer.status(), offset + " s: " + answer);
                assertEquals("Invalid API Timestamp", answer.json().get("error").asText());
            }
        }
    }

    @Test
    void rolesApplyToSignedRequestsToo() {
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        Answer answer = signedGet("/v1/admin/users", SignedHeaders.of(tenant.accountName(), events[0], events[1],
                String.valueOf(Instant.now().getEpochSecond())));
        assertEquals(403, answer.status());
    }

    @Test
    void aSessionHandsOutABearerTokenThatDiesWithTheSession() {
        Map<String, String> signed = SignedHeaders.of(tenant.accountName(), tenant.adminKey(), tenant.adminSecret(),
                DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        Answer opened = client.send("POST", "/v1/sessions", null, null, signed);
        assertEquals(200, opened.status(), opened.toString());
        String sessionId = opened.json().get("session_id").asText();
        String token = opened.json().get("api_token").asText();
        assertEquals(tenant.adminKey(), opened.json().get("api_key").asText());
        assertNotNull(Instant.parse(opened.json().get("expiration").asText()));

        assertEquals(200, client.get("/v1/admin/users", token).status());
        Answer read = signedGet("/v1/sessions/" + sessionId, signed);
        assertEquals(200, read.status());
        assertEquals(token, read.json().get("api_token").asText());

        String[] otherKey = tenant.createKey(client, "ALL", "HMAC_ONLY");
        assertEquals(404, signedGet("/v1/sessions/" + sessionId, SignedHeaders.of(tenant.accountName(), otherKey[0],
                otherKey[1], String.valueOf(Instant.now().getEpochSecond()))).status(), "another key's session is not found");

        assertEquals(204, client.send("DELETE", "/v1/sessions/" + sessionId, null, null, signed).status());
        assertEquals(401, client.get("/v1/admin/users", token).status(), "a closed session's token is refused");
        assertEquals(404, signedGet("/v1/sessions/" + sessionId, signed).status());

        assertEquals(200, signedGet("/v1/sessions", signed).status(), "GET opens a session as well");
    }

    private static void assertRefused(Answer answer, String error) {
        assertEquals(403, answer.status(), answer.toString());
        assertEquals("Unable to validate the request, please recheck your API-Key and API-Token.", answer.message());
        assertEquals(error, answer.json().get("error").asText(), answer.toString());
    }

    @Test
    void everyAuthenticationFailureOfSessionsAndSignedRequestsIs403WithMessageAndError() {
        assertRefused(client.send("POST", "/v1/sessions", null, null, Map.of()), "Invalid API Key");
        assertRefused(client.send("GET", "/v1/sessions", null, null, Map.of()), "Invalid API Key");
        assertRefused(client.send("DELETE", "/v1/sessions/some-session", null, null, Map.of()), "Invalid API Key");
        String bearer = client.token(tenant.adminKey(), tenant.adminSecret());
        assertRefused(client.send("POST", "/v1/sessions", bearer, null, Map.of()), "Invalid API Key");

        Map<String, String> signed = SignedHeaders.of(tenant.accountName(), tenant.adminKey(), tenant.adminSecret(),
                String.valueOf(Instant.now().getEpochSecond()));
        Map<String, String> noKey = new HashMap<>(signed);
        noKey.remove("API-Key");
        assertRefused(signedGet("/v1/admin/users", noKey), "Invalid API Key");
        Map<String, String> noTimestamp = new HashMap<>(signed);
        noTimestamp.remove("API-Timestamp");
        assertRefused(signedGet("/v1/admin/users", noTimestamp), "Invalid API Timestamp");
        noTimestamp.put("API-Timestamp", "yesterday");
        assertRefused(signedGet("/v1/analytics/users", noTimestamp), "Invalid API Timestamp");
        Map<String, String> noToken = new HashMap<>(signed);
        noToken.remove("API-Token");
        assertRefused(client.send("POST", "/v1/sessions", null, null, noToken), "Invalid API Token");
    }

    @Test
    void theBearerTokenIsAcceptedInAnAuthenticationHeaderAsThe2023CalvenDocumentsSendIt() {
        String token = client.token(tenant.adminKey(), tenant.adminSecret());
        assertEquals(200, client.send("GET", "/v1/analytics/users", null, null,
                Map.of("Authentication", "Bearer " + token)).status());
        assertEquals(200, client.send("GET", "/v1/analytics/users", null, null, Map.of("Authentication", token)).status());
        Answer tampered = client.send("GET", "/v1/analytics/users", null, null,
                Map.of("Authentication", "Bearer " + token + "x"));
        assertEquals(401, tampered.status(), "a token in Authentication is verified like one in Authorization");
    }
}
