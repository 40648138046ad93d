package com.workgate.events.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts the rows of a batch of located events on the connection of the caller's transaction, and tells which
 * of them were new. Only this class writes these tables. A row's id comes from {@code event_seq}, which counts in
 * hundreds (for JPA's blocks in other tables): either a value of its own, or, for a batch of at most {@link #ID_BLOCK}
 * rows stored by one plain insert, one value for the batch and the 99 numbers after it, which no other value of the
 * sequence reaches. So ids never repeat within a table.
 */
final class LocatedEventRows {

    /** The increment of {@code event_seq} (migration V2_1): the most rows whose ids one value of it can give. */
    static final int ID_BLOCK = 100;

    private static final String UNIQUE_VIOLATION = "23505";
    /** The columns whose value is the same for every row of a batch, in the order {@link #bindShared} binds them. */
    private static final List<String> SHARED_COLUMNS = List.of("organization_id", "source_id", "received_at");
    /** The columns every located event has that differ from row to row, in the order {@link #bindRow} binds them. */
    private static final List<String> ROW_COLUMNS = List.of("event_id", "occurred_at", "location_type", "location_ref",
            "location_pk");

    /** An event ready to store: its office and person are resolved. */
    record Row<P>(LocatedEvent<P> event, long officePk, Long userId) {
    }

    private LocatedEventRows() {
    }

    /**
     * PostgreSQL, the usual case of a batch none of whose events is stored yet: one plain insert of all its rows,
     * ids from one sequence value. It stores all or nothing; when any event is stored already, or by a concurrent
     * writer that then commits, it fails on the unique key, and this answers null so that the caller uses
     * {@link #insertNew}. A plain insert costs PostgreSQL about a seventh less than {@code on conflict do nothing}
     * ({@code docs/decisions.md}).
     */
    static <P> Set<String> insertIfAllNew(Connection connection, LocatedEventKind<P> kind, long organizationId,
                                          String sourceId, List<Row<P>> rows, Instant receivedAt) throws SQLException {
        if (rows.isEmpty() || rows.size() > ID_BLOCK) {
            return null;
        }
        List<String> columns = rowColumns(kind);
        StringBuilder sql = new StringBuilder("with block as (select nextval('event_seq') as first) insert into ")
                .append(kind.tableName()).append(" (id, ").append(String.join(", ", SHARED_COLUMNS)).append(", ")
                .append(String.join(", ", columns)).append(") select block.first + batch.position")
                .append(", ?".repeat(SHARED_COLUMNS.size()));
        columns.forEach(column -> sql.append(", batch.").append(column));
        sql.append(" from block, (values ");
        String parameters = ", ?".repeat(columns.size());
        for (int position = 0; position < rows.size(); position++) {
            sql.append(position == 0 ? "(" : ", (").append(position).append(parameters).append(')');
        }
        sql.append(") as batch (position, ").append(String.join(", ", columns)).append(')');
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int first = bindShared(insert, 1, organizationId, sourceId, receivedAt);
            for (Row<P> row : rows) {
                bindRow(insert, first, kind, row);
                first += columns.size();
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
        Set<String> stored = new HashSet<>();
        rows.forEach(row -> stored.add(row.event().eventId()));
        return stored;
    }

    /**
     * PostgreSQL: one statement for the whole batch that skips the events this organization and source already
     * stored ({@code on conflict do nothing}, which waits for a concurrent writer of the same event to commit or
     * roll back) and returns the event ids it stored. One round trip and one index probe per event, instead of a
     * look-up, a sequence call and the insert. Only the event's own key may skip a row: were an id ever taken (ids
     * of {@link #insertIfAllNew} blocks, should the sequence's increment change), the insert fails instead of
     * acknowledging an event it did not store.
     */
    static <P> Set<String> insertNew(Connection connection, LocatedEventKind<P> kind, long organizationId, String sourceId,
                                     List<Row<P>> rows, Instant receivedAt) throws SQLException {
        Set<String> stored = new HashSet<>();
        if (rows.isEmpty()) {
            return stored;
        }
        int perRow = dataColumns(kind).size();
        String values = "(nextval('event_seq')" + ", ?".repeat(perRow) + ")";
        String sql = insertInto(kind) + " values " + String.join(", ", Collections.nCopies(rows.size(), values))
                + " on conflict (event_id, organization_id, source_id) do nothing returning event_id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int first = 1;
            for (Row<P> row : rows) {
                bindRow(insert, bindShared(insert, first, organizationId, sourceId, receivedAt), kind, row);
                first += perRow;
            }
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    stored.add(inserted.getString(1));
                }
            }
        }
        return stored;
    }

    /**
     * Other databases (H2): the rows that are not stored yet, by one JDBC batch; a concurrent writer of the same event
     * makes it fail on the unique key, and the caller looks again.
     */
    static <P> Set<String> insertAll(Connection connection, LocatedEventKind<P> kind, long organizationId, String sourceId,
                                     List<Row<P>> rows, Instant receivedAt) throws SQLException {
        Set<String> stored = new HashSet<>();
        if (rows.isEmpty()) {
            return stored;
        }
        String sql = insertInto(kind) + " values (next value for event_seq" + ", ?".repeat(dataColumns(kind).size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Row<P> row : rows) {
                bindRow(insert, bindShared(insert, 1, organizationId, sourceId, receivedAt), kind, row);
                insert.addBatch();
                stored.add(row.event().eventId());
            }
            insert.executeBatch();
        }
        return stored;
    }

    private static String insertInto(LocatedEventKind<?> kind) {
        return "insert into " + kind.tableName() + " (id, " + String.join(", ", dataColumns(kind)) + ")";
    }

    /** The columns after {@code id}: the shared ones, then those of each row. */
    private static List<String> dataColumns(LocatedEventKind<?> kind) {
        List<String> columns = new ArrayList<>(SHARED_COLUMNS);
        columns.addAll(rowColumns(kind));
        return columns;
    }

    private static List<String> rowColumns(LocatedEventKind<?> kind) {
        List<String> columns = new ArrayList<>(ROW_COLUMNS);
        columns.addAll(kind.columns());
        return columns;
    }

    /** Binds {@link #SHARED_COLUMNS} from parameter {@code first} on; answers the next parameter's index. */
    private static int bindShared(PreparedStatement insert, int first, long organizationId, String sourceId,
                                  Instant receivedAt) throws SQLException {
        insert.setLong(first, organizationId);
        insert.setString(first + 1, sourceId);
        insert.setObject(first + 2, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
        return first + SHARED_COLUMNS.size();
    }

    /** Binds a row's {@link #ROW_COLUMNS} and then its kind's columns, from parameter {@code first} on. */
    private static <P> void bindRow(PreparedStatement insert, int first, LocatedEventKind<P> kind, Row<P> row)
            throws SQLException {
        LocatedEvent<P> event = row.event();
        insert.setString(first, event.eventId());
        insert.setObject(first + 1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
        insert.setString(first + 2, event.location().type().wireName());
        insert.setString(first + 3, event.location().id());
        insert.setLong(first + 4, row.officePk());
        kind.bind(insert, first + ROW_COLUMNS.size(), event, row.userId());
    }
}
