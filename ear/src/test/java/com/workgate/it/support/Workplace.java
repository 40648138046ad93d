package com.workgate.it.support;

import java.util.List;
import java.util.Map;

/** A small office for a tenant: location {@code <prefix>-LON} with a level, a zone, a desk and a room. */
public final class Workplace {

    private Workplace() {
    }

    public static Map<String, Object> office(String prefix, boolean hasPresenceSource) {
        return Map.of("name", "London", "address", "1 Main St", "status", "active", "hasPresenceSource", hasPresenceSource,
                "levels", List.of(Map.of("levelId", prefix + "-L3", "name", "Third floor",
                        "zones", List.of(Map.of("zoneId", prefix + "-Z1", "name", "North",
                                "places", List.of(
                                        Map.of("placeId", prefix + "-D1", "name", "Desk 1", "kind", "desk"),
                                        Map.of("placeId", prefix + "-D2", "name", "Desk 2", "kind", "desk"),
                                        Map.of("placeId", prefix + "-R1", "name", "Room 1", "kind", "space")))))));
    }

    public static void create(WorkgateClient client, Tenant tenant, String prefix, boolean hasPresenceSource) {
        Answer answer = client.put("/v1/admin/locations/" + prefix + "-LON", tenant.token(), office(prefix, hasPresenceSource));
        if (answer.status() != 200) {
            throw new AssertionError("cannot create the office: " + answer);
        }
    }
}
