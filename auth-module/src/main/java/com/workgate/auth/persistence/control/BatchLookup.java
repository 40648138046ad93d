package com.workgate.auth.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One look-up for a whole batch of events, in plain SQL: with up to a hundred values, Hibernate's handling of the
 * parameter list cost several times the query itself (a third of the server's time per request in the ingestion
 * benchmark). On PostgreSQL the list is one array parameter ({@code = any(?)}), so the statement's text is the same
 * whatever the list's length and the server prepares and plans it once per connection; elsewhere it is
 * {@code in (?, ?, ...)}. Shared by the modules that answer such look-ups over their own tables.
 */
@ApplicationScoped
public class BatchLookup {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile Boolean postgreSql;

    /** Reads one row of a look-up. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code sql}, in which {@code in (:values)} stands for the list, with the leading parameters first; an empty
     * list finds nothing and asks the database nothing.
     * The list is given whole: callers bound it (an event batch holds at most a hundred events).
     */
    public void query(String sql, List<Object> leading, Collection<?> values, Row row) {
        if (values.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean asArray = isPostgreSql(connection);
            String expanded = asArray ? sql.replace(" in (:values)", " = any(?)")
                    : sql.replace("(:values)", values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")")));
            try (PreparedStatement statement = connection.prepareStatement(expanded)) {
                int index = 1;
                for (Object value : leading) {
                    statement.setObject(index++, value);
                }
                if (asArray) {
                    boolean numbers = values.iterator().next() instanceof Long;
                    statement.setArray(index, connection.createArrayOf(numbers ? "bigint" : "varchar", values.toArray()));
                } else {
                    for (Object value : values) {
                        statement.setObject(index++, value);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        row.read(rows);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("look-up failed: " + sql, e);
        }
    }

    /** Whether the default data source is PostgreSQL (else H2). */
    public boolean isPostgreSql() {
        if (postgreSql == null) {
            try (Connection connection = dataSource.getConnection()) {
                return isPostgreSql(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
        }
        return postgreSql;
    }

    private boolean isPostgreSql(Connection connection) throws SQLException {
        if (postgreSql == null) {
            postgreSql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        return postgreSql;
    }
}
