package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.it.support.Answer;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.WorkgateClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database is a file under the server's data directory: what was written before a restart is
 * there after it, and the bootstrap key is not changed by the second start.
 */
class H2RestartIT {

    @Test
    void dataSurvivesARestart() throws Exception {
        Map<String, String> environment = Map.of(
                "WORKGATE_ADMIN_KEY", WorkgateClient.adminKey(),
                "WORKGATE_ADMIN_SECRET", WorkgateClient.adminSecret(),
                "WORKGATE_DB", "h2");
        try (StandaloneServer server = StandaloneServer.prepare("restart-server", 100, environment)) {
            server.start();
            WorkgateClient client = server.client();
            Answer created = client.post("/v1/admin/users", client.adminToken(),
                    Map.of("email", "persistent@example.com", "firstName", "Per", "lastName", "Sistent"));
            assertEquals(201, created.status(), created.toString());
            long id = created.json().get("userId").asLong();
            Answer key = client.post("/v1/admin/keys", client.adminToken(), Map.of("name", "kept", "role", "EVENTS"));
            String keyId = key.json().get("apiKey").asText();
            String secret = key.json().get("secret").asText();

            server.stop();
            server.start();

            Answer read = client.get("/v1/admin/users/" + id, client.adminToken());
            assertEquals(200, read.status(), read.toString());
            assertEquals("persistent@example.com", read.json().get("email").asText());
            // the generated development master key survived too, so stored secrets still decrypt
            client.token(keyId, secret);
        }
    }
}
