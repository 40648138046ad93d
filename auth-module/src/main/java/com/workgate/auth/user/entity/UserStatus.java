package com.workgate.auth.user.entity;

import com.fasterxml.jackson.annotation.JsonValue;

public enum UserStatus {
    ACTIVE, INACTIVE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
