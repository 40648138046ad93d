package com.workgate.auth.audit.boundary;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.audit.control.AuditQuery;
import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditEntry;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: an organization reads its own entries; the system organization reads everyone's. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/audit")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    public record AuditEntryView(long id, Instant occurredAt, Long organizationId, AuditKind kind, String target,
                                 String detail, String actorKeyId, Long actorUserId, String clientAddress) {
        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getOrganizationId(), entry.getKind(),
                    entry.getTarget(), entry.getDetail(), entry.getActorKeyId(), entry.getActorUserId(),
                    entry.getClientAddress());
        }
    }

    @Inject
    AuditTrail trail;

    @Inject
    Organizations organizations;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Security-relevant changes, newest first; a full page has a Link header to the next one")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(schema = @Schema(implementation = AuditEntryView[].class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter, or another organization's trail",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("kind") String kind, @QueryParam("actor") String actor,
                         @QueryParam("organizationId") String organizationId,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        int pageSize = limit == null ? DEFAULT_LIMIT : (int) number("limit", limit, MAX_LIMIT);
        if (pageSize < 1) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        AuditQuery query = new AuditQuery(organizationScope(organizationId),
                cursor == null ? null : number("cursor", cursor, Long.MAX_VALUE),
                instant("from", from), instant("to", to), kind(kind), actor(actor), pageSize);
        List<AuditEntryView> page = trail.list(query).stream().map(AuditEntryView::of).toList();
        Response.ResponseBuilder answer = Response.ok(page);
        if (page.size() == pageSize) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.get(page.size() - 1).id())
                    .build().toString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** The caller's own organization; the system organization may name one, or read all when it names none. */
    private Long organizationScope(String requested) {
        long own = caller.organizationId();
        boolean system = organizations.isSystem(own);
        if (requested == null) {
            return system ? null : own;
        }
        long id = number("organizationId", requested, Long.MAX_VALUE);
        if (id != own && !system) {
            throw ApiException.badRequest("organizationId", "must be your own organization's: an organization reads only its own audit trail");
        }
        return id;
    }

    private static long number(String field, String text, long max) {
        return WholeNumbers.id(text).filter(number -> number <= max)
                .orElseThrow(() -> ApiException.badRequest(field, "must be a whole number between 0 and " + max));
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    private static AuditKind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AuditKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("kind", "is not one of " + List.of(AuditKind.values()));
        }
    }

    private static String actor(String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank() || text.length() > 36) {
            throw ApiException.badRequest("actor", "must be a key id or a user id");
        }
        return ApiKeys.normalize(text);
    }
}
