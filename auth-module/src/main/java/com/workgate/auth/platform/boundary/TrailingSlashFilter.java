package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/** {@code /v1/presence/} is {@code /v1/presence}: Calven's SDK posts with a trailing slash. */
@Provider
@PreMatching
public class TrailingSlashFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            String trimmed = path.replaceAll("/+$", "");
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(trimmed.isEmpty() ? "/" : trimmed).build());
        }
    }
}
