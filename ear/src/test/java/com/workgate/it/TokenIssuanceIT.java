package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WithinOneSecond;
import com.workgate.it.support.WorkgateClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/auth} replay handling and {@code POST /v1/auth/token} (OAuth 2.0 client credentials). */
class TokenIssuanceIT extends DeployedEar {

    private static Tenant tenant;
    private static String[] basicKey;
    private static String[] hmacOnlyKey;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        basicKey = tenant.createKey(client, "ALL", "BASIC_AND_HMAC");
        hmacOnlyKey = tenant.createKey(client, "ALL", "HMAC_ONLY");
    }

    @Test
    void anIdenticalRequestGetsTheTokenAlreadyIssuedAndANewTimestampANewToken() {
        long now = Instant.now().getEpochSecond();
        Answer first = client.authenticate(basicKey[0], basicKey[1], now);
        Answer again = client.authenticate(basicKey[0], basicKey[1], now);
        assertEquals(200, first.status());
        assertEquals(first.json().get("token").asText(), again.json().get("token").asText());
        Answer later = client.authenticate(basicKey[0], basicKey[1], now - 1);
        assertNotEquals(first.json().get("token").asText(), later.json().get("token").asText());
    }

    @Test
    void aTimestampExactlyFiveMinutesOldOrAheadIsInsideTheWindowAndOneSecondMoreIsNot() throws Exception {
        for (long offset : new long[]{-300, 300}) {
            Answer edge = WithinOneSecond.send(offset, t -> client.authenticate(basicKey[0], basicKey[1], t));
            assertEquals(200, edge.status(), offset + " s: " + edge);
        }
        for (long offset : new long[]{-301, 301}) {
            Answer past = WithinOneSecond.send(offset, t -> client.authenticate(basicKey[0], basicKey[1], t));
            assertEquals(401, past.status(), offset + " s: " + past);
            assertTrue(past.message().contains("outside the allowed window"), past.message());
        }
    }

    @Test
    void identicalRequestsAtTheSameMomentOnSeveralConnectionsGetOneToken() throws Exception {
        long now = Instant.now().getEpochSecond() - 7;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> WorkgateClient.local().authenticate(basicKey[0], basicKey[1], now).json().get("token").asText());
            }
            Set<String> tokens = new HashSet<>();
            for (Future<String> token : pool.invokeAll(calls)) {
                tokens.add(token.get());
            }
            assertEquals(1, tokens.size(), "one token for one request, however often it is sent");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReplayDoesNotReviveARevokedKey() {
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        long now = Instant.now().getEpochSecond();
        assertEquals(200, client.authenticate(key[0], key[1], now).status());
        assertEquals(204, client.delete("/v1/admin/keys/" + key[0], tenant.token()).status());
        assertEquals(401, client.authenticate(key[0], key[1], now).status());
    }

    @Test
    void clientCredentialsAsJsonFormAndBasicAllIssueTokens() {
        Answer json = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", basicKey[0], "client_secret", basicKey[1])), Map.of());
        Answer form = client.send("POST", "/v1/auth/token", null,
                "grant_type=client_credentials&client_id=" + basicKey[0] + "&client_secret=" + basicKey[1],
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        Answer basic = client.send("POST", "/v1/auth/token", null, "grant_type=client_credentials",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", basic(basicKey[0], basicKey[1])));
        for (Answer answer : List.of(json, form, basic)) {
            assertEquals(200, answer.status(), answer.toString());
            assertEquals("no-store", answer.header("Cache-Control"));
            assertEquals("Bearer", answer.json().get("token_type").asText());
            assertTrue(answer.json().get("expires_in").asInt() > 3500);
            assertFalse(answer.json().has("refresh_token"));
            assertEquals(200, client.get("/v1/admin/users", answer.json().get("access_token").asText()).status());
        }
    }

    @Test
    void clientCredentialsErrorsFollowRfc6749() {
        Answer wrongSecret = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", basicKey[0], "client_secret", "wrong")), Map.of());
        Answer unknownClient = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", "11111111-2222-3333-4444-555555555555", "client_secret", "wrong")), Map.of());
        for (Answer answer : List.of(wrongSecret, unknownClient)) {
            assertEquals(401, answer.status());
            assertEquals("invalid_client", answer.json().get("error").asText());
            assertNull(answer.header("WWW-Authenticate"), "no Basic challenge when Basic was not used");
        }
        assertEquals(wrongSecret.json().get("error_description"), unknownClient.json().get("error_description"));

        Answer basicWrong = client.send("POST", "/v1/auth/token", null, null,
                Map.of("Authorization", basic(basicKey[0], "wrong")));
        assertEquals(401, basicWrong.status());
        assertTrue(basicWrong.header("WWW-Authenticate").startsWith("Basic realm="));

        Answer grant = client.send("POST", "/v1/auth/token", null,
                "grant_type=password&client_id=" + basicKey[0] + "&client_secret=" + basicKey[1],
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(400, grant.status());
        assertEquals("unsupported_grant_type", grant.json().get("error").asText());

        Answer missingSecret = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", basicKey[0])), Map.of());
        assertEquals(400, missingSecret.status());
        assertEquals("invalid_request", missingSecret.json().get("error").asText());

        Answer malformed = client.send("POST", "/v1/auth/token", null, "{\"client_id\":", Map.of());
        assertEquals(400, malformed.status());
        assertEquals("invalid_request", malformed.json().get("error").asText());
    }

    @Test
    void anHmacOnlyKeyMayNotPresentItsSecret() {
        Answer json = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", hmacOnlyKey[0], "client_secret", hmacOnlyKey[1])), Map.of());
        assertEquals(400, json.status());
        assertEquals("unauthorized_client", json.json().get("error").asText());
        assertEquals(200, client.authenticate(hmacOnlyKey[0], hmacOnlyKey[1], Instant.now().getEpochSecond()).status(),
                "the same key still signs with HMAC");
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
