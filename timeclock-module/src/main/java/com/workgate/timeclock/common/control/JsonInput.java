package com.workgate.timeclock.common.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.auth.platform.control.DateBounds;
import com.workgate.auth.platform.control.JsonFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading TimeClock request fields with the original's validation messages ({@code Note must be a string.}). */
public final class JsonInput {

    private JsonInput() {
    }

    public static JsonNode requireObject(JsonNode body) {
        if (body == null || body.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw new jakarta.ws.rs.BadRequestException("The request body must be a JSON object");
        }
        return body;
    }

    /** An integer, or null when the field is absent or null. */
    public static Long integer(JsonNode body, String field, String label) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isEmpty())) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        return WholeNumbers.signed(node.textValue()).orElseThrow(() -> invalid(field, label + " must be an integer."));
    }

    public static String string(JsonNode body, String field, String label, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field, label + " must be a string.");
        }
        if (node.textValue().length() > max) {
            throw invalid(field, label + " should contain at most " + max + " characters.");
        }
        if (JsonFields.hasNul(node.textValue())) {
            throw invalid(field, label + " must not contain the NUL character.");
        }
        return node.textValue();
    }

    public static LocalDate date(JsonNode body, String field, String label) {
        String text = string(body, field, label, 10);
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "The format of " + label + " is invalid.");
        }
        if (!DateBounds.contains(day)) {
            throw invalid(field, label + " must be a date between " + DateBounds.EARLIEST + " and " + DateBounds.LATEST + ".");
        }
        return day;
    }

    public static FieldValidationException invalid(String field, String message) {
        return new FieldValidationException(new FieldError(field, message));
    }
}
