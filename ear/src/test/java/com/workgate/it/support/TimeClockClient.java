package com.workgate.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** A client of the TimeClock API as the original's scripts are written: Bearer id:ts:sha1(ts + key). */
public record TimeClockClient(WorkgateClient http, long userId, String key) {

    public String bearer() {
        long timestamp = Instant.now().getEpochSecond();
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((timestamp + key).getBytes(StandardCharsets.UTF_8));
            return "Bearer " + userId + ":" + timestamp + ":" + HexFormat.of().formatHex(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer send(String method, String path, Object body) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", bearer()));
        return http.send(method, path, null, body == null ? null : body instanceof String text ? text : WorkgateClient.json(body),
                headers);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    /** A new person of the tenant with a TimeClock key. */
    public static TimeClockClient newUser(WorkgateClient http, Tenant tenant, String email) {
        long userId = tenant.createUser(http, email);
        String key = http.post("/v1/admin/users/" + userId + "/timeclock-key", tenant.token(), null).json().get("apiKey").asText();
        return new TimeClockClient(http, userId, key);
    }
}
