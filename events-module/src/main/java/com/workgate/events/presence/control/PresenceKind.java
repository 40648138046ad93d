package com.workgate.events.presence.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.ingest.control.LocatedEvent;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.presence.entity.PresenceEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Presence: a person (by {@code userId} or exact {@code userEmail}) detected at a place. */
@ApplicationScoped
public class PresenceKind implements LocatedEventKind<String> {

    @Override
    public String tableName() {
        return "presence_event";
    }

    @Override
    public String listField() {
        return "presenceEvents";
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public LocatedEvent<String> read(String eventId, Instant occurredAt, LocationRef location, JsonNode event)
            throws InvalidEvent {
        Long userId = EventFields.optionalUserId(event, "userId");
        String email = EventFields.optionalText(event, "userEmail", 254);
        if (userId == null && (email == null || email.isBlank())) {
            throw new InvalidEvent("userId", "userId or userEmail is required");
        }
        String sourceUserId = EventFields.optionalText(event, "sourceUserId", 200);
        return new LocatedEvent<>(eventId, occurredAt, location, userId, email, sourceUserId);
    }

    @Override
    public Object toEntity(long organizationId, String sourceId, LocatedEvent<String> event, long officePk, Long userId,
                           Instant receivedAt) {
        return new PresenceEvent(organizationId, sourceId, event.eventId(), event.occurredAt(),
                event.location().type().wireName(), event.location().id(), officePk, userId, event.payload(), receivedAt);
    }
}
