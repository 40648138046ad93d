package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.WorkgateClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access log as an operator reads it: one line per request, found by its request id, with no secret. */
class RequestLogIT extends DeployedEar {

    private static final Path LOG_DIRECTORY = Path.of(System.getProperty("jboss.home"), "standalone", "log");
    private static final Path ACCESS_LOG = LOG_DIRECTORY.resolve("access.log");

    @Test
    void aRequestIsLoggedOnceUnderTheClientsRequestIdWithItsCallerAndStatus() throws Exception {
        String token = client.adminToken();
        String requestId = "it-" + UUID.randomUUID();

        Answer users = client.send("GET", "/v1/admin/users?limit=5", token, null, Map.of("X-Request-Id", requestId));

        assertEquals(200, users.status(), users.toString());
        assertEquals(requestId, users.header("X-Request-Id"));
        String line = accessLine(requestId);
        assertTrue(line.contains("method=GET path=/v1/admin/users status=200 "), line);
        assertTrue(line.contains(" key=" + WorkgateClient.adminKey()), line);
        assertFalse(line.contains(token.substring(token.length() - 20)), "no token in " + line);
        assertFalse(line.contains("limit=5"), "no query string in " + line);
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneAndARefusedOneIsLoggedToo() throws Exception {
        Answer refused = client.send("GET", "/v1/admin/users", "not-a-real-token-x7q", null, Map.of());

        assertEquals(401, refused.status(), refused.toString());
        String requestId = refused.header("X-Request-Id");
        assertEquals(requestId, UUID.fromString(requestId).toString());
        String line = accessLine(requestId);
        assertTrue(line.contains("path=/v1/admin/users status=401 "), line);
        assertFalse(line.contains("x7q"), line);
        assertFalse(line.contains(" key="), "a refused caller is not named: " + line);
    }

    @Test
    void aTokenRequestLogsNeitherItsHashNorItsBody() throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String hash = WorkgateClient.hmacSha256Hex(WorkgateClient.adminSecret(), WorkgateClient.adminKey() + timestamp);
        String requestId = "it-" + UUID.randomUUID();

        Answer token = client.send("POST", "/v1/auth", null, WorkgateClient.json(
                Map.of("apiKey", WorkgateClient.adminKey(), "timestamp", timestamp, "hash", hash)),
                Map.of("X-Request-Id", requestId));

        assertEquals(200, token.status(), token.toString());
        String line = accessLine(requestId);
        assertTrue(line.contains("method=POST path=/v1/auth status=200 "), line);
        assertFalse(line.contains(hash), line);
        assertFalse(line.contains(WorkgateClient.adminSecret()), line);
        assertFalse(line.contains(token.json().get("token").asText().substring(0, 30)), line);
    }

    @Test
    void accessLinesAreInTheirOwnFileNotInServerLog() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        Answer refused = client.send("GET", "/v1/admin/users", null, null, Map.of("X-Request-Id", requestId));

        assertEquals(401, refused.status(), refused.toString());
        accessLine(requestId);
        assertFalse(Files.readString(LOG_DIRECTORY.resolve("server.log"), StandardCharsets.UTF_8).contains(requestId),
                "server.log keeps the server's own messages");
    }

    /** The one access-log line of the request, waiting briefly for the asynchronous log handler to write it. */
    private static String accessLine(String requestId) throws IOException, InterruptedException {
        List<String> lines = List.of();
        for (int attempt = 0; attempt < 50 && lines.isEmpty(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(100);
            }
            lines = Files.readAllLines(ACCESS_LOG, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("requestId=" + requestId + " "))
                    .toList();
        }
        assertEquals(1, lines.size(), "access-log lines of " + requestId + ": " + lines);
        assertTrue(lines.get(0).contains("com.workgate.access"), lines.get(0));
        return lines.get(0);
    }
}
