package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients posting presence batches of 20 events to {@code /v1/presence} in a loop, as a sensor gateway would, noting
 * what the server acknowledged (result 0) and every answer that was not a success, for fault tests.
 */
public final class IngestLoad {

    private final WorkgateClient client;
    private final String token;
    private final String sourceId;
    private final String placeId;
    private final String email;
    private final boolean connectionFailureEndsClient;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> unexpectedAnswers = new CopyOnWriteArrayList<>();
    private final List<String> unavailableWithoutRetryAfter = new CopyOnWriteArrayList<>();
    private final List<String> connectionFailures = new CopyOnWriteArrayList<>();
    private final AtomicLong slowestAnswerMillis = new AtomicLong();

    private IngestLoad(WorkgateClient client, String token, String sourceId, String placeId, String email,
                       boolean connectionFailureEndsClient) {
        this.client = client;
        this.token = token;
        this.sourceId = sourceId;
        this.placeId = placeId;
        this.email = email;
        this.connectionFailureEndsClient = connectionFailureEndsClient;
    }

    /**
     * @param connectionFailureEndsClient whether a client stops at its first connection failure (the server is
     *                                    going away) or notes it and goes on
     */
    public static IngestLoad start(WorkgateClient client, String token, String sourceId, String placeId, String email,
                                   int clients, boolean connectionFailureEndsClient) {
        IngestLoad load = new IngestLoad(client, token, sourceId, placeId, email, connectionFailureEndsClient);
        for (int c = 0; c < clients; c++) {
            int clientNumber = c;
            Thread thread = new Thread(() -> load.postUntilStopped(clientNumber), "ingest-client-" + c);
            thread.start();
            load.threads.add(thread);
        }
        return load;
    }

    /** Waits until at least this many events are acknowledged in all. */
    public void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + acknowledged.size() + " of " + count + " events acknowledged within "
                        + timeout + "; statuses " + statuses + ", unexpected " + unexpectedAnswers + ", connection failures "
                        + connectionFailures);
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the clients got at least this many answers with this status in all. */
    public void awaitStatusCount(int status, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (count(status) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + count(status) + " answers " + status + " within " + timeout
                        + "; statuses " + statuses);
            }
            Thread.sleep(20);
        }
    }

    public void stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    public Set<String> acknowledged() {
        return acknowledged;
    }

    public int count(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    public Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    /** Answers other than 200 and 503. */
    public List<String> unexpectedAnswers() {
        return unexpectedAnswers;
    }

    /** 503 answers without a {@code Retry-After} or without the Calven error body. */
    public List<String> unavailableWithoutRetryAfter() {
        return unavailableWithoutRetryAfter;
    }

    public List<String> connectionFailures() {
        return connectionFailures;
    }

    public long slowestAnswerMillis() {
        return slowestAnswerMillis.get();
    }

    private void postUntilStopped(int clientNumber) {
        for (int batch = 0; !stop.get(); batch++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                events.add(Map.of("eventId", "c" + clientNumber + "-b" + batch + "-e" + i, "timestamp", "2026-11-23T08:00:00Z",
                        "locationId", placeId, "locationType", "place", "userEmail", email));
            }
            long sent = System.nanoTime();
            Answer answer;
            try {
                answer = client.post("/v1/presence", token, Map.of("sourceId", sourceId, "presenceEvents", events));
            } catch (RuntimeException connectionFailure) {
                connectionFailures.add(connectionFailure.getMessage());
                if (connectionFailureEndsClient) {
                    return;
                }
                pause();
                continue;
            }
            slowestAnswerMillis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
            statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
            if (answer.status() == 200) {
                for (JsonNode result : answer.json().get("results")) {
                    if (result.get("resultCode").asInt() == 0) {
                        acknowledged.add(result.get("eventId").asText());
                    }
                }
                continue;
            }
            if (answer.status() == 503) {
                if (answer.header("Retry-After") == null || answer.json() == null || answer.json().path("status").asInt() != 503) {
                    unavailableWithoutRetryAfter.add(answer + " " + answer.headers().map());
                }
            } else {
                unexpectedAnswers.add(answer.toString());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
