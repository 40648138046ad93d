package com.workgate.web;

import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The resource method an OpenAPI operation was scanned from, found by the operation id the scanner writes
 * ({@code PACKAGE_CLASS_METHOD}: {@code com.workgate.events.presence.boundary.PresenceResource_submit}), so that the
 * document is completed from the method's annotations rather than from its path.
 */
record ResourceMethod(Class<?> resourceClass, Method method) {

    /** The method that {@code operationId} names, or null when it names no resource method of this deployment. */
    static ResourceMethod named(String operationId) {
        int separator = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (separator < 0) {
            return null;
        }
        String methodName = operationId.substring(separator + 1);
        Class<?> resourceClass;
        try {
            resourceClass = Class.forName(operationId.substring(0, separator), false, ResourceMethod.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notOurs) {
            return null;
        }
        // the one with the HTTP method's annotation, where an override without annotations hides it
        return Arrays.stream(resourceClass.getMethods()).filter(method -> method.getName().equals(methodName))
                .min(Comparator.comparing(method -> !isResourceMethod(method)))
                .map(method -> new ResourceMethod(resourceClass, method)).orElse(null);
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The id the document publishes: class and method, without the package. */
    String publishedOperationId() {
        return resourceClass.getSimpleName() + "_" + method.getName();
    }
}
