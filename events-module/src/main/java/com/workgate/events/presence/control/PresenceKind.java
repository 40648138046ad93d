package com.workgate.events.presence.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import com.workgate.events.ingest.control.LocatedEvent;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.place.control.LocationRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

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
        String email = EventFields.optionalText(event, "userEmail", LocatedEvent.EMAIL_LENGTH);
        if (userId == null && (email == null || email.isBlank())) {
            throw new InvalidEvent("userId", "userId or userEmail is required");
        }
        String sourceUserId = EventFields.optionalText(event, "sourceUserId", LocatedEvent.SOURCE_USER_ID_LENGTH);
        return new LocatedEvent<>(eventId, occurredAt, location, userId, email, sourceUserId);
    }

    @Override
    public List<String> columns() {
        return List.of("user_id", "source_user_id");
    }

    @Override
    public void bind(PreparedStatement insert, int first, LocatedEvent<String> event, Long userId) throws SQLException {
        insert.setLong(first, userId);
        insert.setString(first + 1, event.payload());
    }
}
