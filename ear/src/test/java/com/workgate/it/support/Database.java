package com.workgate.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
}
