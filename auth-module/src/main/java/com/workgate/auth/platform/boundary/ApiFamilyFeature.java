package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/** Learns, as JAX-RS binds each resource method at deployment, the root paths whose families {@link ResourceRoots} knows. */
@Provider
public class ApiFamilyFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        ResourceRoots.DEPLOYED.add(resourceInfo.getResourceClass());
    }
}
