package com.workgate.auth.organization.boundary;

import com.workgate.auth.caller.control.SystemOrganization;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Binds the {@link SystemOrganizationFilter} to the methods (or classes) marked {@link SystemOrganization}. */
@Provider
public class SystemOrganizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (applies(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())) {
            context.register(new SystemOrganizationFilter());
        }
    }

    static boolean applies(Class<?> resourceClass, Method method) {
        return method.isAnnotationPresent(SystemOrganization.class) || resourceClass.isAnnotationPresent(SystemOrganization.class);
    }
}
