package com.workgate.events.place.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.place.control.LocationRequest;
import com.workgate.events.place.control.Places;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organization's places, a whole location hierarchy at a time. */
@MetricsFamily(Family.ADMIN)
@Path("v1/admin/locations")
@AllowedRoles(Role.ALL)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LocationsResource {

    @Inject
    Places places;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("{locationId}")
    @Operation(summary = "Create or replace a location with its levels, zones and places; what is left out is archived")
    @APIResponse(responseCode = "409", description = "A level, zone or place id belongs to another location", content = @Content(schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "200", description = "The location as stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = LocationView.class)))
    public LocationView put(@PathParam("locationId") String locationId, LocationRequest request) {
        return LocationView.of(places.put(caller.organizationId(), locationId, request));
    }

    @GET
    @Transactional
    @Operation(summary = "List the organization's locations with their hierarchies")
    public List<LocationView> list() {
        return places.list(caller.organizationId()).stream().map(LocationView::of).toList();
    }

    @GET
    @Transactional
    @Path("{locationId}")
    @Operation(summary = "Read one location with its hierarchy")
    public LocationView get(@PathParam("locationId") String locationId) {
        return LocationView.of(places.get(caller.organizationId(), locationId));
    }
}
