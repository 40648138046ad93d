package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Loads the benchmark's data set into a running Workgate whose database is PostgreSQL.
 *
 * <p>Through the admin API (so that secrets are encrypted by the server): one organization, its WAREHOUSE key and
 * three offices with levels, zones and desks. Then, straight into the tables by JDBC batch inserts: the people
 * (weekly plan, primary location), and for every person-day a day plan where it differs from the weekly plan,
 * a booking at depth 1, 2 or 3 for most office days, and a few presence events for most detected days.
 *
 * <p>Ids come from the tables' own sequences: for each sequence the loader takes one {@code nextval}, keeps the
 * block that starts one increment above it, and moves the sequence past the block with {@code setval}. Hibernate
 * on the server hands out ids below a value it got from {@code nextval} (pooled optimizer), so neither the ids the
 * server holds already nor the ones it gets later can meet the loaded rows. The server is idle while this runs.
 *
 * <p>Writes what the measuring step needs (organization, warehouse key and secret, dates) to a properties file.
 */
public class LoadAttendanceData {

    /** An office as created through the admin API: levels × zones per level × desks per zone, one room per zone. */
    record OfficeLayout(String locationId, String name, boolean hasPresenceSource, int levels, int zonesPerLevel,
                        int desksPerZone) {
    }

    static final List<OfficeLayout> OFFICES = List.of(
            new OfficeLayout("LON", "London HQ", true, 4, 5, 20),
            new OfficeLayout("NYC", "New York", true, 2, 5, 20),
            new OfficeLayout("PAR", "Paris", false, 1, 2, 10));

    /** Weekly plans (Monday first) that people get, equally often. */
    static final List<String> WEEKLY_PLANS = List.of("oooooaa", "ooorraa", "oororaa", "rooroaa", "ooooraa", "rrrrraa");

    static final double OWN_DAY_PLAN_SHARE = 0.08;      // a day plan that differs from the weekly plan
    static final double OFFICE_DAY_BOOKED_SHARE = 0.65; // office days with a booking
    static final double REMOTE_DAY_BOOKED_SHARE = 0.02; // remote days booked anyway (the booking makes them office)
    static final double OFFICE_DAY_DETECTED_SHARE = 0.80;
    static final double WALK_IN_SHARE = 0.03;
    static final String SOURCE_ID = "bench-sensors";

    record Settings(String baseUrl, String adminKey, String adminSecret, String jdbcUrl, String jdbcUser,
                    String jdbcPassword, int users, LocalDate firstDay, int days, long seed, Path tenantFile) {

        static Settings fromSystemProperties() {
            return new Settings(Figures.required("bench.baseUrl"), Figures.required("bench.adminKey"),
                    Figures.required("bench.adminSecret"),
                    Figures.required("bench.jdbcUrl"), Figures.required("bench.jdbcUser"), System.getProperty("bench.jdbcPassword", ""),
                    Integer.parseInt(System.getProperty("bench.users", "5000")),
                    LocalDate.parse(System.getProperty("bench.firstDay", "2025-11-03")),
                    Integer.parseInt(System.getProperty("bench.days", "30")),
                    Long.parseLong(System.getProperty("bench.seed", "42")),
                    Path.of(Figures.required("bench.tenantFile")));
        }

        LocalDate lastDay() {
            return firstDay.plusDays(days - 1);
        }
    }

    record Desk(long pk, String placeId, long zonePk) {
    }

    record Zone(long pk, String zoneId, String levelId, List<Desk> desks) {
    }

    record Office(int index, long pk, String locationId, boolean hasPresenceSource, List<Zone> zones, List<Desk> desks) {
    }

    record Person(long id, String weeklyPlan, Office primary) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Instant started = Instant.now();
        WorkgateApi api = new WorkgateApi(settings.baseUrl());

