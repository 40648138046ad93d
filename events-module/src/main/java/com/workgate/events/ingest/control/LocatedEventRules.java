package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.place.control.LocationRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result-code rules of an ingestion of located events, without the database: an event is invalid (3) on its
 * own; of the valid ones, one that names nobody we know is "user not found" (1), one at a place we do not know is
 * "location not found" (2), and an event id the batch already had is acknowledged as stored (0) without a second
 * row. The rest are rows to store.
 */
public final class LocatedEventRules {

    /** What the batch's look-ups found: the user ids that exist, the ids of the emails, the offices of the places. */
    public record Directory(Set<Long> knownIds, Map<String, Long> idsByEmail, Map<LocationRef, Long> offices) {
    }

    /** One valid event's fate before the idempotency look-up: answered already, or a row to store. */
    public record Decision<P>(IngestResult answered, LocatedEventRows.Row<P> row) {

        static <P> Decision<P> answer(IngestResult result) {
            return new Decision<>(result, null);
        }

        static <P> Decision<P> store(LocatedEventRows.Row<P> row) {
            return new Decision<>(null, row);
        }
    }

    private LocatedEventRules() {
    }

    /** The event id to echo in the answer of an event, valid or not: its {@code eventId} when that is a string. */
    public static String echoedEventId(JsonNode event) {
        return event.isObject() && event.path("eventId").isTextual() ? event.get("eventId").textValue() : null;
    }

    /** Reads entry {@code index} of the event list; an {@link InvalidEvent} is its result 3. */
    public static <P> LocatedEvent<P> read(JsonNode event, int index, LocatedEventKind<P> kind) throws InvalidEvent {
        if (!event.isObject()) {
            throw new InvalidEvent(kind.listField() + "[" + index + "]", "must be an object");
        }
        String id = EventFields.requiredText(event, "eventId", LocatedEvent.EVENT_ID_LENGTH);
        Instant occurredAt = EventFields.requiredTimestamp(event, "timestamp");
        LocationRef location = EventFields.requiredLocation(event);
        return kind.read(id, occurredAt, location, event);
    }

    /** The user id an event stands for once looked up: its known id, its email's id, or null (nobody). */
    public static Long resolvedUser(Long userId, String email, Directory found) {
        if (userId != null) {
            return found.knownIds().contains(userId) ? userId : null;
        }
        return email == null ? null : found.idsByEmail().get(email);
    }

    /** The decisions for the valid events of one batch, in their order. */
    public static <P> List<Decision<P>> decide(List<LocatedEvent<P>> events, boolean requiresUser, String userNotFound,
                                               Directory found) {
        List<Decision<P>> decisions = new ArrayList<>(events.size());
        Set<String> inBatch = new HashSet<>();
        for (LocatedEvent<P> event : events) {
            boolean namesSomeone = event.userId() != null || event.userEmail() != null;
            Long userId = resolvedUser(event.userId(), event.userEmail(), found);
            Long office = found.offices().get(event.location());
            if ((requiresUser || namesSomeone) && userId == null) {
                decisions.add(Decision.answer(new IngestResult(event.eventId(), IngestResult.USER_NOT_FOUND, userNotFound)));
            } else if (office == null) {
                decisions.add(Decision.answer(new IngestResult(event.eventId(), IngestResult.LOCATION_NOT_FOUND,
                        "Location not found: " + event.location().type().wireName() + " " + event.location().id())));
            } else if (!inBatch.add(event.eventId())) {
                decisions.add(Decision.answer(IngestResult.alreadyStored(event.eventId())));
            } else {
                decisions.add(Decision.store(new LocatedEventRows.Row<>(event, office, userId)));
            }
        }
        return decisions;
    }
}
