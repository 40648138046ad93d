package com.workgate.auth.platform.boundary;

import com.workgate.auth.caller.control.PublicEndpoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Liveness and readiness in the MicroProfile Health shape, on the API's own port. */
@MetricsFamily(MetricsFamily.Family.OTHER)
@Path("health")
@PublicEndpoint
@Tag(name = "Health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** What both checks answer, for the API document. */
    record HealthView(String status, List<Map<String, String>> checks) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @GET
    @Path("live")
    @Operation(summary = "The server is running")
    @APIResponse(responseCode = "200", description = "Live", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthView.class)))
    public Map<String, Object> live() {
        return Map.of("status", "UP", "checks", List.of());
    }

    @GET
    @Path("ready")
    @Operation(summary = "The server can reach its database")
    @APIResponse(responseCode = "200", description = "Ready", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthView.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthView.class)))
    public Response ready() {
        boolean up;
        try {
            up = ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue() == 1;
        } catch (RuntimeException e) {
            up = false;
        }
        String status = up ? "UP" : "DOWN";
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", status, "checks", List.of(Map.of("name", "database", "status", status))))
                .build();
    }
}
