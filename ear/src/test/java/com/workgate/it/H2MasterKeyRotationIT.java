package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.WorkgateClient;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Master key rotation as an operator does it: restart with the new key and the old one as previous (every
 * stored secret is re-encrypted), then restart with the new key alone; every credential keeps working.
 */
class H2MasterKeyRotationIT {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void secretsAreReencryptedUnderTheNewMasterKey() throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of(
                "WORKGATE_ADMIN_KEY", WorkgateClient.adminKey(),
                "WORKGATE_ADMIN_SECRET", WorkgateClient.adminSecret(),
                "WORKGATE_DB", "h2",
                "WORKGATE_MASTER_KEY", OLD_KEY));
        try (StandaloneServer server = StandaloneServer.prepare("rotation-server", 200, environment)) {
            server.start();
            WorkgateClient client = server.client();
            Answer key = client.post("/v1/admin/keys", client.adminToken(), Map.of("name", "kept", "role", "EVENTS"));
            String keyId = key.json().get("apiKey").asText();
            String secret = key.json().get("secret").asText();
            assertTrue(storedSecrets(server).stream().allMatch(row -> row.startsWith(fingerprint(OLD_KEY) + ":")));
            server.stop();

            environment.put("WORKGATE_MASTER_KEY", NEW_KEY);
            environment.put("WORKGATE_MASTER_PREVIOUS_KEYS", OLD_KEY);
            server.start();
            client.token(keyId, secret);
            server.stop();

            List<String> stored = storedSecrets(server);
            assertFalse(stored.isEmpty());
            assertTrue(stored.stream().allMatch(row -> row.startsWith(fingerprint(NEW_KEY) + ":")), stored.toString());

            environment.remove("WORKGATE_MASTER_PREVIOUS_KEYS");
            server.start();
            client.token(keyId, secret);
            assertEquals(200, client.get("/v1/admin/users", client.adminToken()).status(),
                    "the signing key was re-encrypted too");
        }
    }

    /** Every encrypted column of the server's H2 file, read while the server is stopped. */
    private static List<String> storedSecrets(StandaloneServer server) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.h2Url(), "sa", "sa");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select secret from api_key_secret union all "
                     + "select private_key from signing_key union all select token from auth_replay")) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String fingerprint(String base64Key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Key));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
