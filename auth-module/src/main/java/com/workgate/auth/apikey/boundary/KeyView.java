package com.workgate.auth.apikey.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.workgate.auth.apikey.control.CreatedKey;
import com.workgate.auth.apikey.entity.ApiKey;
import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import java.time.Instant;

/** An API key as the admin API shows it; {@code secret} only in the answer that creates or rotates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(String apiKey, String secret, String name, Role role, KeyAuthentication authentication,
                      Instant createdAt) {

    public static KeyView of(ApiKey key) {
        return new KeyView(key.getId(), null, key.getName(), key.getRole(), key.getAuthentication(), key.getCreatedAt());
    }

    public static KeyView withSecret(CreatedKey created) {
        ApiKey key = created.key();
        return new KeyView(key.getId(), created.secret(), key.getName(), key.getRole(), key.getAuthentication(),
                key.getCreatedAt());
    }
}
