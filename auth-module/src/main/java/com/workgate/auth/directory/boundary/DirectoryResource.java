package com.workgate.auth.directory.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.directory.control.GroupHierarchy;
import com.workgate.auth.directory.control.GroupHierarchyRules;
import com.workgate.auth.directory.control.GroupRelationship;
import com.workgate.auth.directory.control.UserAttributeDocument;
import com.workgate.auth.directory.control.UserAttributes;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Directory sync from the customer's identity provider: the group hierarchy and people's attributes. A sync
 * writes with the keys that submit events (EVENTS or ALL), like the HR systems that send time off.
 */
@MetricsFamily(Family.EVENTS)
@Path("v1/directory")
@AllowedRoles({Role.EVENTS, Role.ALL})
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** What a successful hierarchy PUT answers: the groups it now holds, parents not listed counted. */
    public record HierarchyAnswer(int groups, List<GroupRelationship> groupRelationships) {
    }

    /** The body of a hierarchy PUT, for the OpenAPI document (the resource reads it as JSON to name bad entries). */
    @Schema(name = "GroupHierarchy")
    public record HierarchyDocument(List<GroupRelationship> groupRelationships) {
    }

    /** The body of a user-attributes POST, for the OpenAPI document. */
    @Schema(name = "UserAttributesRequest")
    public record AttributesDocument(List<PersonAttributes> userAttributes) {
    }

    @Schema(name = "UserAttributes")
    public record PersonAttributes(
            @Schema(description = "The person's email or user name (UPN); case is ignored when only one person matches")
            String userName,
            @Schema(description = "Names and values (string, number or boolean); null or blank removes the attribute")
            Map<String, String> attributes) {
    }

    @Inject
    GroupHierarchy hierarchy;

    @Inject
    UserAttributes attributes;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("groups/hierarchy")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the whole group hierarchy; refused whole (400 naming the entries) on a circle, "
            + "a group with two parents, or parent / parentType null without the other")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HierarchyDocument.class)))
    @APIResponse(responseCode = "200", description = "Stored; the hierarchy now held",
            content = @Content(schema = @Schema(implementation = HierarchyAnswer.class)))
    @APIResponse(responseCode = "400", description = "Refused whole, nothing changed; the errors name the entries",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public HierarchyAnswer replaceHierarchy(JsonNode document) {
        List<GroupRelationship> groups = GroupHierarchyRules.read(document);
        hierarchy.replace(caller.organizationId(), groups);
        return new HierarchyAnswer(groups.size(), groups);
    }

    @PUT
    @Path("groups/hierarchy/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Replace the whole group hierarchy (HTTP Basic)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HierarchyDocument.class)))
    @APIResponse(responseCode = "200", description = "Stored; the hierarchy now held",
            content = @Content(schema = @Schema(implementation = HierarchyAnswer.class)))
    @APIResponse(responseCode = "400", description = "Refused whole, nothing changed; the errors name the entries",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public HierarchyAnswer replaceHierarchyWithBasic(JsonNode document) {
        return replaceHierarchy(document);
    }

    @GET
    @Path("groups/hierarchy")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The group hierarchy as stored, parents not listed in the last PUT as top-level groups")
    public HierarchyAnswer currentHierarchy() {
        List<GroupRelationship> groups = hierarchy.current(caller.organizationId());
        return new HierarchyAnswer(groups.size(), groups);
    }

    @GET
    @Path("groups/hierarchy/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The group hierarchy as stored (HTTP Basic)")
    public HierarchyAnswer currentHierarchyWithBasic() {
        return currentHierarchy();
    }

    @POST
    @Path("user-attributes")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write up to 100 people's directory attributes; one result per entry (0 stored, "
            + "1 user not found, 3 invalid). An attribute naming a group type places the person in that group")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttributesDocument.class)))
    @APIResponse(responseCode = "200", description = "One result per entry, in order",
            content = @Content(schema = @Schema(implementation = UserAttributes.Answer.class)))
    @APIResponse(responseCode = "400", description = "Malformed document, nothing stored",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public UserAttributes.Answer writeAttributes(JsonNode document) {
        return attributes.ingest(caller.organizationId(), UserAttributeDocument.read(document));
    }

    @POST
    @Path("user-attributes/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Write people's directory attributes (HTTP Basic)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttributesDocument.class)))
    @APIResponse(responseCode = "200", description = "One result per entry, in order",
            content = @Content(schema = @Schema(implementation = UserAttributes.Answer.class)))
    @APIResponse(responseCode = "400", description = "Malformed document, nothing stored",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public UserAttributes.Answer writeAttributesWithBasic(JsonNode document) {
        return writeAttributes(document);
    }
}
