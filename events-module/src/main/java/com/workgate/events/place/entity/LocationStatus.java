package com.workgate.events.place.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum LocationStatus {
    ACTIVE, INACTIVE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
