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
import com.workgate.auth.scim.control.ScimGroups;
import com.workgate.auth.scim.control.ScimPatches;
import com.workgate.auth.scim.control.ScimQuery;
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

/** SCIM 2.0 Groups (RFC 7644): groups of people of the caller's organization, with their members. */
@MetricsFamily(Family.SCIM)
@Path("scim/v2/Groups")
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
public class ScimGroupsResource {

    @Inject
    ScimGroups groups;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a group; displayName is unique ignoring case, members are people of the organization")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "409", description = "displayName already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public Response create(JsonNode body) {
        ObjectNode created = groups.create(caller.organizationId(), ScimGroups.read(body), ScimDiscoveryResource.base(uri));
        return Response.status(201).header("Location", created.path("meta").path("location").asText())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List groups, optionally filtered by displayName eq \"...\" (ignoring case); startIndex and count page "
            + "(count at most 200)")
    @APIResponse(responseCode = "200", description = "A page of groups",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ListResponse.class)))
    public ObjectNode list(@QueryParam("filter") @Parameter(description = "displayName eq \"...\"; at most 1000 characters") String filter,
                           @QueryParam("startIndex") @Parameter(description = "1-based; default 1") String startIndex,
                           @QueryParam("count") @Parameter(description = "0 to 200; default 100") String count) {
        ScimQuery query = ScimQuery.parse(filter, startIndex, count, "displayName");
        return ScimDiscoveryResource.listResponse(groups.list(caller.organizationId(), query, ScimDiscoveryResource.base(uri)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a group")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "404", description = "No such group in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode get(@PathParam("id") String id) {
        return groups.get(caller.organizationId(), id, ScimDiscoveryResource.base(uri));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a group and its members")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "200", description = "The group as stored",
            content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "404", description = "No such group in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "displayName already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode replace(@PathParam("id") String id, JsonNode body) {
        return groups.replace(caller.organizationId(), id, ScimGroups.read(body), ScimDiscoveryResource.base(uri));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a group with add / remove / replace operations (members[value eq \"id\"] paths work)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScimSchemas.PatchOp.class)))
    @APIResponse(responseCode = "200", description = "The group as stored",
            content = @Content(schema = @Schema(implementation = ScimSchemas.Group.class)))
    @APIResponse(responseCode = "404", description = "No such group in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "displayName already used (scimType uniqueness)",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode patch(@PathParam("id") String id, JsonNode body) {
        return groups.patch(caller.organizationId(), id, ScimPatches.read(body), ScimDiscoveryResource.base(uri));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a group (its members stay)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such group in this organization",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public Response delete(@PathParam("id") String id) {
        groups.delete(caller.organizationId(), id);
        return Response.noContent().build();
    }
}