        String systemToken = api.token(settings.adminKey(), settings.adminSecret());
        JsonNode organization = api.send("POST", "/v1/admin/organizations", systemToken, Map.of("name", "Bench Org",
                "accountName", "bench", "country", "GB", "timeZone", "UTC"), 201);
        long organizationId = organization.get("organizationId").asLong();
        String tenantToken = api.token(organization.get("adminKey").get("apiKey").asText(),
                organization.get("adminKey").get("secret").asText());
        for (OfficeLayout office : OFFICES) {
            api.send("PUT", "/v1/admin/locations/" + office.locationId(), tenantToken, locationBody(office), 200);
        }
        JsonNode warehouseKey = api.send("POST", "/v1/admin/keys", tenantToken,
                Map.of("name", "bench warehouse", "role", "WAREHOUSE", "authentication", "HMAC_ONLY"), 201);
        System.out.printf("organization %d, its WAREHOUSE key and %d offices created through the admin API%n",
                organizationId, OFFICES.size());

        DataSetCounts counts;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl() + "?reWriteBatchedInserts=true",
                settings.jdbcUser(), settings.jdbcPassword())) {
            List<Office> offices = readOffices(connection, organizationId);
            counts = new BulkLoader(connection, settings, organizationId, offices).load();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze app_user, day_plan, booking, presence_event");
            }
        }
        System.out.printf("loaded in %.1f s: %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, counts);

        Properties tenant = new Properties();
        tenant.setProperty("organizationId", String.valueOf(organizationId));
        tenant.setProperty("warehouseKey", warehouseKey.get("apiKey").asText());
        tenant.setProperty("warehouseSecret", warehouseKey.get("secret").asText());
        tenant.setProperty("firstDay", settings.firstDay().toString());
        tenant.setProperty("lastDay", settings.lastDay().toString());
        tenant.setProperty("users", String.valueOf(settings.users()));
        tenant.setProperty("days", String.valueOf(settings.days()));
        tenant.setProperty("counts", counts.toString());
        try (OutputStream out = Files.newOutputStream(settings.tenantFile())) {
            tenant.store(out, "written by LoadAttendanceData; holds a secret of a throw-away benchmark database");
        }
    }

    /** The body of {@code PUT /v1/admin/locations/{id}}. */
    static Map<String, Object> locationBody(OfficeLayout office) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int l = 1; l <= office.levels(); l++) {
            String levelId = office.locationId() + "-L" + l;
            List<Map<String, Object>> zones = new ArrayList<>();
            for (int z = 1; z <= office.zonesPerLevel(); z++) {
                String zoneId = levelId + "-Z" + z;
                List<Map<String, Object>> places = new ArrayList<>();
                for (int d = 1; d <= office.desksPerZone(); d++) {
                    places.add(Map.of("placeId", zoneId + "-D" + d, "name", "Desk " + l + "." + z + "." + d, "kind", "desk"));
                }
                places.add(Map.of("placeId", zoneId + "-R1", "name", "Room " + l + "." + z, "kind", "space"));
                zones.add(Map.of("zoneId", zoneId, "name", "Zone " + l + "." + z, "places", places));
            }
            levels.add(Map.of("levelId", levelId, "name", "Level " + l, "zones", zones));
        }
        return Map.of("name", office.name(), "address", "1 Bench Street", "status", "active",
                "hasPresenceSource", office.hasPresenceSource(), "levels", levels);
    }

    /** The offices as the server stored them, with the primary keys that the loaded rows refer to. */
    static List<Office> readOffices(Connection connection, long organizationId) throws SQLException {
        Map<Long, Office> offices = new LinkedHashMap<>();
        Map<Long, Zone> zones = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select l.id, l.location_id, l.has_presence_source, v.level_id, z.id, z.zone_id, p.id, p.place_id
                from location l join level v on v.location_pk = l.id join zone z on z.level_pk = v.id
                left join place p on p.zone_pk = z.id and p.kind = 'DESK'
                where l.organization_id = ? order by l.id, v.id, z.id, p.id""")) {
            query.setLong(1, organizationId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Office office = offices.computeIfAbsent(row.getLong(1), pk -> {
                        try {
                            return new Office(offices.size(), pk, row.getString(2), row.getBoolean(3),
                                    new ArrayList<>(), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long zonePk = row.getLong(5);
                    Zone zone = zones.get(zonePk);
                    if (zone == null) {
                        zone = new Zone(zonePk, row.getString(6), row.getString(4), new ArrayList<>());
                        zones.put(zonePk, zone);
                        office.zones().add(zone);
                    }
                    long deskPk = row.getLong(7);
                    if (!row.wasNull()) {
                        Desk desk = new Desk(deskPk, row.getString(8), zonePk);
                        zone.desks().add(desk);
                        office.desks().add(desk);
                    }
                }
            }
        }
        return new ArrayList<>(offices.values());
    }

    /** What was inserted. */
    static final class DataSetCounts {
        long users;
        long personDays;
        long dayPlans;
        long[] bookingsByDepth = new long[4];
        long detectedPersonDays;
        long presenceEvents;

        @Override
        public String toString() {
            return String.format("%d users, %d person-days, %d day plans, %d bookings (depth 1/2/3: %d/%d/%d),"
                            + " %d detected person-days, %d presence events", users, personDays, dayPlans,
                    bookingsByDepth[1] + bookingsByDepth[2] + bookingsByDepth[3], bookingsByDepth[1], bookingsByDepth[2],
                    bookingsByDepth[3], detectedPersonDays, presenceEvents);
        }
    }

    /** Generates the people and their days from a seeded random source and batch-inserts them. */
    static final class BulkLoader {
        private static final int BATCH = 5000;
        private static final int PEOPLE_PER_BATCH = 100;   // ≈ 3,000 person-days, their plans, bookings and events
        private static final int PEOPLE_PER_COMMIT = 1000;
        private static final int MAX_EVENTS_PER_DAY = 4;

        private final Connection connection;
        private final Settings settings;
        private final long organizationId;
        private final List<Office> offices;
        private final Random random;
        private final DataSetCounts counts = new DataSetCounts();
        private final int[][] desksTaken;
        private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        private long nextUserId;
        private long nextPlanId;
        private long nextEventId;

        BulkLoader(Connection connection, Settings settings, long organizationId, List<Office> offices) {
            this.connection = connection;
            this.settings = settings;
            this.organizationId = organizationId;
            this.offices = offices;
            this.random = new Random(settings.seed());
            this.desksTaken = new int[offices.size()][settings.days()];
        }

        DataSetCounts load() throws SQLException {
            connection.setAutoCommit(false);
            long personDays = (long) settings.users() * settings.days();
            nextUserId = reserveIds("app_user_seq", settings.users());
            nextPlanId = reserveIds("plan_seq", 2 * personDays);                 // a day plan and a booking at most
            nextEventId = reserveIds("event_seq", MAX_EVENTS_PER_DAY * personDays);
            connection.commit();

            List<Person> people = insertPeople();
            try (PreparedStatement dayPlans = connection.prepareStatement(
                    "insert into day_plan (id, organization_id, user_id, on_day, plan, updated_at) values (?, ?, ?, ?, ?, ?)");
                 PreparedStatement bookings = connection.prepareStatement("insert into booking (id, organization_id,"
                         + " user_id, on_day, location_pk, zone_pk, place_pk, depth, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement presence = connection.prepareStatement("insert into presence_event (id, organization_id,"
                         + " source_id, event_id, occurred_at, location_type, location_ref, location_pk, user_id,"
                         + " source_user_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)")) {
                Batches batches = new Batches(dayPlans, bookings, presence);
                for (int i = 0; i < people.size(); i++) {
                    for (int d = 0; d < settings.days(); d++) {
                        personDay(people.get(i), d, batches);
                    }
                    if ((i + 1) % PEOPLE_PER_BATCH == 0) {
                        batches.flush();
                    }
                    if ((i + 1) % PEOPLE_PER_COMMIT == 0) {
                        connection.commit();
                        System.out.printf("  %d people loaded%n", i + 1);
                    }
                }
                batches.flush();
            }
            connection.commit();
            return counts;
        }

        /** The first id of a block of {@code count} ids that the server will never hand out (see the class comment). */
        private long reserveIds(String sequence, long count) throws SQLException {
            long increment;
            try (PreparedStatement query = connection.prepareStatement(
                    "select increment_by from pg_sequences where sequencename = ?")) {
                query.setString(1, sequence);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    increment = row.getLong(1);
                }
            }
            long taken = singleLong("select nextval('" + sequence + "')");
            long first = taken + increment;
            long last = first + count - 1;
            singleLong("select setval('" + sequence + "', " + (last + increment) + ")");
            System.out.printf("  ids %d..%d reserved from %s%n", first, last, sequence);
            return first;
        }

        private long singleLong(String sql) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        private List<Person> insertPeople() throws SQLException {
            List<Person> people = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("insert into app_user (id, organization_id, email,"
                    + " first_name, last_name, user_name, status, primary_location_id, primary_group_id, weekly_plan,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < settings.users(); i++) {
                    Person person = new Person(nextUserId++, WEEKLY_PLANS.get(random.nextInt(WEEKLY_PLANS.size())),
                            primaryOffice());
                    insert.setLong(1, person.id());
                    insert.setLong(2, organizationId);
                    insert.setString(3, "person" + i + "@bench.example");
                    insert.setString(4, "First" + i);
                    insert.setString(5, "Last" + i);
                    insert.setString(6, "person" + i);
                    insert.setString(7, person.primary() == null ? null : person.primary().locationId());
                    insert.setString(8, "G" + (i % 20));
                    insert.setString(9, person.weeklyPlan());
                    insert.setObject(10, now);
                    insert.setObject(11, now);
                    insert.addBatch();
                    people.add(person);
                    if (people.size() % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            counts.users = people.size();
            return people;
        }

        /** 55 % London, 30 % New York, 10 % Paris, 5 % no primary location. */
        private Office primaryOffice() {
            double r = random.nextDouble();
            return r < 0.55 ? offices.get(0) : r < 0.85 ? offices.get(1) : r < 0.95 ? offices.get(2) : null;
        }

        private void personDay(Person person, int dayIndex, Batches batches) throws SQLException {
            LocalDate day = settings.firstDay().plusDays(dayIndex);
            counts.personDays++;
            char plan = person.weeklyPlan().charAt(day.getDayOfWeek().getValue() - 1);
            boolean ownDayPlan = false;
            if (random.nextDouble() < OWN_DAY_PLAN_SHARE) {
                plan = "ora".charAt(random.nextInt(3));
                ownDayPlan = true;
            }
            boolean books = plan == 'o' ? random.nextDouble() < OFFICE_DAY_BOOKED_SHARE
                    : plan == 'r' && random.nextDouble() < REMOTE_DAY_BOOKED_SHARE;
            Office planned = person.primary();
            if (books) {
                planned = person.primary() != null && random.nextDouble() < 0.9 ? person.primary() : anyOffice();
                book(person, day, dayIndex, planned, batches.bookings());
                plan = 'o';             // booking sets the day's plan to office, as the server does
                ownDayPlan = true;
            }
            if (ownDayPlan) {
                batches.dayPlans().setLong(1, nextPlanId++);
                batches.dayPlans().setLong(2, organizationId);
                batches.dayPlans().setLong(3, person.id());
                batches.dayPlans().setObject(4, day);
                batches.dayPlans().setString(5, String.valueOf(plan));
                batches.dayPlans().setObject(6, now);
                batches.dayPlans().addBatch();
                counts.dayPlans++;
            }
            Office seenAt = detectedAt(plan, planned, person);
            if (seenAt != null) {
                detect(person, day, seenAt, batches.presence());
            }
        }

        private Office anyOffice() {
            return offices.get(random.nextInt(offices.size()));
        }

        /** Depth 1 (25 %), 2 (30 %) or 3 (45 %, a desk free that day, else depth 2). */
        private void book(Person person, LocalDate day, int dayIndex, Office office, PreparedStatement insert)
                throws SQLException {
            double r = random.nextDouble();
            int depth = r < 0.25 ? 1 : r < 0.55 ? 2 : 3;
            Long zonePk = null;
            Long deskPk = null;
            if (depth == 3 && desksTaken[office.index()][dayIndex] < office.desks().size()) {
                Desk desk = office.desks().get(desksTaken[office.index()][dayIndex]++);
                deskPk = desk.pk();
                zonePk = desk.zonePk();
            } else if (depth >= 2) {
                depth = 2;
                zonePk = office.zones().get(random.nextInt(office.zones().size())).pk();
            }
            insert.setLong(1, nextPlanId++);
            insert.setLong(2, organizationId);
            insert.setLong(3, person.id());
            insert.setObject(4, day);
            insert.setLong(5, office.pk());
            insert.setObject(6, zonePk, Types.BIGINT);
            insert.setObject(7, deskPk, Types.BIGINT);
            insert.setInt(8, depth);
            insert.setObject(9, day.minusDays(3).atTime(12, 0).atOffset(ZoneOffset.UTC));
            insert.addBatch();
            counts.bookingsByDepth[depth]++;
        }

        /** Where the person was seen that day, if anywhere: mostly the planned office, sometimes a walk-in. */
        private Office detectedAt(char plan, Office planned, Person person) {
            double r = random.nextDouble();
            if (plan == 'o') {
                if (planned != null && planned.hasPresenceSource()) {
                    return r < OFFICE_DAY_DETECTED_SHARE ? planned : null;
                }
                return r < WALK_IN_SHARE ? offices.get(0) : null;  // seen in London instead
            }
            if (r < WALK_IN_SHARE) {
                return person.primary() != null && person.primary().hasPresenceSource() ? person.primary() : offices.get(0);
            }
            return null;
        }

        /** Two to four presence events between 07:00 and 19:00 UTC, naming the office, a level, a zone or a desk. */
        private void detect(Person person, LocalDate day, Office office, PreparedStatement insert) throws SQLException {
            int events = 2 + random.nextInt(MAX_EVENTS_PER_DAY - 1);
            for (int e = 0; e < events; e++) {
                Zone zone = office.zones().get(random.nextInt(office.zones().size()));
                String[] where = switch (random.nextInt(4)) {
                    case 0 -> new String[]{"location", office.locationId()};
                    case 1 -> new String[]{"level", zone.levelId()};
                    case 2 -> new String[]{"zone", zone.zoneId()};
                    default -> new String[]{"place", zone.desks().get(random.nextInt(zone.desks().size())).placeId()};
                };
                OffsetDateTime at = day.atTime(7, 0).atOffset(ZoneOffset.UTC).plusSeconds(random.nextInt(12 * 3600));
                long id = nextEventId++;
                insert.setLong(1, id);
                insert.setLong(2, organizationId);
                insert.setString(3, SOURCE_ID);
                insert.setString(4, "ev-" + id);
                insert.setObject(5, at);
                insert.setString(6, where[0]);
                insert.setString(7, where[1]);
                insert.setLong(8, office.pk());
                insert.setLong(9, person.id());
                insert.setObject(10, at.plusSeconds(30));
                insert.addBatch();
                counts.presenceEvents++;
            }
            counts.detectedPersonDays++;
        }

        /** The three insert statements of the person-days, executed together every {@link #PEOPLE_PER_BATCH} people. */
        private record Batches(PreparedStatement dayPlans, PreparedStatement bookings, PreparedStatement presence) {
            void flush() throws SQLException {
                dayPlans.executeBatch();
                bookings.executeBatch();
                presence.executeBatch();
            }
        }
    }

    /** The few admin calls the loader makes, authenticated the way any client does (HMAC → bearer token). */
}
