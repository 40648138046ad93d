package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.WorkgateClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server as a new user meets it: the bootstrap key works, health and the API description answer. */
class FirstStartIT extends DeployedEar {

    @Test
    void bootstrapKeyFromEnvironmentReachesTheAdminApi() {
        Answer users = client.get("/v1/admin/users", client.adminToken());
        assertEquals(200, users.status(), users.toString());
        assertTrue(users.json().isArray());
    }

    @Test
    void readinessChecksTheDatabase() {
        Answer ready = client.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.json().get("status").asText());
        assertEquals("database", ready.json().get("checks").get(0).get("name").asText());
        assertEquals(200, client.get("/health/live", null).status());
    }

    @Test
    void openApiDescribesEveryAdminAndTokenEndpointWithItsSecurity() {
        Answer openapi = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, openapi.status());
        var paths = openapi.json().get("paths");
        for (String path : new String[]{"/v1/auth", "/v1/auth/jwks", "/v1/admin/organizations", "/v1/admin/keys",
                "/v1/admin/keys/{apiKey}", "/v1/admin/keys/{apiKey}/rotate", "/v1/admin/users", "/v1/admin/users/{userId}",
                "/v1/admin/users/{userId}/pin", "/v1/admin/users/{userId}/timeclock-key", "/health/ready",
                "/v1/auth/token", "/v1/sessions", "/v1/sessions/{sessionId}", "/v1/admin/signing-keys/rotate"}) {
            assertTrue(paths.has(path), "OpenAPI lacks " + path);
        }
        var schemes = openapi.json().get("components").get("securitySchemes");
        for (String scheme : new String[]{"bearer", "basic", "signedHeaders"}) {
            assertTrue(schemes.has(scheme), "security scheme " + scheme);
        }
        var createUser = paths.get("/v1/admin/users").get("post");
        assertTrue(createUser.get("requestBody").toString().contains("#/components/schemas/UserData"), createUser.toString());
        assertTrue(createUser.get("responses").get("201").toString().contains("#/components/schemas/UserView"));
        assertTrue(createUser.get("responses").get("400").toString().contains("#/components/schemas/ErrorBody"));
        assertEquals("bearer", createUser.get("security").get(0).fieldNames().next());
        assertTrue(paths.get("/v1/auth").get("post").get("responses").get("200").toString().contains("AuthAnswer"));
    }

    @Test
    void aClientWrittenForTheCalvenSdkGetsATokenAndUsesIt() {
        long now = java.time.Instant.now().getEpochSecond();
        String apiKey = WorkgateClient.adminKey();
        String body = WorkgateClient.json(Map.of("apiKey", apiKey, "timestamp", now,
                "hash", WorkgateClient.hmacSha256Hex(WorkgateClient.adminSecret(), apiKey + now)));
        Map<String, String> sdkHeaders = Map.of("x-calven-region", "eu-west", "correlationId", "sdk-1");
        Answer token = client.send("POST", "/v1/auth/", null, body, sdkHeaders);
        assertEquals(200, token.status(), token.toString());
        assertEquals(true, token.json().get("authenticated").asBoolean());
        Answer again = client.send("POST", "/v1/auth/", null, body, sdkHeaders);
        assertEquals(token.json().get("token"), again.json().get("token"), "the SDK's second identical request");
        Answer submitted = client.send("POST", "/v1/presence/", token.json().get("token").asText(),
                WorkgateClient.json(Map.of("sourceId", "sdk", "presenceEvents", java.util.List.of())), sdkHeaders);
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("sdk-1", submitted.header("correlationId"));
    }

    @Test
    void sdkStyleRequestsWithTrailingSlashAndRegionHeaderWork() {
        Answer users = client.send("GET", "/v1/admin/users/", client.adminToken(), null,
                Map.of("x-calven-region", "eu", "correlationId", "abc-123"));
        assertEquals(200, users.status(), users.toString());
        assertEquals("abc-123", users.header("correlationId"));
    }
}
