package com.workgate.auth.scim.control;

import com.unboundid.scim2.common.exceptions.ScimException;

/** A SCIM failure (RFC 7644 section 3.12): an HTTP status, an optional scimType keyword and a sentence. */
public class ScimError extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimError(int status, String scimType, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimError invalidValue(String detail) {
        return new ScimError(400, "invalidValue", detail);
    }

    public static ScimError invalidSyntax(String detail) {
        return new ScimError(400, "invalidSyntax", detail);
    }

    public static ScimError invalidFilter(String detail) {
        return new ScimError(400, "invalidFilter", detail);
    }

    public static ScimError tooMany(String detail) {
        return new ScimError(400, "tooMany", detail);
    }

    public static ScimError uniqueness(String detail) {
        return new ScimError(409, "uniqueness", detail);
    }

    public static ScimError notFound(String resourceType, String id) {
        return new ScimError(404, null, resourceType + " " + id + " not found");
    }

    /** The library's own failures (a filter it cannot parse, a PATCH path it cannot apply) keep their scimType. */
    public static ScimError of(ScimException e) {
        Integer status = e.getScimError().getStatus();
        return new ScimError(status == null ? 400 : status, e.getScimError().getScimType(), e.getMessage());
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }
}
