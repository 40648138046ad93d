package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Who created or revoked this key, and when?": every security-relevant change is in the audit trail. */
class AuditTrailIT extends DeployedEar {

    @Test
    void keyAndUserChangesAreRecordedWithActorAddressAndTargetButNoSecret() {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        Answer rotated = client.post("/v1/admin/keys/" + key[0] + "/rotate", tenant.token(), Map.of());
        assertEquals(200, rotated.status(), rotated.toString());
        assertEquals(204, client.delete("/v1/admin/keys/" + key[0], tenant.token()).status());
        long userId = tenant.createUser(client, "audit-" + UUID.randomUUID() + "@example.com");
        assertEquals(200, client.put("/v1/admin/users/" + userId, tenant.token(), Map.of("lastName", "Changed")).status());
        Answer pin = client.post("/v1/admin/users/" + userId + "/pin", tenant.token(), null);
        assertEquals(200, pin.status(), pin.toString());
        Answer granted = client.post("/v1/admin/users/" + userId + "/timeclock-key", tenant.token(), null);
        Answer changed = client.post("/v1/admin/users/" + userId + "/timeclock-key", tenant.token(), null);
        assertEquals(204, client.delete("/v1/admin/users/" + userId + "/timeclock-key", tenant.token()).status());
        assertEquals(204, client.delete("/v1/admin/users/" + userId, tenant.token()).status());

        Answer trail = client.get("/v1/admin/audit?limit=100", tenant.token());

        assertEquals(200, trail.status(), trail.toString());
        List<String> kindsOldestFirst = new ArrayList<>();
        trail.json().forEach(entry -> kindsOldestFirst.add(0, entry.get("kind").asText()));
        assertEquals(List.of("ORGANIZATION_CREATED", "KEY_CREATED", "KEY_CREATED", "KEY_ROTATED", "KEY_REVOKED",
                "USER_CREATED", "USER_CHANGED", "PIN_SET", "TIMECLOCK_KEY_GRANTED", "TIMECLOCK_KEY_CHANGED",
                "TIMECLOCK_KEY_REVOKED", "USER_DELETED"), kindsOldestFirst);
        JsonNode revoked = entry(trail, "KEY_REVOKED");
        assertEquals("key:" + key[0].toUpperCase(), revoked.get("target").asText());
        assertEquals(tenant.adminKey().toUpperCase(), revoked.get("actorKeyId").asText());
        assertEquals("127.0.0.1", revoked.get("clientAddress").asText());
        assertEquals(tenant.organizationId(), revoked.get("organizationId").asLong());
        assertNotNull(Instant.parse(revoked.get("occurredAt").asText()));
        assertEquals("user:" + userId, entry(trail, "PIN_SET").get("target").asText());
        assertTrue(entry(trail, "USER_CHANGED").get("detail").asText().contains("lastName"));
        assertEquals(WorkgateClient.adminKey().toUpperCase(), entry(trail, "ORGANIZATION_CREATED").get("actorKeyId").asText(),
                "the system administrator created the organization");
        for (String secret : new String[]{key[1], rotated.json().get("secret").asText(), pin.json().get("pin").asText(),
                granted.json().get("apiKey").asText(), changed.json().get("apiKey").asText(), tenant.token()}) {
            assertFalse(trail.text().contains(secret), "a secret in the audit trail");
        }
    }

    @Test
    void anOrganizationReadsOnlyItsOwnTrailAndTheSystemOrganizationReadsAll() {
        Tenant first = Tenant.create(client);
        Tenant second = Tenant.create(client);
        first.createKey(client, "EVENTS", "HMAC_ONLY");

        Answer own = client.get("/v1/admin/audit", second.token());
        own.json().forEach(entry -> assertEquals(second.organizationId(), entry.get("organizationId").asLong()));
        assertEquals(400, client.get("/v1/admin/audit?organizationId=" + first.organizationId(), second.token()).status());

        Answer bySystem = client.get("/v1/admin/audit?organizationId=" + first.organizationId(), client.adminToken());
        assertEquals(200, bySystem.status(), bySystem.toString());
        assertEquals(3, bySystem.json().size(), "organization, its admin key, the EVENTS key: " + bySystem);

        assertEquals(200, client.post("/v1/admin/signing-keys/rotate", client.adminToken(), null).status());
        Answer serverWide = client.get("/v1/admin/audit?kind=SIGNING_KEY_ROTATED&limit=1", client.adminToken());
        assertEquals(1, serverWide.json().size(), serverWide.toString());
        assertTrue(serverWide.json().get(0).get("organizationId").isNull());
        assertEquals(0, client.get("/v1/admin/audit?kind=SIGNING_KEY_ROTATED", first.token()).json().size());
    }

    @Test
    void pagesFollowTheLinkHeaderAndFiltersNarrowTheTrail() throws InterruptedException {
        Tenant tenant = Tenant.create(client);
        Thread.sleep(50);
        Instant before = Instant.now();
        Thread.sleep(50);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        String eventsToken = client.token(events[0], events[1]);
        tenant.createKey(client, "WAREHOUSE", "HMAC_ONLY");
        assertEquals(403, client.get("/v1/admin/audit", eventsToken).status(), "an EVENTS key reads no trail");

        Answer first = client.get("/v1/admin/audit?limit=2", tenant.token());
        assertEquals(2, first.json().size());
        String link = first.header("Link");
        assertNotNull(link, "a full page links to the next");
        String next = link.substring(link.indexOf("/v1/"), link.indexOf('>'));
        Answer second = client.get(next, tenant.token());
        assertEquals(2, second.json().size(), "organization and admin key before the two keys");
        assertTrue(second.json().get(0).get("id").asLong() < first.json().get(1).get("id").asLong());

        Answer byKind = client.get("/v1/admin/audit?kind=key_created&from=" + before, tenant.token());
        assertEquals(2, byKind.json().size(), byKind.toString());
        Answer byActor = client.get("/v1/admin/audit?actor=" + tenant.adminKey(), tenant.token());
        assertEquals(2, byActor.json().size(), "the keys the tenant's administrator made: " + byActor);
        assertEquals(2, client.get("/v1/admin/audit?to=" + before, tenant.token()).json().size(),
                "the organization and its administrator's key came before");

        for (String bad : new String[]{"limit=0", "limit=1001", "limit=x", "from=yesterday", "kind=NOPE", "cursor=-1"}) {
            Answer refused = client.get("/v1/admin/audit?" + bad, tenant.token());
            assertEquals(400, refused.status(), bad + ": " + refused);
        }
    }

    @Test
    void aThrottleBlockIsRecordedForTheSystemOrganization() {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        int status = 0;
        for (int attempt = 0; attempt < 30 && status != 429; attempt++) {
            status = client.authenticate(key[0], "not-the-secret", Instant.now().getEpochSecond()).status();
        }
        assertEquals(429, status, "wrong proofs end in a block");

        Answer blocks = client.get("/v1/admin/audit?kind=AUTHENTICATION_BLOCKED&limit=1000", client.adminToken());
        assertEquals(200, blocks.status(), blocks.toString());
        boolean recorded = false;
        for (JsonNode block : blocks.json()) {
            recorded |= block.get("target").asText().toUpperCase().contains(key[0].toUpperCase())
                    && "127.0.0.1".equals(block.get("clientAddress").asText());
        }
        assertTrue(recorded, "a block of " + key[0] + " in " + blocks);
    }

    private static JsonNode entry(Answer trail, String kind) {
        for (JsonNode entry : trail.json()) {
            if (kind.equals(entry.get("kind").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " in " + trail);
    }
}
