package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;

/**
 * The document around the events: a malformed one is refused whole (400 naming the field, nothing stored),
 * before any event is looked at.
 */
public final class EventDocument {

    public static final int MAX_EVENTS = 100;

    private EventDocument() {
    }

    public static String requireSourceId(JsonNode root) {
        requireObject(root);
        JsonNode source = root.get("sourceId");
        if (source == null || source.isNull() || (source.isTextual() && source.textValue().isBlank())) {
            throw ApiException.badRequest("sourceId", "is required");
        }
        if (!source.isTextual()) {
            throw ApiException.badRequest("sourceId", "must be a string");
        }
        JsonFields.limit(source.textValue(), "sourceId", LocatedEvent.SOURCE_ID_LENGTH);
        if (JsonFields.hasNul(source.textValue())) {
            throw ApiException.badRequest("sourceId", JsonFields.NUL_PROBLEM);
        }
        return source.textValue();
    }

    /** The event list: present, an array, at most {@link #MAX_EVENTS} entries. */
    public static JsonNode requireEvents(JsonNode root, String field) {
        return JsonFields.requireArray(root, field, MAX_EVENTS);
    }

    private static void requireObject(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
    }
}
