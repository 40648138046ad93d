package com.workgate.events.place.control;

import com.workgate.events.place.entity.Level;
import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.Zone;
import java.util.Set;

/**
 * What a location PUT does with the levels, zones and places it does not list: archives them (rows stay, for the
 * events that name them). An element the PUT lists is revived by being described again; an archived zone's places
 * that the PUT lists stay active, as the request says.
 */
final class LeftOutPlaces {

    private LeftOutPlaces() {
    }

    /** Archives every element of the location's hierarchy that is not in {@code kept}. */
    static void archive(Location location, Set<Object> kept) {
        for (Level level : location.getLevels()) {
            if (!kept.contains(level)) {
                level.archive();
            }
            for (Zone zone : level.getZones()) {
                if (!kept.contains(zone)) {
                    zone.archive();
                }
                for (Place place : zone.getPlaces()) {
                    if (!kept.contains(place)) {
                        place.archive();
                    }
                }
            }
        }
    }
}
