package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.user.control.People;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.place.control.LocationResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The ingestion of located events: validate each event on its own (a bad one gets result 3 and does not hold
 * back the others), resolve people and places for the whole batch at once, skip event ids already stored for
 * this source, and store the rest in one transaction before answering.
 */
@ApplicationScoped
public class LocatedEventIngest {

    private static final Logger LOG = Logger.getLogger(LocatedEventIngest.class.getName());
    private static final int ATTEMPTS = 3;

    public record Answer(String sourceId, Instant timestamp, List<IngestResult> results) {
    }

    @Inject
    People people;

    @Inject
    LocationResolver locations;

    @Inject
    EventWriter writer;

    @Inject
    Clock clock;

    public <P> Answer ingest(long organizationId, JsonNode root, LocatedEventKind<P> kind) {
        String sourceId = EventDocument.requireSourceId(root);
        JsonNode events = EventDocument.requireEvents(root, kind.listField());

        IngestResult[] results = new IngestResult[events.size()];
        List<LocatedEvent<P>> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String eventId = event.isObject() && event.path("eventId").isTextual() ? event.get("eventId").textValue() : null;
            try {
                if (!event.isObject()) {
                    throw new InvalidEvent(kind.listField() + "[" + i + "]", "must be an object");
                }
                String id = EventFields.requiredText(event, "eventId", LocatedEvent.EVENT_ID_LENGTH);
                Instant occurredAt = EventFields.requiredTimestamp(event, "timestamp");
                LocationRef location = EventFields.requiredLocation(event);
                LocatedEvent<P> read = kind.read(id, occurredAt, location, event);
                valid.add(read);
                validIndex.add(i);
            } catch (InvalidEvent problem) {
                results[i] = IngestResult.invalid(eventId, problem);
            }
        }

        Set<Long> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<LocationRef> refs = new HashSet<>();
        for (LocatedEvent<P> event : valid) {
            if (event.userId() != null) {
                ids.add(event.userId());
            } else if (event.userEmail() != null) {
                emails.add(event.userEmail());
            }
            refs.add(event.location());
        }
        Set<Long> knownIds = people.existingIds(organizationId, ids);
        Map<String, Long> idsByEmail = people.idsByEmail(organizationId, emails);
        Map<LocationRef, Long> offices = locations.officesOf(organizationId, refs);

        Map<String, Integer> storable = new LinkedHashMap<>();
        Map<String, LocatedEventRows.Row<P>> rows = new HashMap<>();
        Instant receivedAt = clock.instant();
        for (int v = 0; v < valid.size(); v++) {
            LocatedEvent<P> event = valid.get(v);
            int index = validIndex.get(v);
            boolean namesSomeone = event.userId() != null || event.userEmail() != null;
            Long userId = event.userId() != null ? (knownIds.contains(event.userId()) ? event.userId() : null)
                    : event.userEmail() != null ? idsByEmail.get(event.userEmail()) : null;
            Long office = offices.get(event.location());
            if ((kind.requiresUser() || namesSomeone) && userId == null) {
                results[index] = new IngestResult(event.eventId(), IngestResult.USER_NOT_FOUND, kind.userNotFound());
            } else if (office == null) {
                results[index] = new IngestResult(event.eventId(), IngestResult.LOCATION_NOT_FOUND,
                        "Location not found: " + event.location().type().wireName() + " " + event.location().id());
            } else if (storable.containsKey(event.eventId())) {
                results[index] = IngestResult.alreadyStored(event.eventId());
            } else {
                storable.put(event.eventId(), index);
                rows.put(event.eventId(), new LocatedEventRows.Row<>(event, office, userId));
            }
        }

        store(kind, organizationId, sourceId, storable, rows, receivedAt, results);
        return new Answer(sourceId, receivedAt, List.of(results));
    }

    /**
     * Stores what is new. On a database where a concurrent writer of the same events makes the insert fail on the
     * unique key (H2), the loser tries again, finds them stored, and acknowledges them.
     */
    private <P> void store(LocatedEventKind<P> kind, long organizationId, String sourceId, Map<String, Integer> storable,
                           Map<String, LocatedEventRows.Row<P>> rows, Instant receivedAt, IngestResult[] results) {
        if (storable.isEmpty()) {
            return;
        }
        List<LocatedEventRows.Row<P>> batch = storable.keySet().stream().map(rows::get).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                Set<String> stored = writer.storesInOneStatement(kind)
                        ? writer.storeNewInOneStatement(kind, organizationId, sourceId, batch, receivedAt)
                        : writer.storeNew(kind, organizationId, sourceId, batch, receivedAt);
                storable.forEach((eventId, index) -> results[index] =
                        stored.contains(eventId) ? IngestResult.stored(eventId) : IngestResult.alreadyStored(eventId));
                return;
            } catch (RuntimeException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                LOG.fine(() -> "concurrent submission of the same events, looking again: " + conflict);
            }
        }
    }
}
