package com.workgate.auth.platform.control;

import java.util.List;

/** A failure with an HTTP status and a message for the client; the family's mapper shapes the body. */
public class ApiException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final int status;
    private final List<FieldError> fieldErrors;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(409, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
