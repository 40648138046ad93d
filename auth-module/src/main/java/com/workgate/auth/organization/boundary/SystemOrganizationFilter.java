package com.workgate.auth.organization.boundary;

import com.workgate.auth.caller.boundary.AuthenticationFilter;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.SystemOrganization;
import com.workgate.auth.organization.control.Organizations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** {@link SystemOrganization} methods: after the role check, callers of other organizations get 403. */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
@ApplicationScoped
public class SystemOrganizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Organizations organizations;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || !(method.isAnnotationPresent(SystemOrganization.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(SystemOrganization.class))) {
            return;
        }
        Caller caller = (Caller) request.getProperty(AuthenticationFilter.CALLER_PROPERTY);
        if (caller == null) {
            throw new IllegalStateException("system organization check without an authenticated caller");
        }
        organizations.requireSystem(caller.organizationId());
    }
}
