package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * The metrics labels of a request, from the resource method it matched: the {@link MetricsFamily} of its class and
 * the {@link IssuesTokens} scheme of the method (null when it issues none).
 */
public record RequestLabels(String family, String tokenScheme) {

    static final RequestLabels UNMATCHED = new RequestLabels(MetricsFamily.Family.OTHER.label(), null);

    /** The labels of the matched resource method, or {@link #UNMATCHED} (404, 405, a pre-matching refusal). */
    public static RequestLabels of(ResourceInfo matched) {
        try {
            return of(matched.getResourceClass(), matched.getResourceMethod());
        } catch (RuntimeException notMatched) {
            // RESTEasy's proxy may refuse when nothing matched
            return UNMATCHED;
        }
    }

    static RequestLabels of(Class<?> resourceClass, Method method) {
        if (resourceClass == null || method == null) {
            return UNMATCHED;
        }
        MetricsFamily family = resourceClass.getAnnotation(MetricsFamily.class);
        IssuesTokens issues = method.getAnnotation(IssuesTokens.class);
        return new RequestLabels(family == null ? UNMATCHED.family() : family.value().label(),
                issues == null ? null : issues.value());
    }
}
