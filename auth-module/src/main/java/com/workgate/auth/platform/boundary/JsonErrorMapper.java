package com.workgate.auth.platform.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.auth.platform.control.JsonFields;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Malformed JSON and values of the wrong type or enum: 400 naming the field. */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        ErrorFamily family = ErrorFamily.of(resource, uri == null ? null : uri.getPath());
        return family.answer(family == ErrorFamily.TIMECLOCK
                ? new ApiException(400, "Invalid JSON data in request body: " + exception.getOriginalMessage())
                : problem(exception));
    }

    static ApiException problem(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            String problem = problem(mapping);
            return new ApiException(400, field + ": " + problem, List.of(new FieldError(field, problem)));
        }
        if (exception instanceof JsonMappingException) {
            return new ApiException(400, "The request body must be a JSON object of the documented shape");
        }
        String detail = exception.getOriginalMessage();
        return new ApiException(400, "Malformed JSON: " + (detail == null ? "cannot be parsed" : firstLine(detail)));
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String problem(JsonMappingException mapping) {
        if (JsonFields.NUL_PROBLEM.equals(mapping.getOriginalMessage())) {
            return JsonFields.NUL_PROBLEM;
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && mismatched.getTargetType().isEnum()) {
            String allowed = Arrays.stream(mismatched.getTargetType().getEnumConstants())
                    .map(constant -> JacksonConfiguration.MAPPER.convertValue(constant, String.class))
                    .collect(Collectors.joining(", "));
            return mapping instanceof InvalidFormatException invalid
                    ? "unknown value \"" + invalid.getValue() + "\", expected one of " + allowed
                    : "must be one of " + allowed;
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
