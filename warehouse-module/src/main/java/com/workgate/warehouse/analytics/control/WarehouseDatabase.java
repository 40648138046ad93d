package com.workgate.warehouse.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Read-only JDBC for the warehouse: results are fetched in pages of rows from a server-side cursor (PostgreSQL
 * needs a transaction for that), so a large answer streams through without being held in memory.
 */
@ApplicationScoped
public class WarehouseDatabase {

    private static final int FETCH_SIZE = 1000;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** Handles each row; stops early when the handler says so. */
    public interface RowHandler {
        boolean handle(ResultSet row) throws SQLException, IOException;
    }

    /** Work that needs several queries on one connection. */
    public interface Work {
        void run(Connection connection) throws SQLException, IOException;
    }

    public void withConnection(Work work) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse query failed", e);
        }
    }

    public static void query(Connection connection, String sql, List<Object> parameters, int maxRows, RowHandler handler)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            }
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof Instant instant) {
                    statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!handler.handle(rows)) {
                        return;
                    }
                }
            }
        }
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** A numeric id column as the wire shows ids: a JSON string (Calven documents every id as one), or null. */
    public static String nullableId(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : String.valueOf(value);
    }

    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
