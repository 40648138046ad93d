package com.workgate.events.occupancy.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.ingest.control.LocatedEvent;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.place.control.LocationRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

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
    public List<String> columns() {
        return List.of("occupied", "occupancy");
    }

    @Override
    public void bind(PreparedStatement insert, int first, LocatedEvent<Reading> event, Long userId) throws SQLException {
        insert.setObject(first, event.payload().occupied(), Types.BOOLEAN);
        insert.setObject(first + 1, event.payload().occupancy(), Types.INTEGER);
    }
}
