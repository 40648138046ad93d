package com.workgate.events.place.control;

import com.workgate.events.place.entity.LocationStatus;
import com.workgate.events.place.entity.PlaceKind;
import java.util.List;

/** The whole hierarchy of one location, as {@code PUT /v1/admin/locations/{locationId}} sends it. */
public record LocationRequest(String name, String address, LocationStatus status, Boolean hasPresenceSource,
                              List<LevelRequest> levels) {

    public record LevelRequest(String levelId, String name, List<ZoneRequest> zones) {
    }

    public record ZoneRequest(String zoneId, String name, List<PlaceRequest> places) {
    }

    public record PlaceRequest(String placeId, String name, PlaceKind kind, Long assignedUserId) {
    }
}
