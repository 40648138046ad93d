package com.workgate.events.visitor.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.actions.control.ChangedBy;
import com.workgate.events.actions.entity.UserAction;
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
import java.time.ZoneOffset;
import java.util.List;

/**
 * Visitor arrivals: a named visitor at a location, optionally for a host (by exact email). A known host sees the
 * visit in their user actions log; an unknown host is result 1.
 */
@ApplicationScoped
public class VisitorKind implements LocatedEventKind<VisitorKind.Visitor> {

    public record Visitor(String name, String email, String company) {

        /** Column sizes of visitor_arrival (V2_1), shared by the input checks. */
        public static final int NAME_LENGTH = 200;
        public static final int COMPANY_LENGTH = 200;
    }

    @Override
    public String tableName() {
        return "visitor_arrival";
    }

    @Override
    public String listField() {
        return "visitorArrivals";
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public String userNotFound() {
        return "Host not found";
    }

    @Override
    public LocatedEvent<Visitor> read(String eventId, Instant occurredAt, LocationRef location, JsonNode event)
            throws InvalidEvent {
        Visitor visitor = new Visitor(EventFields.requiredText(event, "visitorName", Visitor.NAME_LENGTH),
                EventFields.optionalEmail(event, "visitorEmail", LocatedEvent.EMAIL_LENGTH), EventFields.optionalText(event, "company", Visitor.COMPANY_LENGTH));
        String hostEmail = EventFields.optionalText(event, "hostEmail", LocatedEvent.EMAIL_LENGTH);
        return new LocatedEvent<>(eventId, occurredAt, location, null, hostEmail, visitor);
    }

    @Override
    public List<String> columns() {
        return List.of("visitor_name", "visitor_email", "host_user_id", "company");
    }

    @Override
    public void bind(PreparedStatement insert, int first, LocatedEvent<Visitor> event, Long hostId) throws SQLException {
        insert.setString(first, event.payload().name());
        insert.setString(first + 1, event.payload().email());
        insert.setObject(first + 2, hostId, Types.BIGINT);
        insert.setString(first + 3, event.payload().company());
    }

    @Override
    public boolean recordsMore() {
        return true;
    }

    @Override
    public List<Object> alsoStore(long organizationId, String sourceId, LocatedEvent<Visitor> event, Long hostId) {
        if (hostId == null) {
            return List.of();
        }
        String company = event.payload().company() == null ? "" : " (" + event.payload().company() + ")";
        return List.of(new UserAction(organizationId, hostId, event.occurredAt(),
                event.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), "visitor_arrived",
                "Visitor " + event.payload().name() + company + " arrived at " + event.location().id(),
                ChangedBy.SYSTEM, "visitor arrival from " + sourceId));
    }
}
