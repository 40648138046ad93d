package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.IngestLoad;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One server's life as an operator runs it, on a copy of the provisioned server started with {@code bin/standalone.sh}
 * (port offset 300), in one sequence so that each restart serves the next step: a first start; a graceful restart
 * (H2: data and stored secrets survive); SIGTERM while clients post batches; SIGKILL while clients post batches;
 * master key rotation (H2). Each step ends with the server running again. Runs on the database of the current suite;
 * the steps that read the H2 file run in the H2 execution only.
 * <p>
 * These were H2RestartIT, TerminateDuringIngestIT, KillDuringIngestIT and H2MasterKeyRotationIT, each with a server
 * copy of its own (9 starts on H2, 4 on PostgreSQL; now 6 and 3); their assertions are unchanged (docs/decisions.md).
 * On H2 the server runs under {@link #OLD_KEY} from its first start, so that the rotation starts from it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLifecycleIT {

    private static final int CLIENTS = 3;

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    /**
     * Steps that need the server's own H2 file and master key (on PostgreSQL the copy shares the suite's database and
     * key). The PostgreSQL run leaves them out by this tag (ear/pom.xml), so they are not reported as skipped there.
     */
    static final String H2_ONLY = "h2-only";

    private static final boolean postgres = "postgresql".equals(System.getProperty("workgate.db"));
    private static Map<String, String> environment;
    private static StandaloneServer server;

    @BeforeAll
    static void firstStart() throws Exception {
        environment = StandaloneServer.suiteEnvironment();
        if (!postgres) {
            environment.put("WORKGATE_MASTER_KEY", OLD_KEY);
        }
        server = StandaloneServer.prepare("lifecycle-server-" + System.getProperty("workgate.db"), 300, environment);
        server.start();
    }

    /** A step that failed half-way may have left the server stopped: the next one starts from a running server. */
    @BeforeEach
    void serverRuns() throws Exception {
        if (!server.isRunning()) {
            server.start();
        }
    }

    @AfterAll
    static void lastStop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /**
     * (was H2RestartIT) The embedded H2 database is a file under the server's data directory: what was written before
     * a restart is there after it, and the bootstrap key is not changed by the second start.
     */
    @Test
    @Order(1)
    @Tag(H2_ONLY)
    void dataSurvivesARestart() throws Exception {
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
        // the master key in force survived too, so stored secrets still decrypt
        client.token(keyId, secret);
    }

    /**
     * (was TerminateDuringIngestIT) A server stopped with SIGTERM (as systemd, Docker or Kubernetes stop it) while
     * clients post batches: the requests in flight finish or are refused cleanly (503, or the connection closes),
     * never 500; after a restart every event answered with result 0 is in the database.
     */
    @Test
    @Order(2)
    void requestsInFlightFinishAndEveryAcknowledgedEventSurvivesSigterm() throws Exception {
        WorkgateClient client = server.client();
        Tenant tenant = Tenant.create(client);
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        String email = "term-" + prefix + "@example.com";
        tenant.createUser(client, email);
        String source = "term-" + prefix;

        IngestLoad load = IngestLoad.start(client, tenant.token(), source, prefix + "-D1", email, CLIENTS, true);
        long stopping;
        try {
            load.awaitAcknowledged(300, Duration.ofSeconds(120));
            stopping = System.nanoTime();
            server.stop();
            stopping = System.nanoTime() - stopping;
        } finally {
            load.stop();
        }

        server.start();
        Set<String> acknowledged = load.acknowledged();
        long found = server.storedPresenceEvents(postgres, source, acknowledged);
        System.out.printf("SIGTERM during ingestion: stopped in %d ms; %d events acknowledged with result 0, %d of them "
                        + "stored after restart; answers %s, %d connections refused or closed%n",
                stopping / 1_000_000, acknowledged.size(), found, load.statuses(), load.connectionFailures().size());
        List<String> containerNotFound = load.unexpectedAnswers().stream().filter(ServerLifecycleIT::isContainerNotFound)
                .toList();
        System.out.printf("SIGTERM during ingestion: %d answers were the container's own 404 page of the stopping "
                + "application%n", containerNotFound.size());
        List<String> unexpected = new ArrayList<>(load.unexpectedAnswers());
        unexpected.removeAll(containerNotFound);
        assertEquals(List.of(), unexpected, "only 200, or 503 while the server stops");
        assertTrue(acknowledged.size() >= 300);
        assertEquals(acknowledged.size(), found, "every acknowledged event is stored");
    }

    /**
     * (was KillDuringIngestIT) A server killed without warning (SIGKILL) while clients post batches loses nothing it
     * acknowledged: after a restart every event answered with result 0 is in the database.
     */
    @Test
    @Order(3)
    void everyAcknowledgedEventSurvivesKillDashNine() throws Exception {
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

    /**
     * (was H2MasterKeyRotationIT) Master key rotation as an operator does it: restart with the new key and the old one
     * as previous (every stored secret is re-encrypted), then restart with the new key alone; every credential keeps
     * working. The stored secrets include those of the steps before.
     */
    @Test
    @Order(4)
    @Tag(H2_ONLY)
    void secretsAreReencryptedUnderTheNewMasterKey() throws Exception {
        WorkgateClient client = server.client();
        Answer key = client.post("/v1/admin/keys", client.adminToken(), Map.of("name", "kept", "role", "EVENTS"));
        String keyId = key.json().get("apiKey").asText();
        String secret = key.json().get("secret").asText();
        assertTrue(storedSecrets(server).stream().allMatch(row -> row.startsWith(fingerprint(OLD_KEY) + ":")));
        server.stop();

        environment.put("WORKGATE_MASTER_KEY", NEW_KEY);
        environment.put("WORKGATE_MASTER_PREVIOUS_KEYS", OLD_KEY);
        server.start();
        client.token(keyId, secret);
        server.stop();

        List<String> stored = storedSecrets(server);
        assertFalse(stored.isEmpty());
        assertTrue(stored.stream().allMatch(row -> row.startsWith(fingerprint(NEW_KEY) + ":")), stored.toString());

        environment.remove("WORKGATE_MASTER_PREVIOUS_KEYS");
        server.start();
        client.token(keyId, secret);
        assertEquals(200, client.get("/v1/admin/users", client.adminToken()).status(),
                "the signing key was re-encrypted too");
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

    /**
     * WildFly 39 lets requests into an application it is already undeploying, for the last few tens of milliseconds
     * of a shutdown, after its graceful suspension; the stopped RESTEasy then has no resources and Undertow answers
     * its own HTML 404. Not an answer of ours (ours are JSON), and nothing is stored; see docs/decisions.md.
     */
    private static boolean isContainerNotFound(String answer) {
        return answer.startsWith("404 <html>");
    }

    /** Every encrypted column of the server's H2 file, read while the server is stopped. */
    private static List<String> storedSecrets(StandaloneServer server) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.h2Url(), "sa", "sa");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select secret from api_key_secret union all "
                     + "select private_key from signing_key union all select token from auth_replay")) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String fingerprint(String base64Key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Key));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
