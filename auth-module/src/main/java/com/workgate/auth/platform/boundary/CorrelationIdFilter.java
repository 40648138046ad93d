package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Echoes a client's {@code correlationId} header and names it in the log line of a failed request. */
@Provider
public class CorrelationIdFilter implements ContainerResponseFilter {

    static final String HEADER = "correlationId";
    private static final Logger LOG = Logger.getLogger(CorrelationIdFilter.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String correlationId = request.getHeaderString(HEADER);
        if (correlationId == null || correlationId.length() > 200) {
            return;
        }
        response.getHeaders().putSingle(HEADER, correlationId);
        if (response.getStatus() >= 400) {
            LOG.info(() -> request.getMethod() + " " + request.getUriInfo().getPath() + " -> " + response.getStatus()
                    + " correlationId=" + correlationId.replaceAll("[\\r\\n]", "_"));
        }
    }
}
