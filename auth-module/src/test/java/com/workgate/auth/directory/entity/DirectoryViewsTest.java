package com.workgate.auth.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views auth publishes of groups (V1_7): which groups an organization has and who is placed in them by their
 * attributes. Checked on H2 after the real migrations; DirectoryIT reads them on PostgreSQL too.
 */
class DirectoryViewsTest {

    private static Connection db;
    private static long nextId = 1000;

    @BeforeAll
    static void migrate() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:directory-views;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        db = h2.getConnection();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static long organization() throws SQLException {
        long id = nextId++;
        db.createStatement().execute("insert into organization (id, name, account_name, country, time_zone, system_org,"
                + " created_at) values (" + id + ", 'Org', 'org" + id + "', 'PL', 'UTC', false, current_timestamp)");
        return id;
    }

    private static long person(long organization, String primaryGroupId, boolean deleted) throws SQLException {
        long id = nextId++;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into app_user (id, organization_id, email, first_name, last_name, status, weekly_plan,
                                      primary_group_id, deleted_at, created_at, updated_at)
                values (?, ?, ?, 'F', 'L', 'active', 'ooooorr', ?, ?, current_timestamp, current_timestamp)""")) {
            insert.setLong(1, id);
            insert.setLong(2, organization);
            insert.setString(3, "p" + id + "@example.com");
            insert.setString(4, primaryGroupId);
            insert.setObject(5, deleted ? java.time.OffsetDateTime.now() : null);
            insert.executeUpdate();
        }
        return id;
    }

    private static void group(long organization, String name, String type, String parent, String parentType)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into directory_group (id, organization_id, group_name, group_type, type_key, parent_name, parent_type)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, nextId++);
            insert.setLong(2, organization);
            insert.setString(3, name);
            insert.setString(4, type);
            insert.setString(5, DirectoryGroup.typeKey(type));
            insert.setString(6, parent);
            insert.setString(7, parentType);
            insert.executeUpdate();
        }
    }

    private static void attribute(long organization, long user, String name, String value) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into user_attribute (id, organization_id, user_id, name, name_key, attribute_value, updated_at)
                values (?, ?, ?, ?, ?, ?, current_timestamp)""")) {
            insert.setLong(1, nextId++);
            insert.setLong(2, organization);
            insert.setLong(3, user);
            insert.setString(4, name);
            insert.setString(5, DirectoryGroup.typeKey(name));
            insert.setString(6, value);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(String sql, long organization) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, organization);
            try (ResultSet row = query.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        values.add(row.getString(i));
                    }
                    rows.add(String.join("|", values.stream().map(String::valueOf).toList()));
                }
                return rows;
            }
        }
    }

    private static List<String> groups(long organization) throws SQLException {
        return rows("""
                select group_id, group_type, parent_group_id, parent_group_type from auth_directory_group
                where organization_id = ? order by sort_type, group_id""", organization);
    }

    private static List<String> members(long organization) throws SQLException {
        return rows("select type_key, group_id, user_id from auth_group_member where organization_id = ?"
                + " order by type_key, group_id, user_id", organization);
    }

    @Test
    void departmentAlwaysPlacesAPersonOtherAttributesOnlyWhenTheHierarchyNamesTheirType() throws SQLException {
        long org = organization();
        long ann = person(org, null, false);
        long bob = person(org, null, false);
        attribute(org, ann, "department", "Sales");
        attribute(org, bob, "Department", "Sales");
        attribute(org, ann, "costCenter", "4711");
        attribute(org, bob, "team", "Blue");
        assertEquals(List.of("department|Sales|" + ann, "department|Sales|" + bob), members(org));
        assertEquals(List.of("Sales|department|null|null"), groups(org), "one group for both people");

        group(org, "Blue", "Team", "Sales", "Department");
        group(org, "Sales", "Department", null, null);
        assertEquals(List.of("department|Sales|" + ann, "department|Sales|" + bob, "team|Blue|" + bob), members(org));
        assertEquals(List.of("Sales|Department|null|null", "Blue|Team|Sales|Department"), groups(org),
                "the hierarchy's own spelling and parents; no second row for groups people are in");
    }

    @Test
    void aGroupOnlyPeopleAreInTakesTheHierarchysSpellingOfItsType() throws SQLException {
        long org = organization();
        long ann = person(org, null, false);
        group(org, "Red", "Team", null, null);
        attribute(org, ann, "TEAM", "Green");
        assertEquals(List.of("Green|Team|null|null", "Red|Team|null|null"), groups(org));
    }

    @Test
    void aPrimaryGroupIdNamesAGroupOfItsOwnWhenNothingElseDoes() throws SQLException {
        long org = organization();
        long ann = person(org, "Finance", false);
        person(org, "Finance", false);
        person(org, "Sales", false);
        person(org, "Gone", true);
        attribute(org, ann, "department", "Sales");
        assertEquals(List.of("Finance|null|null|null", "Sales|department|null|null"), groups(org));
    }

    @Test
    void deletedPeopleAreInNoGroupAndOrganizationsAreSeparate() throws SQLException {
        long org = organization();
        long other = organization();
        long gone = person(org, null, true);
        attribute(org, gone, "department", "Sales");
        long elsewhere = person(other, null, false);
        attribute(other, elsewhere, "department", "Legal");
        group(other, "Legal", "department", null, null);
        assertEquals(List.of(), members(org));
        assertEquals(List.of(), groups(org));
        assertEquals(List.of("Legal|department|null|null"), groups(other));
    }
}
