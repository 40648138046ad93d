package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Set-up calls to the server (admin API, tokens); not used for the measured load. */
public final class WorkgateApi {

    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    public WorkgateApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String token(String apiKey, String secret) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        return send("POST", "/v1/auth", null, authBody(apiKey, secret, timestamp), 200).get("token").asText();
    }

    public static Map<String, Object> authBody(String apiKey, String secret, long timestamp) {
        return Map.of("apiKey", apiKey, "timestamp", timestamp, "hash", hmacSha256Hex(secret, apiKey + timestamp));
    }

    public JsonNode send(String method, String path, String token, Object body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** A new organization; answers its ALL key's token. */
    public Tenant createOrganization(String systemToken, String accountName) throws IOException, InterruptedException {
        JsonNode organization = send("POST", "/v1/admin/organizations", systemToken, Map.of("name", "Bench " + accountName,
                "accountName", accountName, "country", "GB", "timeZone", "UTC"), 201);
        String token = token(organization.get("adminKey").get("apiKey").asText(),
                organization.get("adminKey").get("secret").asText());
        return new Tenant(organization.get("organizationId").asLong(), token);
    }

    public record Tenant(long organizationId, String adminToken) {
    }

    public record Key(String id, String secret) {
    }

    public Key createKey(Tenant tenant, String name, String role) throws IOException, InterruptedException {
        JsonNode key = send("POST", "/v1/admin/keys", tenant.adminToken(),
                Map.of("name", name, "role", role, "authentication", "HMAC_ONLY"), 201);
        return new Key(key.get("apiKey").asText(), key.get("secret").asText());
    }

    public static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
