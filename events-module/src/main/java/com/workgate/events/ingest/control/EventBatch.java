package com.workgate.events.ingest.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A submitted document with its envelope checked (a malformed one is refused whole, 400, nothing stored): who sent
 * it, and its entries, each still to be read on its own so that a bad one fails alone (result 3).
 */
public record EventBatch(String sourceId, List<JsonNode> events) {

    /** A document of located events: {@code sourceId} and the list under {@code listField}. */
    public static EventBatch withSource(JsonNode root, String listField) {
        String sourceId = EventDocument.requireSourceId(root);
        return new EventBatch(sourceId, entries(root, listField));
    }

    /** A document that names no source: only the list under {@code listField}. */
    public static EventBatch of(JsonNode root, String listField) {
        return new EventBatch(null, entries(root, listField));
    }

    private static List<JsonNode> entries(JsonNode root, String listField) {
        List<JsonNode> entries = new ArrayList<>();
        EventDocument.requireEvents(root, listField).forEach(entries::add);
        return entries;
    }
}
