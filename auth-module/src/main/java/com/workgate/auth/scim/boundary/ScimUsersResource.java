package com.workgate.auth.scim.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.scim.control.ScimPatches;
import com.workgate.auth.scim.control.ScimQuery;
import com.workgate.auth.scim.control.ScimUsers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SCIM 2.0 Users (RFC 7644): the people of the caller's organization, for identity providers. */
@MetricsFamily(Family.SCIM)
@Path("scim/v2/Users")
@ApiFamily(ErrorFamily.SCIM)
@AcceptedCredentials(CredentialKind.BEARER)
@AllowedRoles({Role.EVENTS, Role.ALL})
@SecurityRequirement(name = "bearer")
@Tag(name = "SCIM")
@Consumes({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@APIResponse(responseCode = "400", description = "Invalid request (scimType names the problem)",
        content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
@APIResponse(responseCode = "403", description = "The key's role is neither EVENTS nor ALL",
        content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
public class ScimUsersResource {

    @Inject
    ScimUsers users;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a person; userName (UPN or email) is unique ignoring case")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "409", description = "userName or email already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public Response create(JsonNode body) {
        ObjectNode created = users.create(caller.organizationId(), ScimUsers.read(body), ScimDiscoveryResource.base(uri));
        return Response.status(201).header("Location", created.path("meta").path("location").asText())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List people, optionally filtered by userName eq \"...\" (ignoring case); startIndex and count page "
            + "(count at most 200)")
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ListResponse.class)))
    public ObjectNode list(@QueryParam("filter") @Parameter(description = "userName eq \"...\"; at most 1000 characters") String filter,
                           @QueryParam("startIndex") @Parameter(description = "1-based; default 1") String startIndex,
                           @QueryParam("count") @Parameter(description = "0 to 200; default 100") String count) {
        ScimQuery query = ScimQuery.parse(filter, startIndex, count, "userName");
        return ScimDiscoveryResource.listResponse(users.list(caller.organizationId(), query, ScimDiscoveryResource.base(uri)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a person")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "404", description = "No such person in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode get(@PathParam("id") String id) {
        return users.get(caller.organizationId(), id, ScimDiscoveryResource.base(uri));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a person; enterprise attributes left out are removed")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "200", description = "The user as stored",
            content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "404", description = "No such person in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "userName or email already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode replace(@PathParam("id") String id, JsonNode body) {
        return users.replace(caller.organizationId(), id, ScimUsers.read(body), ScimDiscoveryResource.base(uri));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a person with add / remove / replace operations; active=false deactivates")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.PatchOp.class)))
    @APIResponse(responseCode = "200", description = "The user as stored",
            content = @Content(schema = @Schema(implementation = ScimSchemas.User.class)))
    @APIResponse(responseCode = "404", description = "No such person in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "userName or email already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode patch(@PathParam("id") String id, JsonNode body) {
        return users.patch(caller.organizationId(), id, ScimPatches.read(body), ScimDiscoveryResource.base(uri));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a person (as DELETE /v1/admin/users/{id}: history keeps pointing at them)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such person in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public Response delete(@PathParam("id") String id) {
        users.delete(caller.organizationId(), id);
        return Response.noContent().build();
    }
}
