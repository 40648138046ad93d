package bench;

import java.io.ByteArrayInputStream;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Benchmark 2: events per second of {@code POST /v1/presence} with 100 events a request, against a raw JDBC batch
 * insert of the same rows into the same table ({@code presence_event}, with its keys, constraints and indexes) by
 * as many connections, one transaction per 100 rows, and against PostgreSQL's {@code COPY ... FROM STDIN} of the
 * same rows, likewise; and requests per second with one event a request. Every phase starts from the same table
 * (the organization's earlier events only), and each reports the CPU it cost per event. After each phase, every
 * event the server acknowledged, and every row COPY reported in the timed windows, must be in the table.
 */
public final class IngestBench {

    private static final String HEADER = """
            # Ingestion benchmark results

            Appended by `bench/ingestion.sh` (see `bench/README.md`), on PostgreSQL. Events/s are min / median / max
            of the timed windows after a warm-up. "Raw JDBC" inserts the same rows into the same table by as many
            connections as the HTTP load uses, as batches of 100 committed one by one (`reWriteBatchedInserts`). The
            ratio compares the medians. The notes start with the second baseline, "COPY": the same rows by
            PostgreSQL's `COPY presence_event FROM STDIN` (the JDBC driver's `CopyManager`), as many connections, 100
            rows a COPY, each committed; its events/s min / median / max and Workgate's ratio of its median. RSS is
            the WildFly process's resident memory, largest sample during the load. Before each of the server's
            phases, closed-loop load until its JIT compilers go quiet (the notes say after how long).

            | date (UTC) | machine | connections | Workgate events/s (100 a request) | raw JDBC events/s | ratio | p99 ms (100 a request) | single-event requests/s | WildFly RSS MiB max | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    static final int BATCH = 100;
    static final String LOCATION = "BENCH-HQ";
    static final String LEVEL = LOCATION + "-L1";

    /**
     * The CPU of a phase's timed windows (sampled over {@code seconds}, which end a moment before the windows do, while
     * every connection is still open) over the events the windows stored: cores busy over events per second.
     */
    record CpuPerEvent(ProcessCpu.Sample cpu, double seconds, double eventsPerSecond) {

        CpuPerEvent(ProcessCpu.Sample cpu, double seconds, LoadGenerator.Result result) {
            this(cpu, seconds, result.windows().stream().mapToDouble(w -> w.requests() * (double) BATCH).sum()
                    / result.windows().stream().mapToDouble(LoadGenerator.Window::seconds).sum());
        }

        double total() {
            return micros(cpu.server() + cpu.postgres() + cpu.loadGenerator());
        }

        private double micros(double cpuSeconds) {
            return cpuSeconds / seconds * 1e6 / Math.max(1e-9, eventsPerSecond);
        }

        @Override
        public String toString() {
            return Figures.format("%.1f + %.1f + %.1f = %.1f; %.2f cores", micros(cpu.server()), micros(cpu.postgres()),
                    micros(cpu.loadGenerator()), total(), (cpu.server() + cpu.postgres() + cpu.loadGenerator()) / seconds);
        }

        /** The share of the server's CPU its JIT compilers took. */
        double jitPercent() {
            return cpu.server() > 0 ? 100 * cpu.serverCompilers() / cpu.server() : 0;
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(Figures.required("bench.baseUrl"));
        int connections = Figures.intProperty("bench.connections", 16);
        int userCount = Figures.intProperty("bench.users", 1000);
        double warmup = Figures.doubleProperty("bench.warmupSeconds", 15);
        double window = Figures.doubleProperty("bench.windowSeconds", 10);
        int runs = Figures.intProperty("bench.runs", 3);
        double jitSettleMax = Figures.doubleProperty("bench.jitSettleMaxSeconds", 420);
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
        System.out.printf("each phase starts from a table of %d earlier events of the organization%n", history);

        AtomicLong eventNumber = new AtomicLong();
        LoadGenerator http = new LoadGenerator(base, connections, 200);
        LoadGenerator.Requests batches = c -> presenceRequest(http, token, emails, eventNumber, BATCH);
        LoadGenerator.Requests singles = c -> presenceRequest(http, token, emails, eventNumber, 1);

        ProcessCpu cpu = new ProcessCpu(serverPid);
        double cpuSeconds = window * runs - Math.min(1, window * runs / 10);
        try (ResidentMemory rss = new ResidentMemory(serverPid)) {
            System.out.printf("%nWorkgate, %d events a request, %d connections: %.0f s warm-up, %d × %.0f s%n", BATCH,
                    connections, warmup, runs, window);
            JitSettling.Outcome batchedJit = JitSettling.settle(http, batches, cpu, jitSettleMax);
            raw.startFromHistory(history);
            var batchedCpu = cpu.during(warmup, cpuSeconds);
            LoadGenerator.Result batched = http.run(batches, warmup, window, runs);
            batched.print();
            long stored = countRows(jdbcUrl, jdbcUser, jdbcPassword, tenant.organizationId(), "bench-sensors");

            System.out.printf("%nRaw JDBC, batches of %d, %d connections: %.0f s warm-up, %d × %.0f s%n", BATCH,
                    connections, warmup, runs, window);
            raw.startFromHistory(history);
            var rawCpu = cpu.during(warmup, cpuSeconds);
            LoadGenerator.Result rawResult = LoadGenerator.run(c -> raw.new Worker(), connections, warmup, window, runs);
            rawResult.print();

            System.out.printf("%nCOPY, %d rows a COPY, %d connections: %.0f s warm-up, %d × %.0f s%n", BATCH,
                    connections, warmup, runs, window);
            raw.startFromHistory(history);
            var copyCpu = cpu.during(warmup, cpuSeconds);
            LoadGenerator.Result copyResult = LoadGenerator.run(c -> raw.new CopyWorker(), connections, warmup, window,
                    runs);
            copyResult.print();
            long copied = countRows(jdbcUrl, jdbcUser, jdbcPassword, tenant.organizationId(), RawInsert.COPY_SOURCE);

            System.out.printf("%nWorkgate, 1 event a request, %d connections: %.0f s warm-up, %d × %.0f s%n",
                    connections, warmup, runs, window);
            JitSettling.Outcome singleJit = JitSettling.settle(http, singles, cpu, jitSettleMax);
            raw.startFromHistory(history);
            LoadGenerator.Result single = http.run(singles, warmup, window, runs);
            single.print();
            long storedSingly = countRows(jdbcUrl, jdbcUser, jdbcPassword, tenant.organizationId(), "bench-sensors");
            long copiedAtLeast = (long) copyResult.windows().stream().mapToInt(LoadGenerator.Window::requests).sum()
                    * BATCH;
            long acknowledgedAtLeast = (long) (batched.windows().stream().mapToInt(LoadGenerator.Window::requests).sum())
                    * BATCH;
            long acknowledgedSinglyAtLeast = single.windows().stream().mapToInt(LoadGenerator.Window::requests).sum();
            double[] workgateEvents = scale(batched.perSecond(), BATCH);
            double[] rawEvents = scale(rawResult.perSecond(), BATCH);
            double[] copyEvents = scale(copyResult.perSecond(), BATCH);
            double ratio = Figures.median(workgateEvents) / Figures.median(rawEvents);
            double copyRatio = Figures.median(workgateEvents) / Figures.median(copyEvents);
            long rssMax = rss.maxMiB();
            System.out.printf("%nIngestion, events/s as min / median / max%n");
            System.out.printf("  Workgate, %d a request  %s  (p99 %s ms)%n", BATCH, Figures.spread(workgateEvents, "%.0f"),
                    Figures.spread(batched.p99Millis(), "%.1f"));
            System.out.printf("  raw JDBC batch insert  %s%n", Figures.spread(rawEvents, "%.0f"));
            System.out.printf("  COPY, %d rows a COPY   %s%n", BATCH, Figures.spread(copyEvents, "%.0f"));
            System.out.printf("  ratio                  %.2f of raw JDBC, %.2f of COPY (medians)%n", ratio, copyRatio);
            CpuPerEvent workgateCpu = new CpuPerEvent(batchedCpu.get(), cpuSeconds, batched);
            CpuPerEvent rawJdbcCpu = new CpuPerEvent(rawCpu.get(), cpuSeconds, rawResult);
            CpuPerEvent copyCpuPerEvent = new CpuPerEvent(copyCpu.get(), cpuSeconds, copyResult);
            System.out.printf("  CPU per event, µs      server + PostgreSQL + load generator = total; cores busy (of %d)%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("    Workgate             %s; JIT compilers %.0f %% of the server's CPU%n", workgateCpu,
                    workgateCpu.jitPercent());
            System.out.printf("    raw JDBC             %s%n", rawJdbcCpu);
            System.out.printf("    COPY                 %s%n", copyCpuPerEvent);
            System.out.printf("    with the cores as busy in both, Workgate could reach at most %.2f of raw JDBC%n",
                    rawJdbcCpu.total() / workgateCpu.total());
            System.out.printf("  single-event requests  %s per second%n", Figures.spread(single.perSecond(), "%.0f"));
            System.out.printf("  WildFly RSS            %d MiB at most during the load%n", rssMax);
            System.out.printf("  stored                 %d server events in the table, %d acknowledged in the timed windows%n",
                    stored, acknowledgedAtLeast);
            System.out.printf("                         %d single events in the table, %d acknowledged in the timed windows%n",
                    storedSingly, acknowledgedSinglyAtLeast);
            System.out.printf("                         %d COPY rows in the table, %d copied in the timed windows%n",
                    copied, copiedAtLeast);
            String problems = "";
            if (stored < acknowledgedAtLeast || storedSingly < acknowledgedSinglyAtLeast) {
                problems += "; LOST EVENTS: fewer rows than acknowledged events";
            }
            if (copied < copiedAtLeast) {
                problems += "; LOST COPY ROWS: fewer rows than COPY reported";
            }
            int failures = batched.failures() + rawResult.failures() + copyResult.failures() + single.failures();
            if (failures > 0) {
                problems += Figures.format("; FAILURES %d (%s)", failures, firstFailure(batched, rawResult, copyResult,
                        single));
            }
            Figures.appendRow(Path.of(Figures.required("bench.resultsFile")), HEADER, Figures.format(
                    "| %s | %s | %d | %s | %s | %.2f | %s | %s | %d | "
                            + "COPY %s events/s, ratio %.2f of COPY; CPU µs per event (server + PostgreSQL + load "
                            + "generator): Workgate %s (JIT %.0f %% of the server's), raw JDBC %s, COPY %s; every phase from "
                            + "the same table; before the server's phases: %s, %s; %.0f s warm-up, %d × %.0f s; %s%s |",
                    Figures.nowUtc(), Figures.required("bench.machine"), connections, Figures.spread(workgateEvents, "%.0f"),
                    Figures.spread(rawEvents, "%.0f"), ratio, Figures.spread(batched.p99Millis(), "%.1f"),
                    Figures.spread(single.perSecond(), "%.0f"), rssMax, Figures.spread(copyEvents, "%.0f"), copyRatio,
                    workgateCpu, workgateCpu.jitPercent(), rawJdbcCpu, copyCpuPerEvent, batchedJit, singleJit,
                    warmup, runs, window, System.getProperty("bench.note", ""), problems));
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

    static String firstFailure(LoadGenerator.Result... results) {
        for (LoadGenerator.Result result : results) {
            if (result.firstFailure() != null) {
                return result.firstFailure();
            }
        }
        return null;
    }

    static double[] scale(double[] values, double factor) {
        double[] scaled = values.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return scaled;
    }

    static long countRows(String url, String user, String password, long organizationId, String sourceId)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from presence_event where organization_id = ? and source_id = ?")) {
            count.setLong(1, organizationId);
            count.setString(2, sourceId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The same rows as the server stores (resolved user and location keys, the reference as sent, the received
     * time), inserted by plain JDBC ({@link Worker}) or copied ({@link CopyWorker}). Ids come from ranges far above
     * the server's sequence, one for each, a trillion apart.
     */
    static final class RawInsert {
        static final String COPY_SOURCE = "copy";

        private final String url;
        private final String user;
        private final String password;
        private final long organizationId;
        private final long officePk;
        private final long[] userIds;
        private final AtomicLong nextId = new AtomicLong(4_000_000_000_000L);
        private final AtomicLong nextCopyId = new AtomicLong(5_000_000_000_000L);

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

        /**
         * The table as every phase starts it: only the organization's earlier events, statistics that know them, and
         * no checkpoint pending, so that no phase inserts into a table (and indexes) that an earlier phase grew.
         */
        void startFromHistory(int events) throws Exception {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("truncate presence_event");
            }
            try (Worker worker = new Worker("history")) {
                for (int i = 0; i < events / BATCH; i++) {
                    worker.call();
                }
            }
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("analyze presence_event");
                statement.execute("checkpoint");
            }
        }

        /** A worker with a connection of its own, committing by hand, closed when the run is over. */
        abstract class OwnConnection implements LoadGenerator.Worker {
            final Connection connection;

            OwnConnection(String jdbcUrl) throws Exception {
                connection = DriverManager.getConnection(jdbcUrl, user, password);
                connection.setAutoCommit(false);
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

        final class Worker extends OwnConnection {
            private final PreparedStatement insert;
            private final String sourceId;

            Worker() throws Exception {
                this("raw-jdbc");
            }

            Worker(String sourceId) throws Exception {
                super(url + "?reWriteBatchedInserts=true");
                this.sourceId = sourceId;
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
        }

        /** The rows of {@link Worker}, sent as one {@code COPY ... FROM STDIN} (text format) a transaction. */
        final class CopyWorker extends OwnConnection {
            private static final String COPY = """
                    copy presence_event (id, organization_id, source_id, event_id, occurred_at, location_type,
                    location_ref, location_pk, user_id, source_user_id, received_at) from stdin""";

            private final CopyManager copy;

            CopyWorker() throws Exception {
                super(url);
                copy = connection.unwrap(PGConnection.class).getCopyAPI();
            }

            @Override
            public void call() throws Exception {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String now = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
                long first = nextCopyId.getAndAdd(BATCH);
                StringBuilder rows = new StringBuilder(BATCH * 120);
                for (int i = 0; i < BATCH; i++) {
                    long id = first + i;
                    rows.append(id).append('\t').append(organizationId).append('\t').append(COPY_SOURCE)
                            .append("\te-").append(id).append('\t').append(now).append("\tlevel\t").append(LEVEL)
                            .append('\t').append(officePk).append('\t').append(userIds[random.nextInt(userIds.length)])
                            .append("\tbadge-").append(random.nextInt(100000)).append('\t').append(now).append('\n');
                }
                byte[] text = rows.toString().getBytes(StandardCharsets.UTF_8);
                long copied = copy.copyIn(COPY, new ByteArrayInputStream(text));
                if (copied != BATCH) {
                    throw new IllegalStateException("COPY stored " + copied + " rows of " + BATCH);
                }
                connection.commit();
            }
        }
    }
}
