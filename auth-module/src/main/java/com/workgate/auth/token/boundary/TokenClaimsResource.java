package com.workgate.auth.token.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.MetricsFamily;
import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.token.control.TokenIssuer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the bearer token of the request says, read through MicroProfile JWT's {@code JsonWebToken}. */
@MetricsFamily(Family.AUTH)
@Path("v1/auth/claims")
@AllowedRoles({Role.EVENTS, Role.VISITOR, Role.WAREHOUSE, Role.ALL})
@SecurityRequirement(name = "bearer")
@Tag(name = "Tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenClaimsResource {

    @Schema(name = "TokenClaims")
    public record ClaimsAnswer(String name, String subject, String issuer, Set<String> audience, Set<String> groups,
                               long organizationId, @Schema(nullable = true) String sessionId, String tokenId,
                               long issuedAt, long expiresAt) {
    }

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The claims of the bearer token this request carries (key, organization, role, times)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ClaimsAnswer.class)))
    @APIResponse(responseCode = "404", description = "The request carries no bearer token (it authenticated otherwise)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response claims() {
        if (token.getRawToken() == null) {
            throw new ApiException(404, "This request carries no bearer token");
        }
        Long organization = token.getClaim(TokenIssuer.ORGANIZATION_CLAIM);
        return Response.ok(new ClaimsAnswer(token.getName(), token.getSubject(), token.getIssuer(), token.getAudience(),
                token.getGroups(), organization, token.getClaim(TokenIssuer.SESSION_CLAIM), token.getTokenID(),
                token.getIssuedAtTime(), token.getExpirationTime())).build();
    }
}
