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

    /** The row to store, for an event whose location (and person, if any) resolved. */
    Object toEntity(long organizationId, String sourceId, LocatedEvent<P> event, long officePk, Long userId,
                    java.time.Instant receivedAt);

    /** What "user not found" means for this kind. */
    default String userNotFound() {
        return "User not found";
    }
}
