package com.workgate.events.ingest.boundary;

import com.workgate.auth.platform.control.WorkgateMetrics;
import com.workgate.events.access.control.CredentialUpdate;
import com.workgate.events.ingest.control.LocatedEventIngest;
import com.workgate.events.timeoff.control.TimeOffIngest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts the events of every answered submission by type and per-event result, read from the answer itself, so
 * the ingest controls stay free of metrics: result codes {@code 0}..{@code 3} for presence, occupancy, visitor
 * arrivals and time off; each person's update result ({@code SUCCESS}, {@code PARTIAL_UPDATE}, ...) for credentials.
 */
@Provider
public class IngestMetricsFilter implements ContainerResponseFilter {

    @Inject
    WorkgateMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object answer = response.getEntity();
        if (answer instanceof LocatedEventIngest.Answer located) {
            count(type(request), located.results(), result -> String.valueOf(result.resultCode()));
        } else if (answer instanceof TimeOffIngest.Answer timeOff) {
            count("timeoff", timeOff.results(), result -> String.valueOf(result.resultCode()));
        } else if (answer instanceof List<?> updates && !updates.isEmpty() && updates.get(0) instanceof CredentialUpdate) {
            count("access-credentials", updates, update -> ((CredentialUpdate) update).result());
        }
    }

    private <R> void count(String type, List<R> results, Function<R, String> resultOf) {
        Map<String, Integer> byResult = new TreeMap<>();
        for (R result : results) {
            byResult.merge(resultOf.apply(result), 1, Integer::sum);
        }
        byResult.forEach((result, count) -> metrics.eventsIngested(type, result, count));
    }

    /** {@code presence}, {@code occupancy} or {@code visitor-arrival}: the path segment after {@code v1}. */
    private static String type(ContainerRequestContext request) {
        var segments = request.getUriInfo().getPathSegments();
        return segments.size() > 1 ? segments.get(1).getPath() : "unknown";
    }
}
