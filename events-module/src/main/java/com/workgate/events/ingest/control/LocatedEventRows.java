package com.workgate.events.ingest.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Inserts the rows of a batch of located events with one JDBC batch, on the connection of the caller's
 * transaction. Ids are taken from {@code event_seq} in blocks of its increment (100): each value {@code v} gives
 * the ids {@code v .. v + 99}. Only this class writes these tables, and every block starts at a value never
 * handed out before, so the blocks never meet, nor those that JPA allocated before it wrote these rows itself.
 */
final class LocatedEventRows {

    static final int ID_BLOCK = 100;
    private static final String COMMON_COLUMNS =
            "id, organization_id, source_id, event_id, occurred_at, location_type, location_ref, location_pk, received_at";

    /** An event ready to store: its office and person are resolved. */
    record Row<P>(LocatedEvent<P> event, long officePk, Long userId) {
    }

    private LocatedEventRows() {
    }

    static <P> void insert(Connection connection, LocatedEventKind<P> kind, long organizationId, String sourceId,
                           List<Row<P>> rows, Instant receivedAt) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> own = kind.columns();
        String sql = "insert into " + kind.tableName() + " (" + COMMON_COLUMNS + (own.isEmpty() ? "" : ", " + String.join(", ", own))
                + ") values (" + "?, ".repeat(8 + own.size()) + "?)";
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        String nextIdBlock = nextValueSql(connection);
        long nextId = 0;
        long blockEnd = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
             PreparedStatement sequence = connection.prepareStatement(nextIdBlock)) {
            for (Row<P> row : rows) {
                if (nextId == blockEnd) {
                    try (ResultSet value = sequence.executeQuery()) {
                        value.next();
                        nextId = value.getLong(1);
                        blockEnd = nextId + ID_BLOCK;
                    }
                }
                LocatedEvent<P> event = row.event();
                insert.setLong(1, nextId++);
                insert.setLong(2, organizationId);
                insert.setString(3, sourceId);
                insert.setString(4, event.eventId());
                insert.setObject(5, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                insert.setString(6, event.location().type().wireName());
                insert.setString(7, event.location().id());
                insert.setLong(8, row.officePk());
                insert.setObject(9, received);
                kind.bind(insert, 10, event, row.userId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String nextValueSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                ? "select next value for event_seq" : "select nextval('event_seq')";
    }
}
