package com.workgate.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The JAX-RS application, at the server's root so that clients find {@code /v1/...} and {@code /api/...} where
 * they expect them. Its resources and providers live in the EJB modules of the EAR. The API document's info is
 * set by {@link ApiDocumentFilter} (an {@code @OpenAPIDefinition} would leave an empty, invalid externalDocs).
 */
@ApplicationPath("/")
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "Token from POST /v1/auth, /v1/auth/token or /v1/sessions"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "API key id and secret, on the /basic endpoints (BASIC_AND_HMAC keys)"),
        @SecurityScheme(securitySchemeName = "signedHeaders", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                apiKeyName = "API-Key",
                description = "API-Key, API-Timestamp and API-Token = hex HMAC-SHA256(secret, \"<account>:<API-Key>@<API-Timestamp>\")")
})
public class WorkgateApplication extends Application {
}
