package com.workgate.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Direct JDBC access to the database the server under test uses (H2 file in server mode, or PostgreSQL). */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        if ("postgresql".equals(System.getProperty("workgate.db"))) {
            return DriverManager.getConnection(System.getProperty("workgate.postgresql.url"),
                    System.getProperty("workgate.postgresql.user"), "");
        }
        return DriverManager.getConnection(System.getProperty("workgate.h2.url"), "sa", "sa");
    }

    /** The single number a query answers, e.g. a count. */
    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The rows a query answers, each as its columns in text. */
    public static List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rows.getString(c));
                    }
                    result.add(row);
                }
            }
        }
        return result;
    }

    /** Every value of one column, as text. */
    public static List<String> column(String table, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + column + " from " + table)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** How many of the event ids are stored as presence events of the source; closes the connection. */
    public static long storedPresenceEvents(Connection connection, String source, Set<String> eventIds) throws SQLException {
        try (connection; var query = connection.prepareStatement("select event_id from presence_event where source_id = ?")) {
            query.setString(1, source);
            long found = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (eventIds.contains(rows.getString(1))) {
                        found++;
                    }
                }
            }
            return found;
        }
    }
}
