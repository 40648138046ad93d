package com.workgate.events.place.control;

import com.workgate.events.place.entity.LocationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the locations a batch of events names to the office (location) each lies in: one query per kind of
 * reference, never one per event. Archived places still resolve: sensors outlive floor plans.
 */
@ApplicationScoped
public class LocationResolver {

    private static final Map<LocationType, String> QUERIES = new EnumMap<>(Map.of(
            LocationType.LOCATION, "select l.locationId, l.id from Location l where l.organizationId = :org and l.locationId in :ids",
            LocationType.LEVEL, "select v.levelId, v.location.id from Level v where v.organizationId = :org and v.levelId in :ids",
            LocationType.ZONE, "select z.zoneId, z.level.location.id from Zone z where z.organizationId = :org and z.zoneId in :ids",
            LocationType.PLACE, "select p.placeId, p.zone.level.location.id from Place p where p.organizationId = :org and p.placeId in :ids",
            LocationType.SPACE, "select p.placeId, p.zone.level.location.id from Place p where p.organizationId = :org "
                    + "and p.placeId in :ids and p.kind = com.workgate.events.place.entity.PlaceKind.SPACE"));

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    /** For each reference that exists in the organization, the primary key of its office. */
    public Map<LocationRef, Long> officesOf(long organizationId, Set<LocationRef> refs) {
        Map<LocationType, List<String>> idsByType = new EnumMap<>(LocationType.class);
        for (LocationRef ref : refs) {
            idsByType.computeIfAbsent(ref.type(), t -> new ArrayList<>()).add(ref.id());
        }
        Map<LocationRef, Long> offices = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            List<Object[]> rows = em.createQuery(QUERIES.get(type), Object[].class)
                    .setParameter("org", organizationId)
                    .setParameter("ids", ids)
                    .getResultList();
            for (Object[] row : rows) {
                offices.put(new LocationRef(type, (String) row[0]), (Long) row[1]);
            }
        });
        return offices;
    }
}
