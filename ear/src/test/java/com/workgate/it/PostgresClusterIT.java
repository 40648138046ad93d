package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.Database;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two real nodes on the suite's PostgreSQL database behind HAProxy, started and stopped by {@code bin/cluster}
 * (PostgreSQL only: several servers on one H2 file are not a supported setup). One behaviour whichever node
 * answers: a change made through one node is in force on the other at its next request (within
 * {@link #PROPAGATION_BOUND}, the time PostgreSQL takes to deliver the commit's notification), concurrent writes on
 * both nodes keep the rules, and a node killed with SIGKILL loses no acknowledged event and comes back by itself.
 * The H2 execution excludes {@code Postgres*IT}; a run that names the test ({@code -Dit.test}) overrides that
 * exclusion, hence the condition.
 */
@EnabledIfSystemProperty(named = "workgate.db", matches = "postgresql")
class PostgresClusterIT {

    /**
     * How long a change on one node may take to be in force on the other. The nodes keep key credentials and clean
     * throttle subjects for 10 s here (1 s by default), so that only the invalidation messages can meet the bound.
     */
    static final Duration PROPAGATION_BOUND = Duration.ofMillis(500);
    private static final String CACHE_MILLIS = "10000";

    private static final int LB_PORT = 8480;
    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path STATE = Path.of(System.getProperty("jboss.home")).resolveSibling("cluster-it");

    private static final WorkgateClient lb = new WorkgateClient("http://127.0.0.1:" + LB_PORT);
    private static final WorkgateClient node1 = new WorkgateClient("http://127.0.0.1:" + (LB_PORT + 100));
    private static final WorkgateClient node2 = new WorkgateClient("http://127.0.0.1:" + (LB_PORT + 200));

    private static ExecutorService pool;
    private static Tenant tenant;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster("start", "2");
        pool = Executors.newFixedThreadPool(24);
        tenant = Tenant.create(node1);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (pool != null) {
            pool.shutdownNow();
        }
        cluster("stop");
    }

    @Test
    void aTokenOfOneNodeIsAcceptedByTheOtherAndAnIdenticalRequestGetsTheSameToken() {
        String token = node1.adminToken();
        assertEquals(200, node2.get("/v1/admin/users", token).status());
        assertEquals(200, lb.get("/v1/admin/users", token).status());

        long timestamp = Instant.now().getEpochSecond() + 11;
        Answer first = node1.authenticate(WorkgateClient.adminKey(), WorkgateClient.adminSecret(), timestamp);
        Answer second = node2.authenticate(WorkgateClient.adminKey(), WorkgateClient.adminSecret(), timestamp);
        assertEquals(200, first.status(), first.toString());
        assertEquals(first.json().get("token").asText(), second.json().get("token").asText());
    }

    @Test
    void failuresOnBothNodesAddUpToOneThrottle() throws Exception {
        String[] key = tenant.createKey(node1, "EVENTS", "HMAC_ONLY");
        // each node has seen the key succeed, so each remembers it as clean
        assertEquals(200, node1.authenticate(key[0], key[1], Instant.now().getEpochSecond()).status());
        assertEquals(200, node2.authenticate(key[0], key[1], Instant.now().getEpochSecond() - 1).status());
        long now = Instant.now().getEpochSecond();
        for (int i = 1; i <= 10; i++) {
            WorkgateClient node = i % 2 == 0 ? node2 : node1;
            assertEquals(401, node.authenticate(key[0], "wrong-" + i, now).status(), "failure " + i);
        }
        assertEquals(429, node1.authenticate(key[0], "wrong-11", now).status(), "the 11th failure, on either node");
        assertEquals(429, node2.authenticate(key[0], key[1], now).status(), "blocked on the other node too");

        String[] another = tenant.createKey(node1, "EVENTS", "HMAC_ONLY");
        assertEquals(200, node2.authenticate(another[0], another[1], now).status(), "node 2 remembers it clean");
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, node1.authenticate(another[0], "wrong-" + i, now).status(), "failure " + i);
        }
        assertEquals(429, node1.authenticate(another[0], "wrong-11", now).status());
        untilTrue(() -> node2.authenticate(another[0], another[1], now).status() == 429);

        long user = tenant.createUser(node1, "pin-" + UUID.randomUUID() + "@example.com");
        String pin = node1.post("/v1/admin/users/" + user + "/pin", tenant.token(), null).json().get("pin").asText();
        String wrong = pin.endsWith("000") ? user + "001" : user + "000";
        for (int i = 1; i <= 5; i++) {
            WorkgateClient node = i % 2 == 0 ? node2 : node1;
            assertEquals(422, node.post("/api/key", null, Map.of("pin", wrong)).status(), "wrong PIN " + i);
        }
        assertEquals(429, node2.post("/api/key", null, Map.of("pin", wrong)).status(), "the 6th wrong PIN");
        assertEquals(429, node1.post("/api/key", null, Map.of("pin", pin)).status(), "blocked on both nodes");
    }

    @Test
    void aKeyRevokedOnOneNodeIsRefusedByTheOther() {
        String[] key = tenant.createKey(node1, "WAREHOUSE", "HMAC_ONLY");
        String token = node2.token(key[0], key[1]);
        assertEquals(200, node2.get("/v1/analytics/users?limit=1", token).status(),
                "node 2 has the key's credentials in memory");

        assertEquals(204, node1.delete("/v1/admin/keys/" + key[0], tenant.token()).status());
        Duration took = untilTrue(() -> node2.get("/v1/analytics/users?limit=1", token).status() == 401);
        System.out.printf("a key revoked on node 1 was refused by node 2 after %d ms%n", took.toMillis());
    }

    @Test
    void aSecretEndedByARotationOnOneNodeIsRefusedByTheOther() {
        String[] key = tenant.createKey(node1, "EVENTS", "HMAC_ONLY");
        long now = Instant.now().getEpochSecond();
        assertEquals(200, node2.authenticate(key[0], key[1], now).status(), "node 2 has the old secret in memory");

        Answer rotated = node1.post("/v1/admin/keys/" + key[0] + "/rotate", tenant.token(), Map.of("overlapSeconds", 0));
        assertEquals(200, rotated.status(), rotated.toString());
        long[] timestamp = {now};
        Duration took = untilTrue(() -> node2.authenticate(key[0], key[1], ++timestamp[0]).status() == 401);
        System.out.printf("a secret ended on node 1 was refused by node 2 after %d ms%n", took.toMillis());
        assertEquals(200, node2.authenticate(key[0], rotated.json().get("secret").asText(), now).status());
    }

    @Test
    void aDeletedPersonAReplacedTimeClockKeyOrPinIsRefusedByTheOtherNode() {
        TimeClockClient replaced = TimeClockClient.newUser(node1, tenant, "tc-" + UUID.randomUUID() + "@example.com");
        TimeClockClient onNode2 = new TimeClockClient(node2, replaced.userId(), replaced.key());
        assertEquals(200, onNode2.get("/api/sessions").status());
        Answer newKey = node1.post("/v1/admin/users/" + replaced.userId() + "/timeclock-key", tenant.token(), null);
        assertEquals(2, newKey.status() / 100, newKey.toString());
        untilTrue(() -> onNode2.get("/api/sessions").status() == 403);
        assertEquals(200, new TimeClockClient(node2, replaced.userId(), newKey.json().get("apiKey").asText())
                .get("/api/sessions").status());

        String firstPin = node1.post("/v1/admin/users/" + replaced.userId() + "/pin", tenant.token(), null)
                .json().get("pin").asText();
        assertEquals(200, node2.post("/api/key", null, Map.of("pin", firstPin)).status());
        String secondPin = node1.post("/v1/admin/users/" + replaced.userId() + "/pin", tenant.token(), null)
                .json().get("pin").asText();
        untilTrue(() -> node2.post("/api/key", null, Map.of("pin", firstPin)).status() == 422);
        assertEquals(200, node2.post("/api/key", null, Map.of("pin", secondPin)).status());

        TimeClockClient deleted = TimeClockClient.newUser(node1, tenant, "tc-" + UUID.randomUUID() + "@example.com");
        TimeClockClient deletedOnNode2 = new TimeClockClient(node2, deleted.userId(), deleted.key());
        assertEquals(200, deletedOnNode2.get("/api/sessions").status());
        assertEquals(204, node1.delete("/v1/admin/users/" + deleted.userId(), tenant.token()).status());
        untilTrue(() -> deletedOnNode2.get("/api/sessions").status() == 403);
    }

    @Test
    void aSigningKeyRotatedOnOneNodeSignsOnTheOtherWhileOldTokensStillVerify() throws Exception {
        String before = node2.adminToken();
        Answer rotated = node1.post("/v1/admin/signing-keys/rotate", node1.adminToken(), null);
        assertEquals(200, rotated.status(), rotated.toString());
        String kid = rotated.json().get("kid").asText();

        long[] timestamp = {Instant.now().getEpochSecond() + 20};
        String[] fromNode2 = new String[1];
        Duration took = untilTrue(() -> {
            fromNode2[0] = node2.authenticate(WorkgateClient.adminKey(), WorkgateClient.adminSecret(), ++timestamp[0])
                    .json().get("token").asText();
            return kid.equals(kid(fromNode2[0]));
        });
        System.out.printf("node 2 signed with the key rotated on node 1 after %d ms%n", took.toMillis());
        assertNotEquals(kid, kid(before));
        assertEquals(200, node1.get("/v1/admin/users", fromNode2[0]).status());
        assertEquals(200, node2.get("/v1/admin/users", before).status(), "tokens of the retired key still verify");
        assertEquals(200, node1.get("/v1/admin/users", before).status());
    }

    @Test
    void theSameBatchSentToBothNodesAtOnceIsStoredOnce() throws Exception {
        String prefix = "CL" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(node1, tenant, prefix, true);
        String email = "batch-" + prefix + "@example.com";
        tenant.createUser(node1, email);
        String[] events = tenant.createKey(node1, "EVENTS", "HMAC_ONLY");
        String token = node1.token(events[0], events[1]);
        String source = "cluster-" + prefix;
        for (int trial = 0; trial < 5; trial++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(Map.of("eventId", "t" + trial + "-e" + i, "timestamp", "2026-11-23T08:00:00Z",
                        "locationId", prefix + "-D1", "locationType", "place", "userEmail", email));
            }
            Map<String, Object> body = Map.of("sourceId", source, "presenceEvents", batch);
            for (Answer answer : together(8, i -> (i % 2 == 0 ? node1 : node2).post("/v1/presence", token, body))) {
                assertEquals(200, answer.status(), answer.toString());
            }
        }
        assertEquals(100, Database.number("select count(*) from presence_event where source_id = ?", source));

        TimeClockClient me = TimeClockClient.newUser(node1, tenant, "sessions-" + prefix + "@example.com");
        TimeClockClient meOnNode2 = new TimeClockClient(node2, me.userId(), me.key());
        for (int trial = 0; trial < 5; trial++) {
            LocalDate day = LocalDate.of(2026, 4, 6).plusDays(trial);
            List<Answer> answers = together(10, i -> (i % 2 == 0 ? me : meOnNode2).send("POST", "/api/sessions",
                    Map.of("clockIn", day.atTime(9, i).toEpochSecond(ZoneOffset.UTC),
                            "clockOut", day.atTime(10, i).toEpochSecond(ZoneOffset.UTC))));
            assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), "trial " + trial + ": " + answers);
            assertEquals(9, answers.stream().filter(a -> a.status() == 422).count(), "trial " + trial + ": " + answers);
        }
        assertEquals(5, me.get("/api/sessions?per-page=50").json().size());
    }

    @Test
    void aNodeKilledDuringIngestionLosesNothingAcknowledgedAndComesBack() throws Exception {
        String prefix = "KL" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(node1, tenant, prefix, true);
        String email = "kill-" + prefix + "@example.com";
        tenant.createUser(node1, email);
        String[] events = tenant.createKey(node1, "EVENTS", "HMAC_ONLY");
        String token = node1.token(events[0], events[1]);
        String source = "cluster-kill-" + prefix;

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> unanswered = new ArrayList<>();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int batch = 0; !stop.get(); batch++) {
                    List<Map<String, Object>> batchEvents = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        batchEvents.add(Map.of("eventId", "c" + client + "-b" + batch + "-e" + i,
                                "timestamp", "2026-11-23T08:00:00Z", "locationId", prefix + "-D1",
                                "locationType", "place", "userEmail", email));
                    }
                    Answer answer = postWithRetries(token, Map.of("sourceId", source, "presenceEvents", batchEvents));
                    if (answer == null) {
                        synchronized (unanswered) {
                            unanswered.add("c" + client + "-b" + batch);
                        }
                        continue;
                    }
                    for (JsonNode result : answer.json().get("results")) {
                        if (result.get("resultCode").asInt() == 0) {
                            acknowledged.add(result.get("eventId").asText());
                        }
                    }
                }
            }));
        }
        while (acknowledged.size() < 300) {
            Thread.sleep(20);
        }
        long jvm = Long.parseLong(Files.readString(STATE.resolve("node1.jvm.pid")).trim());
        new ProcessBuilder("kill", "-9", String.valueOf(jvm)).inheritIO().start().waitFor();
        int atKill = acknowledged.size();
        Instant killedAt = Instant.now();
        while (acknowledged.size() < atKill + 300 && Duration.between(killedAt, Instant.now()).toSeconds() < 60) {
            Thread.sleep(20);
        }
        stop.set(true);
        for (Future<?> client : clients) {
            client.get();
        }
        System.out.printf("kill -9 of node 1: %d events acknowledged (%d after the kill), batches never answered: %s%n",
                acknowledged.size(), acknowledged.size() - atKill, unanswered);
        assertTrue(acknowledged.size() >= atKill + 300, "the other node went on answering");
        assertTrue(unanswered.isEmpty(), "every batch was answered after at most a few retries: " + unanswered);
        assertEquals(acknowledged.size(), Database.number("select count(*) from presence_event where source_id = ?", source),
                "every acknowledged event stored once");

        Duration back = untilTrue(() -> {
            try {
                return node1.get("/health/ready", null).status() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        }, Duration.ofSeconds(240));
        System.out.printf("node 1 was ready again %d s after the kill%n", Duration.between(killedAt, Instant.now()).toSeconds());
        assertEquals(200, node1.get("/v1/analytics/users?limit=1", tenant.token()).status(),
                "the restarted node serves with the cluster's tokens");
        assertNotEquals(jvm, Long.parseLong(Files.readString(STATE.resolve("node1.jvm.pid")).trim()));
        assertTrue(back.toSeconds() < 240);
    }

    /** A client's retries: a failed connection or a 5xx is tried again, up to 5 times, through the balancer. */
    private static Answer postWithRetries(String token, Map<String, Object> body) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Answer answer = lb.post("/v1/presence", token, body);
                if (answer.status() == 200) {
                    return answer;
                }
            } catch (IllegalStateException connectionFailed) {
                // the node went away mid-request: the batch is idempotent by event id
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static Duration untilTrue(Supplier<Boolean> condition) {
        return untilTrue(condition, PROPAGATION_BOUND);
    }

    /** Polls until the condition holds and asserts it did so within the bound; how long it took. */
    private static Duration untilTrue(Supplier<Boolean> condition, Duration bound) {
        Instant start = Instant.now();
        while (!condition.get()) {
            Duration spent = Duration.between(start, Instant.now());
            assertTrue(spent.compareTo(bound) < 0, "not within " + bound.toMillis() + " ms");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Duration.between(start, Instant.now());
    }

    private interface Writer {
        Answer write(int index) throws Exception;
    }

    private static List<Answer> together(int count, Writer writer) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            pending.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return writer.write(index);
            }));
        }
        ready.await();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            answers.add(answer.get());
        }
        return answers;
    }

    private static String kid(String token) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(token);
            return jws.getHeader("kid");
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cluster(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("bin/cluster").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(STATE.resolveSibling("cluster-it.log").toFile()));
        builder.environment().putAll(StandaloneServer.suiteEnvironment());
        builder.environment().put("WORKGATE_CLUSTER_PORT", String.valueOf(LB_PORT));
        builder.environment().put("WORKGATE_CLUSTER_DIR", STATE.toString());
        builder.environment().put("WORKGATE_AUTH_KEY_CACHE_MILLIS", CACHE_MILLIS);
        builder.environment().put("WORKGATE_AUTH_THROTTLE_CLEAN_CACHE_MILLIS", CACHE_MILLIS);
        int exit = builder.start().waitFor();
        assertEquals(0, exit, "bin/cluster " + String.join(" ", arguments) + " failed; see "
                + STATE.resolveSibling("cluster-it.log"));
    }
}
