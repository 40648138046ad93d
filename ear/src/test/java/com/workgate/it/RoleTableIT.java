package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The role table of the integration API: every event endpoint, every warehouse read, the admin API. */
class RoleTableIT extends DeployedEar {

    private static final List<String> EVENT_ROUTES = List.of("/v1/presence", "/v1/occupancy", "/v1/timeoff",
            "/v1/access-credentials");
    private static final String VISITOR_ROUTE = "/v1/visitor-arrival";
    private static final List<String> ANALYTICS_ROUTES = List.of("/v1/analytics/users", "/v1/analytics/locations",
            "/v1/analytics/desks", "/v1/analytics/user-booking-attendance?startDate=20261101&endDate=20261102",
            "/v1/analytics/presence?startDate=20261101&endDate=20261102",
            "/v1/analytics/change-log/user?startDate=20261101&endDate=20261102");

    /** 403 when the role may not; anything but 401/403 when it may (an empty document is a 400). */
    private static void assertAllowed(boolean allowed, String route, String token) {
        Answer answer = client.post(route, token, Map.of());
        if (allowed) {
            assertTrue(answer.status() != 401 && answer.status() != 403, route + " -> " + answer);
        } else {
            assertEquals(403, answer.status(), route + " -> " + answer);
        }
    }

    @Test
    void eachRoleReachesExactlyWhatTheTableSays() {
        Tenant tenant = Tenant.create(client);
        Map<String, boolean[]> table = Map.of(
                // events, visitor, analytics, admin
                "EVENTS", new boolean[]{true, true, false, false},
                "VISITOR", new boolean[]{false, true, false, false},
                "WAREHOUSE", new boolean[]{false, false, true, false},
                "ALL", new boolean[]{true, true, true, true});
        table.forEach((role, allowed) -> {
            String[] key = tenant.createKey(client, role, "HMAC_ONLY");
            String token = client.token(key[0], key[1]);
            EVENT_ROUTES.forEach(route -> assertAllowed(allowed[0], route, token));
            assertAllowed(allowed[1], VISITOR_ROUTE, token);
            for (String read : ANALYTICS_ROUTES) {
                Answer answer = client.get(read, token);
                assertEquals(allowed[2] ? 200 : 403, answer.status(), role + " " + read + " -> " + answer);
            }
            assertAllowed(allowed[3], "/v1/admin/keys", token);
        });
    }
}
