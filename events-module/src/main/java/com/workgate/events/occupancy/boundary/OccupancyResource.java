package com.workgate.events.occupancy.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.events.ingest.boundary.LocatedEventResource;
import com.workgate.events.ingest.control.LocatedEventKind;
import com.workgate.events.occupancy.control.OccupancyKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Occupancy events: sensors' occupied flags and head counts. */
@MetricsFamily(Family.EVENTS)
@Path("v1/occupancy")
@AllowedRoles({Role.EVENTS, Role.ALL})
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OccupancyResource extends LocatedEventResource {

    @Inject
    OccupancyKind kind;

    @Override
    protected LocatedEventKind<?> kind() {
        return kind;
    }
}
