package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TokenForge;
import com.workgate.it.support.WorkgateClient;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** What a bearer token must be: ours, RS256, unexpired, for us; and what another service needs to verify it. */
class TokenVerificationIT extends DeployedEar {

    private static JwtClaims claimsFor(Tenant tenant) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("workgate");
        claims.setAudience("workgate");
        claims.setSubject(tenant.adminKey());
        claims.setStringListClaim("groups", List.of("ALL"));
        claims.setClaim("org", tenant.organizationId());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    @Test
    void aTokenSignedWithOurKeyIsAcceptedOnlyWhileUnexpiredAndFromUs() throws Exception {
        Tenant tenant = Tenant.create(client);
        TokenForge.SigningKey key = TokenForge.newestSigningKey();
        assertEquals(200, client.get("/v1/admin/users", TokenForge.sign(claimsFor(tenant), key)).status(),
                "the forge makes tokens the server accepts");

        JwtClaims expired = claimsFor(tenant);
        expired.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 5));
        JwtClaims foreignIssuer = claimsFor(tenant);
        foreignIssuer.setIssuer("https://somebody-else.example");
        JwtClaims otherAudience = claimsFor(tenant);
        otherAudience.setAudience("another-service");
        for (JwtClaims claims : List.of(expired, foreignIssuer, otherAudience)) {
            Answer answer = client.get("/v1/admin/users", TokenForge.sign(claims, key));
            assertEquals(401, answer.status(), claims.toJson());
            assertTrue(answer.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        }
    }

    @Test
    void hs256SignedWithThePublicKeyIsRejected() throws Exception {
        Tenant tenant = Tenant.create(client);
        JsonWebKeySet jwks = new JsonWebKeySet(client.get("/v1/auth/jwks", null).text());
        RsaJsonWebKey published = (RsaJsonWebKey) jwks.getJsonWebKeys().get(0);
        JsonWebSignature confused = new JsonWebSignature();
        confused.setPayload(claimsFor(tenant).toJson());
        confused.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        confused.setKeyIdHeaderValue(published.getKeyId());
        confused.setKey(new HmacKey(published.getPublicKey().getEncoded()));
        confused.setDoKeyValidation(false);
        assertEquals(401, client.get("/v1/admin/users", confused.getCompactSerialization()).status());
    }

    @Test
    void anotherServiceVerifiesOurTokensWithThePublishedKeysAcrossARotation() throws Exception {
        String before = client.adminToken();
        Answer rotated = client.post("/v1/admin/signing-keys/rotate", client.adminToken(), null);
        assertEquals(200, rotated.status(), rotated.toString());
        // a timestamp no other request used (one in the near future): an identical request gets its earlier token back
        String after = client.authenticate(WorkgateClient.adminKey(), WorkgateClient.adminSecret(),
                Instant.now().getEpochSecond() + 17).json().get("token").asText();
        assertNotEquals(header(before, "kid"), header(after, "kid"));
        assertEquals(rotated.json().get("kid").asText(), header(after, "kid"));

        assertEquals(200, client.get("/v1/admin/users", before).status(), "tokens signed before a rotation still verify");
        assertEquals(200, client.get("/v1/admin/users", after).status());

        JsonWebKeySet jwks = new JsonWebKeySet(client.get("/v1/auth/jwks", null).text());
        JwtConsumer thirdParty = new JwtConsumerBuilder()
                .setExpectedIssuer("workgate").setExpectedAudience("workgate").setRequireExpirationTime()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .build();
        for (String token : List.of(before, after)) {
            JwtClaims claims = thirdParty.processToClaims(token);
            assertEquals(List.of("ALL"), claims.getStringListClaimValue("groups"));
            assertEquals(WorkgateClient.adminKey(), claims.getClaimValue("upn"));
        }
        Tenant tenant = Tenant.create(client);
        assertEquals(403, client.post("/v1/admin/signing-keys/rotate", tenant.token(), null).status(),
                "only the system organization rotates signing keys");
    }

    private static String header(String token, String name) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        return jws.getHeader(name);
    }

    @Test
    void aResourceReadsTheBearerTokenThroughMicroProfileJwt() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        long timestamp = Instant.now().getEpochSecond() - 3;
        Answer issued = client.authenticate(key[0], key[1], timestamp);
        Answer claims = client.get("/v1/auth/claims", issued.json().get("token").asText());
        assertEquals(200, claims.status(), claims.toString());
        assertEquals(key[0].toUpperCase(), claims.json().get("name").asText().toUpperCase());
        assertEquals(claims.json().get("name").asText(), claims.json().get("subject").asText());
        assertEquals("workgate", claims.json().get("issuer").asText());
        assertEquals("[\"workgate\"]", claims.json().get("audience").toString());
        assertEquals("[\"EVENTS\"]", claims.json().get("groups").toString());
        assertEquals(tenant.organizationId(), claims.json().get("organizationId").asLong());
        assertTrue(claims.json().get("tokenId").asText().matches("[0-9a-f]{32}"), claims.toString());
        assertEquals(timestamp, claims.json().get("issuedAt").asLong(), "issued at the request's timestamp");
        assertEquals(issued.json().get("expiration").asLong(), claims.json().get("expiresAt").asLong());

        Answer signed = client.send("GET", "/v1/auth/claims", null, null, SignedHeaders.of(tenant.accountName(),
                tenant.adminKey(), tenant.adminSecret(), String.valueOf(Instant.now().getEpochSecond())));
        assertEquals(404, signed.status(), "signed headers carry no bearer token: " + signed);
        assertEquals(401, client.get("/v1/auth/claims", null).status());
    }
}
