package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.place.control.LocationRef;

/** What differs between presence, occupancy and visitor arrivals: their extra fields and their row. */
public interface LocatedEventKind<P> {

    /** The table of the rows, for the idempotency look-up. */
    String tableName();

    /** The request field that holds the list of events. */
    String listField();

    /** Whether an event must name a person that exists (presence) or may name one (visitor host). */
    boolean requiresUser();

    /** Reads this kind's own fields and who the event names. */
    LocatedEvent<P> read(String eventId, java.time.Instant occurredAt, LocationRef location, JsonNode event)
            throws InvalidEvent;

    /** The table's columns of this kind (after those every located event has), in the order {@link #bind} sets them. */
    java.util.List<String> columns();

    /** Sets this kind's columns of an event's row, from parameter {@code first} on. */
    void bind(java.sql.PreparedStatement insert, int first, LocatedEvent<P> event, Long userId) throws java.sql.SQLException;

    /** What else storing the event records, as entities (a visit in its host's user actions log). */
    default java.util.List<Object> alsoStore(long organizationId, String sourceId, LocatedEvent<P> event, Long userId) {
        return java.util.List.of();
    }

    /** Whether {@link #alsoStore} may record anything for this kind. */
    default boolean recordsMore() {
        return false;
    }

    /** What "user not found" means for this kind. */
    default String userNotFound() {
        return "User not found";
    }
}
