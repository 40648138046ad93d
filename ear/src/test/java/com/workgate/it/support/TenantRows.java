package com.workgate.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many rows each table holds for one organization (tables without an organization column: in all), read
 * straight from the server's database, so that a refused request can be shown to have stored nothing.
 * Bookkeeping of authentication (failure counters, replay memory, signing keys) is left out: it changes by design.
 */
public final class TenantRows implements AutoCloseable {

    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "auth_failure", "auth_replay", "signing_key");

    private final Connection connection;
    private final long organizationId;
    private final Map<String, PreparedStatement> counts = new TreeMap<>();

    public TenantRows(long organizationId) throws SQLException {
        this.connection = Database.connect();
        this.organizationId = organizationId;
        Set<String> scoped = new HashSet<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase("organization_id")
                        && "public".equalsIgnoreCase(columns.getString("TABLE_SCHEM"))) {
                    scoped.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("public".equalsIgnoreCase(rows.getString("TABLE_SCHEM"))
                        && ("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type))) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String table : tables) {
            if (BOOKKEEPING.contains(table)) {
                continue;
            }
            counts.put(table, connection.prepareStatement(scoped.contains(table)
                    ? "select count(*) from " + table + " where organization_id = " + organizationId
                    : "select count(*) from " + table));
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException("no tables found in the database");
        }
    }

    public Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> snapshot = new TreeMap<>();
        for (Map.Entry<String, PreparedStatement> count : counts.entrySet()) {
            try (ResultSet row = count.getValue().executeQuery()) {
                row.next();
                snapshot.put(count.getKey(), row.getLong(1));
            }
        }
        return snapshot;
    }

    /** {@code table +n} for each table that changed, or empty. */
    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changes = new StringBuilder();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changes.append(changes.isEmpty() ? "" : ", ").append(table).append(delta > 0 ? " +" : " ").append(delta);
            }
        });
        return changes.toString();
    }

    /** {@code table +n} for each table that gained rows, or empty. */
    public static String added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new TreeMap<>();
        after.forEach((table, count) -> grown.put(table, Math.max(count, before.getOrDefault(table, 0L))));
        return difference(before, grown);
    }

    public long organizationId() {
        return organizationId;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
