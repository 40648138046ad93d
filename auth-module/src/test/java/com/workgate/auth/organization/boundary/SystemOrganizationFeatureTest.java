package com.workgate.auth.organization.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.boundary.AuthenticationFilter;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.SystemOrganization;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class SystemOrganizationFeatureTest {

    private static final long SYSTEM = 1;

    static class MixedResource {
        @SystemOrganization
        public void create() {
        }

        public void read() {
        }
    }

    @SystemOrganization
    static class SystemResource {
        public void rotate() {
        }
    }

    @Test
    void boundWhereTheMethodOrItsClassIsMarked() throws Exception {
        assertTrue(SystemOrganizationFeature.applies(MixedResource.class, MixedResource.class.getMethod("create")));
        assertFalse(SystemOrganizationFeature.applies(MixedResource.class, MixedResource.class.getMethod("read")));
        assertTrue(SystemOrganizationFeature.applies(SystemResource.class, SystemResource.class.getMethod("rotate")));
    }

    @Test
    void theSystemOrganizationsKeysPass() {
        assertDoesNotThrow(() -> filter().filter(requestOf(Caller.ofApiKey(SYSTEM, "ADMIN", Role.ALL, null))));
    }

    @Test
    void anotherOrganizationsKeysGet403() {
        ApiException refused = assertThrows(ApiException.class,
                () -> filter().filter(requestOf(Caller.ofApiKey(7, "TENANT", Role.ALL, null))));
        assertEquals(403, refused.status());
    }

    @Test
    void aRequestWithoutCallerIsAnError() {
        assertThrows(IllegalStateException.class, () -> filter().filter(requestOf(null)));
    }

    private static SystemOrganizationFilter filter() {
        return new SystemOrganizationFilter(new Organizations() {
            @Override
            public boolean isSystem(long organizationId) {
                return organizationId == SYSTEM;
            }
        });
    }

    private static ContainerRequestContext requestOf(Caller caller) {
        return (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty") && AuthenticationFilter.CALLER_PROPERTY.equals(args[0])) {
                        return caller;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
