package com.workgate.auth.platform.control;

import com.fasterxml.jackson.databind.JsonNode;

/** Required-field checks for request bodies, each failing with a 400 that names the field. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, "is required");
        }
        return value;
    }

    /** A unix time in seconds, as a JSON number or a string of digits. */
    public static long requireEpochSeconds(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(field, "is required");
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.textValue().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.textValue());
        }
        throw ApiException.badRequest(field, "must be unix seconds (a whole number)");
    }
}
