package com.workgate.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V1_9 on H2: existing emails get their key, and the unique key then refuses the same email in another case
 * within an organization (the PostgreSQL side runs in every IT).
 */
class EmailKeyMigrationTest {

    @Test
    void existingRowsAreKeyedAndACaseVariantIsRefused() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:email-key;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("1.7").load().migrate();
        try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("insert into organization (id, name, account_name, country, time_zone, system_org, created_at)"
                    + " values (1, 'Org', 'org', 'PL', 'UTC', false, current_timestamp)");
            sql.execute(userRow(10, "Ada@Example.com", "null"));
            Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

            var keyed = sql.executeQuery("select email, email_key from app_user where id = 10");
            keyed.next();
            assertEquals("Ada@Example.com", keyed.getString(1));
            assertEquals("ada@example.com", keyed.getString(2));

            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> sql.execute(userRow(11, "ADA@example.com", "'ada@example.com'")));
            assertEquals("23505", refused.getSQLState());
        }
    }

    private static String userRow(long id, String email, String emailKeyLiteral) {
        String keyColumn = emailKeyLiteral.equals("null") ? "" : ", email_key";
        String keyValue = emailKeyLiteral.equals("null") ? "" : ", " + emailKeyLiteral;
        return "insert into app_user (id, organization_id, email, first_name, last_name, status, weekly_plan, created_at,"
                + " updated_at" + keyColumn + ") values (" + id + ", 1, '" + email + "', 'F', 'L', 'active', 'ooooorr',"
                + " current_timestamp, current_timestamp" + keyValue + ")";
    }
}
