package com.workgate.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The view auth publishes of its directory ({@code auth_current_person}, migration V1_3) agrees with how the
 * entity stores a person: checked on H2 after the real migrations. The warehouse ITs read it on PostgreSQL too.
 */
class CurrentPersonViewTest {

    private static final long ORGANIZATION = 1;
    private static final WeeklyPlan ALL_REMOTE = WeeklyPlan.parse("rrrrrrr");
    private static final String PLAN_COLUMNS = "plan_mon, plan_tue, plan_wed, plan_thu, plan_fri, plan_sat, plan_sun";

    private static Connection db;
    private static long nextId = 100;

    @BeforeAll
    static void migrate() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:current-person;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        db = h2.getConnection();
        db.createStatement().execute("insert into organization (id, name, account_name, country, time_zone, system_org,"
                + " created_at) values (" + ORGANIZATION + ", 'Org', 'org', 'PL', 'UTC', false, current_timestamp)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** A user row as {@code User} stores it; returns its id. */
    private static long user(WeeklyPlan plan, String status, String pinHash, String timeClockKey, boolean deleted)
            throws SQLException {
        long id = nextId++;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into app_user (id, organization_id, email, first_name, last_name, status, weekly_plan, pin_hash,
                                      timeclock_key, deleted_at, created_at, updated_at)
                values (?, ?, ?, 'First', 'Last', ?, ?, ?, ?, ?, current_timestamp, current_timestamp)""")) {
            insert.setLong(1, id);
            insert.setLong(2, ORGANIZATION);
            insert.setString(3, deleted ? null : "p" + id + "@example.com");
            insert.setString(4, status);
            insert.setString(5, plan.letters());
            insert.setString(6, pinHash);
            insert.setString(7, timeClockKey);
            insert.setObject(8, deleted ? OffsetDateTime.now() : null);
            insert.executeUpdate();
        }
        return id;
    }

    private static List<String> row(long userId, String columns) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(
                "select " + columns + " from auth_current_person where user_id = " + userId)) {
            List<String> values = new ArrayList<>();
            if (row.next()) {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(row.getString(i));
                }
            }
            return values;
        }
    }

    @Test
    void eachWeekdayColumnHoldsThatWeekdaysPlan() throws SQLException {
        for (DayOfWeek officeDay : DayOfWeek.values()) {
            String wireDay = officeDay.name().substring(0, 3).toLowerCase(Locale.ROOT);
            long id = user(WeeklyPlan.fromWire(Map.of(wireDay, "o"), ALL_REMOTE), "active", null, null, false);
            List<String> expected = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                expected.add(day == officeDay ? "o" : "r");
            }
            assertEquals(expected, row(id, PLAN_COLUMNS), "office on " + officeDay + " only");
        }
        long away = user(WeeklyPlan.parse("oraoraa"), "active", null, null, false);
        assertEquals(List.of("o", "r", "a", "o", "r", "a", "a"), row(away, PLAN_COLUMNS));
    }

    @Test
    void aPersonIsCurrentUntilDeletedWhateverTheirStatus() throws SQLException {
        long active = user(WeeklyPlan.DEFAULT, "active", null, null, false);
        long inactive = user(WeeklyPlan.DEFAULT, "inactive", null, null, false);
        long deleted = user(WeeklyPlan.DEFAULT, "active", null, null, true);
        assertEquals(List.of(String.valueOf(active), String.valueOf(ORGANIZATION), "active", "First", "Last"),
                row(active, "user_id, organization_id, status, first_name, last_name"));
        assertEquals(List.of("inactive"), row(inactive, "status"));
        assertTrue(row(deleted, "user_id").isEmpty(), "a deleted person is not current");
    }

    @Test
    void onboardedMeansAPinOrATimeClockKeyWithoutShowingEither() throws SQLException {
        assertEquals(List.of("TRUE"), row(user(WeeklyPlan.DEFAULT, "active", "$2a$hash", null, false), "onboarded"));
        assertEquals(List.of("TRUE"), row(user(WeeklyPlan.DEFAULT, "active", null, "ciphertext", false), "onboarded"));
        assertEquals(List.of("TRUE"), row(user(WeeklyPlan.DEFAULT, "active", "$2a$hash", "ciphertext", false), "onboarded"));
        assertEquals(List.of("FALSE"), row(user(WeeklyPlan.DEFAULT, "active", null, null, false), "onboarded"));
        try (ResultSet columns = db.getMetaData().getColumns(null, null, "AUTH_CURRENT_PERSON", null)) {
            while (columns.next()) {
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                assertFalse(column.contains("pin") || column.contains("key") || column.contains("deleted"), column);
            }
        }
    }
}
