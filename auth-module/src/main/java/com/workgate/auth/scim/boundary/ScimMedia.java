package com.workgate.auth.scim.boundary;

import jakarta.ws.rs.core.MediaType;

/** SCIM's media type (RFC 7644 section 8.1); plain JSON is accepted and answered too. */
public final class ScimMedia {

    public static final String SCIM_JSON = "application/scim+json";
    public static final MediaType SCIM_JSON_TYPE = MediaType.valueOf(SCIM_JSON);

    private ScimMedia() {
    }
}
