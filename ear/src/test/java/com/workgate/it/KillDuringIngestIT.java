package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A server killed without warning (SIGKILL) while clients post batches loses nothing it acknowledged: after a
 * restart every event answered with result 0 is in the database. Runs on the database of the current suite.
 */
class KillDuringIngestIT {

    private static final int CLIENTS = 3;

    @Test
    void everyAcknowledgedEventSurvivesKillDashNine() throws Exception {
        Map<String, String> environment = StandaloneServer.suiteEnvironment();
        boolean postgres = "postgresql".equals(System.getProperty("workgate.db"));
        try (StandaloneServer server = StandaloneServer.prepare("kill-server", 300, environment)) {
            server.start();
            WorkgateClient client = server.client();
            String admin = client.adminToken();
            String prefix = "K" + UUID.randomUUID().toString().substring(0, 6);
            Answer office = client.put("/v1/admin/locations/" + prefix + "-LON", admin, Workplace.office(prefix, true));
            assertEquals(200, office.status(), office.toString());
            String email = "kill-" + prefix + "@example.com";
            assertEquals(201, client.post("/v1/admin/users", admin, Map.of("email", email, "firstName", "K", "lastName", "L"))
                    .status());
            String source = "kill-" + prefix;

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNumber = c;
                Thread thread = new Thread(() -> postUntilRefused(client, admin, source, prefix, email, clientNumber,
                        acknowledged, stop));
                thread.start();
                clients.add(thread);
            }
            while (acknowledged.size() < 300) {
                Thread.sleep(20);
            }
            server.kill();
            stop.set(true);
            for (Thread thread : clients) {
                thread.join(30_000);
            }

            server.start();
            long found = server.storedPresenceEvents(postgres, source, acknowledged);
            System.out.printf("kill -9 during ingestion: %d events acknowledged with result 0, %d of them stored after restart%n",
                    acknowledged.size(), found);
            assertTrue(acknowledged.size() >= 300);
            assertEquals(acknowledged.size(), found, "every acknowledged event is stored");
        }
    }

    private static void postUntilRefused(WorkgateClient client, String token, String source, String prefix, String email,
                                         int clientNumber, Set<String> acknowledged, AtomicBoolean stop) {
        for (int batch = 0; !stop.get(); batch++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                events.add(Map.of("eventId", "c" + clientNumber + "-b" + batch + "-e" + i, "timestamp", "2026-11-23T08:00:00Z",
                        "locationId", prefix + "-D1", "locationType", "place", "userEmail", email));
            }
            try {
                Answer answer = client.post("/v1/presence", token, Map.of("sourceId", source, "presenceEvents", events));
                if (answer.status() != 200) {
                    continue;
                }
                for (JsonNode result : answer.json().get("results")) {
                    if (result.get("resultCode").asInt() == 0) {
                        acknowledged.add(result.get("eventId").asText());
                    }
                }
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

}
