package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A plain HTTP client of the server, written the way an integrator would: no server classes used. Every answer
 * is checked against the server's OpenAPI document ({@link ResponseContract}).
 */
public final class WorkgateClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;

    public WorkgateClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static WorkgateClient local() {
        return new WorkgateClient(System.getProperty("workgate.base-url", "http://127.0.0.1:8080"));
    }

    public static String adminKey() {
        return System.getProperty("workgate.admin.key");
    }

    public static String adminSecret() {
        return System.getProperty("workgate.admin.secret");
    }

    public static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /v1/auth} with a correct HMAC at the given time. */
    public Answer authenticate(String apiKey, String secret, long timestamp) {
        String hash = hmacSha256Hex(secret, apiKey + timestamp);
        return send("POST", "/v1/auth", null,
                json(Map.of("apiKey", apiKey, "timestamp", timestamp, "hash", hash)), Map.of());
    }

    /** A bearer token for the key, or an assertion failure saying why not. */
    public String token(String apiKey, String secret) {
        Answer answer = authenticate(apiKey, secret, Instant.now().getEpochSecond());
        if (answer.status() != 200) {
            throw new AssertionError("no token for " + apiKey + ": " + answer);
        }
        return answer.json().get("token").asText();
    }

    public String adminToken() {
        return token(adminKey(), adminSecret());
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, body == null ? null : json(body), Map.of());
    }

    public Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body == null ? null : json(body), Map.of());
    }

    public Answer delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** Any request; {@code body} is sent as given (raw JSON text or anything else). */
    public Answer send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ResponseContract.check(baseUrl, method, path, response.statusCode(), response.headers(), response.body());
            return new Answer(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
