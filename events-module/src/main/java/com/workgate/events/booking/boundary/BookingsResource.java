package com.workgate.events.booking.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.DateBounds;
import com.workgate.events.actions.control.ChangedBy;
import com.workgate.events.booking.control.Bookings;
import com.workgate.events.booking.entity.Booking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@MetricsFamily(Family.ADMIN)
@Path("v1/admin/bookings")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    public record BookingRequest(Long userId, String day, String locationId, String zoneId, String placeId) {
    }

    public record BookingView(long bookingId, long userId, LocalDate day, String locationId, String zoneId, String placeId,
                              int bookingDepth) {
        static BookingView of(Booking booking) {
            return new BookingView(booking.getId(), booking.getUserId(), booking.getDay(),
                    booking.getLocation().getLocationId(),
                    booking.getZone() == null ? null : booking.getZone().getZoneId(),
                    booking.getPlace() == null ? null : booking.getPlace().getPlaceId(), booking.getDepth());
        }
    }

    @Inject
    Bookings bookings;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Book a location, zone or place for a person and day; sets the day's plan to office")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "The person already has a booking that day, or the place is taken", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "404", description = "No such person in this organization", content = @Content(schema = @Schema(ref = "ApiError")))
    public Response book(BookingRequest request) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        if (request.userId() == null) {
            throw ApiException.badRequest("userId", "is required");
        }
        if (request.locationId() == null || request.locationId().isBlank()) {
            throw ApiException.badRequest("locationId", "is required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(request.day() == null ? "" : request.day());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("day", "is required as a date of the form YYYY-MM-DD");
        }
        DateBounds.require(day, "day");
        Booking booking = bookings.book(caller.organizationId(), request.userId(), day, request.locationId(),
                request.zoneId(), request.placeId(), ChangedBy.of(caller.get()));
        return Response.status(201).entity(BookingView.of(booking)).build();
    }

    @DELETE
    @Path("{bookingId}")
    @Operation(summary = "Cancel a booking")
    @APIResponse(responseCode = "204", description = "Done")
    public Response cancel(@PathParam("bookingId") long bookingId) {
        bookings.cancel(caller.organizationId(), bookingId, ChangedBy.of(caller.get()));
        return Response.noContent().build();
    }
}
