package com.workgate.auth.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One look-up for a whole batch of events ({@code ... in (?, ?, ...)}), in plain SQL: with up to a hundred values,
 * Hibernate's handling of the parameter list cost several times the query itself (a third of the server's time
 * per request in the ingestion benchmark). Shared by the modules that answer such look-ups over their own tables.
 */
@ApplicationScoped
public class BatchLookup {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** Reads one row of a look-up. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code sql}, in which {@code (:values)} stands for the list, with the leading parameters first; an empty
     * list finds nothing and asks the database nothing.
     * The list is given whole: callers bound it (an event batch holds at most a hundred events).
     */
    public void query(String sql, List<Object> leading, Collection<?> values, Row row) {
        if (values.isEmpty()) {
            return;
        }
        String expanded = sql.replace("(:values)", values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")")));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(expanded)) {
            int index = 1;
            for (Object value : leading) {
                statement.setObject(index++, value);
            }
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("look-up failed: " + sql, e);
        }
    }
}
