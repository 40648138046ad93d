package com.workgate.auth.caller.boundary;

import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.caller.control.AllowedRoles;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.platform.control.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;

/**
 * Binds a role check to every non-public resource method that API keys call: the roles of its
 * {@link AllowedRoles}, or none at all when it has no such annotation (deny by default). Methods that only people
 * call ({@link CredentialKind#identifiesPerson()}) need no roles. A refusal is a 403 problem in the resource's family.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        AllowedRoles allowed = method.getAnnotation(AllowedRoles.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(AllowedRoles.class);
        }
        boolean peopleOnly = AuthenticationFilter.accepted(method, resourceInfo.getResourceClass()).stream()
                .allMatch(CredentialKind::identifiesPerson);
        if (AuthenticationFilter.isPublic(method) || (allowed == null && peopleOnly)) {
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (allowed != null) {
            roles.addAll(Set.of(allowed.value()));
        }
        context.register(new RoleCheck(roles));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final Set<Role> allowed;

        RoleCheck(Set<Role> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Caller caller = (Caller) request.getProperty(AuthenticationFilter.CALLER_PROPERTY);
            if (caller == null || caller.role() == null || !allowed.contains(caller.role())) {
                throw ApiException.forbidden("This API key's role does not allow this call");
            }
        }
    }
}
