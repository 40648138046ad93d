package bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 6: latency under a fixed load (issue #15, goal 3). For presence batches (100 events a request) and for
 * tokens ({@code POST /v1/auth}), first the most the server does in a closed loop, then an open loop that sends at
 * half that rate on a fixed schedule, with latencies measured from the moment each request was due.
 */
public final class LatencyBench {

    private static final String HEADER = """
            # Latency under a fixed load (open loop)

            Appended by `bench/open-loop-latency.sh` (see `bench/README.md`), on PostgreSQL, the server pinned to cpu 0
            and the load generator to cpu 1. "Most" is the median of closed-loop windows at the closed-loop
            connections; the open loop then sends at the given fraction of it on a fixed schedule, over the
            open-loop connections, and measures each request from the moment it was due. Before each load, closed-loop
            requests until the server's JIT compilers go quiet (the notes say after how long). Latencies in ms are
            min / median / max over the timed windows. Goals: p99 ≤ 20 ms for presence batches, ≤ 10 ms for tokens.

            | date (UTC) | machine | load | most /s (closed loop) | open-loop rate /s | answered /s | p50 ms | p99 ms | p99.9 ms | max ms | goal p99 ms | met | notes |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|
            """;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(Figures.required("bench.baseUrl"));
        int closedConnections = Figures.intProperty("bench.closedConnections", 16);
        int openConnections = Figures.intProperty("bench.openConnections", 64);
        double fraction = Figures.doubleProperty("bench.fraction", 0.5);
        double warmup = Figures.doubleProperty("bench.warmupSeconds", 15);
        double window = Figures.doubleProperty("bench.windowSeconds", 10);
        int runs = Figures.intProperty("bench.runs", 3);
        double jitSettleMax = Figures.doubleProperty("bench.jitSettleMaxSeconds", 420);
        ProcessCpu cpu = new ProcessCpu(Long.parseLong(Figures.required("bench.serverPid")));
        int userCount = Figures.intProperty("bench.users", 1000);
        int keyCount = Figures.intProperty("bench.keys", 1000);

        WorkgateApi api = new WorkgateApi(base.toString());
        WorkgateApi.Tenant tenant = api.createOrganization(
                api.token(Figures.required("bench.adminKey"), Figures.required("bench.adminSecret")), "latency");
        api.send("PUT", "/v1/admin/locations/" + IngestBench.LOCATION, tenant.adminToken(), Map.of("name", "Bench HQ",
                "address", "1 Bench Street", "status", "active", "hasPresenceSource", true,
                "levels", List.of(Map.of("levelId", IngestBench.LEVEL, "name", "Level 1", "zones", List.of()))), 200);
        List<String> emails = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            String email = "person" + u + "@bench.example";
            api.send("POST", "/v1/admin/users", tenant.adminToken(),
                    Map.of("email", email, "firstName", "Person", "lastName", String.valueOf(u)), 201);
            emails.add(email);
        }
        List<WorkgateApi.Key> keys = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            keys.add(api.createKey(tenant, "bench " + i, "EVENTS"));
        }
        String eventsToken = api.token(keys.get(0).id(), keys.get(0).secret());
        System.out.printf("organization %d: one office, %d people, %d EVENTS keys%n", tenant.organizationId(), userCount,
                keys.size());
        // as in ingestion.sh: a table in its steady state, whose statistics know its size (an empty analyzed table
        // makes PostgreSQL plan the duplicate check as a scan, which then grows with the table)
        int history = Figures.intProperty("bench.historyEvents", 200_000);
        new IngestBench.RawInsert(Figures.required("bench.jdbcUrl"), Figures.required("bench.jdbcUser"),
                Figures.required("bench.jdbcPassword"), tenant.organizationId()).startFromHistory(history);
        System.out.printf("%d earlier events of the organization stored, table analyzed%n", history);

        AtomicLong eventNumber = new AtomicLong();
        LoadGenerator requestBuilder = new LoadGenerator(base, 1, 200);
        LoadGenerator.Requests presence = c -> IngestBench.presenceRequest(requestBuilder, eventsToken, emails,
                eventNumber, IngestBench.BATCH);
        TokenBench.HmacRequests hmac = new TokenBench.HmacRequests(requestBuilder, keys);
        LoadGenerator.Requests tokens = c -> hmac.next();

        List<String> rows = new ArrayList<>();
        boolean met = measure(base, "presence, 100 events a request", presence, 20, closedConnections, openConnections,
                fraction, warmup, window, runs, cpu, jitSettleMax, rows);
        met &= measure(base, "tokens, POST /v1/auth", tokens, 10, closedConnections, openConnections, fraction, warmup,
                window, runs, cpu, jitSettleMax, rows);

        Path results = Path.of(Figures.required("bench.resultsFile"));
        for (String row : rows) {
            Figures.appendRow(results, HEADER, row);
        }
        System.out.printf("%n%s%n", met ? "both goals met" : "GOAL MISSED (see above)");
    }

    private static boolean measure(URI base, String load, LoadGenerator.Requests requests, double goalP99Millis,
                                   int closedConnections, int openConnections, double fraction, double warmup,
                                   double window, int runs, ProcessCpu cpu, double jitSettleMax,
                                   List<String> rows) throws InterruptedException {
        System.out.printf("%n%s, closed loop, %d connections: %.0f s warm-up, %d × %.0f s%n", load, closedConnections,
                warmup, runs, window);
        LoadGenerator closedLoop = new LoadGenerator(base, closedConnections, 200);
        JitSettling.Outcome jit = JitSettling.settle(closedLoop, requests, cpu, jitSettleMax);
        LoadGenerator.Result closed = closedLoop.run(requests, warmup, window, runs);
        closed.print();
        double most = Figures.median(closed.perSecond());
        double rate = most * fraction;

        System.out.printf("%n%s, open loop at %.0f/s (%.2f of %.0f/s), %d connections: %.0f s warm-up, %d × %.0f s%n",
                load, rate, fraction, most, openConnections, warmup, runs, window);
        LoadGenerator.Result open = new LoadGenerator(base, openConnections, 200).runOpenLoop(requests, rate, warmup,
                window, runs);
        open.print();

        double p99 = Figures.median(open.p99Millis());
        boolean met = p99 <= goalP99Millis && open.failures() == 0 && closed.failures() == 0;
        System.out.printf("  %s: p50 %s  p99 %s  p99.9 %s  max %s ms; goal p99 ≤ %.0f ms: %s%n", load,
                Figures.spread(open.p50Millis(), "%.2f"), Figures.spread(open.p99Millis(), "%.2f"),
                Figures.spread(open.p999Millis(), "%.2f"), Figures.spread(open.maxMillis(), "%.1f"), goalP99Millis,
                met ? "met" : "MISSED");
        int failures = closed.failures() + open.failures();
        String problems = failures == 0 ? "" : Figures.format("; FAILURES %d (%s)", failures,
                open.firstFailure() != null ? open.firstFailure() : closed.firstFailure());
        rows.add(Figures.format("| %s | %s | %s | %.0f | %.0f | %s | %s | %s | %s | %s | %.0f | %s | %d / %d connections; %s; %.0f s warm-up, %d × %.0f s; %s%s |",
                Figures.nowUtc(), Figures.required("bench.machine"), load, most, rate,
                Figures.spread(open.perSecond(), "%.0f"), Figures.spread(open.p50Millis(), "%.2f"),
                Figures.spread(open.p99Millis(), "%.2f"), Figures.spread(open.p999Millis(), "%.2f"),
                Figures.spread(open.maxMillis(), "%.1f"), goalP99Millis, met ? "yes" : "no", closedConnections,
                openConnections, jit, warmup, runs, window, System.getProperty("bench.note", ""), problems));
        return met;
    }
}
