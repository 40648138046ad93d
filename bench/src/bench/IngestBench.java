package bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 2: events per second of {@code POST /v1/presence} with 100 events a request, against a raw JDBC batch
 * insert of the same rows into the same table ({@code presence_event}, with its keys, constraints and indexes) by
 * as many connections, one transaction per 100 rows; and requests per second with one event a request. At the end,
 * every event the server acknowledged must be in the table.
 */
public final class IngestBench {

    private static final String HEADER = """
            # Ingestion benchmark results

            Appended by `bench/ingestion.sh` (see `bench/README.md`), on PostgreSQL. Events/s are min / median / max
            of the timed windows after a warm-up. "Raw JDBC" inserts the same rows into the same table by as many
            connections as the HTTP load uses, as batches of 100 committed one by one (`reWriteBatchedInserts`). The
            ratio compares the medians. RSS is the WildFly process's resident memory, largest sample during the load.

            | date (UTC) | machine | connections | Workgate events/s (100 a request) | raw JDBC events/s | ratio | p99 ms (100 a request) | single-event requests/s | WildFly RSS MiB max | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    static final int BATCH = 100;
    static final String LOCATION = "BENCH-HQ";
    static final String LEVEL = LOCATION + "-L1";

    public static void main(String[] args) throws Exception {
        URI base = URI.create(Figures.required("bench.baseUrl"));
        int connections = Figures.intProperty("bench.connections", 16);
        int userCount = Figures.intProperty("bench.users", 1000);
        double warmup = Figures.doubleProperty("bench.warmupSeconds", 15);
        double window = Figures.doubleProperty("bench.windowSeconds", 10);
        int runs = Figures.intProperty("bench.runs", 3);
        String jdbcUrl = Figures.required("bench.jdbcUrl");
        String jdbcUser = Figures.required("bench.jdbcUser");
        String jdbcPassword = Figures.required("bench.jdbcPassword");
        long serverPid = Long.parseLong(Figures.required("bench.serverPid"));

        WorkgateApi api = new WorkgateApi(base.toString());
        WorkgateApi.Tenant tenant = api.createOrganization(
                api.token(Figures.required("bench.adminKey"), Figures.required("bench.adminSecret")), "ingest");
        api.send("PUT", "/v1/admin/locations/" + LOCATION, tenant.adminToken(), Map.of("name", "Bench HQ",
                "address", "1 Bench Street", "status", "active", "hasPresenceSource", true,
                "levels", List.of(Map.of("levelId", LEVEL, "name", "Level 1", "zones", List.of()))), 200);
        List<String> emails = new ArrayList<>();
        for (int u = 0; u < userCount; u++) {
            String email = "person" + u + "@bench.example";
            api.send("POST", "/v1/admin/users", tenant.adminToken(),
                    Map.of("email", email, "firstName", "Person", "lastName", String.valueOf(u)), 201);
            emails.add(email);
        }
        WorkgateApi.Key eventsKey = api.createKey(tenant, "bench events", "EVENTS");
        String token = api.token(eventsKey.id(), eventsKey.secret());
        System.out.printf("organization %d: one office, %d people, an EVENTS key%n", tenant.organizationId(), userCount);

        RawInsert raw = new RawInsert(jdbcUrl, jdbcUser, jdbcPassword, tenant.organizationId());
        int history = Figures.intProperty("bench.historyEvents", 500_000);
        raw.loadHistory(history);
        System.out.printf("%d earlier events of the organization stored, table analyzed%n", history);

        AtomicLong eventNumber = new AtomicLong();
        LoadGenerator http = new LoadGenerator(base, connections, 200);
        LoadGenerator.Requests batches = c -> presenceRequest(http, token, emails, eventNumber, BATCH);
        LoadGenerator.Requests singles = c -> presenceRequest(http, token, emails, eventNumber, 1);

        try (ResidentMemory rss = new ResidentMemory(serverPid)) {
            System.out.printf("%nWorkgate, %d events a request, %d connections: %.0f s warm-up, %d × %.0f s%n", BATCH,
                    connections, warmup, runs, window);
            LoadGenerator.Result batched = http.run(batches, warmup, window, runs);
            batched.print();

            System.out.printf("%nRaw JDBC, batches of %d, %d connections: %.0f s warm-up, %d × %.0f s%n", BATCH,
                    connections, warmup, runs, window);
            LoadGenerator.Result rawResult = LoadGenerator.run(c -> raw.new Worker(), connections, warmup, window, runs);
            rawResult.print();

            System.out.printf("%nWorkgate, 1 event a request, %d connections: %.0f s warm-up, %d × %.0f s%n",
                    connections, warmup, runs, window);
            LoadGenerator.Result single = http.run(singles, warmup, window, runs);
            single.print();

            long stored = countServerRows(jdbcUrl, jdbcUser, jdbcPassword, tenant.organizationId());
            long acknowledgedAtLeast = (long) (batched.windows().stream().mapToInt(LoadGenerator.Window::requests).sum())
                    * BATCH + single.windows().stream().mapToInt(LoadGenerator.Window::requests).sum();
            double[] workgateEvents = scale(batched.perSecond(), BATCH);
            double[] rawEvents = scale(rawResult.perSecond(), BATCH);
            double ratio = Figures.median(workgateEvents) / Figures.median(rawEvents);
            long rssMax = rss.maxMiB();
            System.out.printf("%nIngestion, events/s as min / median / max%n");
            System.out.printf("  Workgate, %d a request  %s  (p99 %s ms)%n", BATCH, Figures.spread(workgateEvents, "%.0f"),
                    Figures.spread(batched.p99Millis(), "%.1f"));
            System.out.printf("  raw JDBC batch insert  %s%n", Figures.spread(rawEvents, "%.0f"));
            System.out.printf("  ratio                  %.2f of raw JDBC (medians)%n", ratio);
            System.out.printf("  single-event requests  %s per second%n", Figures.spread(single.perSecond(), "%.0f"));
            System.out.printf("  WildFly RSS            %d MiB at most during the load%n", rssMax);
            System.out.printf("  stored                 %d server events in the table, %d acknowledged in the timed windows%n",
                    stored, acknowledgedAtLeast);
            String problems = "";
            if (stored < acknowledgedAtLeast) {
                problems += "; LOST EVENTS: fewer rows than acknowledged events";
            }
            int failures = batched.failures() + rawResult.failures() + single.failures();
            if (failures > 0) {
                problems += Figures.format("; FAILURES %d (%s)", failures, batched.firstFailure() != null
                        ? batched.firstFailure() : rawResult.firstFailure() != null ? rawResult.firstFailure() : single.firstFailure());
            }
            Figures.appendRow(Path.of(Figures.required("bench.resultsFile")), HEADER, Figures.format(
                    "| %s | %s | %d | %s | %s | %.2f | %s | %s | %d | %.0f s warm-up, %d × %.0f s; %s%s |",
                    Figures.nowUtc(), Figures.required("bench.machine"), connections, Figures.spread(workgateEvents, "%.0f"),
                    Figures.spread(rawEvents, "%.0f"), ratio, Figures.spread(batched.p99Millis(), "%.1f"),
                    Figures.spread(single.perSecond(), "%.0f"), rssMax, warmup, runs, window,
                    System.getProperty("bench.note", ""), problems));
            if (!problems.isEmpty()) {
                System.out.println("PROBLEMS" + problems);
                System.exit(2);
            }
        }
    }

    static byte[] presenceRequest(LoadGenerator http, String token, List<String> emails, AtomicLong eventNumber, int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long first = eventNumber.getAndAdd(count);
        String timestamp = Instant.now().toString();
        StringBuilder body = new StringBuilder(count * 160).append("{\"sourceId\":\"bench-sensors\",\"presenceEvents\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"eventId\":\"e-").append(first + i).append("\",\"timestamp\":\"").append(timestamp)
                    .append("\",\"locationId\":\"").append(LEVEL).append("\",\"locationType\":\"level\",\"sourceUserId\":\"badge-")
                    .append(random.nextInt(100000)).append("\",\"userEmail\":\"")
                    .append(emails.get(random.nextInt(emails.size()))).append("\"}");
        }
        body.append("]}");
        return http.post("/v1/presence", "application/json", body.toString().getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token);
    }

    static double[] scale(double[] values, double factor) {
        double[] scaled = values.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return scaled;
    }

    static long countServerRows(String url, String user, String password, long organizationId) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from presence_event where organization_id = ? and source_id = 'bench-sensors'")) {
            count.setLong(1, organizationId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The same rows as the server stores (resolved user and location keys, the reference as sent, the received
     * time), inserted by plain JDBC. Ids come from a range far above the server's sequence.
     */
    static final class RawInsert {
        private final String url;
        private final String user;
        private final String password;
        private final long organizationId;
        private final long officePk;
        private final long[] userIds;
        private final AtomicLong nextId = new AtomicLong(4_000_000_000_000L);

        RawInsert(String url, String user, String password, long organizationId) throws Exception {
            this.url = url;
            this.user = user;
            this.password = password;
            this.organizationId = organizationId;
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                try (ResultSet level = statement.executeQuery("select location_pk from level where organization_id = "
                        + organizationId + " and level_id = '" + LEVEL + "'")) {
                    level.next();
                    officePk = level.getLong(1);
                }
                List<Long> ids = new ArrayList<>();
                try (ResultSet users = statement.executeQuery("select id from app_user where organization_id = " + organizationId)) {
                    while (users.next()) {
                        ids.add(users.getLong(1));
                    }
                }
                userIds = ids.stream().mapToLong(Long::longValue).toArray();
            }
        }

        /** A table in its steady state: the organization's earlier events, and statistics that know them. */
        void loadHistory(int events) throws Exception {
            try (Worker worker = new Worker("history")) {
                for (int i = 0; i < events / BATCH; i++) {
                    worker.call();
                }
            }
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }

        final class Worker implements LoadGenerator.Worker {
            private final Connection connection;
            private final PreparedStatement insert;
            private final String sourceId;

            Worker() throws Exception {
                this("raw-jdbc");
            }

            Worker(String sourceId) throws Exception {
                this.sourceId = sourceId;
                connection = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, password);
                connection.setAutoCommit(false);
                insert = connection.prepareStatement("""
                        insert into presence_event (id, organization_id, source_id, event_id, occurred_at, location_type,
                        location_ref, location_pk, user_id, source_user_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            }

            @Override
            public void call() throws Exception {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Timestamp now = Timestamp.from(Instant.now());
                long first = nextId.getAndAdd(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    insert.setLong(1, first + i);
                    insert.setLong(2, organizationId);
                    insert.setString(3, sourceId);
                    insert.setString(4, "e-" + (first + i));
                    insert.setTimestamp(5, now);
                    insert.setString(6, "level");
                    insert.setString(7, LEVEL);
                    insert.setLong(8, officePk);
                    insert.setLong(9, userIds[random.nextInt(userIds.length)]);
                    insert.setString(10, "badge-" + random.nextInt(100000));
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            }

            @Override
            public void close() {
                try {
                    connection.close();
                } catch (Exception ignored) {
                    // the run is over
                }
            }
        }
    }
}
