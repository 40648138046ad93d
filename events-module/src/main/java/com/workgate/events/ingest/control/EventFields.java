package com.workgate.events.ingest.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.platform.control.DateBounds;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.events.place.control.LocationRef;
import com.workgate.events.place.entity.LocationType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reading the fields of one event, each failure naming the field (result 3). */
public final class EventFields {

    private static final String LOCATION_TYPES = Arrays.stream(LocationType.values())
            .map(LocationType::wireName).collect(Collectors.joining(", "));

    private EventFields() {
    }

    public static String requiredText(JsonNode event, String field, int maxLength) throws InvalidEvent {
        String value = optionalText(event, field, maxLength);
        if (value == null || value.isBlank()) {
            throw new InvalidEvent(field, "is required");
        }
        return value;
    }

    public static String optionalText(JsonNode event, String field, int maxLength) throws InvalidEvent {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidEvent(field, "must be a string");
        }
        if (node.textValue().length() > maxLength) {
            throw new InvalidEvent(field, "is longer than " + maxLength + " characters");
        }
        if (JsonFields.hasNul(node.textValue())) {
            throw new InvalidEvent(field, JsonFields.NUL_PROBLEM);
        }
        return node.textValue();
    }

    /** ISO-8601 with an offset or Z ({@code 2026-11-23T08:59:12Z}), inside the {@link DateBounds}. */
    public static Instant requiredTimestamp(JsonNode event, String field) throws InvalidEvent {
        String text = requiredText(event, field, 64);
        Instant instant;
        try {
            instant = IsoOffsetTimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEvent(field, "\"" + text + "\" is not an ISO-8601 time with an offset, e.g. 2026-11-23T08:59:12Z");
        }
        if (!DateBounds.contains(instant)) {
            throw new InvalidEvent(field, DateBounds.PROBLEM);
        }
        return instant;
    }

    /** {@code YYYY-MM-DD}, inside the {@link DateBounds}. */
    public static LocalDate requiredDate(JsonNode event, String field) throws InvalidEvent {
        String text = requiredText(event, field, 10);
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEvent(field, "\"" + text + "\" is not a date of the form YYYY-MM-DD");
        }
        if (!DateBounds.contains(day)) {
            throw new InvalidEvent(field, DateBounds.PROBLEM);
        }
        return day;
    }

    /** An email address where one is given (a visitor's own, which is stored, not looked up). */
    public static String optionalEmail(JsonNode event, String field, int maxLength) throws InvalidEvent {
        String value = optionalText(event, field, maxLength);
        if (value != null && !value.isEmpty() && !JsonFields.isEmailAddress(value)) {
            throw new InvalidEvent(field, "\"" + value + "\" is not an email address");
        }
        return value;
    }

    public static LocationRef requiredLocation(JsonNode event) throws InvalidEvent {
        String id = requiredText(event, "locationId", LocatedEvent.LOCATION_REF_LENGTH);
        String typeText = requiredText(event, "locationType", 16);
        LocationType type = LocationType.fromWire(typeText).orElseThrow(() ->
                new InvalidEvent("locationType", "unknown value \"" + typeText + "\", expected one of " + LOCATION_TYPES));
        return new LocationRef(type, id);
    }

    /** What a user id that is no number of ours stands for: nobody, so the event's result is "user not found". */
    public static final long NO_SUCH_USER = -1;

    /**
     * A user id as a number or a string (ids are strings on the wire). A string that is not one of our numeric ids
     * (a Calven uid such as {@code ABC123HGbghdhdI}) names nobody: {@link #NO_SUCH_USER}, not an invalid event.
     * An empty string is no id. Other JSON types are invalid.
     */
    public static Long optionalUserId(JsonNode event, String field) throws InvalidEvent {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            if (text.isEmpty()) {
                return null;
            }
            return WholeNumbers.id(text).orElse(NO_SUCH_USER);
        }
        throw new InvalidEvent(field, "must be a user id (a string or a whole number)");
    }

    public static Boolean optionalBoolean(JsonNode event, String field) throws InvalidEvent {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new InvalidEvent(field, "must be true or false");
        }
        return node.booleanValue();
    }

    public static Integer optionalCount(JsonNode event, String field) throws InvalidEvent {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw new InvalidEvent(field, "must be a whole number of at least 0");
        }
        return node.intValue();
    }
}
