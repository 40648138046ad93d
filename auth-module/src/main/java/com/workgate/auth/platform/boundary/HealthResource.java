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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Liveness and readiness in the MicroProfile Health shape, on the API's own port. */
@Path("health")
@PublicEndpoint
@SecurityRequirements // public: no credentials (an empty security list in the OpenAPI document)
@Tag(name = "Health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @GET
    @Path("live")
    @Operation(summary = "The server is running")
    public Map<String, Object> live() {
        return Map.of("status", "UP", "checks", List.of());
    }

    @GET
    @Path("ready")
    @Operation(summary = "The server can reach its database")
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
