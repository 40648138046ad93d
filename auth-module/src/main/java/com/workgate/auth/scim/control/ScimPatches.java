package com.workgate.auth.scim.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;

/** PATCH requests (RFC 7644 section 3.5.2), read and applied by the SCIM library. */
public final class ScimPatches {

    static final int MAX_OPERATIONS = 1000;

    private ScimPatches() {
    }

    /** A request's body as PATCH operations, or the SCIM error that refuses it. */
    public static PatchRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimError.invalidSyntax("the body must be a JSON object");
        }
        JsonNode operations = body.get("Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimError.invalidSyntax("Operations: must be a non-empty array");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw ScimError.tooMany("Operations: at most " + MAX_OPERATIONS + " per request");
        }
        ScimInput.check(body, "");
        for (int i = 0; i < operations.size(); i++) {
            JsonNode operation = operations.get(i);
            JsonNode path = operation.get("path");
            if (!operation.isObject() || !operation.path("op").isTextual()) {
                throw ScimError.invalidSyntax("Operations[" + i + "]: must be an object with an op");
            }
            if (path != null && !path.isNull() && (!path.isTextual() || path.textValue().isBlank())) {
                throw new ScimError(400, "invalidPath", "Operations[" + i + "].path: must be a non-blank attribute path");
            }
        }
        try {
            return JsonUtils.nodeToValue(body, PatchRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScimError.invalidSyntax("the body is no SCIM PatchOp: " + ScimUsers.firstLine(e.getMessage()));
        }
    }

    static void apply(PatchRequest patch, GenericScimResource resource) {
        try {
            patch.apply(resource);
        } catch (ScimException e) {
            throw ScimError.of(e);
        } catch (RuntimeException e) {
            // the library applying a client's operations to a JSON tree fails only on what the client sent
            throw ScimError.invalidValue("the operations cannot be applied: " + ScimUsers.firstLine(e.getMessage()));
        }
    }
}
