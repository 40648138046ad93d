package com.workgate.timeclock.holiday.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.ApiFamily;
import com.workgate.auth.platform.boundary.ErrorFamily;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.timeclock.holiday.control.HolidayFetch;
import com.workgate.timeclock.common.boundary.ListResponse;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.holiday.control.Holidays;
import com.workgate.timeclock.holiday.entity.Holiday;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/holidays}: public holidays, of the organization's country unless {@code country} says otherwise. */
@MetricsFamily(Family.TIMECLOCK)
@Path("api/holidays")
@ApiFamily(ErrorFamily.TIMECLOCK)
@AcceptedCredentials(CredentialKind.TIMECLOCK)
@Tag(name = "TimeClock")
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    public record HolidayView(int year, int month, int day) {
        static HolidayView of(Holiday holiday) {
            return new HolidayView(holiday.getYear(), holiday.getMonth(), holiday.getDay());
        }
    }

    @Inject
    Holidays holidays;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List stored public holidays (filters and sorts on year, month, day)")
    @APIResponse(responseCode = "200", description = "Stored holidays; X-Pagination-* headers and Link give the pages",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = HolidayView.class)))
    public Response list(@QueryParam("country") String country) {
        ListQuery query = ListQuery.from(uri.getQueryParameters(), Holidays.LIST);
        return ListResponse.of(holidays.list(caller.organizationId(), country, query), query, uri, HolidayView::of);
    }

    @POST
    @Path("fetch")
    @Operation(summary = "Fill a year's public holidays, computed offline ({\"year\": 2027, \"country\": \"PL\"})")
    @APIResponse(responseCode = "204", description = "Done")
    public Response fetch(JsonNode body) {
        holidays.fetch(caller.organizationId(), HolidayFetch.read(body));
        return Response.noContent().build();
    }
}
