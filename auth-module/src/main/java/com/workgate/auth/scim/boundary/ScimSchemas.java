package com.workgate.auth.scim.boundary;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The SCIM documents as the OpenAPI document describes them (RFC 7643); the resources build them with the SCIM
 * library. Attributes left out of a resource are absent from it, not null.
 */
public final class ScimSchemas {

    private ScimSchemas() {
    }

    @Schema(name = "ScimMeta")
    public record Meta(String resourceType,
                       @Schema(format = "date-time") String created,
                       @Schema(format = "date-time") String lastModified,
                       String location) {
    }

    @Schema(name = "ScimName")
    public record Name(String givenName, String familyName, String formatted) {
    }

    @Schema(name = "ScimMultiValue", description = "An email, phone number, group of a user or member of a group")
    public record MultiValue(String value, String display, String type, Boolean primary,
                             @JsonProperty("$ref") String ref) {
    }

    @Schema(name = "ScimEnterpriseUser", description = "The enterprise extension: directory attributes of the person; "
            + "department places the person in that group")
    public record EnterpriseUser(String department, String costCenter, String employeeNumber, String division,
                                 String organization, MultiValue manager) {
    }

    @Schema(name = "ScimUser", description = "A person of the caller's organization (RFC 7643 section 4.1); the "
            + "enterprise extension is the member urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
    public record User(List<String> schemas, String id, String externalId,
                       @Schema(description = "The person's user name (UPN) or email; unique ignoring case") String userName,
                       Name name, String displayName, Boolean active, List<MultiValue> emails,
                       List<MultiValue> phoneNumbers,
                       @Schema(description = "The SCIM groups the person is a member of (read-only)") List<MultiValue> groups,
                       @JsonProperty("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User") EnterpriseUser enterprise,
                       Meta meta) {
    }

    @Schema(name = "ScimGroup", description = "A group of people of the organization (RFC 7643 section 4.2)")
    public record Group(List<String> schemas, String id, String externalId, String displayName,
                        List<MultiValue> members, Meta meta) {
    }

    @Schema(name = "ScimPatchOp", description = "RFC 7644 section 3.5.2; at most 1000 operations")
    public record PatchOp(List<String> schemas,
                          @JsonProperty("Operations") List<PatchOperation> operations) {
    }

    @Schema(name = "ScimPatchOperation")
    public record PatchOperation(@Schema(enumeration = {"add", "remove", "replace"}) String op, String path,
                                 @Schema(description = "Any JSON value") Object value) {
    }

    @Schema(name = "ScimListResponse", description = "RFC 7644 section 3.4.2; Resources holds Users, Groups, "
            + "resource types or schemas")
    public record ListResponse(List<String> schemas, int totalResults, int startIndex, int itemsPerPage,
                               @JsonProperty("Resources") List<Object> resources) {
    }

    @Schema(name = "ScimServiceProviderConfig", description = "What the service supports (RFC 7643 section 5)")
    public record ServiceProviderConfig(List<String> schemas, @Schema(nullable = true) String documentationUri, Supported patch, Bulk bulk,
                                        Filter filter, Supported changePassword, Supported sort, Supported etag,
                                        List<AuthenticationScheme> authenticationSchemes, Meta meta) {
    }

    @Schema(name = "ScimSupported")
    public record Supported(boolean supported) {
    }

    @Schema(name = "ScimBulk")
    public record Bulk(boolean supported, int maxOperations, int maxPayloadSize) {
    }

    @Schema(name = "ScimFilter")
    public record Filter(boolean supported, int maxResults) {
    }

    @Schema(name = "ScimAuthenticationScheme")
    public record AuthenticationScheme(String type, String name, String description,
                                       @Schema(nullable = true) String specUri,
                                       @Schema(nullable = true) String documentationUri, Boolean primary) {
    }

    @Schema(name = "ScimResourceType", description = "A resource type (RFC 7643 section 6)")
    public record ResourceType(List<String> schemas, String id, String name, String description, String endpoint,
                               String schema, List<SchemaExtension> schemaExtensions, Meta meta) {
    }

    @Schema(name = "ScimSchemaExtension")
    public record SchemaExtension(String schema, boolean required) {
    }

    @Schema(name = "ScimSchema", description = "A schema with its attribute definitions (RFC 7643 section 7)")
    public record SchemaDefinition(List<String> schemas, String id, String name, String description,
                                   @Schema(description = "The attribute definitions") List<Object> attributes,
                                   Meta meta) {
    }
}
