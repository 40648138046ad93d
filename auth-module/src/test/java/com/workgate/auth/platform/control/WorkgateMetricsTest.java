package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class WorkgateMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WorkgateMetrics metrics = new WorkgateMetrics();

    {
        metrics.registry = registry;
    }

    @Test
    void aRequestCountsInEveryLatencyBucketAtOrAboveItsDuration() {
        metrics.request("events", "POST", 200, 3_000_000);
        metrics.request("events", "POST", 200, 30_000_000);

        assertEquals(0, bucket("0.002"));
        assertEquals(1, bucket("0.005"));
        assertEquals(1, bucket("0.02"));
        assertEquals(2, bucket("0.05"));
        assertEquals(2, bucket("5.0"));
        assertEquals(2, bucket("+Inf"));
        assertEquals(2, registry.get("workgate.http.requests").tags(tags()).timer().count());
    }

    @Test
    void anUnknownMethodIsCountedAsOtherSoClientsCannotMultiplySeries() {
        metrics.request("events", "PROPFIND-" + System.nanoTime(), 405, 1_000);

        assertEquals(1, registry.get("workgate.http.requests").tags("method", "OTHER", "status", "405").timer().count());
    }

    @Test
    void countersAddUpUnderTheirTags() {
        metrics.eventsIngested("presence", "0", 98);
        metrics.eventsIngested("presence", "0", 1);
        metrics.eventsIngested("presence", "1", 1);
        metrics.tokenIssued("hmac");
        metrics.warehouseRowsStreamed("users", 5000);

        assertEquals(99, registry.get("workgate.events.ingested").tags("type", "presence", "result", "0").counter().count());
        assertEquals(1, registry.get("workgate.events.ingested").tags("type", "presence", "result", "1").counter().count());
        assertEquals(1, registry.get("workgate.tokens.issued").tags("scheme", "hmac").counter().count());
        assertEquals(5000, registry.get("workgate.warehouse.rows").tags("report", "users").counter().count());
    }

    private double bucket(String le) {
        return registry.get("workgate.http.request.latency").tags(tags().and("le", le)).counter().count();
    }

    private static Tags tags() {
        return Tags.of("family", "events", "method", "POST", "status", "200");
    }
}
