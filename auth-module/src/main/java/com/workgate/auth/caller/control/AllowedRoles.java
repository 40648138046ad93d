package com.workgate.auth.caller.control;

import com.workgate.auth.apikey.entity.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API-key roles that may call a resource method (on the method or its class). A method of the integration
 * API with neither this nor {@link PublicEndpoint} is refused to everyone: deny by default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
    Role[] value();
}
