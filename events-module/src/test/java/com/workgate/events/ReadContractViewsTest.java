package com.workgate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views events publishes for other modules' reads (migration V2_3), on H2 after the real migrations of auth
 * and events: what each one leaves out and how it names things. The warehouse ITs read them on PostgreSQL too.
 */
class ReadContractViewsTest {

    private static Connection db;

    @BeforeAll
    static void workplace() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:read-contract-views;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        db = h2.getConnection();
        try (Statement insert = db.createStatement()) {
            for (String row : List.of(
                    "organization values (1, 'Org', 'org', 'PL', 'UTC', false, current_timestamp)",
                    "app_user (id, organization_id, email, first_name, last_name, status, weekly_plan, created_at,"
                            + " updated_at) values (7, 1, 'ann@example.com', 'Ann', 'Lee', 'active', 'ooooorr',"
                            + " current_timestamp, current_timestamp)",
                    "location values (10, 1, 'LON', 'London', 'Strand 1', 'ACTIVE', true)",
                    "location values (11, 1, 'PAR', 'Paris', null, 'INACTIVE', false)",
                    "level values (20, 1, 10, 'L1', 'First', false)",
                    "level values (21, 1, 10, 'L9', 'Closed floor', true)",
                    "zone values (30, 1, 20, 'Z1', 'North', false)",
                    "zone values (31, 1, 20, 'Z2', 'Old wing', true)",
                    "zone values (32, 1, 21, 'Z3', 'On the closed floor', false)",
                    "place values (40, 1, 30, 'D1', 'Desk 1', 'DESK', 7, false)",
                    "place values (41, 1, 30, 'S1', 'Room 1', 'SPACE', null, false)",
                    "place values (42, 1, 31, 'D2', 'Old desk', 'DESK', null, true)",
                    "booking values (50, 1, 7, date '2026-11-02', 10, null, null, 1, current_timestamp)",
                    "booking values (51, 1, 7, date '2026-11-03', 10, 30, null, 2, current_timestamp)",
                    "booking values (52, 1, 7, date '2026-11-04', 10, 30, 40, 3, current_timestamp)",
                    "presence_event values (60, 1, 'lobby', 'e1', timestamp '2026-11-02 09:00:00', 'location', 'LON', 10,"
                            + " 7, null, current_timestamp)",
                    "presence_event values (61, 1, 'lobby', 'e2', timestamp '2026-11-02 09:01:00', 'level', 'L1', 10, 7,"
                            + " null, current_timestamp)",
                    "presence_event values (62, 1, 'lobby', 'e3', timestamp '2026-11-02 09:02:00', 'zone', 'Z1', 10, 7,"
                            + " null, current_timestamp)",
                    "presence_event values (63, 1, 'lobby', 'e4', timestamp '2026-11-02 09:03:00', 'place', 'D1', 10, 7,"
                            + " null, current_timestamp)",
                    "presence_event values (64, 1, 'lobby', 'e5', timestamp '2026-11-02 09:04:00', 'space', 'S1', 10, 7,"
                            + " null, current_timestamp)")) {
                insert.execute("insert into " + row);
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Each row's columns joined by spaces, nulls as "-". */
    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(row.getString(i) == null ? "-" : row.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    @Test
    void locationsReadTheirStatusAsTheApiWritesIt() throws SQLException {
        assertEquals(List.of("10 LON London active TRUE", "11 PAR Paris inactive FALSE"), rows("""
                select location_pk, location_id, name, status, has_presence_source from events_location
                where organization_id = 1 order by location_pk"""));
    }

    @Test
    void theLocationTreeLeavesOutArchivedLevelsAndZonesAndKeepsALocationWithoutLevels() throws SQLException {
        assertEquals(List.of("10 LON London L1 First Z1 North", "11 PAR Paris - - - -"), rows("""
                select location_pk, location_id, location_name, level_id, level_name, zone_id, zone_name
                from events_location_tree where organization_id = 1 order by location_pk, level_id, zone_id"""));
    }

    @Test
    void placesKeepArchivedOnesWithWhereTheyAre() throws SQLException {
        assertEquals(List.of("40 D1 Desk 1 desk FALSE 7 Z1 North L1 First LON",
                "41 S1 Room 1 space FALSE - Z1 North L1 First LON",
                "42 D2 Old desk desk TRUE - Z2 Old wing L1 First LON"), rows("""
                select place_pk, place_id, name, kind, archived, assigned_user_id, zone_id, zone_name, level_id,
                       level_name, location_id
                from events_place where organization_id = 1 order by place_pk"""));
    }

    @Test
    void bookingsNameWhatTheyBookedAtEachDepth() throws SQLException {
        assertEquals(List.of("2026-11-02 1 10 LON London - - - - - -",
                "2026-11-03 2 10 LON London L1 First Z1 North - -",
                "2026-11-04 3 10 LON London L1 First Z1 North D1 Desk 1"), rows("""
                select on_day, depth, location_pk, location_id, location_name, level_id, level_name, zone_id, zone_name,
                       place_id, place_name
                from events_booking where organization_id = 1 and user_id = 7 order by on_day"""));
    }

    @Test
    void detectionsNameTheThingTheEventNamedAndTheLocationItIsIn() throws SQLException {
        assertEquals(List.of("e1 location LON London 10 LON", "e2 level L1 First 10 LON", "e3 zone Z1 North 10 LON",
                "e4 place D1 Desk 1 10 LON", "e5 space S1 Room 1 10 LON"), rows("""
                select event_id, location_type, location_ref, location_ref_name, location_pk, location_id
                from events_presence where organization_id = 1 and user_id = 7 order by presence_pk"""));
    }
}
