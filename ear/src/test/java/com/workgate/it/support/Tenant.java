package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/** A fresh organization made through the admin API, with its ALL key and a token for it. */
public record Tenant(long organizationId, String accountName, String adminKey, String adminSecret, String token) {

    public static Tenant create(WorkgateClient client) {
        String account = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = client.post("/v1/admin/organizations", client.adminToken(),
                Map.of("name", "Org " + account, "accountName", account, "country", "PL", "timeZone", "Europe/Warsaw"));
        if (created.status() != 201) {
            throw new AssertionError("cannot create an organization: " + created);
        }
        JsonNode key = created.json().get("adminKey");
        String keyId = key.get("apiKey").asText();
        String secret = key.get("secret").asText();
        return new Tenant(created.json().get("organizationId").asLong(), account, keyId, secret, client.token(keyId, secret));
    }

    /** A key of this organization with the given role: {@code [apiKey, secret]}. */
    public String[] createKey(WorkgateClient client, String role, String authentication) {
        Answer created = client.post("/v1/admin/keys", token,
                Map.of("name", role + " key", "role", role, "authentication", authentication));
        if (created.status() != 201) {
            throw new AssertionError("cannot create a key: " + created);
        }
        return new String[]{created.json().get("apiKey").asText(), created.json().get("secret").asText()};
    }

    public long createUser(WorkgateClient client, String email) {
        Answer created = client.post("/v1/admin/users", token,
                Map.of("email", email, "firstName", "First", "lastName", "Last"));
        if (created.status() != 201) {
            throw new AssertionError("cannot create a user: " + created);
        }
        return created.json().get("userId").asLong();
    }
}
