package com.workgate.auth.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.platform.boundary.MetricsFamily.Family;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class RequestLabelsTest {

    @MetricsFamily(Family.AUTH)
    static class TokenResource {
        @IssuesTokens("hmac")
        public void issue() {
        }

        public void claims() {
        }
    }

    @MetricsFamily(Family.EVENTS)
    abstract static class EventResource {
        public void submit() {
        }
    }

    static class PresenceResource extends EventResource {
    }

    @MetricsFamily(Family.WAREHOUSE)
    static class ReportResource extends EventResource {
    }

    static class HealthResource {
        public void live() {
        }
    }

    @Test
    void theClassNamesTheFamilyAndTheMethodTheTokenScheme() throws Exception {
        assertEquals(new RequestLabels("auth", "hmac"), RequestLabels.of(TokenResource.class, method(TokenResource.class, "issue")));
        assertEquals(new RequestLabels("auth", null), RequestLabels.of(TokenResource.class, method(TokenResource.class, "claims")));
    }

    @Test
    void aSubclassTakesItsBaseClassFamilyUnlessItNamesItsOwn() throws Exception {
        Method inherited = method(EventResource.class, "submit");
        assertEquals(new RequestLabels("events", null), RequestLabels.of(PresenceResource.class, inherited));
        assertEquals(new RequestLabels("warehouse", null), RequestLabels.of(ReportResource.class, inherited));
    }

    @Test
    void anUnannotatedResourceIsOther() throws Exception {
        assertEquals(new RequestLabels("other", null), RequestLabels.of(HealthResource.class, method(HealthResource.class, "live")));
    }

    @Test
    void aRequestThatMatchedNothingIsOther() {
        assertEquals(new RequestLabels("other", null), RequestLabels.of(matched(null, null)));
        assertEquals(new RequestLabels("other", null), RequestLabels.of(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                throw new IllegalStateException("no resource matched");
            }

            @Override
            public Class<?> getResourceClass() {
                throw new IllegalStateException("no resource matched");
            }
        }));
    }

    @Test
    void theMatchedResourceInfoIsRead() throws Exception {
        assertEquals(new RequestLabels("auth", "hmac"), RequestLabels.of(matched(TokenResource.class, method(TokenResource.class, "issue"))));
    }

    @Test
    void everyFamilyLabelIsItsLowerCaseName() {
        assertEquals("timeclock", Family.TIMECLOCK.label());
        assertEquals("scim", Family.SCIM.label());
        assertEquals("admin", Family.ADMIN.label());
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }

    private static ResourceInfo matched(Class<?> resourceClass, Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return resourceClass;
            }
        };
    }
}
