package com.workgate.events.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts the rows of a batch of located events on the connection of the caller's transaction, and tells which
 * of them were new. Only this class writes these tables. Every row's id is a value of {@code event_seq} of its own
 * (the sequence counts in hundreds, for JPA's blocks in other tables), so ids never repeat within a table.
 */
final class LocatedEventRows {

    private static final String COMMON_COLUMNS =
            "id, organization_id, source_id, event_id, occurred_at, location_type, location_ref, location_pk, received_at";
    private static final int COMMON_PARAMETERS = 8;

    /** An event ready to store: its office and person are resolved. */
    record Row<P>(LocatedEvent<P> event, long officePk, Long userId) {
    }

    private LocatedEventRows() {
    }

    /**
     * PostgreSQL: one statement for the whole batch that skips the events this organization and source already
     * stored ({@code on conflict do nothing}, which waits for a concurrent writer of the same event to commit or
     * roll back) and returns the event ids it stored. One round trip and one index probe per event, instead of a
     * look-up, a sequence call and the insert.
     */
    static <P> Set<String> insertNew(Connection connection, LocatedEventKind<P> kind, long organizationId, String sourceId,
                                     List<Row<P>> rows, Instant receivedAt) throws SQLException {
        Set<String> stored = new HashSet<>();
        if (rows.isEmpty()) {
            return stored;
        }
        int perRow = COMMON_PARAMETERS + kind.columns().size();
        String values = "(nextval('event_seq')" + ", ?".repeat(perRow) + ")";
        String sql = insertInto(kind) + " values " + String.join(", ", Collections.nCopies(rows.size(), values))
                + " on conflict do nothing returning event_id";
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int first = 1;
            for (Row<P> row : rows) {
                bind(insert, first, kind, organizationId, sourceId, row, received);
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
        String sql = insertInto(kind) + " values (next value for event_seq" + ", ?".repeat(COMMON_PARAMETERS + kind.columns().size()) + ")";
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Row<P> row : rows) {
                bind(insert, 1, kind, organizationId, sourceId, row, received);
                insert.addBatch();
                stored.add(row.event().eventId());
            }
            insert.executeBatch();
        }
        return stored;
    }

    private static String insertInto(LocatedEventKind<?> kind) {
        List<String> own = kind.columns();
        return "insert into " + kind.tableName() + " (" + COMMON_COLUMNS + (own.isEmpty() ? "" : ", " + String.join(", ", own)) + ")";
    }

    private static <P> void bind(PreparedStatement insert, int first, LocatedEventKind<P> kind, long organizationId,
                                 String sourceId, Row<P> row, OffsetDateTime received) throws SQLException {
        LocatedEvent<P> event = row.event();
        insert.setLong(first, organizationId);
        insert.setString(first + 1, sourceId);
        insert.setString(first + 2, event.eventId());
        insert.setObject(first + 3, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
        insert.setString(first + 4, event.location().type().wireName());
        insert.setString(first + 5, event.location().id());
        insert.setLong(first + 6, row.officePk());
        insert.setObject(first + 7, received);
        kind.bind(insert, first + COMMON_PARAMETERS, event, row.userId());
    }
}
