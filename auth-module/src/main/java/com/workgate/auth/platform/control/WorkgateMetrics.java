package com.workgate.auth.platform.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Workgate's own meters, in the Micrometer registry WildFly's micrometer subsystem gives the deployment (scraped
 * from the management interface's {@code /metrics}). On a server without that subsystem they go to an empty
 * composite registry, which keeps nothing.
 * <p>
 * WildFly's deployment registry takes meters only by name and tags (no builder options), so a timer has count,
 * sum and max but no buckets: the latency histogram is a set of cumulative counters with an {@code le} label
 * ({@code workgate_http_request_latency_total}), which PromQL's {@code histogram_quantile} reads like any
 * histogram. Meters are looked up once per tag combination and kept: the registry's own look-up scans every meter.
 * Tags have few values each (families, schemes, event types, result codes, statuses), never ids.
 */
@ApplicationScoped
public class WorkgateMetrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] LATENCY_BUCKETS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private record RequestMeters(Timer timer, Counter[] buckets, Counter infinity) {
    }

    @Inject
    Instance<MeterRegistry> serverRegistry;

    MeterRegistry registry;
    private final Map<String, RequestMeters> requestMeters = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        registry = serverRegistry.isResolvable() ? serverRegistry.get() : new CompositeMeterRegistry();
    }

    /** One answered request of a family ({@code MetricsFamily}), by method and status, timed until it answers. */
    public void request(String family, String method, int status, long nanos) {
        String knownMethod = KNOWN_METHODS.contains(method) ? method : "OTHER";
        RequestMeters meters = requestMeters.computeIfAbsent(family + ' ' + knownMethod + ' ' + status,
                key -> requestMeters(Tags.of("family", family, "method", knownMethod, "status", String.valueOf(status))));
        meters.timer().record(nanos, TimeUnit.NANOSECONDS);
        double seconds = nanos / 1e9;
        for (int i = LATENCY_BUCKETS.length - 1; i >= 0 && seconds <= LATENCY_BUCKETS[i]; i--) {
            meters.buckets()[i].increment();
        }
        meters.infinity().increment();
    }

    public void tokenIssued(String scheme) {
        counter("workgate.tokens.issued", Tags.of("scheme", scheme)).increment();
    }

    public void authenticationFailed(String scheme) {
        counter("workgate.authentication.failures", Tags.of("scheme", scheme)).increment();
    }

    public void throttled(String scheme) {
        counter("workgate.authentication.throttled", Tags.of("scheme", scheme)).increment();
    }

    /** Events of a submission by their result (code 0 stored, 1 unknown person, 2 unknown place, 3 invalid). */
    public void eventsIngested(String type, String result, int count) {
        counter("workgate.events.ingested", Tags.of("type", type, "result", result)).increment(count);
    }

    public void warehouseRowsStreamed(String report, long rows) {
        counter("workgate.warehouse.rows", Tags.of("report", report)).increment(rows);
    }

    private Counter counter(String name, Tags tags) {
        return counters.computeIfAbsent(name + tags, key -> registry.counter(name, tags));
    }

    private RequestMeters requestMeters(Tags tags) {
        Counter[] buckets = new Counter[LATENCY_BUCKETS.length];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = registry.counter("workgate.http.request.latency", tags.and("le", String.valueOf(LATENCY_BUCKETS[i])));
        }
        return new RequestMeters(registry.timer("workgate.http.requests", tags), buckets,
                registry.counter("workgate.http.request.latency", tags.and("le", "+Inf")));
    }
}
