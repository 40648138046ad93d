package com.workgate.events.place.control;

import com.workgate.events.place.control.LocationRequest.LevelRequest;
import com.workgate.events.place.control.LocationRequest.PlaceRequest;
import com.workgate.events.place.control.LocationRequest.ZoneRequest;
import com.workgate.events.place.entity.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a location PUT that need no database, in the order the answer reports them: the first problem,
 * naming its field by its path in the request ({@code levels[0].zones[1].zoneId}). Ids are unique per kind within
 * the request; names are required; everything fits its column.
 */
public final class LocationRequestCheck {

    /** What a 400 names: the field at fault and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/@#-]{1," + Location.ID_LENGTH + "}");
    static final String ID_PROBLEM = "must be 1-" + Location.ID_LENGTH + " characters of letters, digits and ._:/@#-";

    private LocationRequestCheck() {
    }

    public static Optional<Problem> locationId(String id) {
        return validId(id) ? Optional.empty() : Optional.of(new Problem("locationId", ID_PROBLEM));
    }

    public static Optional<Problem> request(LocationRequest request) {
        try {
            check(request);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.problem);
        }
    }

    private static void check(LocationRequest request) {
        if (request == null) {
            throw refuse("body", "is required");
        }
        requireText(request.name(), "name");
        if (request.address() != null && request.address().length() > Location.ADDRESS_LENGTH) {
            throw refuse("address", "is longer than " + Location.ADDRESS_LENGTH + " characters");
        }
        Set<String> seen = new HashSet<>();
        List<LevelRequest> levels = nullSafe(request.levels());
        for (int l = 0; l < levels.size(); l++) {
            LevelRequest level = levels.get(l);
            String levelPath = "levels[" + l + "]";
            requireNotNull(level, levelPath);
            requireUnique(seen, "level", level.levelId(), levelPath + ".levelId");
            requireText(level.name(), levelPath + ".name");
            List<ZoneRequest> zones = nullSafe(level.zones());
            for (int z = 0; z < zones.size(); z++) {
                ZoneRequest zone = zones.get(z);
                String zonePath = levelPath + ".zones[" + z + "]";
                requireNotNull(zone, zonePath);
                requireUnique(seen, "zone", zone.zoneId(), zonePath + ".zoneId");
                requireText(zone.name(), zonePath + ".name");
                List<PlaceRequest> places = nullSafe(zone.places());
                for (int p = 0; p < places.size(); p++) {
                    PlaceRequest place = places.get(p);
                    String placePath = zonePath + ".places[" + p + "]";
                    requireNotNull(place, placePath);
                    requireUnique(seen, "place", place.placeId(), placePath + ".placeId");
                    requireText(place.name(), placePath + ".name");
                }
            }
        }
    }

    private static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw refuse(field, "is required");
        }
        if (value.length() > Location.NAME_LENGTH) {
            throw refuse(field, "is longer than " + Location.NAME_LENGTH + " characters");
        }
    }

    private static void requireNotNull(Object value, String field) {
        if (value == null) {
            throw refuse(field, "must be an object");
        }
    }

    /** A valid id, the first of its kind in the request. */
    private static void requireUnique(Set<String> seen, String kind, String id, String field) {
        if (!validId(id)) {
            throw refuse(field, ID_PROBLEM);
        }
        if (!seen.add(kind + ":" + id)) {
            throw refuse(field, "\"" + id + "\" appears twice");
        }
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Refused refuse(String field, String message) {
        return new Refused(new Problem(field, message));
    }

    private static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
