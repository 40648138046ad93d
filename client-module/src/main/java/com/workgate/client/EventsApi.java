package com.workgate.client;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JavaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event endpoints of the integration API (key role {@code EVENTS} or {@code ALL}; visitor arrivals also
 * {@code VISITOR}). Batches longer than the server's limit of 100 are sent as several requests, in order, and their
 * results joined. Event batches are retried on connection failures: the server stores each event id once per
 * organization and source, so a repeated batch stores nothing twice.
 */
public final class EventsApi {

    /** The server's largest batch. */
    public static final int MAX_BATCH = 100;

    private final WorkgateApi api;

    EventsApi(WorkgateApi api) {
        this.api = api;
    }

    /** The kind of place an event names. */
    public enum LocationType {
        /** a level (floor) */
        LEVEL,
        /** a location (office) */
        LOCATION,
        /** a place (desk or room) */
        PLACE,
        /** a space */
        SPACE,
        /** a zone (neighbourhood) */
        ZONE;

        /** @return the wire form, lower case */
        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A person detected at a place ({@code POST /v1/presence}). Give {@code userId} or {@code userEmail}.
     *
     * @param eventId      the source's unique id of the event
     * @param timestamp    ISO-8601 instant
     * @param locationId   the place's id
     * @param locationType the kind of place
     * @param userId       Workgate's user id, or null
     * @param userEmail    the user's email, or null
     * @param sourceUserId the source system's id of the person, or null
     */
    public record PresenceEvent(String eventId, String timestamp, String locationId, LocationType locationType, Long userId,
                                String userEmail, String sourceUserId) {

        /**
         * @param eventId      the source's unique id of the event
         * @param at           when
         * @param locationId   the place's id
         * @param locationType the kind of place
         * @param email        the user's email
         * @return the event, naming the person by email
         */
        public static PresenceEvent byEmail(String eventId, Instant at, String locationId, LocationType locationType, String email) {
            return new PresenceEvent(eventId, iso(at), locationId, locationType, null, email, null);
        }

        /**
         * @param eventId      the source's unique id of the event
         * @param at           when
         * @param locationId   the place's id
         * @param locationType the kind of place
         * @param userId       Workgate's user id
         * @return the event, naming the person by user id
         */
        public static PresenceEvent byUserId(String eventId, Instant at, String locationId, LocationType locationType, long userId) {
            return new PresenceEvent(eventId, iso(at), locationId, locationType, userId, null, null);
        }
    }

    /**
     * A sensor's reading of a place ({@code POST /v1/occupancy}).
     *
     * @param eventId      the source's unique id of the event
     * @param timestamp    ISO-8601 instant
     * @param locationId   the place's id
     * @param locationType the kind of place
     * @param occupied     occupied or not, or null
     * @param occupancy    a head count, or null
     */
    public record OccupancyEvent(String eventId, String timestamp, String locationId, LocationType locationType,
                                 Boolean occupied, Integer occupancy) {

        /**
         * @param eventId      the source's unique id of the event
         * @param at           when
         * @param locationId   the place's id
         * @param locationType the kind of place
         * @param occupied     occupied or not
         * @param occupancy    a head count, or null
         * @return the event
         */
        public static OccupancyEvent of(String eventId, Instant at, String locationId, LocationType locationType,
                                        boolean occupied, Integer occupancy) {
            return new OccupancyEvent(eventId, iso(at), locationId, locationType, occupied, occupancy);
        }
    }

    /**
     * Time off scheduled or cancelled for a person ({@code POST /v1/timeoff}). Give {@code email} or {@code uid}.
     *
     * @param eventId     the source's unique id of the event
     * @param email       the user's email, or null
     * @param uid         Workgate's user id, or null
     * @param eventType   {@code scheduled} or {@code cancelled}
     * @param startDate   first day, {@code YYYY-MM-DD}
     * @param endDate     last day, {@code YYYY-MM-DD}
     * @param timeOffType {@code holiday}, {@code leave}, {@code sick}, or null
     */
    public record TimeOffEvent(String eventId, String email, Long uid, String eventType, String startDate, String endDate,
                               String timeOffType) {

        /**
         * @param eventId     the source's unique id of the event
         * @param email       the user's email
         * @param first       first day
         * @param last        last day
         * @param timeOffType {@code holiday}, {@code leave}, {@code sick}, or null
         * @return time off scheduled for the days
         */
        public static TimeOffEvent scheduled(String eventId, String email, LocalDate first, LocalDate last, String timeOffType) {
            return new TimeOffEvent(eventId, email, null, "scheduled", first.toString(), last.toString(), timeOffType);
        }

        /**
         * @param eventId the source's unique id of the event
         * @param email   the user's email
         * @param first   first day
         * @param last    last day
         * @return time off cancelled for the days
         */
        public static TimeOffEvent cancelled(String eventId, String email, LocalDate first, LocalDate last) {
            return new TimeOffEvent(eventId, email, null, "cancelled", first.toString(), last.toString(), null);
        }
    }

