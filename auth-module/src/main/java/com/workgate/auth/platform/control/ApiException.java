package com.workgate.auth.platform.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem for the client: an HTTP status, a message, the fields at fault, and where a family needs them a code
 * (an RFC 6749 error, a SCIM {@code scimType}) and headers ({@code WWW-Authenticate}, {@code Retry-After}). Controls,
 * resources and filters throw it; the API family of the request renders it ({@code ErrorFamily}).
 */
public class ApiException extends RuntimeException {

    /** One field at fault and what is wrong with it. */
    public record FieldError(String field, String message) {

        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final int status;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String code;

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

    /** The family's own code for the problem where it has one (RFC 6749 {@code error}, SCIM {@code scimType}). */
    public ApiException code(String code) {
        this.code = code;
        return this;
    }

    /** A header the answer carries whatever its family ({@code WWW-Authenticate}, {@code Retry-After}, {@code Allow}). */
    public ApiException header(String name, Object value) {
        headers.put(name, String.valueOf(value));
        return this;
    }

    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Null where the problem has no code of its own. */
    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
