package com.workgate.warehouse.analytics.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.WorkgateMetrics;
import com.workgate.warehouse.analytics.control.ActivityQueries;
import com.workgate.warehouse.analytics.control.AttendanceReport;
import com.workgate.warehouse.analytics.control.DateRange;
import com.workgate.warehouse.analytics.control.DirectoryQueries;
import com.workgate.warehouse.analytics.control.GroupQueries;
import com.workgate.warehouse.analytics.control.IdList;
import com.workgate.warehouse.analytics.control.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Warehouse reads: plain JSON arrays, every row of the caller's organization only. Each endpoint has a
 * {@code /basic} twin for HTTP Basic. Optional {@code limit} and {@code cursor} page through a result.
 */
@MetricsFamily(Family.WAREHOUSE)
@Path("v1/analytics")
@AllowedRoles({Role.WAREHOUSE, Role.ALL})
@Tag(name = "Warehouse")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    static final String START_DATE = "YYYYMMDD, YYYY-MM-DD, or an ISO date-time (e.g. 2023-01-01T00:00:00.000Z: the date it "
            + "falls on in the organization's time zone; without an offset, its own date)";
    static final String END_DATE = "As startDate; included, and at most 30 days after startDate";

    @Inject
    WorkgateMetrics metrics;

    @Inject
    DirectoryQueries directory;

    @Inject
    GroupQueries groupQueries;

    @Inject
    ActivityQueries activity;

    @Inject
    AttendanceReport attendance;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    private ZoneId organizationZone() {
        return organizations.settings(caller.organizationId()).timeZone();
    }

    @Context
    UriInfo uri;

    @GET
    @Path("users")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The directory of people")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.UserRow.class)))
    public Response users(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) throws IOException {
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> directory.users(caller.organizationId(), paging, sink));
    }

    @GET
    @Path("users/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The directory of people (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.UserRow.class)))
    public Response usersWithBasic(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) throws IOException {
        return users(limit, cursor);
    }

    @GET
    @Path("groups")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The organization's groups: of the hierarchy, of people's directory attributes, and those only "
            + "a person's primaryGroupId names")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.GroupRow.class)))
    public Response groups(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) throws IOException {
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> groupQueries.groups(caller.organizationId(), paging, sink));
    }

    @GET
    @Path("groups/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The organization's groups (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.GroupRow.class)))
    public Response groupsWithBasic(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor)
            throws IOException {
        return groups(limit, cursor);
    }

    @GET
    @Path("locations")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Locations with their levels and zones")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.LocationRow.class)))
    public Response locations(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) throws IOException {
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> directory.locations(caller.organizationId(), paging, sink));
    }

    @GET
    @Path("locations/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Locations with their levels and zones (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.LocationRow.class)))
    public Response locationsWithBasic(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor)
            throws IOException {
        return locations(limit, cursor);
    }

    @GET
    @Path("desks")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Desks, optionally of one location")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.DeskRow.class)))
    public Response desks(@QueryParam("locationId") String locationId, @QueryParam("limit") String limit,
                          @QueryParam("cursor") String cursor) throws IOException {
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> directory.desks(caller.organizationId(), locationId, paging, sink));
    }

    @GET
    @Path("desks/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Desks (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.DeskRow.class)))
    public Response desksWithBasic(@QueryParam("locationId") String locationId, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) throws IOException {
        return desks(locationId, limit, cursor);
    }

    @GET
    @Path("user-booking-attendance")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Plan, booking and attendance per person and day (endDate at most 30 days after startDate)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.AttendanceRow.class)))
    public Response attendance(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                               @QueryParam("locationId") String locationId, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor) throws IOException {
        DateRange range = DateRange.parse(startDate, endDate, organizationZone());
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> attendance.write(caller.organizationId(), range, locationId, paging, sink));
    }

    @GET
    @Path("user-booking-attendance/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Plan, booking and attendance per person and day (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.AttendanceRow.class)))
    public Response attendanceWithBasic(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                                        @QueryParam("locationId") String locationId, @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) throws IOException {
        return attendance(startDate, endDate, locationId, limit, cursor);
    }

    @GET
    @Path("presence")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Presence events (endDate at most 30 days after startDate), optionally of some locations and people")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.PresenceRow.class)))
    public Response presence(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                             @QueryParam("locationIds") String locationIds, @QueryParam("userIds") String userIds,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) throws IOException {
        DateRange range = DateRange.parse(startDate, endDate, organizationZone());
        var locations = IdList.texts(locationIds, "locationIds");
        var users = IdList.numbers(userIds, "userIds");
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri,
                sink -> activity.presence(caller.organizationId(), range, locations, users, paging, sink));
    }

    @GET
    @Path("presence/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Presence events (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.PresenceRow.class)))
    public Response presenceWithBasic(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                                      @QueryParam("locationIds") String locationIds, @QueryParam("userIds") String userIds,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor)
            throws IOException {
        return presence(startDate, endDate, locationIds, userIds, limit, cursor);
    }

    @GET
    @Path("change-log/user")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The user actions log (endDate at most 30 days after startDate), optionally of some people")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.ChangeRow.class)))
    public Response changeLog(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                              @QueryParam("userIds") String userIds, @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor) throws IOException {
        DateRange range = DateRange.parse(startDate, endDate, organizationZone());
        var users = IdList.numbers(userIds, "userIds");
        Paging paging = Paging.parse(limit, cursor);
        return RowsAnswer.of(metrics, paging, uri, sink -> activity.userChangeLog(caller.organizationId(), range, users, paging, sink));
    }

    @GET
    @Path("change-log/user/basic")
    @AcceptedCredentials(CredentialKind.BASIC)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "The user actions log (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "The rows, streamed; with limit, a page and a Link to the next",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = WarehouseRows.ChangeRow.class)))
    public Response changeLogWithBasic(@Parameter(description = START_DATE) @QueryParam("startDate") String startDate,
            @Parameter(description = END_DATE) @QueryParam("endDate") String endDate,
                                       @QueryParam("userIds") String userIds, @QueryParam("limit") String limit,
                                       @QueryParam("cursor") String cursor) throws IOException {
        return changeLog(startDate, endDate, userIds, limit, cursor);
    }
}
