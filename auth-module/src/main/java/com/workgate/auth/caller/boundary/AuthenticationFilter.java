package com.workgate.auth.caller.boundary;

import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Establishes who calls, for every resource method that is not public, by the first credential scheme the
 * method accepts ({@link AcceptedCredentials}) whose credentials the request carries. Refusals are problems in the
 * resource's API family (signed headers answer in their own shape). Role checks come after, in
 * {@link RoleCheckFeature}.
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

    private final Map<Method, List<CredentialScheme>> schemesByMethod = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        List<CredentialScheme> accepted = schemesByMethod.computeIfAbsent(method,
                m -> schemesOf(accepted(m, resourceInfo.getResourceClass())));
        CredentialScheme used = accepted.stream().filter(s -> s.presentIn(request)).findFirst().orElse(null);
        try {
            if (used == null) {
                throw accepted.get(0).missingCredentials();
            }
            request.setProperty(SCHEME_PROPERTY, used.name());
            Caller caller = used.authenticate(request);
            currentCaller.set(caller);
            request.setProperty(CALLER_PROPERTY, caller);
        } catch (AuthenticationFailure failure) {
            if (failure.problem() != null) {
                throw failure.problem();
            }
            request.abortWith(failure.response());
        }
    }

    public static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PublicEndpoint.class)
                || method.getDeclaringClass().isAnnotationPresent(PublicEndpoint.class);
    }

    /** The method's {@link AcceptedCredentials}, else its class's, else the integration API's. */
    public static List<CredentialKind> accepted(Method method, Class<?> resourceClass) {
        AcceptedCredentials accepted = method.getAnnotation(AcceptedCredentials.class);
        if (accepted == null && resourceClass != null) {
            accepted = resourceClass.getAnnotation(AcceptedCredentials.class);
        }
        if (accepted == null) {
            accepted = method.getDeclaringClass().getAnnotation(AcceptedCredentials.class);
        }
        return List.of(accepted == null ? AcceptedCredentials.INTEGRATION_API : accepted.value());
    }

    private List<CredentialScheme> schemesOf(List<CredentialKind> kinds) {
        Map<CredentialKind, CredentialScheme> byKind = new EnumMap<>(CredentialKind.class);
        schemes.forEach(scheme -> byKind.put(scheme.kind(), scheme));
        List<CredentialScheme> list = kinds.stream().map(byKind::get).toList();
        if (list.isEmpty() || list.contains(null)) {
            throw new IllegalStateException("no credential scheme for each of " + Arrays.toString(kinds.toArray()));
        }
        return list;
    }
}
