package com.workgate.auth.platform.boundary;

import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.boundary.AuthenticationFilter;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.platform.control.WorkgateMetrics;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Request metrics ({@link WorkgateMetrics}, labelled by the matched resource: {@link RequestLabels}) and one
 * access-log line per request on the logger {@code com.workgate.access}: request id, method, path, status,
 * duration, and the organization and key (or TimeClock person) that called. Never a query string, header value,
 * body, secret, token or PIN. The request id is the client's {@value #REQUEST_ID} when it is a plain token, else
 * a new UUID, and is returned in that header; Calven's {@value #CORRELATION_ID} header is echoed as Calven does.
 * First of the request filters and last of the response filters, so it times the whole request and logs the
 * status the client gets.
 */
@Provider
@PreMatching
@Priority(1)
public class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String CORRELATION_ID = "correlationId";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final Pattern NOT_PRINTABLE = Pattern.compile("[^\\x21-\\x7e]");
    private static final String STARTED = "com.workgate.request-started";
    private static final String ID = "com.workgate.request-id";
    private static final Logger ACCESS = Logger.getLogger("com.workgate.access");

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WorkgateMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(ID, requestId(request.getHeaderString(REQUEST_ID)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ID);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(REQUEST_ID, id);
        String correlationId = request.getHeaderString(CORRELATION_ID);
        boolean echoCorrelationId = correlationId != null && correlationId.length() <= 200;
        if (echoCorrelationId) {
            response.getHeaders().putSingle(CORRELATION_ID, correlationId);
        }
        long nanos = System.nanoTime() - (Long) request.getProperty(STARTED);
        long micros = nanos / 1_000;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Caller caller = currentCaller.find();
        count(RequestLabels.of(resourceInfo), request, response.getStatus(), nanos, caller);
        StringBuilder line = new StringBuilder(160)
                .append("requestId=").append(id)
                .append(" method=").append(request.getMethod())
                .append(" path=").append(printable(path))
                .append(" status=").append(response.getStatus())
                .append(" durationMs=").append(micros / 1000).append('.').append(micros / 100 % 10);
        appendCaller(line, caller);
        if (echoCorrelationId) {
            line.append(" correlationId=").append(printable(correlationId));
        }
        ACCESS.info(line::toString);
    }

    static String requestId(String offered) {
        return offered != null && PLAIN_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static String printable(String text) {
        return NOT_PRINTABLE.matcher(text).replaceAll("_");
    }

    private void count(RequestLabels labels, ContainerRequestContext request, int status, long nanos, Caller caller) {
        metrics.request(labels.family(), request.getMethod(), status, nanos);
        String tokenScheme = labels.tokenScheme();
        String scheme = tokenScheme != null ? tokenScheme : (String) request.getProperty(AuthenticationFilter.SCHEME_PROPERTY);
        if (scheme == null) {
            return;
        }
        if (status == 429) {
            metrics.throttled(scheme);
        } else if ((status == 401 || status == 403) && caller == null) {
            metrics.authenticationFailed(scheme);
        } else if (tokenScheme != null && status / 100 == 2) {
            metrics.tokenIssued(tokenScheme);
        }
    }

    private static void appendCaller(StringBuilder line, Caller caller) {
        if (caller == null) {
            return;
        }
        line.append(" organization=").append(caller.organizationId());
        if (caller.apiKeyId() != null) {
            line.append(" key=").append(caller.apiKeyId());
        }
        if (caller.userId() != null) {
            line.append(" user=").append(caller.userId());
        }
    }
}
