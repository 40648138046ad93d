package com.workgate.events.occupancy.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.ingest.control.LocatedEvent;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.occupancy.entity.OccupancyEvent;
import com.workgate.events.place.control.LocationRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Occupancy: a sensor's {@code occupied} flag and/or {@code occupancy} head count for a place; names no person. */
@ApplicationScoped
public class OccupancyKind implements LocatedEventKind<OccupancyKind.Reading> {

    public record Reading(Boolean occupied, Integer occupancy) {
    }

    @Override
    public String tableName() {
        return "occupancy_event";
    }

    @Override
    public String listField() {
        return "occupancyEvents";
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public LocatedEvent<Reading> read(String eventId, Instant occurredAt, LocationRef location, JsonNode event)
            throws InvalidEvent {
        Boolean occupied = EventFields.optionalBoolean(event, "occupied");
        Integer occupancy = EventFields.optionalCount(event, "occupancy");
        if (occupied == null && occupancy == null) {
            throw new InvalidEvent("occupied", "occupied or occupancy is required");
        }
        return new LocatedEvent<>(eventId, occurredAt, location, null, null, new Reading(occupied, occupancy));
    }

    @Override
    public Object toEntity(long organizationId, String sourceId, LocatedEvent<Reading> event, long officePk, Long userId,
                           Instant receivedAt) {
        return new OccupancyEvent(organizationId, sourceId, event.eventId(), event.occurredAt(),
                event.location().type().wireName(), event.location().id(), officePk, event.payload().occupied(),
                event.payload().occupancy(), receivedAt);
    }
}
