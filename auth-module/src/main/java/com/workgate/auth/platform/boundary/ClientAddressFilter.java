package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Makes the client's address available to the credential schemes (throttling) and to the audit trail. */
@Provider
@PreMatching
public class ClientAddressFilter implements ContainerRequestFilter {

    public static final String PROPERTY = "com.workgate.client-address";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ClientAddress clientAddress;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, servletRequest.getRemoteAddr());
        clientAddress.set(servletRequest.getRemoteAddr());
    }
}
