package com.workgate.it.support;

import java.util.Map;

/** The PAVE-style headers a signing client sends. */
public final class SignedHeaders {

    private SignedHeaders() {
    }

    public static Map<String, String> of(String account, String apiKey, String secret, String timestamp) {
        return Map.of("API-Key", apiKey, "API-Timestamp", timestamp,
                "API-Token", WorkgateClient.hmacSha256Hex(secret, account + ":" + apiKey + "@" + timestamp));
    }
}
