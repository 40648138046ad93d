package com.workgate.events.place.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A desk (bookable by one person) or a space (a room or area). */
public enum PlaceKind {
    DESK, SPACE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
