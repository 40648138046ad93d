package com.workgate.auth.token.boundary;

import com.workgate.auth.caller.control.PublicEndpoint;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.token.control.SigningKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys that verify our tokens, for other MicroProfile JWT services ({@code mp.jwt.verify.publickey.location}). */
@MetricsFamily(Family.AUTH)
@Path("v1/auth/jwks")
@PublicEndpoint
@Tag(name = "Tokens")
public class JwksResource {

    @Inject
    SigningKeys signingKeys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of the token signing keys")
    public Map<String, List<Map<String, Object>>> keys() {
        return Map.of("keys", signingKeys.publicJwks());
    }
}
