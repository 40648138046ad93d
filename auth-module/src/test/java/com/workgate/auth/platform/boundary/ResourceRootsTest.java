package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The family of a request that matched no resource method, from the roots of the resources there are. */
class ResourceRootsTest {

    @Path("v1/auth")
    static class Hmac {
    }

    @Path("v1/auth/token")
    @ApiFamily(ErrorFamily.OAUTH)
    static class Token {
    }

    @Path("v1/admin/users/{userId}/plans")
    static class Plans {
    }

    @Path("api/sessions")
    @ApiFamily(ErrorFamily.TIMECLOCK)
    static class Sessions {
    }

    @Path("/api/terminal")
    @ApiFamily(ErrorFamily.TIMECLOCK)
    static class Terminal {
    }

    @Path("scim/v2")
    @ApiFamily(ErrorFamily.SCIM)
    static class ScimDiscovery {
    }

    static class SubResource {
    }

    private static ResourceRoots roots() {
        ResourceRoots roots = new ResourceRoots();
        for (Class<?> resource : new Class<?>[]{Hmac.class, Token.class, Plans.class, Sessions.class, Terminal.class,
                ScimDiscovery.class, SubResource.class}) {
            roots.add(resource);
        }
        return roots;
    }

    @Test
    void theLongestRootAPathStartsWithDecides() {
        ResourceRoots roots = roots();
        assertEquals(ErrorFamily.OAUTH, roots.familyOf("/v1/auth/token"));
        assertEquals(ErrorFamily.OAUTH, roots.familyOf("v1/auth/token/"));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/v1/auth"));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/v1/auth/tokens"), "whole segments only");
        assertEquals(ErrorFamily.TIMECLOCK, roots.familyOf("/api/sessions/12/unknown"));
        assertEquals(ErrorFamily.SCIM, roots.familyOf("/scim/v2/Unknown"));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/v1/admin/users/7/plans/2026-01-01"), "a template matches any segment");
    }

    @Test
    void withoutARootTheRootsSharingMostSegmentsDecideIfTheyAgree() {
        ResourceRoots roots = roots();
        assertEquals(ErrorFamily.TIMECLOCK, roots.familyOf("/api/unknown"));
        assertEquals(ErrorFamily.TIMECLOCK, roots.familyOf("/api"));
        assertEquals(ErrorFamily.SCIM, roots.familyOf("/scim/v1/Users"));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/v1/unknown"), "v1 roots of two families: the default");
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/v1/admin/users"), "shares most with a Calven root");
    }

    @Test
    void elsewhereTheIntegrationApisShape() {
        ResourceRoots roots = roots();
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/"));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf(""));
        assertEquals(ErrorFamily.CALVEN, roots.familyOf("/unknown/api"));
        assertEquals(ErrorFamily.CALVEN, new ResourceRoots().familyOf("/api/sessions"), "nothing deployed yet");
    }
}
