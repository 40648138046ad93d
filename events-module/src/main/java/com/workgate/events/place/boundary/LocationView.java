package com.workgate.events.place.boundary;

import com.workgate.events.place.entity.Level;
import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.LocationStatus;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.PlaceKind;
import com.workgate.events.place.entity.Zone;
import java.util.List;

/** A location with its whole hierarchy, archived parts included and marked. */
public record LocationView(String locationId, String name, String address, LocationStatus status,
                           boolean hasPresenceSource, List<LevelView> levels) {

    public record LevelView(String levelId, String name, boolean archived, List<ZoneView> zones) {
    }

    public record ZoneView(String zoneId, String name, boolean archived, List<PlaceView> places) {
    }

    public record PlaceView(String placeId, String name, PlaceKind kind, Long assignedUserId, boolean archived) {
    }

    public static LocationView of(Location location) {
        return new LocationView(location.getLocationId(), location.getName(), location.getAddress(), location.getStatus(),
                location.hasPresenceSource(), location.getLevels().stream().map(LocationView::level).toList());
    }

    private static LevelView level(Level level) {
        return new LevelView(level.getLevelId(), level.getName(), level.isArchived(),
                level.getZones().stream().map(LocationView::zone).toList());
    }

    private static ZoneView zone(Zone zone) {
        return new ZoneView(zone.getZoneId(), zone.getName(), zone.isArchived(),
                zone.getPlaces().stream().map(LocationView::place).toList());
    }

    private static PlaceView place(Place place) {
        return new PlaceView(place.getPlaceId(), place.getName(), place.getKind(), place.getAssignedUserId(), place.isArchived());
    }
}
