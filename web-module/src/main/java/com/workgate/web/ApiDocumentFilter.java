package com.workgate.web;

import com.workgate.auth.caller.boundary.AuthenticationFilter;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.platform.boundary.ErrorFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the scanned OpenAPI document with what no single resource declares: the answers the shared
 * filters and exception mappers give on every operation of an API family (bad headers or bodies, missing or
 * refused credentials, unknown ids, body limits, TimeClock validation), each in the error shape of the resource's
 * {@code @ApiFamily}; the schemes its {@code @AcceptedCredentials} name beside the one it declares (the TimeClock
 * bearer, signed headers as the alternative to a bearer token); servers, licence and contact. Resources document
 * their own success and business answers. Integration tests validate every answer against the result
 * ({@code ResponseContract}), so what this says is checked on every run.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String TIMECLOCK_BEARER = "timeClockBearer";
    private static final String API_ERROR = "ApiError";
    private static final String TIMECLOCK_ERROR = "TimeClockError";
    private static final String TIMECLOCK_FIELD_ERRORS = "TimeClockFieldErrors";
    private static final String OAUTH_ERROR = "OAuthError";
    private static final String SCIM_ERROR = "ScimError";

    private static final Map<String, String> TAGS = Map.of(
            "Administration", "Organizations, API keys, users, signing keys, audit trail (admin API, /v1/admin)",
            "Directory", "Group hierarchy and user attributes pushed by HR and directory systems",
            "Events", "Presence, occupancy, access credentials, time off and visitor arrivals (Calven-compatible)",
            "Health", "Liveness and readiness for load balancers and orchestrators",
            "TimeClock", "The TimeClock API (/api): sessions, off-times, projects, holidays, the person's key",
            "Tokens", "Bearer tokens by HMAC, client credentials or signed headers, and the keys that verify them",
            "Warehouse", "Analytics reads (Data Warehouse role), paged with limit and cursor");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().title("Workgate").version("1")
                .description("Workplace API server: Calven-compatible integration API (/v1), signed headers, "
                        + "TimeClock API (/api)")
                .license(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Workgate-Proprietary"))
                .contact(OASFactory.createContact().name("Workgate maintainers (docs/integrators.md in the source)"));
        // the server always writes an externalDocs object (an empty one is invalid: it needs a url)
        openAPI.setExternalDocs(OASFactory.createExternalDocumentation().url("/openapi")
                .description("This document, as YAML (?format=JSON for JSON); the integrators' guide is "
                        + "docs/integrators.md in Workgate's source"));
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this document (the API is at its root)")));
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getDescription())));
        }

        openAPI.getComponents().addSecurityScheme(TIMECLOCK_BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("userId:timestamp:sha1hex")
                .description("TimeClock API: Authorization: Bearer <userId>:<unix seconds>:<hex SHA-1 of timestamp + key>, "
                        + "the person's TimeClock key (POST /v1/admin/users/{userId}/timeclock-key or /api/key/grant)"));
        addErrorSchemas(openAPI);

        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(method, item, operation)));
    }

    private void complete(PathItem.HttpMethod method, PathItem item, Operation operation) {
        ResourceMethod resource = ResourceMethod.named(operation.getOperationId());
        if (resource == null) {
            return; // not scanned from one of our resource methods: it documents its answers itself
        }
        operation.setOperationId(resource.publishedOperationId());
        ErrorFamily family = ErrorFamily.of(resource.resourceClass());
        List<CredentialKind> accepted = AuthenticationFilter.accepted(resource.method(), resource.resourceClass());
        boolean timeClock = family == ErrorFamily.TIMECLOCK;
        if (operation.getSecurity() == null && !AuthenticationFilter.isPublic(resource.method())
                && accepted.contains(CredentialKind.TIMECLOCK)) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(TIMECLOCK_BEARER));
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean bearer = secured && operation.getSecurity().stream().anyMatch(r -> r.hasScheme("bearer"));
        if (bearer && accepted.contains(CredentialKind.SIGNED_HEADERS)
                && operation.getSecurity().stream().noneMatch(r -> r.hasScheme("signedHeaders"))) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("signedHeaders"));
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParameter = hasPathParameter(item.getParameters()) || hasPathParameter(operation.getParameters());

        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Malformed request: unparseable header, body or parameter");
        if (secured) {
            errors.put("401", "Missing or invalid credentials (with WWW-Authenticate)");
            errors.put("403", "The credentials do not allow this operation");
        }
        if (secured && !timeClock) {
            errors.put("429", "Too many failed authentications from this address; see Retry-After");
        }
        if (hasPathParameter) {
            errors.put("404", "No such resource (or not of the caller's organization)");
        }
        if (hasBody) {
            errors.put("413", "The body is larger than the server accepts (WORKGATE_HTTP_MAX_BODY_BYTES)");
            errors.put("415", family == ErrorFamily.SCIM ? "Not a SCIM or JSON body in UTF-8" : "Not a JSON body in UTF-8");
        }
        if (write) {
            // a unique constraint met by a concurrent or repeated write (the exception mapper's answer)
            errors.put("409", "The request conflicts with an existing record");
        }
        errors.put("503", "The database cannot be reached, a row lock was not granted in time, or the server is "
                + "stopping; retry after Retry-After");
        if (timeClock) {
            // Yii's answer to any invalid field, list filter or parameter, not only in bodies
            errors.put("422", "Data validation failed: a list of fields and messages");
        }
        errors.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, error(family, status, description));
            }
        });
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    /** Every answer of a family is in its shape, the refusals of credentials and roles too (a terminal's are Yii's). */
    private static APIResponse error(ErrorFamily family, String status, String description) {
        Content content = OASFactory.createContent();
        switch (family) {
            case TIMECLOCK -> content.addMediaType("application/json",
                    schema(status.equals("422") ? TIMECLOCK_FIELD_ERRORS : TIMECLOCK_ERROR));
            case OAUTH -> content.addMediaType("application/json", schema(OAUTH_ERROR));
            // in either media type the client accepts (ScimResponseFilter)
            case SCIM -> content.addMediaType("application/scim+json", schema(SCIM_ERROR))
                    .addMediaType("application/json", schema(SCIM_ERROR));
            case CALVEN -> content.addMediaType("application/json", schema(API_ERROR));
        }
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static MediaType schema(String name) {
        return OASFactory.createMediaType().schema(OASFactory.createSchema().ref(name));
    }

    private static void addErrorSchemas(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSchema(API_ERROR, object("The error shape of the integration and admin APIs (/v1)")
                        .addProperty("status", type(SchemaType.INTEGER).format("int32").description("the HTTP status"))
                        .addProperty("message", type(SchemaType.STRING).description("what is wrong, in a sentence"))
                        .addProperty("errors", type(SchemaType.ARRAY).description("the fields at fault, where known")
                                .items(OASFactory.createSchema().ref("FieldError")))
                        .addProperty("error", type(SchemaType.STRING).description(
                                "signed headers only: Invalid API Key, Invalid API Token or Invalid API Timestamp"))
                        .addRequired("message"))
                .addSchema(TIMECLOCK_ERROR, object("The error shape of the TimeClock API (/api), as Yii answers")
                        .addProperty("name", type(SchemaType.STRING).description("the status's reason phrase"))
                        .addProperty("message", type(SchemaType.STRING))
                        .addProperty("code", type(SchemaType.INTEGER).format("int32"))
                        .addProperty("status", type(SchemaType.INTEGER).format("int32"))
                        .required(List.of("name", "message", "code", "status")))
                .addSchema(TIMECLOCK_FIELD_ERRORS, type(SchemaType.ARRAY)
                        .description("TimeClock validation errors (422), one per field, as Yii answers")
                        .items(object(null)
                                .addProperty("field", type(SchemaType.STRING))
                                .addProperty("message", type(SchemaType.STRING))
                                .required(List.of("field", "message"))))
                .addSchema(OAUTH_ERROR, object("An OAuth 2.0 token endpoint error (RFC 6749, section 5.2)")
                        .addProperty("error", type(SchemaType.STRING).description("invalid_request, invalid_client, "
                                + "unsupported_grant_type, ..."))
                        .addProperty("error_description", type(SchemaType.STRING))
                        .addRequired("error"));
    }

    private static Schema object(String description) {
        Schema schema = type(SchemaType.OBJECT).additionalPropertiesBoolean(false);
        return description == null ? schema : schema.description(description);
    }

    private static Schema type(SchemaType type) {
        return OASFactory.createSchema().addType(type);
    }
}
