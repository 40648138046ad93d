package com.workgate.auth.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Makes the client's address available to the credential schemes (throttling of unknown keys is per address). */
@Provider
@PreMatching
public class ClientAddressFilter implements ContainerRequestFilter {

    public static final String PROPERTY = "com.workgate.client-address";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, servletRequest.getRemoteAddr());
    }
}
