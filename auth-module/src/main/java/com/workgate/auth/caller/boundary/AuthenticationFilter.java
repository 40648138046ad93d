package com.workgate.auth.caller.boundary;

import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.caller.control.CurrentCaller;
import com.workgate.auth.caller.control.PublicEndpoint;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

/**
 * Establishes who calls, for every resource method that is not public, by the credential scheme that the
 * request uses and its path allows. Role checks come after, in {@link RoleCheckFeature}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

    public static final String CALLER_PROPERTY = "com.workgate.caller";
    public static final String SCHEME_PROPERTY = "com.workgate.credential-scheme";

    @Context
    ResourceInfo resourceInfo;

    @Inject
    @Any
    Instance<CredentialScheme> schemes;

    @Inject
    CurrentCaller currentCaller;

    private volatile List<CredentialScheme> orderedSchemes;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        String path = normalizedPath(request);
        List<CredentialScheme> covering = schemes().stream().filter(s -> s.coversPath(path)).toList();
        if (covering.isEmpty()) {
            throw new IllegalStateException("no credential scheme covers " + path);
        }
        CredentialScheme used = covering.stream().filter(s -> s.presentIn(request)).findFirst().orElse(null);
        if (used == null) {
            request.abortWith(covering.get(0).missingCredentials());
            return;
        }
        request.setProperty(SCHEME_PROPERTY, used.name());
        try {
            Caller caller = used.authenticate(request);
            currentCaller.set(caller);
            request.setProperty(CALLER_PROPERTY, caller);
        } catch (AuthenticationFailure failure) {
            request.abortWith(failure.response());
        }
    }

    static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PublicEndpoint.class)
                || method.getDeclaringClass().isAnnotationPresent(PublicEndpoint.class);
    }

    static String normalizedPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    private List<CredentialScheme> schemes() {
        List<CredentialScheme> list = orderedSchemes;
        if (list == null) {
            list = schemes.stream().sorted(Comparator.comparingInt(CredentialScheme::order)).toList();
            orderedSchemes = list;
        }
        return list;
    }
}