    /**
     * A visitor arrived ({@code POST /v1/visitor-arrival}).
     *
     * @param eventId      the source's unique id of the event
     * @param timestamp    ISO-8601 instant
     * @param locationId   the place's id
     * @param locationType the kind of place
     * @param visitorName  the visitor's name
     * @param visitorEmail the visitor's email, or null
     * @param hostEmail    the host's email, or null
     * @param company      the visitor's company, or null
     */
    public record VisitorArrival(String eventId, String timestamp, String locationId, LocationType locationType,
                                 String visitorName, String visitorEmail, String hostEmail, String company) {

        /**
         * @param eventId      the source's unique id of the event
         * @param at           when
         * @param locationId   the place's id
         * @param locationType the kind of place
         * @param visitorName  the visitor's name
         * @param hostEmail    the host's email, or null
         * @return the arrival
         */
        public static VisitorArrival of(String eventId, Instant at, String locationId, LocationType locationType,
                                        String visitorName, String hostEmail) {
            return new VisitorArrival(eventId, iso(at), locationId, locationType, visitorName, null, hostEmail, null);
        }
    }

    /**
     * One access card of a person.
     *
     * @param active         whether it opens doors
     * @param cardNumber     the card number (unique within the organization)
     * @param facilityCode   the facility code, or null
     * @param scanData       raw scan strings, or null
     * @param credentialType the kind of credential, e.g. {@code card}
     */
    public record Credential(Boolean active, String cardNumber, String facilityCode, List<String> scanData, String credentialType) {
    }

    /**
     * Replaces the set of access cards of a person ({@code POST /v1/access-credentials}).
     *
     * @param username    the user's email
     * @param updateId    the source's id of this update
     * @param credentials the person's cards from now on
     */
    public record CredentialUpdate(String username, String updateId, List<Credential> credentials) {
    }

    /**
     * The server's verdict on one event.
     *
     * @param eventId    the event's id
     * @param resultCode 0 success, 1 user (or host) not found, 2 location not found, 3 invalid event
     * @param message    the server's sentence
     */
    public record EventResult(String eventId, int resultCode, String message) {

        /** @return whether the event was stored (or had been before) */
        public boolean succeeded() {
            return resultCode == 0;
        }
    }

    /**
     * The answer to an event batch: one result per event, in the order sent.
     *
     * @param sourceId  the batch's source id (null for time off)
     * @param timestamp the server's time of the (last) request
     * @param results   the per-event results
     */
    public record BatchResult(String sourceId, String timestamp, List<EventResult> results) {

        /** @return whether every event succeeded */
        public boolean allSucceeded() {
            return results.stream().allMatch(EventResult::succeeded);
        }
    }

    /**
     * One card's outcome in an access-credentials update.
     *
     * @param cardNumber   the card number
     * @param facilityCode the facility code, or null
     * @param result       {@code OK} or why not
     * @param message      the server's sentence
     */
    public record CardResult(String cardNumber, String facilityCode, String result, String message) {
    }

    /**
     * The outcome of one access-credentials update.
     *
     * @param updateId the update's id
     * @param result   {@code OK}, {@code PARTIAL_UPDATE}, {@code USER_NOT_FOUND} or {@code CARD_UPDATE_FAILED}
     * @param message  the server's sentence
     * @param results  per card
     */
    public record CredentialUpdateResult(String updateId, String result, String message, List<CardResult> results) {
    }

    /**
     * @param sourceId the sending system (kept for audit)
     * @param events   the events, any number
     * @return one result per event, in order
     */
    public BatchResult presence(String sourceId, List<PresenceEvent> events) {
        return batches("/v1/presence", sourceId, "presenceEvents", events);
    }

    /**
     * @param sourceId the sending system (kept for audit)
     * @param events   the events, any number
     * @return one result per event, in order
     */
    public BatchResult occupancy(String sourceId, List<OccupancyEvent> events) {
        return batches("/v1/occupancy", sourceId, "occupancyEvents", events);
    }

    /**
     * @param events the events, any number
     * @return one result per event, in order
     */
    public BatchResult timeOff(List<TimeOffEvent> events) {
        return batches("/v1/timeoff", null, "timeOffEvents", events);
    }

    /**
     * @param sourceId the sending system (kept for audit)
     * @param arrivals the arrivals, any number
     * @return one result per arrival, in order
     */
    public BatchResult visitorArrivals(String sourceId, List<VisitorArrival> arrivals) {
        return batches("/v1/visitor-arrival", sourceId, "visitorArrivals", arrivals);
    }

    /**
     * Replacing a person's card set is idempotent, so this is retried on connection failures too.
     *
     * @param updates the updates, any number
     * @return one outcome per update, in order
     */
    public List<CredentialUpdateResult> accessCredentials(List<CredentialUpdate> updates) {
        JavaType answer = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, CredentialUpdateResult.class);
        List<CredentialUpdateResult> results = new ArrayList<>();
        for (List<CredentialUpdate> chunk : chunks(updates)) {
            List<CredentialUpdateResult> part = api.call("POST", "/v1/access-credentials", null, Map.of("data", chunk), true, answer);
            results.addAll(part);
        }
        return results;
    }

    private BatchResult batches(String path, String sourceId, String field, List<?> events) {
        List<EventResult> results = new ArrayList<>();
        BatchResult last = null;
        for (List<?> chunk : chunks(events)) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (sourceId != null) {
                body.put("sourceId", sourceId);
            }
            body.put(field, chunk);
            last = api.call("POST", path, null, body, true, BatchResult.class);
            results.addAll(last.results());
        }
        return new BatchResult(last == null ? sourceId : last.sourceId(), last == null ? null : last.timestamp(), results);
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += MAX_BATCH) {
            chunks.add(items.subList(from, Math.min(items.size(), from + MAX_BATCH)));
        }
        return chunks;
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }
}
