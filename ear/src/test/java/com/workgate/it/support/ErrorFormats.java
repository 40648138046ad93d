package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The error shape of each API family, as the contracts in {@code shared/spec} fix them. Each check answers null
 * when the body has the family's shape, otherwise what is wrong with it.
 */
public enum ErrorFormats {

    /** Integration and admin API on {@code /v1}: {@code {"status", "message", "errors"?: [{"field", "message"}]}}. */
    CALVEN {
        @Override
        String problem(int status, JsonNode body) {
            if (!body.isObject()) {
                return "not a JSON object";
            }
            if (body.path("status").asInt(-1) != status || !body.path("status").isInt()) {
                return "\"status\" is not " + status;
            }
            if (!isText(body.get("message"))) {
                return "no \"message\"";
            }
            JsonNode errors = body.get("errors");
            if (errors != null && !fieldErrors(errors)) {
                return "\"errors\" is not a list of {field, message}";
            }
            return null;
        }
    },
    /** {@code POST /v1/auth}: a refusal is {@code {"authenticated": false, "message"}}; a malformed body as CALVEN. */
    HMAC_EXCHANGE {
        @Override
        String problem(int status, JsonNode body) {
            if (body.isObject() && body.has("authenticated")) {
                return body.get("authenticated").isBoolean() && !body.get("authenticated").booleanValue()
                        && isText(body.get("message")) ? null : "not {\"authenticated\": false, \"message\"}";
            }
            return CALVEN.problem(status, body);
        }
    },
    /** {@code POST /v1/auth/token}: RFC 6749 §5.2. */
    OAUTH {
        private static final Set<String> CODES = Set.of("invalid_request", "invalid_client", "invalid_grant",
                "unauthorized_client", "unsupported_grant_type", "invalid_scope", "slow_down");

        @Override
        String problem(int status, JsonNode body) {
            if (!body.isObject() || !isText(body.get("error"))) {
                return "no RFC 6749 \"error\"";
            }
            if (!CODES.contains(body.get("error").asText())) {
                return "\"error\" " + body.get("error") + " is not an RFC 6749 code";
            }
            JsonNode description = body.get("error_description");
            return description == null || isText(description) ? null : "\"error_description\" is not text";
        }
    },
    /** A signature that fails: 403 {@code {"message", "error"}} (signed-headers.md, issue #13); 429 once its key is throttled. */
    SIGNED_HEADERS {
        private static final Set<String> CODES = Set.of("Invalid API Key", "Invalid API Token", "Invalid API Timestamp");

        @Override
        String problem(int status, JsonNode body) {
            if (status != 403 && status != 429) {
                return "a failed signature answers " + status + ", not 403";
            }
            if (!body.isObject() || !isText(body.get("message"))) {
                return "no \"message\"";
            }
            JsonNode error = body.get("error");
            if (error == null) {
                return "no \"error\"";
            }
            boolean throttled = status == 429 && error.asText().equals("too_many_attempts");
            return CODES.contains(error.asText()) || throttled ? null
                    : "\"error\" " + error + " is not a signed-header code";
        }
    },
    /**
     * SCIM on {@code /scim/v2} (RFC 7644 section 3.12): {@code {"schemas": [Error URN], "status": "<status as a string>",
     * "scimType"?, "detail"}}, as {@code application/scim+json} (or plain JSON when the client asked for that only).
     */
    SCIM {
        @Override
        public String check(int status, String contentType, String text, JsonNode json) {
            if (contentType != null && contentType.toLowerCase().startsWith("application/scim+json")) {
                contentType = "application/json";
            }
            return super.check(status, contentType, text, json);
        }

        @Override
        String problem(int status, JsonNode body) {
            if (!body.isObject() || !body.path("schemas").isArray()
                    || !"urn:ietf:params:scim:api:messages:2.0:Error".equals(body.path("schemas").path(0).asText())) {
                return "no SCIM Error schema";
            }
            if (!body.path("status").isTextual() || !body.path("status").asText().equals(String.valueOf(status))) {
                return "\"status\" is not \"" + status + "\"";
            }
            JsonNode scimType = body.get("scimType");
            if (scimType != null && !isText(scimType)) {
                return "\"scimType\" is not text";
            }
            return isText(body.get("detail")) ? null : "no \"detail\"";
        }
    },
    /** TimeClock on {@code /api}, as Yii: 422 {@code [{"field", "message"}]}, else {@code {"name","message","code","status"}}. */
    TIMECLOCK {
        @Override
        String problem(int status, JsonNode body) {
            if (status == 422) {
                return body.isArray() && !body.isEmpty() && fieldErrors(body) ? null : "422 is not [{field, message}, ...]";
            }
            if (!body.isObject()) {
                return "not a JSON object";
            }
            if (!isText(body.get("name")) || !isText(body.get("message")) || !body.path("code").isInt()) {
                return "not {\"name\", \"message\", \"code\", \"status\"}";
            }
            return body.path("status").asInt(-1) == status ? null : "\"status\" is not " + status;
        }
    };

    abstract String problem(int status, JsonNode body);

    /** Null when {@code text} is a JSON error body of this family for the status, else the problem. */
    public String check(int status, String contentType, String text, JsonNode json) {
        if (text == null || text.isBlank()) {
            return "empty body";
        }
        if (json == null) {
            return "body is not JSON";
        }
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return "Content-Type " + contentType;
        }
        return problem(status, json);
    }

    private static boolean isText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank();
    }

    private static boolean fieldErrors(JsonNode errors) {
        if (!errors.isArray()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (!error.isObject() || !error.path("field").isTextual() || !isText(error.get("message"))) {
                return false;
            }
        }
        return true;
    }
}
