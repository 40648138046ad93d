package com.workgate.events.place.control;

import com.workgate.auth.persistence.control.BatchLookup;
import com.workgate.events.place.entity.LocationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
            LocationType.LOCATION, "select l.location_id, l.id from location l where l.organization_id = ? and l.location_id in (:values)",
            LocationType.LEVEL, "select v.level_id, v.location_pk from level v where v.organization_id = ? and v.level_id in (:values)",
            LocationType.ZONE, "select z.zone_id, v.location_pk from zone z join level v on v.id = z.level_pk"
                    + " where z.organization_id = ? and z.zone_id in (:values)",
            LocationType.PLACE, "select p.place_id, v.location_pk from place p join zone z on z.id = p.zone_pk"
                    + " join level v on v.id = z.level_pk where p.organization_id = ? and p.place_id in (:values)",
            LocationType.SPACE, "select p.place_id, v.location_pk from place p join zone z on z.id = p.zone_pk"
                    + " join level v on v.id = z.level_pk where p.organization_id = ? and p.kind = 'SPACE'"
                    + " and p.place_id in (:values)"));

    @Inject
    BatchLookup lookup;

    /** For each reference that exists in the organization, the primary key of its office (one query per type). */
    public Map<LocationRef, Long> officesOf(long organizationId, Set<LocationRef> refs) {
        Map<LocationType, List<String>> idsByType = new EnumMap<>(LocationType.class);
        for (LocationRef ref : refs) {
            idsByType.computeIfAbsent(ref.type(), t -> new ArrayList<>()).add(ref.id());
        }
        Map<LocationRef, Long> offices = new HashMap<>();
        idsByType.forEach((type, ids) -> lookup.query(QUERIES.get(type), List.of(organizationId), ids,
                row -> offices.put(new LocationRef(type, row.getString(1)), row.getLong(2))));
        return offices;
    }
}
