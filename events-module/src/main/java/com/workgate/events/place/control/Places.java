package com.workgate.events.place.control;

import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.user.control.People;
import com.workgate.events.place.control.LocationRequest.LevelRequest;
import com.workgate.events.place.control.LocationRequest.PlaceRequest;
import com.workgate.events.place.control.LocationRequest.ZoneRequest;
import com.workgate.events.place.entity.Level;
import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.LocationStatus;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.PlaceKind;
import com.workgate.events.place.entity.Zone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The places of an organization, written a location at a time. Ids are the customer's own strings, unique
 * within the organization per kind; what a later PUT leaves out is archived, not deleted.
 */
@ApplicationScoped
public class Places {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/@#-]{1," + Location.ID_LENGTH + "}");

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Transactional
    public Location put(long organizationId, String locationId, LocationRequest request) {
        requireId(locationId, "locationId");
        validate(request);
        // ids are unique across the organization's locations: writers of its hierarchies take turns, so a parallel
        // PUT of the same location updates what the first one stored instead of colliding with it
        organizations.lock(organizationId);
        Location location = find(organizationId, locationId).orElseGet(() -> new Location(organizationId, locationId));
        location.describe(request.name().trim(), request.address(),
                request.status() == null ? LocationStatus.ACTIVE : request.status(),
                request.hasPresenceSource() == null || request.hasPresenceSource());
        if (location.getId() == null) {
            em.persist(location);
        }

        Set<Object> kept = new HashSet<>();
        for (LevelRequest levelRequest : nullSafe(request.levels())) {
            Level level = child(location, Level.class, "levelId", levelRequest.levelId(),
                    () -> new Level(location, levelRequest.levelId()), l -> l.rename(levelRequest.name().trim()));
            kept.add(level);
            for (ZoneRequest zoneRequest : nullSafe(levelRequest.zones())) {
                Zone zone = child(location, Zone.class, "zoneId", zoneRequest.zoneId(), () -> new Zone(level, zoneRequest.zoneId()),
                        z -> z.rename(zoneRequest.name().trim()));
                kept.add(zone);
                for (PlaceRequest placeRequest : nullSafe(zoneRequest.places())) {
                    if (placeRequest.assignedUserId() != null
                            && people.find(organizationId, placeRequest.assignedUserId()).isEmpty()) {
                        throw ApiException.badRequest("assignedUserId", "no user " + placeRequest.assignedUserId());
                    }
                    Place place = child(location, Place.class, "placeId", placeRequest.placeId(),
                            () -> new Place(zone, placeRequest.placeId()),
                            p -> p.describe(placeRequest.name().trim(),
                                    placeRequest.kind() == null ? PlaceKind.DESK : placeRequest.kind(),
                                    placeRequest.assignedUserId()));
                    kept.add(place);
                }
            }
        }
        archiveLeftOut(location, kept);
        em.flush();
        return location;
    }

    public Optional<Location> find(long organizationId, String locationId) {
        return em.createQuery("select l from Location l where l.organizationId = :org and l.locationId = :id", Location.class)
                .setParameter("org", organizationId)
                .setParameter("id", locationId)
                .getResultStream().findFirst();
    }

    public Location get(long organizationId, String locationId) {
        return find(organizationId, locationId).orElseThrow(() -> ApiException.notFound("location " + locationId));
    }

    public List<Location> list(long organizationId) {
        return em.createQuery("select l from Location l where l.organizationId = :org order by l.locationId", Location.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    /**
     * The existing element of this id in this location, or a new one. An id that another location of the
     * organization uses is a conflict: ids name one thing across the organization, as sensors send them.
     */
    private <T> T child(Location location, Class<T> type, String idField, String id, Supplier<T> create, Consumer<T> describe) {
        List<T> existing = em.createQuery("select e from " + type.getSimpleName() + " e where e.organizationId = :org and e."
                        + idField + " = :id", type)
                .setParameter("org", location.getOrganizationId())
                .setParameter("id", id)
                .getResultList();
        if (existing.isEmpty()) {
            T created = create.get();
            describe.accept(created);
            em.persist(created);
            attach(created);
            return created;
        }
        T found = existing.get(0);
        if (!locationOf(found).getId().equals(location.getId())) {
            throw ApiException.conflict(idField, "\"" + id + "\" belongs to another location");
        }
        describe.accept(found);
        return found;
    }

    private static void attach(Object created) {
        if (created instanceof Level level) {
            level.getLocation().getLevels().add(level);
        } else if (created instanceof Zone zone) {
            zone.getLevel().getZones().add(zone);
        } else if (created instanceof Place place) {
            place.getZone().getPlaces().add(place);
        }
    }

    private static Location locationOf(Object element) {
        if (element instanceof Level level) {
            return level.getLocation();
        }
        if (element instanceof Zone zone) {
            return zone.getLevel().getLocation();
        }
        return ((Place) element).getZone().getLevel().getLocation();
    }

    private static void archiveLeftOut(Location location, Set<Object> kept) {
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

    private static void validate(LocationRequest request) {
        if (request == null) {
            throw ApiException.badRequest("body", "is required");
        }
        requireText(request.name(), "name");
        JsonFields.limit(request.address(), "address", Location.ADDRESS_LENGTH);
        Set<String> seen = new HashSet<>();
        List<LevelRequest> levels = nullSafe(request.levels());
        for (int l = 0; l < levels.size(); l++) {
            LevelRequest level = levels.get(l);
            String levelPath = "levels[" + l + "]";
            requireNotNull(level, levelPath);
            requireUnique(seen, "level", requireId(level.levelId(), levelPath + ".levelId"), levelPath + ".levelId");
            requireText(level.name(), levelPath + ".name");
            List<ZoneRequest> zones = nullSafe(level.zones());
            for (int z = 0; z < zones.size(); z++) {
                ZoneRequest zone = zones.get(z);
                String zonePath = levelPath + ".zones[" + z + "]";
                requireNotNull(zone, zonePath);
                requireUnique(seen, "zone", requireId(zone.zoneId(), zonePath + ".zoneId"), zonePath + ".zoneId");
                requireText(zone.name(), zonePath + ".name");
                List<PlaceRequest> places = nullSafe(zone.places());
                for (int p = 0; p < places.size(); p++) {
                    PlaceRequest place = places.get(p);
                    String placePath = zonePath + ".places[" + p + "]";
                    requireNotNull(place, placePath);
                    requireUnique(seen, "place", requireId(place.placeId(), placePath + ".placeId"), placePath + ".placeId");
                    requireText(place.name(), placePath + ".name");
                }
            }
        }
    }

    private static String requireId(String id, String field) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest(field, "must be 1-" + Location.ID_LENGTH + " characters of letters, digits and ._:/@#-");
        }
        return id;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, "is required");
        }
        JsonFields.limit(value, field, Location.NAME_LENGTH);
    }

    private static void requireNotNull(Object value, String field) {
        if (value == null) {
            throw ApiException.badRequest(field, "must be an object");
        }
    }

    private static void requireUnique(Set<String> seen, String kind, String id, String field) {
        if (!seen.add(kind + ":" + id)) {
            throw ApiException.badRequest(field, "\"" + id + "\" appears twice");
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
