package com.workgate.auth.scim.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.BaseScimResource;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.SchemaUtils;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.scim.control.ScimError;
import com.workgate.auth.scim.control.ScimGroups;
import com.workgate.auth.scim.control.ScimQuery;
import com.workgate.auth.scim.control.ScimUsers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.beans.IntrospectionException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the SCIM service provider supports (RFC 7644 section 4): its configuration, resource types and schemas. */
@MetricsFamily(Family.SCIM)
@Path("scim/v2")
@ApiFamily(ErrorFamily.SCIM)
@AcceptedCredentials(CredentialKind.BEARER)
@AllowedRoles({Role.EVENTS, Role.ALL})
@SecurityRequirement(name = "bearer")
@Tag(name = "SCIM")
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
@APIResponse(responseCode = "403", description = "The key's role is neither EVENTS nor ALL",
        content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
public class ScimDiscoveryResource {

    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    @Context
    UriInfo uri;

    @GET
    @Path("ServiceProviderConfig")
    @Operation(summary = "What this SCIM service supports: PATCH and filters (200 results at most), no bulk, sort, "
            + "ETags or password changes; bearer tokens of POST /v1/auth")
    @APIResponse(responseCode = "200", description = "The configuration",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ServiceProviderConfig.class)))
    public ObjectNode serviceProviderConfig() {
        ServiceProviderConfigResource config = new ServiceProviderConfigResource(null, new PatchConfig(true),
                new BulkConfig(false, 0, 0), new FilterConfig(true, ScimQuery.MAX_COUNT), new ChangePasswordConfig(false),
                new SortConfig(false), new ETagConfig(false), List.of(AuthenticationScheme.createOAuth2BearerToken(true)));
        return withMeta(config, "ServiceProviderConfig", base(uri).resolve("ServiceProviderConfig"));
    }

    @GET
    @Path("ResourceTypes")
    @Operation(summary = "The resource types: User (with the enterprise extension) and Group")
    @APIResponse(responseCode = "200", description = "Both resource types",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ListResponse.class)))
    public ObjectNode resourceTypes() {
        return list(List.of(resourceType(ScimUsers.RESOURCE_TYPE), resourceType(ScimGroups.RESOURCE_TYPE)));
    }

    @GET
    @Path("ResourceTypes/{name}")
    @Operation(summary = "One resource type: User or Group")
    @APIResponse(responseCode = "200", description = "The resource type",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ResourceType.class)))
    @APIResponse(responseCode = "404", description = "No such resource type",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode resourceType(@PathParam("name") String name) {
        URI base = base(uri);
        ResourceTypeResource type;
        if (ScimUsers.RESOURCE_TYPE.equals(name)) {
            type = new ResourceTypeResource("User", "User", "People of the organization", URI.create("/Users"),
                    URI.create(ScimUsers.CORE),
                    List.of(new ResourceTypeResource.SchemaExtension(URI.create(ScimUsers.ENTERPRISE), false)));
        } else if (ScimGroups.RESOURCE_TYPE.equals(name)) {
            type = new ResourceTypeResource("Group", "Group", "Groups of people of the organization",
                    URI.create("/Groups"), URI.create(SchemaUtils.getSchemaUrn(GroupResource.class)), null);
        } else {
            throw ScimError.notFound("ResourceType", name);
        }
        return withMeta(type, "ResourceType", base.resolve("ResourceTypes/" + name));
    }

    @GET
    @Path("Schemas")
    @Operation(summary = "The schemas: User, the enterprise user extension, Group")
    @APIResponse(responseCode = "200", description = "The three schemas",
            content = @Content(schema = @Schema(implementation = ScimSchemas.ListResponse.class)))
    public ObjectNode schemas() {
        return list(List.of(schema(ScimUsers.CORE), schema(ScimUsers.ENTERPRISE),
                schema(SchemaUtils.getSchemaUrn(GroupResource.class))));
    }

    @GET
    @Path("Schemas/{id}")
    @Operation(summary = "One schema, by its URN")
    @APIResponse(responseCode = "200", description = "The schema",
            content = @Content(schema = @Schema(implementation = ScimSchemas.SchemaDefinition.class)))
    @APIResponse(responseCode = "404", description = "No such schema",
            content = @Content(schema = @Schema(implementation = ScimErrorBody.class)))
    public ObjectNode schema(@PathParam("id") String id) {
        Class<?> type = ScimUsers.CORE.equals(id) ? UserResource.class
                : ScimUsers.ENTERPRISE.equals(id) ? EnterpriseUserExtension.class
                : SchemaUtils.getSchemaUrn(GroupResource.class).equals(id) ? GroupResource.class : null;
        if (type == null) {
            throw ScimError.notFound("Schema", id);
        }
        try {
            return withMeta(SchemaUtils.getSchema(type), "Schema", base(uri).resolve("Schemas/" + id));
        } catch (IntrospectionException e) {
            throw new IllegalStateException("the SCIM library cannot describe " + type, e);
        }
    }

    /** The base of SCIM locations, {@code .../scim/v2/}. */
    static URI base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("scim/v2/").build();
    }

    static ObjectNode listResponse(ScimUsers.Page page) {
        ObjectNode answer = JsonUtils.getJsonNodeFactory().objectNode();
        answer.putArray("schemas").add(LIST_RESPONSE);
        answer.put("totalResults", page.totalResults());
        answer.put("startIndex", page.startIndex());
        answer.put("itemsPerPage", page.resources().size());
        ArrayNode resources = answer.putArray("Resources");
        page.resources().forEach(resources::add);
        return answer;
    }

    private static ObjectNode list(List<ObjectNode> resources) {
        return listResponse(new ScimUsers.Page(resources.size(), 1, new ArrayList<>(resources)));
    }

    private static ObjectNode withMeta(BaseScimResource resource, String resourceType, URI location) {
        Meta meta = new Meta();
        meta.setResourceType(resourceType);
        meta.setLocation(location);
        resource.setMeta(meta);
        return JsonUtils.valueToNode(resource);
    }
}
