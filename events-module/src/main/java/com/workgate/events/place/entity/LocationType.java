package com.workgate.events.place.entity;

import java.util.Locale;
import java.util.Optional;

/** What a {@code locationId} in an event names. */
public enum LocationType {
    LOCATION, LEVEL, ZONE, PLACE, SPACE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LocationType> fromWire(String text) {
        for (LocationType type : values()) {
            if (type.wireName().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
