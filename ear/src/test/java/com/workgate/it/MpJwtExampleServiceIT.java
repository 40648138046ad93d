package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TokenForge;
import com.workgate.it.support.WorkgateClient;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * An integrator's MicroProfile service (example-mpjwt-service: {@code @LoginConfig(authMethod = "MP-JWT")},
 * {@code @RolesAllowed}, configured only by Workgate's JWKS address, issuer and audience) deployed beside Workgate
 * on the same server: it trusts exactly the tokens docs/integrators.md says it trusts.
 */
class MpJwtExampleServiceIT extends DeployedEar {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Workgate itself is deployed once for the whole run (see {@link DeployedEar}); only the example is added. */
    @Deployment(name = "example", testable = false)
    static WebArchive example() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("workgate.example-mpjwt.war")));
    }

    /** The example service is not Workgate: its answers are not checked against Workgate's API document. */
    private static HttpResponse<String> shiftReports(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(System.getProperty("workgate.base-url", "http://127.0.0.1:8080") + "/example-mpjwt-service/shift-reports"))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void workgatesApiDocumentStaysItsOwnBesideTheService() {
        Answer document = client.send("GET", "/openapi?format=JSON", null, null, java.util.Map.of("Accept", "application/json"));
        assertEquals(200, document.status());
        assertEquals("Workgate", document.json().path("info").path("title").asText(), "the example publishes no document");
        assertTrue(document.json().path("paths").has("/v1/auth"));
        assertTrue(document.json().path("paths").fieldNames().hasNext());
    }

    @Test
    void aWorkgateTokenOfTheRightRoleGetsInOtherRolesAreForbidden() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] warehouse = tenant.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");

        HttpResponse<String> allowed = shiftReports(client.token(warehouse[0], warehouse[1]));
        assertEquals(200, allowed.statusCode(), allowed.body());
        JsonNode caller = WorkgateClient.JSON.readTree(allowed.body());
        assertEquals(warehouse[0], caller.get("apiKey").asText(), "the key id is the caller's name (upn)");
        assertEquals("[\"WAREHOUSE\"]", caller.get("roles").toString());
        assertEquals(String.valueOf(tenant.organizationId()), caller.get("organization").asText());

        assertEquals(200, shiftReports(tenant.token()).statusCode(), "an ALL key is let in too");
        // a /v1/auth token is issued at its request's timestamp, which may be up to the window ahead of the clock
        long ahead = java.time.Instant.now().getEpochSecond() + 290;
        String issuedAhead = client.authenticate(warehouse[0], warehouse[1], ahead).json().get("token").asText();
        assertEquals(200, shiftReports(issuedAhead).statusCode(), "SmallRye JWT accepts an iat ahead of its clock");
        assertEquals(403, shiftReports(client.token(events[0], events[1])).statusCode(), "an EVENTS key is not");
        // no token: no authentication is attempted, and RESTEasy's role check refuses the anonymous caller
        assertEquals(403, shiftReports(null).statusCode(), "no token at all");
    }

    @Test
    void tokensNotFromThisWorkgateAreRefused() throws Exception {
        Tenant tenant = Tenant.create(client);
        TokenForge.SigningKey key = TokenForge.newestSigningKey();
        JwtClaims ours = claims(tenant, "workgate", "workgate");
        assertEquals(200, shiftReports(TokenForge.sign(ours, key)).statusCode(), "the forge makes tokens as Workgate does");

        JwtClaims otherIssuer = claims(tenant, "https://somebody-else.example", "workgate");
        assertEquals(401, shiftReports(TokenForge.sign(otherIssuer, key)).statusCode(), "another issuer, even with a valid signature");
        JwtClaims otherAudience = claims(tenant, "workgate", "another-service");
        assertEquals(401, shiftReports(TokenForge.sign(otherAudience, key)).statusCode(), "another audience");

        String valid = tenant.token();
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, shiftReports(tampered).statusCode(), "a signature that does not verify");
    }

    @Test
    void aSigningKeyRotationIsFollowedThroughTheJwks() throws Exception {
        String before = client.adminToken();
        assertEquals(200, shiftReports(before).statusCode(), "the service has loaded the key set");

        Answer rotated = client.post("/v1/admin/signing-keys/rotate", client.adminToken(), null);
        assertEquals(200, rotated.status(), rotated.toString());
        // a timestamp no other request used: an identical request gets its earlier token back
        String after = client.authenticate(WorkgateClient.adminKey(), WorkgateClient.adminSecret(),
                Instant.now().getEpochSecond() + 23).json().get("token").asText();

        assertEquals(200, shiftReports(before).statusCode(), "the retired key stays published until its tokens expire");
        HttpResponse<String> fresh = shiftReports(after);
        System.out.println("MP-JWT example after rotation: new-key token -> " + fresh.statusCode());
        assertEquals(200, fresh.statusCode(),
                "a token of the new key: its unknown kid makes the service fetch the JWKS again");
        assertTrue(client.get("/v1/auth/jwks", null).json().get("keys").size() >= 2);
    }

    private static JwtClaims claims(Tenant tenant, String issuer, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(tenant.adminKey());
        claims.setClaim("upn", tenant.adminKey());
        claims.setStringListClaim("groups", List.of("ALL"));
        claims.setClaim("org", tenant.organizationId());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }
}
