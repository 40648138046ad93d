package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.Workplace;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus scrapes from the management interface: Workgate's meters move with the traffic
 * that should move them, beside WildFly's datasource pool and the JVM's own.
 */
class MetricsIT extends DeployedEar {

    private static final URI METRICS = URI.create("http://127.0.0.1:9990/metrics");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void trafficMovesTheMetersOfItsFamilySchemeEventTypeAndReport() throws Exception {
        Tenant tenant = Tenant.create(client);
        String prefix = "M" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        String email = "metrics-" + prefix + "@example.com";
        tenant.createUser(client, email);
        String before = scrape();

        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        String eventsToken = client.token(events[0], events[1]);
        assertEquals(401, client.authenticate(events[0], "wrong-secret", Instant.now().getEpochSecond()).status());
        Answer submitted = client.post("/v1/presence", eventsToken, Map.of("sourceId", "metrics-" + prefix,
                "presenceEvents", List.of(
                        presence("stored", prefix + "-L3", email),
                        presence("unknown-person", prefix + "-L3", "nobody-" + prefix + "@example.com"))));
        assertEquals(200, submitted.status(), submitted.toString());
        Answer users = client.get("/v1/analytics/users", tenant.token());
        assertEquals(200, users.status(), users.toString());
        String after = scrape();

        assertTrue(delta(before, after, "workgate_tokens_issued_total", "scheme=\"hmac\"") >= 1);
        assertTrue(delta(before, after, "workgate_authentication_failures_total", "scheme=\"hmac\"") >= 1);
        assertTrue(delta(before, after, "workgate_events_ingested_total", "type=\"presence\"", "result=\"0\"") >= 1);
        assertTrue(delta(before, after, "workgate_events_ingested_total", "type=\"presence\"", "result=\"1\"") >= 1);
        assertTrue(delta(before, after, "workgate_warehouse_rows_total", "report=\"users\"") >= users.json().size());
        assertTrue(delta(before, after, "workgate_http_requests_seconds_count",
                "family=\"events\"", "method=\"POST\"", "status=\"200\"") >= 1);
        assertTrue(delta(before, after, "workgate_http_request_latency_total",
                "family=\"events\"", "status=\"200\"", "le=\"+Inf\"") >= 1, "a latency histogram");
        assertTrue(value(after, "workgate_http_request_latency_total", "family=\"events\"", "status=\"200\"", "le=\"5.0\"")
                <= value(after, "workgate_http_request_latency_total", "family=\"events\"", "status=\"200\"", "le=\"+Inf\""),
                "cumulative buckets");
        assertTrue(delta(before, after, "workgate_http_requests_seconds_count", "family=\"auth\"", "status=\"401\"") >= 1);

        String datasource = "workgate-" + System.getProperty("workgate.db");
        assertTrue(value(after, "datasources_pool_created_count", "name=\"" + datasource + "\"") >= 1,
                "the pool of " + datasource + " in use");
        assertTrue(value(after, "jvm_memory_used_bytes") > 0, "the JVM's own meters");
    }

    private static Map<String, Object> presence(String eventId, String locationId, String userEmail) {
        return Map.of("eventId", eventId, "timestamp", "2026-11-23T08:59:12Z", "locationId", locationId,
                "locationType", "level", "userEmail", userEmail, "sourceUserId", "badge-1");
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(METRICS).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("# TYPE "), "Prometheus exposition format");
        return answer.body();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    /** The sum over the series of {@code name} whose labels include all of {@code labels}; 0 when none. */
    private static double value(String exposition, String name, String... labels) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= line.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
