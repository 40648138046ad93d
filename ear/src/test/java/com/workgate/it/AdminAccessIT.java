package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may reach the admin API: only ALL keys, never without credentials, never with a bad token. */
class AdminAccessIT extends DeployedEar {

    private static Tenant tenant;
    private static long userId;
    private static String someKey;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        userId = tenant.createUser(client, "access@example.com");
        someKey = tenant.createKey(client, "EVENTS", "HMAC_ONLY")[0];
    }

    private static List<String[]> adminRoutes() {
        return List.of(
                new String[]{"GET", "/v1/admin/organizations"},
                new String[]{"POST", "/v1/admin/organizations"},
                new String[]{"GET", "/v1/admin/keys"},
                new String[]{"POST", "/v1/admin/keys"},
                new String[]{"DELETE", "/v1/admin/keys/" + someKey},
                new String[]{"POST", "/v1/admin/keys/" + someKey + "/rotate"},
                new String[]{"GET", "/v1/admin/users"},
                new String[]{"POST", "/v1/admin/users"},
                new String[]{"GET", "/v1/admin/users/" + userId},
                new String[]{"PUT", "/v1/admin/users/" + userId},
                new String[]{"DELETE", "/v1/admin/users/" + userId},
                new String[]{"POST", "/v1/admin/users/" + userId + "/pin"},
                new String[]{"POST", "/v1/admin/users/" + userId + "/timeclock-key"},
                new String[]{"DELETE", "/v1/admin/users/" + userId + "/timeclock-key"});
    }

    @Test
    void everyNonAllRoleIsRefusedWith403OnEveryAdminRoute() {
        for (String role : List.of("EVENTS", "VISITOR", "WAREHOUSE")) {
            String[] key = tenant.createKey(client, role, "HMAC_ONLY");
            String token = client.token(key[0], key[1]);
            for (String[] route : adminRoutes()) {
                Answer answer = client.send(route[0], route[1], token, "{}", Map.of());
                assertEquals(403, answer.status(), role + " " + route[0] + " " + route[1] + " -> " + answer);
            }
        }
        // nothing was changed by the refused calls
        assertEquals(200, client.get("/v1/admin/users/" + userId, tenant.token()).status());
    }

    @Test
    void noCredentialsIs401WithAChallengeOnEveryAdminRoute() {
        for (String[] route : adminRoutes()) {
            Answer answer = client.send(route[0], route[1], null, "{}", Map.of());
            assertEquals(401, answer.status(), route[0] + " " + route[1]);
            assertEquals("Bearer realm=\"workgate\"", answer.header("WWW-Authenticate"));
        }
    }

    @Test
    void badTokensAre401InvalidToken() {
        String good = tenant.token();
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        String algNone = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + parts[1] + ".";
        for (String token : List.of("not-a-jwt", tampered, algNone, parts[0] + "." + parts[1] + ".c2lnbmF0dXJl")) {
            Answer answer = client.get("/v1/admin/users", token);
            assertEquals(401, answer.status(), token);
            assertTrue(answer.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        }
    }

    @Test
    void aRevokedKeysLiveTokenStopsWorkingAtOnce() {
        String[] key = tenant.createKey(client, "ALL", "HMAC_ONLY");
        String token = client.token(key[0], key[1]);
        assertEquals(200, client.get("/v1/admin/users", token).status());
        assertEquals(204, client.delete("/v1/admin/keys/" + key[0], tenant.token()).status());
        assertEquals(401, client.get("/v1/admin/users", token).status());
        assertEquals(401, client.authenticate(key[0], key[1], Instant.now().getEpochSecond()).status());
    }

    @Test
    void tokenRequestsThatProveNothingAreRefusedAlike() {
        long now = Instant.now().getEpochSecond();
        Answer wrongSecret = client.authenticate(tenant.adminKey(), "wrong-secret", now);
        Answer unknownKey = client.authenticate("00000000-0000-0000-0000-000000000000", tenant.adminSecret(), now);
        assertEquals(401, wrongSecret.status());
        assertEquals(401, unknownKey.status());
        assertFalse(wrongSecret.json().get("authenticated").asBoolean());
        assertEquals(wrongSecret.message(), unknownKey.message());

        Answer stale = client.authenticate(tenant.adminKey(), tenant.adminSecret(), now - 3600);
        assertEquals(401, stale.status());
        assertTrue(stale.message().contains("server time is"), stale.message());

        Answer lowerCaseKey = client.authenticate(tenant.adminKey().toLowerCase(), tenant.adminSecret(), now);
        assertEquals(200, lowerCaseKey.status(), "key ids compare case-insensitively");
        assertNotNull(lowerCaseKey.json().get("expiration"));
    }

    @Test
    void onlyTheSystemOrganizationManagesOrganizations() {
        Answer answer = client.get("/v1/admin/organizations", tenant.token());
        assertEquals(403, answer.status());
        Answer list = client.get("/v1/admin/organizations", client.adminToken());
        assertEquals(200, list.status());
        assertTrue(list.text().contains(tenant.accountName()));
    }
}
