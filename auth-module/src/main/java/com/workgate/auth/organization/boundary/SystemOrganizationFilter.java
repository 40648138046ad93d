package com.workgate.auth.organization.boundary;

import com.workgate.auth.caller.boundary.AuthenticationFilter;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.SystemOrganization;
import com.workgate.auth.organization.control.Organizations;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * {@link SystemOrganization} methods: after the role check, callers of other organizations get 403. Bound to those
 * methods only, by {@link SystemOrganizationFeature}.
 */
@Priority(Priorities.AUTHORIZATION + 10)
final class SystemOrganizationFilter implements ContainerRequestFilter {

    private volatile Organizations organizations;

    SystemOrganizationFilter() {
    }

    SystemOrganizationFilter(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = (Caller) request.getProperty(AuthenticationFilter.CALLER_PROPERTY);
        if (caller == null) {
            throw new IllegalStateException("system organization check without an authenticated caller");
        }
        organizations().requireSystem(caller.organizationId());
    }

    /** Looked up at the first request: JAX-RS creates this filter itself, while it deploys, outside CDI. */
    private Organizations organizations() {
        Organizations found = organizations;
        if (found == null) {
            found = CDI.current().select(Organizations.class).get();
            organizations = found;
        }
        return found;
    }
}
