package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Database;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dump of the database holds no usable secret: API secrets, TimeClock keys and signing keys are ciphertext. */
class SecretsAtRestIT extends DeployedEar {

    @Test
    void apiSecretsAndTimeClockKeysAreNotInTheDatabaseInClear() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        long user = tenant.createUser(client, "vault@example.com");
        String timeClockKey = client.post("/v1/admin/users/" + user + "/timeclock-key", tenant.token(), null)
                .json().get("apiKey").asText();
        String pin = client.post("/v1/admin/users/" + user + "/pin", tenant.token(), null).json().get("pin").asText();

        List<String> secrets = Database.column("api_key_secret", "secret");
        assertTrue(secrets.size() >= 3, "the secrets are stored: " + secrets.size());
        List<String> stored = Database.column("app_user", "coalesce(timeclock_key, '') || ' ' || coalesce(pin_hash, '')");
        for (String plaintext : List.of(key[1], tenant.adminSecret(), WorkgateClient.adminSecret())) {
            String base64 = Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
            for (String row : secrets) {
                assertFalse(row.contains(plaintext) || row.contains(base64), "plaintext secret in api_key_secret");
            }
        }
        assertTrue(stored.stream().noneMatch(row -> row.contains(timeClockKey)), "plaintext TimeClock key in app_user");
        assertTrue(stored.stream().noneMatch(row -> row.contains(" " + pin)), "plaintext PIN in app_user");
        assertTrue(stored.stream().anyMatch(row -> row.contains("$2a$")), "PINs are bcrypt hashes");

        // the ciphertext still decrypts: the key authenticates
        assertEquals(200, client.authenticate(key[0], key[1], java.time.Instant.now().getEpochSecond()).status());
    }

    @Test
    void signingKeysPrivateHalvesAreEncrypted() throws Exception {
        List<String> privateKeys = Database.column("signing_key", "private_key");
        assertFalse(privateKeys.isEmpty());
        for (String row : privateKeys) {
            assertFalse(row.startsWith("MII"), "a PKCS#8 key in clear");
            assertTrue(row.matches("[0-9a-f]{8}:.+"), "stored as <master key id>:<ciphertext>");
        }
    }
}
