package bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures {@code GET /v1/analytics/user-booking-attendance} over the loaded data set:
 * <ol type="a">
 * <li>the wall time of the whole streamed answer, read to its end by a plain HTTP client (and, as a check, by
 *     curl);</li>
 * <li>the time of the same information computed by one SQL query ({@code sql/attendance-by-one-query.sql}) and
 *     streamed through a JDBC ResultSet; (b') the time of the server's own queries over JDBC; the ratios;</li>
 * <li>the server's heap used after a full GC before and after the requests, and the most seen during them.</li>
 * </ol>
 * Warm-ups of each come first; the first one also checks that the server and the query agree (rows and tallies of
 * plan, booking depth and attendance type). Prints the figures and appends a line to {@code RESULTS.md}.
 */
public class MeasureAttendance {

    static final String ROW_START = "{\"userId\":";
    static final int FETCH_SIZE = 1000;

    record Settings(String baseUrl, long serverPid, int runs, int warmups, String jdbcUrl, String jdbcUser,
                    String jdbcPassword, Path tenantFile, Path sqlFile, Path resultsFile, String machine, String note,
                    int sampleMillis) {

        static Settings fromSystemProperties() {
            return new Settings(Figures.required("bench.baseUrl"), Long.parseLong(Figures.required("bench.serverPid")),
                    Integer.parseInt(System.getProperty("bench.runs", "5")),
                    Math.max(1, Integer.parseInt(System.getProperty("bench.warmups", "3"))), Figures.required("bench.jdbcUrl"),
                    Figures.required("bench.jdbcUser"), System.getProperty("bench.jdbcPassword", ""),
                    Path.of(Figures.required("bench.tenantFile")), Path.of(Figures.required("bench.sqlFile")),
                    Path.of(Figures.required("bench.resultsFile")), System.getProperty("bench.machine", "?"),
                    System.getProperty("bench.note", ""),
                    Integer.parseInt(System.getProperty("bench.sampleMillis", "200")));
        }
    }

    /** One timed read: seconds to the end of the answer, seconds to its first byte (server only), rows, bytes. */
    record Timing(double seconds, double firstByteSeconds, long rows, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Properties tenant = new Properties();
        try (Reader in = Files.newBufferedReader(settings.tenantFile())) {
            tenant.load(in);
        }
        long organizationId = Long.parseLong(tenant.getProperty("organizationId"));
        LocalDate firstDay = LocalDate.parse(tenant.getProperty("firstDay"));
        LocalDate lastDay = LocalDate.parse(tenant.getProperty("lastDay"));
        String dataSet = tenant.getProperty("users") + " users × " + tenant.getProperty("days") + " days";
        Surroundings before = Surroundings.now(settings.serverPid());

        AttendanceEndpoint endpoint = new AttendanceEndpoint(settings.baseUrl(), firstDay, lastDay);
        endpoint.authenticate(tenant.getProperty("warehouseKey"), tenant.getProperty("warehouseSecret"));
        ServerHeap heap = new ServerHeap(settings.serverPid());

        double heapBefore = heap.usedAfterFullGcMb();
        HeapSampler sampler = HeapSampler.start(settings.serverPid(), settings.sampleMillis());
        Tally serverTally = endpoint.readAndTally();
        List<Timing> serverRuns = timedRuns("server", settings, endpoint::readAndCount);
        List<Timing> curlRuns = timedRuns("curl", settings, endpoint::readWithCurl);
        double heapMaxDuring = sampler.stop();
        double heapAfter = heap.usedAfterFullGcMb();

        OneQuery oneQuery = new OneQuery(settings, organizationId, firstDay, lastDay);
        Tally sqlTally = oneQuery.run().tally();
        List<Timing> sqlRuns = timedRuns("one SQL query", settings, () -> oneQuery.run().timing());
        ServerQueries serverQueries = new ServerQueries(settings, organizationId, firstDay, lastDay);
        List<Timing> serverQueryRuns = timedRuns("server's queries", settings, serverQueries::run);
        Surroundings after = Surroundings.now(settings.serverPid());

        Report report = new Report(dataSet, firstDay, lastDay, settings.runs(), settings.warmups(), serverRuns, curlRuns,
                sqlRuns, serverQueryRuns, serverTally, sqlTally, heapBefore, heapMaxDuring, heapAfter, heap.maxHeapMb(),
                before.worse(after));
        report.print();
        report.append(settings.resultsFile(), settings.machine(), settings.note());
        if (!serverTally.equals(sqlTally)) {
            System.exit(2);
        }
    }

    interface Measurement {
        Timing run() throws Exception;
    }

    /** The warm-ups (the first is the tallying read or query the caller made), then the timed runs. */
    static List<Timing> timedRuns(String what, Settings settings, Measurement measurement) throws Exception {
        for (int i = 1; i < settings.warmups(); i++) {
            measurement.run();
        }
        List<Timing> runs = new ArrayList<>();
        for (int i = 0; i < settings.runs(); i++) {
            Timing timing = measurement.run();
            runs.add(timing);
            System.out.printf(Locale.ROOT, "  %s run %d: %.2f s, %s%n", what, i + 1, timing.seconds(),
                    timing.rows() >= 0 ? timing.rows() + " rows" : timing.bytes() + " bytes");
        }
        return runs;
    }

    /** Rows, and how many of them have each plan, booking depth and attendance type: what both sides must agree on. */
    record Tally(long rows, Map<String, Long> counts) {

        static final class Builder {
            private long rows;
            private final Map<String, Long> counts = new TreeMap<>();

            void row(String plan, String depth, String attendanceType) {
                rows++;
                counts.merge("plan=" + plan, 1L, Long::sum);
                counts.merge("depth=" + depth, 1L, Long::sum);
                counts.merge("attendance=" + attendanceType, 1L, Long::sum);
            }

            Tally build() {
                return new Tally(rows, counts);
            }
        }
    }

    /** The endpoint under test, read as an integrator's client would: HMAC → bearer token → GET, whole body. */
    static final class AttendanceEndpoint {
        private final String baseUrl;
        private final String path;
        private String token;

        AttendanceEndpoint(String baseUrl, LocalDate firstDay, LocalDate lastDay) {
            this.baseUrl = baseUrl;
            this.path = "/v1/analytics/user-booking-attendance?startDate=" + firstDay + "&endDate=" + lastDay;
        }

        void authenticate(String apiKey, String secret) throws IOException {
            long timestamp = Instant.now().getEpochSecond();
            byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("apiKey", apiKey, "timestamp", timestamp,
                    "hash", WorkgateApi.hmacSha256Hex(secret, apiKey + timestamp)));
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/v1/auth").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("POST /v1/auth answered " + connection.getResponseCode());
            }
            try (InputStream answer = connection.getInputStream()) {
                token = new ObjectMapper().readTree(answer).get("token").asText();
            }
        }

        /**
         * The GET by a plain blocking HttpURLConnection: with java.net.http the client itself took as long as a
         * fast server needs (it competes for the same two cores), with this one it is as fast as curl.
         * Returns the body once the status line and headers are in.
         */
        private InputStream get() throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
            connection.setReadTimeout((int) Duration.ofMinutes(10).toMillis());
            connection.setRequestProperty("Authorization", "Bearer " + token);
            if (connection.getResponseCode() != 200) {
                InputStream error = connection.getErrorStream();
                String body = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
                throw new IllegalStateException("GET " + path + " answered " + connection.getResponseCode() + ": " + body);
            }
            return connection.getInputStream();
        }

        /** A timed read that counts rows by the text each one starts with, so the client does little work. */
        Timing readAndCount() throws IOException {
            long start = System.nanoTime();
            InputStream answer = get();
            long firstByte = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            byte[] pattern = ROW_START.getBytes(StandardCharsets.US_ASCII);
            int matched = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = answer) {
                for (int n; (n = body.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                        if (matched == pattern.length) {
                            rows++;
                            matched = 0;
                        }
                    }
                }
            }
            long end = System.nanoTime();
            return new Timing((end - start) / 1e9, (firstByte - start) / 1e9, rows, bytes);
        }

        /**
         * The same GET by curl into /dev/null: a client that costs next to no CPU, to see how much of (a) is the
         * Java client's. Rows are not counted; the byte count must equal that of (a).
         */
        Timing readWithCurl() throws IOException, InterruptedException {
            Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w",
                    "%{http_code} %{time_starttransfer} %{time_total} %{size_download}",
                    "-H", "Authorization: Bearer " + token, baseUrl + path).start();
            String[] out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            if (curl.waitFor() != 0 || !out[0].equals("200")) {
                throw new IllegalStateException("curl GET " + path + " failed: " + String.join(" ", out));
            }
            return new Timing(Double.parseDouble(out[2]), Double.parseDouble(out[1]), -1, Long.parseLong(out[3]));
        }

        /** The warm-up: the whole answer parsed as JSON and tallied. */
        Tally readAndTally() throws IOException {
            Tally.Builder tally = new Tally.Builder();
            try (InputStream body = get(); JsonParser json = new JsonFactory().createParser(body)) {
                if (json.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalStateException("the answer is not a JSON array");
                }
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    String plan = null;
                    String depth = null;
                    String attendanceType = null;
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String field = json.currentName();
                        JsonToken value = json.nextToken();
                        String text = value == JsonToken.VALUE_NULL ? null : json.getText();
                        switch (field) {
                            case "plan" -> plan = text;
                            case "bookingDepth" -> depth = text;
                            case "attendanceType" -> attendanceType = text;
                            default -> json.skipChildren();
                        }
                    }
                    tally.row(plan, depth, attendanceType);
                }
            }
            return tally.build();
        }
    }

    /** The same information by one SQL query, every column of every row read through a streaming ResultSet. */
    static final class OneQuery {
        record Result(Timing timing, Tally tally) {
        }

        private final Settings settings;
        private final long organizationId;
        private final LocalDate firstDay;
        private final LocalDate lastDay;
        private final String sql;

        OneQuery(Settings settings, long organizationId, LocalDate firstDay, LocalDate lastDay) throws IOException {
            this.settings = settings;
            this.organizationId = organizationId;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.sql = Files.readString(settings.sqlFile());
        }

        /** Timed from opening the connection (the server takes one from its pool; this is the fair side of that). */
        Result run() throws Exception {
            long start = System.nanoTime();
            Tally.Builder tally = new Tally.Builder();
            long characters = 0;
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(),
                    settings.jdbcPassword())) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);              // PostgreSQL streams with a cursor only in a transaction
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(FETCH_SIZE);
                    statement.setLong(1, organizationId);
                    statement.setObject(2, firstDay);
                    statement.setObject(3, lastDay);
                    try (ResultSet row = statement.executeQuery()) {
                        int columns = row.getMetaData().getColumnCount();
                        while (row.next()) {
                            for (int c = 1; c <= columns; c++) {
                                String value = row.getString(c);
                                characters += value == null ? 0 : value.length();
                            }
                            tally.row(row.getString("plan"), row.getString("depth"), row.getString("attendance_type"));
                        }
                    }
                }
                connection.rollback();
            }
            Tally result = tally.build();
            return new Result(new Timing((System.nanoTime() - start) / 1e9, Double.NaN, result.rows(), characters), result);
        }
    }

    /**
     * The server's own queries, as {@code AttendanceReport} sends them (copied; keep in step): the locations, then
     * per chunk of 500 people their day plans, bookings with names, and detections for the whole range, every
     * column read through the same fetch size. No rows are assembled and no JSON written: this is the database and
     * driver part of the server's work.
     */
    static final class ServerQueries {
        private static final int USERS_PER_CHUNK = 500;
        private static final String LOCATIONS = "select location_pk, location_id, name, has_presence_source"
                + " from events_location where organization_id = ?";
        private static final String PEOPLE = "select user_id, primary_location_id, primary_group_id, plan_mon, plan_tue,"
                + " plan_wed, plan_thu, plan_fri, plan_sat, plan_sun from auth_current_person"
                + " where organization_id = ? and user_id >= ? order by user_id";
        private static final String DAY_PLANS = "select user_id, on_day, plan from events_day_plan where organization_id = ?"
                + " and on_day between ? and ? and user_id between ? and ?";
        private static final String BOOKINGS = """
                select user_id, on_day, depth, location_pk, location_id, location_name, level_id, level_name,
                       zone_id, zone_name, place_id, place_name
                from events_booking
                where organization_id = ? and on_day between ? and ? and user_id between ? and ?""";
        private static final String DETECTIONS = "select user_id, occurred_at, location_pk from events_presence"
                + " where organization_id = ? and occurred_at >= ? and occurred_at < ? and user_id between ? and ?";

        private final Settings settings;
        private final long organizationId;
        private final LocalDate firstDay;
        private final LocalDate lastDay;

        ServerQueries(Settings settings, long organizationId, LocalDate firstDay, LocalDate lastDay) {
            this.settings = settings;
            this.organizationId = organizationId;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        /** Timed like {@link OneQuery#run()}; the rows are those of all queries together. */
        Timing run() throws Exception {
            long start = System.nanoTime();
            long rows = 0;
            long characters = 0;
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(),
                    settings.jdbcPassword())) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                long[] read = readAll(connection, LOCATIONS, 0, organizationId);
                long fromUser = 0;
                while (true) {
                    List<Long> people = new ArrayList<>();
                    read = add(read, readAll(connection, PEOPLE, USERS_PER_CHUNK, people, organizationId, fromUser));
                    if (people.isEmpty()) {
                        break;
                    }
                    long firstId = people.get(0);
                    long lastId = people.get(people.size() - 1);
                    read = add(read, readAll(connection, DAY_PLANS, 0, organizationId, firstDay, lastDay, firstId, lastId));
                    read = add(read, readAll(connection, BOOKINGS, 0, organizationId, firstDay, lastDay, firstId, lastId));
                    read = add(read, readAll(connection, DETECTIONS, 0, organizationId,
                            firstDay.atStartOfDay().atOffset(ZoneOffset.UTC),
                            lastDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), firstId, lastId));
                    fromUser = lastId + 1;
                    if (people.size() < USERS_PER_CHUNK) {
                        break;
                    }
                }
                rows = read[0];
                characters = read[1];
                connection.rollback();
            }
            return new Timing((System.nanoTime() - start) / 1e9, Double.NaN, rows, characters);
        }

        private static long[] add(long[] a, long[] b) {
            return new long[]{a[0] + b[0], a[1] + b[1]};
        }

        private static long[] readAll(Connection connection, String sql, int maxRows, Object... parameters)
                throws Exception {
            return readAll(connection, sql, maxRows, null, parameters);
        }

        /** Every column of every row; the first column collected into {@code ids} when given. Returns rows, chars. */
        private static long[] readAll(Connection connection, String sql, int maxRows, List<Long> ids,
                                      Object... parameters) throws Exception {
            long rows = 0;
            long characters = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                if (maxRows > 0) {
                    statement.setMaxRows(maxRows);
                }
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet row = statement.executeQuery()) {
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        rows++;
                        if (ids != null) {
                            ids.add(row.getLong(1));
                        }
                        for (int c = 1; c <= columns; c++) {
                            String value = row.getString(c);
                            characters += value == null ? 0 : value.length();
                        }
                    }
                }
            }
            return new long[]{rows, characters};
        }
    }

    /** The server JVM's heap, through jcmd (attach API): a full GC, then the heap used. */
    record ServerHeap(long pid) {
        private static final Pattern USED = Pattern.compile("used (\\d+)K");
        private static final Pattern MAX_HEAP = Pattern.compile("MaxHeapSize=(\\d+)");

        double usedAfterFullGcMb() throws IOException, InterruptedException {
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("no 'used' in jcmd GC.heap_info");
            }
            return Long.parseLong(used.group(1)) / 1024.0;
        }

        double maxHeapMb() throws IOException, InterruptedException {
            Matcher max = MAX_HEAP.matcher(jcmd("VM.flags"));
            return max.find() ? Long.parseLong(max.group(1)) / 1024.0 / 1024.0 : Double.NaN;
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        }
    }

    /** {@code jstat -gc <pid> <ms>} in the background: the largest heap used (S0U+S1U+EU+OU) seen while it runs. */
    static final class HeapSampler {
        private final Process jstat;
        private final int millis;
        private final Thread reader;
        private final AtomicLong maxUsedKb = new AtomicLong();

        private HeapSampler(Process jstat, int millis) {
            this.jstat = jstat;
            this.millis = millis;
            this.reader = new Thread(this::read, "jstat reader");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid, int millis) throws IOException {
            return new HeapSampler(new ProcessBuilder("jstat", "-gc", String.valueOf(pid), String.valueOf(millis))
                    .redirectErrorStream(true).start(), millis);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    List<String> fields = List.of(line.trim().split("\\s+"));
                    if (fields.contains("EU")) {
                        header = fields;
                    } else if (header != null && fields.size() == header.size()) {
                        double used = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            used += Double.parseDouble(fields.get(header.indexOf(column)).replace(',', '.'));
                        }
                        long usedKb = (long) used;
                        maxUsedKb.accumulateAndGet(usedKb, Math::max);
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("jstat sampling stopped: " + e);
            }
        }

        double stop() throws InterruptedException {
            Thread.sleep(2L * millis);                        // one more sample after the last request
            jstat.destroy();
            jstat.waitFor();
            reader.join(2000);
            return maxUsedKb.get() / 1024.0;
        }
    }

    /** What else the machine was doing: the load average, and other WildFly servers (another developer's tests). */
    record Surroundings(double loadAverage, long otherWildFlies) {
        static Surroundings now(long serverPid) throws IOException {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            long others = ProcessHandle.allProcesses()
                    .filter(p -> p.pid() != serverPid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                    .count();
            return new Surroundings(load, others);
        }

        Surroundings worse(Surroundings other) {
            return new Surroundings(Math.max(loadAverage, other.loadAverage), Math.max(otherWildFlies, other.otherWildFlies));
        }

        String describe() {
            return String.format(Locale.ROOT, "load avg up to %.2f; other WildFly servers running: %d", loadAverage,
                    otherWildFlies);
        }
    }

    record Report(String dataSet, LocalDate firstDay, LocalDate lastDay, int runs, int warmups, List<Timing> server,
                  List<Timing> curl, List<Timing> sql, List<Timing> serverQueries, Tally serverTally, Tally sqlTally, double heapBefore, double heapMaxDuring, double heapAfter,
                  double maxHeap, Surroundings surroundings) {

        static double[] minMedianMax(List<Timing> timings) {
            List<Double> seconds = new ArrayList<>(timings.stream().map(Timing::seconds).toList());
            Collections.sort(seconds);
            int n = seconds.size();
            double median = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
            return new double[]{seconds.get(0), median, seconds.get(n - 1)};
        }

        static String seconds(double[] minMedianMax) {
            return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", minMedianMax[0], minMedianMax[1], minMedianMax[2]);
        }

        /** Server time over the time of the given JDBC runs, medians. */
        double ratioTo(List<Timing> jdbc) {
            return minMedianMax(server)[1] / minMedianMax(jdbc)[1];
        }

        boolean agree() {
            return serverTally.equals(sqlTally);
        }

        void print() {
            double[] s = minMedianMax(server);
            double[] q = minMedianMax(sql);
            Timing typical = server.get(server.size() / 2);
            List<Double> firstBytes = new ArrayList<>(server.stream().map(Timing::firstByteSeconds).sorted().toList());
            System.out.println();
            System.out.printf("Warehouse attendance benchmark: %s (%s..%s), %d timed runs after %d warm-ups%n",
                    dataSet, firstDay, lastDay, runs, warmups);
            System.out.printf(Locale.ROOT, "  rows                      server %d, SQL %d; %s%n", typical.rows(),
                    sql.get(0).rows(), agree() ? "plan, depth and attendance tallies agree"
                            : "MISMATCH server " + serverTally + " vs SQL " + sqlTally);
            System.out.printf(Locale.ROOT, "  (a) server GET, s         min / median / max  %s   (first byte after %.2f s median;"
                    + " %.1f MB of JSON; %.0f rows/s)%n", seconds(s), firstBytes.get(firstBytes.size() / 2),
                    typical.bytes() / 1e6, typical.rows() / s[1]);
            System.out.printf(Locale.ROOT, "  (a') the same GET by curl  min / median / max  %s   (to /dev/null;"
                    + " %s)%n", seconds(minMedianMax(curl)), curl.get(0).bytes() == typical.bytes() ? "same bytes"
                    : "BYTES DIFFER: " + curl.get(0).bytes());
            System.out.printf(Locale.ROOT, "  (b) one SQL query, s      min / median / max  %s   (JDBC, fetch size %d)%n",
                    seconds(q), FETCH_SIZE);
            System.out.printf(Locale.ROOT, "  (b') server's queries, s  min / median / max  %s   (4 per %d people;"
                    + " %d rows read, no JSON)%n", seconds(minMedianMax(serverQueries)), ServerQueries.USERS_PER_CHUNK,
                    serverQueries.get(0).rows());
            System.out.printf(Locale.ROOT, "      server / JDBC         %.1f× one query, %.1f× the server's queries"
                    + " (medians)%n", ratioTo(sql), ratioTo(serverQueries));
            System.out.printf(Locale.ROOT, "  (c) server heap used, MB  before %.0f, max during %.0f (jstat samples),"
                    + " after %.0f (before/after: after a full GC; max heap %.0f)%n", heapBefore, heapMaxDuring,
                    heapAfter, maxHeap);
            System.out.println("  machine                   " + surroundings.describe());
        }

        void append(Path results, String machine, String note) throws IOException {
            if (!Files.exists(results)) {
                Files.writeString(results, """
                        # Warehouse attendance benchmark results

                        Appended by `bench/warehouse-attendance.sh` (see `bench/README.md`). Times are seconds,
                        min / median / max of the timed runs (5 unless said) after warm-ups. Heap is the WildFly JVM's, in MB:
                        used after a full GC before and after the requests, and the largest used (garbage included)
                        sampled by `jstat` during them. "Load" is the 1-minute load average seen around the runs;
                        other WildFly servers are another developer's test runs sharing the CPUs.

                        (a) is the GET read by a Java client (HttpURLConnection) that counts the rows, (a') the same
                        GET by `curl -o /dev/null`; (b) is the same information by one SQL query over JDBC, (b') the
                        server's own queries over JDBC without assembling rows or writing JSON; the ratios are
                        (a) / (b) and (a) / (b').

                        | date (UTC) | machine | data | rows | (a) server GET s | (a') by curl s | (b) one SQL query s | (b') server's queries s | server / (b), / (b') | heap MB before / max during / after (max heap) | surroundings, notes |
                        |---|---|---|---|---|---|---|---|---|---|---|
                        """);
            }
            String notes = surroundings.describe() + (agree() ? "" : "; ROWS DISAGREE")
                    + (runs == 5 ? "" : "; " + runs + " runs") + (note.isBlank() ? "" : "; " + note);
            String line = String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %.1f×, %.1f× |"
                            + " %.0f / %.0f / %.0f (%.0f) | %s |%n",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atOffset(ZoneOffset.UTC)),
                    machine, dataSet, server.get(0).rows(), seconds(minMedianMax(server)), seconds(minMedianMax(curl)),
                    seconds(minMedianMax(sql)),
                    seconds(minMedianMax(serverQueries)), ratioTo(sql), ratioTo(serverQueries), heapBefore,
                    heapMaxDuring, heapAfter, maxHeap, notes);
            Files.writeString(results, line, StandardOpenOption.APPEND);
            System.out.println("appended to " + results);
        }
    }
}
