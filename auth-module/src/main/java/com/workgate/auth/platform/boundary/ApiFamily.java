package com.workgate.auth.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API family of a resource class, which decides the shape of every error its requests get; requests that match
 * no resource take the family of the resources whose path they share ({@link ResourceRoots}). Without it: the
 * integration and admin API's ({@link ErrorFamily#CALVEN}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface ApiFamily {
    ErrorFamily value();
}
