package com.workgate.auth.scim.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SCIM error shape (RFC 7644 section 3.12); its status is a string, as the RFC's examples write it. */
@Schema(name = "ScimError")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScimErrorBody(List<String> schemas, String status, String scimType, String detail) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** An error a shared filter or mapper answered: the scimType the status implies, if any. */
    public static ScimErrorBody of(int status, String detail) {
        String scimType = switch (status) {
            case 400 -> detail != null && detail.startsWith("Malformed JSON") ? "invalidSyntax" : "invalidValue";
            case 409 -> "uniqueness";
            default -> null;
        };
        return of(status, scimType, detail);
    }

    public static ScimErrorBody of(int status, String scimType, String detail) {
        return new ScimErrorBody(List.of(SCHEMA), String.valueOf(status), scimType, detail);
    }
}
