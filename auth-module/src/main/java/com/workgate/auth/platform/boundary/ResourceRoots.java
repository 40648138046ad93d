package com.workgate.auth.platform.boundary;

import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The root paths of the deployed resource classes with their API families, for the answers given before (or
 * without) a resource matched: an unknown path, a method not allowed, a pre-matching filter's refusal, a servlet
 * filter's. A request takes the family of the longest root that its path starts with (whole segments, a template
 * segment matching any); failing that, of the roots sharing the most leading segments with it, if they agree
 * ({@code /api/unknown} shares {@code api} with only TimeClock roots); else the integration API's. Nothing here
 * names a path: the roots are the resources' own {@code @Path}s, registered by {@link ApiFamilyFeature}.
 */
public final class ResourceRoots {

    /** The resources of this deployment. */
    static final ResourceRoots DEPLOYED = new ResourceRoots();

    private final Map<List<String>, ErrorFamily> roots = new ConcurrentHashMap<>();

    /** Registers a root resource class; classes without {@code @Path} (sub-resources) are ignored. */
    public void add(Class<?> resourceClass) {
        Path path = resourceClass.getAnnotation(Path.class);
        if (path != null) {
            roots.put(segments(path.value()), ErrorFamily.of(resourceClass));
        }
    }

    /** {@code path} below the context root, with or without its leading and trailing slashes. */
    public ErrorFamily familyOf(String path) {
        List<String> request = segments(path);
        int longestRoot = -1;
        ErrorFamily rootFamily = null;
        int mostShared = 0;
        Set<ErrorFamily> sharedFamilies = null;
        for (Map.Entry<List<String>, ErrorFamily> root : roots.entrySet()) {
            int shared = shared(root.getKey(), request);
            if (shared == root.getKey().size() && shared > longestRoot) {
                longestRoot = shared;
                rootFamily = root.getValue();
            }
            if (shared > mostShared) {
                mostShared = shared;
                sharedFamilies = new HashSet<>(Set.of(root.getValue()));
            } else if (shared == mostShared && shared > 0) {
                sharedFamilies.add(root.getValue());
            }
        }
        if (rootFamily != null) {
            return rootFamily;
        }
        return sharedFamilies != null && sharedFamilies.size() == 1 ? sharedFamilies.iterator().next() : ErrorFamily.CALVEN;
    }

    /** How many leading segments of the request the root matches. */
    private static int shared(List<String> root, List<String> request) {
        int n = 0;
        while (n < root.size() && n < request.size()
                && (root.get(n).startsWith("{") || root.get(n).equals(request.get(n)))) {
            n++;
        }
        return n;
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).collect(Collectors.toList());
    }
}
