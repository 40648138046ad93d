package com.workgate.auth.organization.boundary;

import com.workgate.auth.apikey.boundary.KeyView;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.SystemOrganization;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.organization.control.Organizations.CreatedOrganization;
import com.workgate.auth.organization.entity.Organization;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants, managed by the system organization's administrators. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/organizations")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    public record CreateOrganization(String name, String accountName, String country, String timeZone) {
    }

    public record OrganizationView(long organizationId, String name, String accountName, String country, String timeZone) {
        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.getId(), organization.getName(), organization.getAccountName(),
                    organization.getCountry(), organization.getTimeZone());
        }
    }

    public record CreatedOrganizationView(long organizationId, String name, String accountName, String country,
                                          String timeZone, KeyView adminKey) {
    }

    @Inject
    Organizations organizations;

    @POST
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CreatedOrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Account name already used", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @Operation(summary = "Create an organization with its first ALL key (system organization only)")
    @SystemOrganization
    public Response create(CreateOrganization request) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        String name = JsonFields.limit(JsonFields.requireText(request.name(), "name"), "name", Organization.NAME_LENGTH);
        String account = JsonFields.requireText(request.accountName(), "accountName");
        if (!account.matches("[A-Za-z0-9][A-Za-z0-9._-]{0," + (Organization.ACCOUNT_NAME_LENGTH - 1) + "}")) {
            throw ApiException.badRequest("accountName", "must be 1-" + Organization.ACCOUNT_NAME_LENGTH
                    + " letters, digits, dots, dashes or underscores");
        }
        String country = request.country() == null ? "PL" : request.country().toUpperCase(Locale.ROOT);
        if (!JsonFields.isCountryCode(country)) {
            throw ApiException.badRequest("country", "must be an ISO 3166 two-letter code (\"PL\", \"DE\", ...)");
        }
        String timeZone = JsonFields.limit(request.timeZone() == null ? "UTC" : request.timeZone(), "timeZone",
                Organization.TIME_ZONE_LENGTH);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ApiException.badRequest("timeZone", "is not a known time zone");
        }
        CreatedOrganization created = organizations.create(name, account, country, timeZone);
        Organization organization = created.organization();
        return Response.status(201).entity(new CreatedOrganizationView(organization.getId(), organization.getName(),
                organization.getAccountName(), organization.getCountry(), organization.getTimeZone(),
                KeyView.withSecret(created.adminKey()))).build();
    }

    @GET
    @Operation(summary = "List organizations (system organization only)")
    @SystemOrganization
    public List<OrganizationView> list() {
        return organizations.list().stream().map(OrganizationView::of).toList();
    }
}
