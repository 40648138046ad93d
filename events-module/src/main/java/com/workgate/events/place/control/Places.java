package com.workgate.events.place.control;

import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.control.ApiException;
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

/**
 * The places of an organization, written a location at a time. Ids are the customer's own strings, unique
 * within the organization per kind; what a later PUT leaves out is archived, not deleted.
 */
@ApplicationScoped
public class Places {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Transactional
    public Location put(long organizationId, String locationId, LocationRequest request) {
        LocationRequestCheck.locationId(locationId).or(() -> LocationRequestCheck.request(request)).ifPresent(problem -> {
            throw ApiException.badRequest(problem.field(), problem.message());
        });
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
        LeftOutPlaces.archive(location, kept);
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

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
