package com.workgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The server answered with an error status (4xx or 5xx). Carries the server's error body in whichever of the three
 * error formats the API family uses: Calven-style {@code {"status","code","message","errors":[{"field","message"}]}}
 * on {@code /v1}, RFC 6749 {@code {"error","error_description"}} on {@code /v1/auth/token}, and the Yii style
 * {@code {"name","message","code","status"}} or {@code [{"field","message"}]} on {@code /api}.
 */
public class WorkgateApiException extends RuntimeException {

    /**
     * One field the server found at fault.
     *
     * @param field   the request field (attribute) name
     * @param message the server's sentence about it
     */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String code;
    private final String serverMessage;
    private final List<FieldError> fieldErrors;
    private final String body;
    private final String retryAfter;

    /**
     * @param request       what was asked, e.g. {@code POST /v1/presence}
     * @param status        the HTTP status
     * @param code          the machine-readable code, or null
     * @param serverMessage the server's message, or null
     * @param fieldErrors   the fields at fault (may be empty)
     * @param body          the raw response body (may be empty)
     * @param retryAfter    the {@code Retry-After} header, or null
     */
    public WorkgateApiException(String request, int status, String code, String serverMessage, List<FieldError> fieldErrors,
                                String body, String retryAfter) {
        super(request + " -> " + status + (serverMessage == null ? "" : ": " + serverMessage));
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.body = body == null ? "" : body;
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP status code */
    public int status() {
        return status;
    }

    /**
     * @return the machine-readable code where the format has one: Calven {@code code}, RFC 6749 {@code error}
     * (e.g. {@code invalid_client}), signed headers' {@code error} (e.g. {@code Invalid API Token}), Yii {@code name};
     * null otherwise
     */
    public String code() {
        return code;
    }

    /** @return the server's own message ({@code message} or {@code error_description}), or null */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return the fields the server named as wrong, in its order (empty if none) */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** @return the raw error body as the server sent it */
    public String body() {
        return body;
    }

    /** @return the {@code Retry-After} header of the answer (on 429/503), or null */
    public String retryAfter() {
        return retryAfter;
    }

    static WorkgateApiException from(String request, Response response) {
        try (response) {
            String body = "";
            try {
                if (response.hasEntity()) {
                    body = response.readEntity(String.class);
                }
            } catch (RuntimeException unreadable) {
                body = "";
            }
            return parse(request, response.getStatus(), body, response.getHeaderString("Retry-After"));
        }
    }

    static WorkgateApiException parse(String request, int status, String body, String retryAfter) {
        JsonNode json = Json.readTreeOrNull(body);
        String code = null;
        String message = null;
        List<FieldError> errors = new ArrayList<>();
        if (json != null && json.isObject()) {
            code = text(json, "code");
            if (code == null || "0".equals(code)) {
                code = firstNonNull(text(json, "error"), text(json, "name"));
            }
            message = firstNonNull(text(json, "message"), text(json, "error_description"));
            JsonNode list = json.get("errors");
            if (list != null && list.isArray()) {
                list.forEach(error -> errors.add(new FieldError(text(error, "field"), text(error, "message"))));
            }
        } else if (json != null && json.isArray()) {
            json.forEach(error -> errors.add(new FieldError(text(error, "field"), text(error, "message"))));
            message = errors.isEmpty() ? null : errors.get(0).message();
        } else if (!body.isBlank()) {
            message = body.length() > 200 ? body.substring(0, 200) : body;
        }
        return new WorkgateApiException(request, status, code, message, errors, body, retryAfter);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
