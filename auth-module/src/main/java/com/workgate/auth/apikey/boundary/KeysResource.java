package com.workgate.auth.apikey.boundary;

import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.apikey.entity.ApiKey;
import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's organization's API keys. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/keys")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    static final long MAX_OVERLAP_SECONDS = Duration.ofDays(30).toSeconds();

    public record CreateKey(String name, Role role, KeyAuthentication authentication) {
    }

    public record Rotate(Long overlapSeconds) {
    }

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentCaller caller;

    @POST
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Create an API key; the secret is shown only in this answer")
    public Response create(CreateKey request) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        String name = JsonFields.requireText(request.name(), "name");
        JsonFields.limit(name, "name", ApiKey.NAME_LENGTH);
        if (request.role() == null) {
            throw ApiException.badRequest("role", "is required");
        }
        KeyAuthentication authentication = request.authentication() == null
                ? KeyAuthentication.HMAC_ONLY : request.authentication();
        return Response.status(201)
                .entity(KeyView.withSecret(apiKeys.create(caller.organizationId(), name, request.role(), authentication)))
                .build();
    }

    @GET
    @Operation(summary = "List the organization's active API keys (without secrets)")
    public List<KeyView> list() {
        return apiKeys.list(caller.organizationId()).stream().map(KeyView::of).toList();
    }

    @DELETE
    @Path("{apiKey}")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key in this organization", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Revoke a key at once; its tokens stop working")
    public Response revoke(@PathParam("apiKey") String apiKey) {
        apiKeys.revoke(caller.organizationId(), apiKey);
        return Response.noContent().build();
    }

    @POST
    @Path("{apiKey}/rotate")
    @Operation(summary = "Give a key a new secret; the old one keeps working for overlapSeconds")
    public KeyView rotate(@PathParam("apiKey") String apiKey, Rotate request) {
        long overlap = request == null || request.overlapSeconds() == null ? 86_400 : request.overlapSeconds();
        if (overlap < 0 || overlap > MAX_OVERLAP_SECONDS) {
            throw ApiException.badRequest("overlapSeconds", "must be between 0 and " + MAX_OVERLAP_SECONDS);
        }
        return KeyView.withSecret(apiKeys.rotate(caller.organizationId(), apiKey, Duration.ofSeconds(overlap)));
    }
}
