package com.workgate.events.ingest.control;

import com.workgate.events.place.control.LocationRef;
import java.time.Instant;

/**
 * The fields every located event has (presence, occupancy, visitor arrival), validated, plus who it names:
 * a user id, an email, or nobody.
 */
public record LocatedEvent<P>(String eventId, Instant occurredAt, LocationRef location, Long userId, String userEmail,
                              P payload) {
}
