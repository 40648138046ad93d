package com.workgate.auth.caller.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The credential schemes a resource method (or every method of a class) accepts, the first answering requests that
 * carry none. Without it: the integration API's, a bearer token or signed headers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
public @interface AcceptedCredentials {

    CredentialKind[] value();

    /** What a resource without the annotation accepts. */
    CredentialKind[] INTEGRATION_API = {CredentialKind.BEARER, CredentialKind.SIGNED_HEADERS};
}
